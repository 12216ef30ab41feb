import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Reads the columns of a query on one entity and converts each value by the driver as TypeORM would, into make()'s objects. */
async function convertedRows<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: ColumnMetadata[],
  make: () => Record<string, unknown>,
): Promise<T[]> {
  const { driver } = query.connection;
  const { alias } = query;
  query.select([]);
  for (const column of columns) query.addSelect(`${alias}.${column.propertyPath}`, column.propertyName);
  const rows = await query.getRawMany<Record<string, unknown>>();
  return rows.map((raw) => {
    const row = make();
    for (const column of columns)
      row[column.propertyName] = driver.prepareHydratedValue(raw[column.propertyName], column);
    return row as T;
  });
}

/**
 * The rows of a query on one entity as plain objects of its columns, each
 * value converted by the driver as TypeORM would convert it, but without
 * building entities: at thousands of rows that costs more than the query.
 */
export function plainRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<T[]> {
  return convertedRows(query, query.expressionMap.mainAlias!.metadata.columns, () => ({}));
}

/** The rows of a query on one entity as its entities holding only the columns named (properties), the others unset. */
export function partialEntities<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  properties: readonly string[],
): Promise<T[]> {
  const metadata = query.expressionMap.mainAlias!.metadata;
  const columns = properties.map((name) => {
    const column = metadata.findColumnWithPropertyName(name);
    if (!column) throw new Error(`${metadata.name} has no column ${name}`);
    return column;
  });
  return convertedRows(query, columns, () => metadata.create() as Record<string, unknown>);
}
