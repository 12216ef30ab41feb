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
  const metadata = dataSource.getMetadata(entity);
  let columns = columnsOf.get(metadata);
  if (!columns) {
    columns = new Set(metadata.columns.filter((c) => c.isSelect).map((c) => c.propertyName));
    columnsOf.set(metadata, columns);
  }
  const selected = info && selectedColumns(info, ['edges', 'node'], columns, reads, ['id']);
  return { columns: selected, joins: selected ? joinable.filter((name) => selected.includes(reads[name][0])) : [] };
}
