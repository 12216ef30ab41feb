import { isObjectType, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Whether a fragment's fields apply to objects of typeName: not when it is on another object type. */
function appliesTo(info: GraphQLResolveInfo, condition: string | undefined, typeName: string | undefined): boolean {
  return !typeName || !condition || condition === typeName || !isObjectType(info.schema.getType(condition));
}

/** The names of the fields selected in a selection set, fragments followed (those for typeName only), with their own selection sets. */
function fieldsOf(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  into = new Map<string, SelectionSetNode[]>(),
  typeName?: string,
): Map<string, SelectionSetNode[]> {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const sets = into.get(selection.name.value) ?? into.set(selection.name.value, []).get(selection.name.value)!;
      if (selection.selectionSet) sets.push(selection.selectionSet);
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (fragment && appliesTo(info, fragment.typeCondition?.name.value, typeName))
        fieldsOf(info, fragment.selectionSet, into, typeName);
    }
  }
  return into;
}

/**
 * The names of the fields selected at `path` below the field resolved (a connection's ['edges', 'node']); with
 * typeName, of those selected for objects of that type (a union's or interface's: ['edges', 'node', 'record']).
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[], typeName?: string): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) sets = sets.flatMap((set) => fieldsOf(info, set).get(name) ?? []);
  return new Set(sets.flatMap((set) => [...fieldsOf(info, set, undefined, typeName).keys()]));
}

/**
 * The columns a list must read for what the query selects of its records at `path` below the field resolved (a
 * connection's ['edges', 'node']): each selected field that is a column, the columns each field resolver named in
 * `reads` needs, and `always` (with typeName, for objects of that type). Undefined, meaning every column, when a
 * field is neither (one added later, say).
 */
export function selectedColumns(
  info: GraphQLResolveInfo,
  path: string[],
  columns: ReadonlySet<string>,
  reads: Readonly<Record<string, readonly string[]>>,
  always: readonly string[],
  typeName?: string,
): string[] | undefined {
  const wanted = new Set(always);
  for (const field of selectedFields(info, path, typeName)) {
    if (field === '__typename') continue;
    const needs = columns.has(field) ? [field] : reads[field];
    if (!needs) return undefined;
    for (const column of needs) wanted.add(column);
  }
  return [...wanted];
}
