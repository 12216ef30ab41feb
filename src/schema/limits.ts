import depthLimit from 'graphql-depth-limit';
import type { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../resolvers/types/connection-args';
import { badInput } from './errors';

/** A connection (a field taking `first`) costs its children once per record it may return. */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const size =
    (args.first as number | null | undefined) ?? (args.last as number | null | undefined) ?? DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * Math.max(size, 1);
};

export function depthRule(maxDepth: number): ValidationRule {
  return depthLimit(maxDepth);
}

/** Refuses an operation whose estimated cost is above the limit, before it runs. */
export function assertComplexity(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  maxComplexity: number,
): void {
  const complexity = getComplexity({
    schema,
    query,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
  if (complexity > maxComplexity) {
    throw badInput(
      `This operation would cost ${complexity}, above the limit of ${maxComplexity}: ask for fewer records (first/last) or fewer nested lists`,
    );
  }
}
