import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The rows of a query on one entity as plain objects of its columns, each
 * value converted by the driver as TypeORM would convert it, but without
 * building entities: at thousands of rows that costs more than the query.
 */
export async function plainRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<T[]> {
  const { driver } = query.connection;
  const { alias } = query;
  const columns = query.expressionMap.mainAlias!.metadata.columns;
  query.select([]);
  for (const column of columns) query.addSelect(`${alias}.${column.propertyPath}`, column.propertyName);
  const rows = await query.getRawMany<Record<string, unknown>>();
  return rows.map((raw) => {
    const row: Record<string, unknown> = {};
    for (const column of columns)
      row[column.propertyName] = driver.prepareHydratedValue(raw[column.propertyName], column);
    return row as T;
  });
}
