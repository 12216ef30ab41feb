import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { queryRows } from './select-rows';
import { PerDatabase } from './per-database';

interface Reader {
  /** `SELECT … FROM table WHERE ` */
  prefix: string;
  columns: ColumnMetadata[];
  /** the escaped column name of each property */
  quoted: Map<string, string>;
  create: () => ObjectLiteral;
}

const readers = new PerDatabase<Map<EntityTarget<ObjectLiteral>, Reader>>();

function readerOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): Reader {
  const byEntity = readers.of(dataSource, () => new Map());
  let reader = byEntity.get(entity);
  if (!reader) {
    const metadata = dataSource.getMetadata(entity);
    const escape = (name: string) => dataSource.driver.escape(name);
    const columns = metadata.columns.filter((c) => c.isSelect);
    const list = columns.map((c) => escape(c.databaseName)).join(', ');
    reader = {
      prefix: `SELECT ${list} FROM ${escape(metadata.tablePath)} WHERE `,
      columns,
      quoted: new Map(columns.map((c) => [c.propertyName, escape(c.databaseName)])),
      create: () => metadata.create() as ObjectLiteral,
    };
    byEntity.set(entity, reader);
  }
  return reader;
}

/**
 * Makes entities from raw rows, every selectable column (or only those of `properties`, with the id) converted by the
 * driver from the key `keyOf` names.
 */
export function entityHydrator<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  keyOf: (column: ColumnMetadata) => string | number,
  properties?: readonly string[],
): (raw: Record<string | number, unknown>) => T {
  const { create } = readerOf(dataSource, entity as EntityTarget<ObjectLiteral>);
  const columns = selectableColumns(dataSource, entity as EntityTarget<ObjectLiteral>, properties);
  const { driver } = dataSource;
  const keys = columns.map(keyOf);
  return (raw) => {
    const record = create();
    for (let n = 0; n < columns.length; n++)
      record[columns[n].propertyName] = driver.prepareHydratedValue(raw[keys[n]], columns[n]);
    return record as T;
  };
}

/** The selectable columns of an entity, as its loaders read them; only the id and those of `properties` if given. */
export function selectableColumns(
  dataSource: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  properties?: readonly string[],
): ColumnMetadata[] {
  const { columns } = readerOf(dataSource, entity);
  if (!properties) return columns;
  const wanted = new Set(['id', ...properties]);
  return columns.filter((column) => wanted.has(column.propertyName));
}

/**
 * The entities whose `column` is one of `values` (ordered by id when asked), every selectable column read, as
 * TypeORM would give them, but from SQL built once per entity instead of by the query builder and converted column
 * by column through the driver: a page's loaders run these for every request, and building the query and
 * transforming its rows cost several times the statement itself.
 */
export async function entitiesWhereIn<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  values: readonly unknown[],
  orderById = false,
): Promise<T[]> {
  if (values.length === 0) return [];
  const reader = readerOf(dataSource, entity as EntityTarget<ObjectLiteral>);
  const marks = values.map(() => '?').join(', ');
  const sql = `${reader.prefix}${reader.quoted.get(column)} IN (${marks})${orderById ? ` ORDER BY ${reader.quoted.get('id')}` : ''}`;
  const { rows, key } = await queryRows(dataSource, sql, [...values]);
  return rows.map(entityHydrator(dataSource, entity, (c) => key(c.databaseName)));
}
