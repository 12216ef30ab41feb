import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../paging/page';

/**
 * What reading a whole table costs, in the unit of one field of one record: a free-text search (LIKE over every
 * row). On 18,000 leads, with MariaDB (SQLite), a page of 100 leads with six fields (cost 801) took 52 ms (24),
 * a search's page 100 ms (10) and with its totalCount 235 ms (24); a scan grows with its table, which DB_TIMEOUT_MS
 * bounds.
 */
export const TABLE_SCAN_COST = 1000;
/** A root list's totalCount without a search: COUNT over the matching rows of an index, 7 ms on those leads. */
export const COUNT_COST = 100;

/** The document's fragments by name. */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** Whether a selection set asks for the field, directly or through fragments. */
function selects(
  selectionSet: SelectionSetNode | undefined,
  name: string,
  fragments: Map<string, FragmentDefinitionNode>,
): boolean {
  return (selectionSet?.selections ?? []).some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet, name, fragments);
    return selects(fragments.get(selection.name.value)?.selectionSet, name, fragments);
  });
}

/** A non-empty free-text search in a list's or a report's filter. */
function searches(args: Record<string, unknown>): boolean {
  const search = (args.filter as { search?: unknown } | null | undefined)?.search;
  return typeof search === 'string' && search.trim() !== '';
}

/**
 * A connection (a field taking `first`) costs its records' fields once per record it may return. At the root it
 * is a query of its own: a search reads its whole table, for the page and again for totalCount; totalCount alone
 * counts (nested lists are loaded whole and counted in memory).
 */
function connectionEstimator(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity }) => {
    if (!field.args.some((arg) => arg.name === 'first')) return undefined;
    const size =
      (args.first as number | null | undefined) ?? (args.last as number | null | undefined) ?? DEFAULT_PAGE_SIZE;
    const records = 1 + childComplexity * Math.max(size, 1);
    if (type !== schema.getQueryType()) return records;
    const counted = selects(node.selectionSet, 'totalCount', fragments);
    if (searches(args)) return records + (counted ? 2 : 1) * TABLE_SCAN_COST;
    return records + (counted ? COUNT_COST : 0);
  };
}

/** The estimated cost of the operation; throws a variable's coercion error. */
export function operationCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query,
    variables,
    operationName,
    estimators: [
      fieldExtensionsEstimator(),
      connectionEstimator(schema, fragmentsOf(query)),
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}

/** The cost of a field that reads a whole table when its arguments say so (a report with a search …), else a field's. */
export function tableScanWhen(scans: (args: Record<string, unknown>) => boolean): ComplexityEstimator {
  return ({ args, childComplexity }) => 1 + childComplexity + (scans(args) ? TABLE_SCAN_COST : 0);
}

/** A list of records by id costs its fields once per id. */
export const perId: ComplexityEstimator = ({ args, childComplexity }) =>
  1 + childComplexity * Math.max((args.ids as unknown[] | undefined)?.length ?? 0, 1);
