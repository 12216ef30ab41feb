import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { selectedColumns } from '../schema/selected-columns';

/** The columns the field resolvers leads, relations and contacts share read (record-fields.resolver.ts, alternate-values.resolver.ts). */
export const RECORD_FIELD_READS: Readonly<Record<string, readonly string[]>> = {
  id: ['id'],
  owner: ['ownerId'],
  division: ['divisionId'],
  tags: ['id'],
  activities: ['id'],
  attachments: ['id'],
  findings: ['id'],
  alternateValues: ['id'],
};

const columnsOf = new WeakMap<EntityMetadata, ReadonlySet<string>>();

/** The properties of an entity's selectable columns. */
export function columnNames(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): ReadonlySet<string> {
  const metadata = dataSource.getMetadata(entity);
  let names = columnsOf.get(metadata);
  if (!names) {
    names = new Set(metadata.columns.filter((c) => c.isSelect).map((c) => c.propertyName));
    columnsOf.set(metadata, names);
  }
  return names;
}

/**
 * What a page of records reads for the query's selection at edges.node: its columns (see selectedColumns; undefined
 * for every column), and which of the `joinable` fields, each resolved from the record its one column in `reads`
 * names, the page reads in its own statement.
 */
export function pageSelection<J extends string>(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  info: GraphQLResolveInfo | undefined,
  reads: Readonly<Record<string, readonly string[]>>,
  joinable: readonly J[],
): { columns?: string[]; joins: J[] } {
  const selected = info && selectedColumns(info, ['edges', 'node'], columnNames(dataSource, entity), reads, ['id']);
  return { columns: selected, joins: selected ? joinable.filter((name) => selected.includes(reads[name][0])) : [] };
}
