import depthLimit from 'graphql-depth-limit';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { findUnboundedInput } from './input-bounds';
import { fragmentsOf, operationCost } from './operation-cost';

export interface OperationLimits {
  maxQueryComplexity: number;
  maxRootFields: number;
}

export function depthRule(maxDepth: number): ValidationRule {
  return depthLimit(maxDepth);
}

/** BAD_USER_INPUT answered with HTTP 400: the request is refused as a whole, before anything runs. */
function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/** The distinct response names (fields and aliases) an operation selects at its root, fragments spread. */
function rootResponseNames(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  names = new Set<string>(),
  seen = new Set<string>(),
): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.add((selection.alias ?? selection.name).value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootResponseNames(selection.selectionSet, fragments, names, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootResponseNames(fragment.selectionSet, fragments, names, seen);
    }
  }
  return names;
}

/** Why each operation without variables was refused (null: it was not), by limits and by document. */
const verdicts = new WeakMap<OperationLimits, WeakMap<DocumentNode, Map<string, string | null>>>();

/**
 * Refuses, before it runs, an operation with more root fields (aliases included) than allowed, a text or list
 * argument over its bound, or an estimated cost above the limit. An operation whose variables do not fit their
 * types is left to execution, which answers it with 400 too.
 */
export function assertOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  rawVariables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: OperationLimits,
): void {
  const operation = getOperationAST(document, operationName);
  if (!operation) return;
  if (operation.variableDefinitions?.length)
    return checkOperation(schema, document, operation, rawVariables, operationName, limits);
  // without variables the verdict depends on the document alone, and Apollo hands the same parsed document
  // for the same text (its document store), so a client's recurring query is weighed once
  let byDocument = verdicts.get(limits);
  if (!byDocument) verdicts.set(limits, (byDocument = new WeakMap()));
  let byName = byDocument.get(document);
  if (!byName) byDocument.set(document, (byName = new Map()));
  let verdict = byName.get(operationName ?? '');
  if (verdict === undefined) {
    try {
      checkOperation(schema, document, operation, rawVariables, operationName, limits);
      verdict = null;
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      verdict = error.message;
    }
    byName.set(operationName ?? '', verdict);
  }
  if (verdict !== null) throw refused(verdict);
}

function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: OperationLimits,
): void {
  const rootFields = rootResponseNames(operation.selectionSet, fragmentsOf(document)).size;
  if (rootFields > limits.maxRootFields)
    throw refused(
      `This operation asks for ${rootFields} root fields (aliases count), above the limit of ${limits.maxRootFields}: send fewer, or several requests`,
    );
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (variables.errors) return;
  const unbounded = findUnboundedInput(schema, document, variables.coerced);
  if (unbounded) throw refused(unbounded);
  let complexity: number;
  try {
    complexity = operationCost(schema, document, rawVariables, operationName);
  } catch (error) {
    throw refused(`This operation's cost cannot be estimated: ${(error as Error).message}`);
  }
  if (complexity > limits.maxQueryComplexity) {
    throw refused(
      `This operation would cost ${complexity}, above the limit of ${limits.maxQueryComplexity}: ask for fewer records (first/last, ids), fewer nested lists, fewer totalCounts and searches`,
    );
  }
}
