import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The names of the fields selected in a selection set, fragments followed, with their own selection sets. */
function fieldsOf(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  into = new Map<string, SelectionSetNode[]>(),
): Map<string, SelectionSetNode[]> {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const sets = into.get(selection.name.value) ?? into.set(selection.name.value, []).get(selection.name.value)!;
      if (selection.selectionSet) sets.push(selection.selectionSet);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(info, selection.selectionSet, into);
    else fieldsOf(info, info.fragments[selection.name.value]?.selectionSet, into);
  }
  return into;
}

/** The names of the fields selected at `path` below the field resolved (a connection's ['edges', 'node']). */
export function selectedFields(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) sets = sets.flatMap((set) => fieldsOf(info, set).get(name) ?? []);
  return new Set(sets.flatMap((set) => [...fieldsOf(info, set).keys()]));
}

/**
 * The columns a list must read for what the query selects of its records at `path` below the field resolved (a
 * connection's ['edges', 'node']): each selected field that is a column, the columns each field resolver named in
 * `reads` needs, and `always`. Undefined, meaning every column, when a field is neither (one added later, say).
 */
export function selectedColumns(
  info: GraphQLResolveInfo,
  path: string[],
  columns: ReadonlySet<string>,
  reads: Readonly<Record<string, readonly string[]>>,
  always: readonly string[],
): string[] | undefined {
  const wanted = new Set(always);
  for (const field of selectedFields(info, path)) {
    if (field === '__typename') continue;
    const needs = columns.has(field) ? [field] : reads[field];
    if (!needs) return undefined;
    for (const column of needs) wanted.add(column);
  }
  return [...wanted];
}
