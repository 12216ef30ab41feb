import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { forUpdate, rawTimestampParameter } from './dialect';

/** A row as stored: its columns' raw values by column name, JSON-safe (MySQL's Dates become ISO strings). */
export type RowImage = Record<string, unknown>;

const CHUNK = 200;

interface Table {
  name: string;
  columns: ColumnMetadata[];
  primary: ColumnMetadata[];
}

function tableOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): Table {
  const metadata = manager.connection.getMetadata(entity);
  return {
    name: metadata.tablePath,
    columns: metadata.columns.filter((c) => c.isSelect),
    primary: metadata.primaryColumns,
  };
}

const quote = (manager: EntityManager, name: string) => manager.connection.driver.escape(name);

function parameter(column: ColumnMetadata, value: unknown): unknown {
  return typeof value === 'string' && (column.type === 'datetime' || column.type === Date)
    ? rawTimestampParameter(value)
    : value;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) out.push(items.slice(start, start + CHUNK));
  return out;
}

/**
 * Rows as stored, read past TypeORM's conversions, so that writing an image back
 * restores a row exactly (SQLite keeps timestamps as the text it was given).
 * Columns left out of selects (an attachment's content) are not in the image.
 * `where` names columns unqualified; `lock` holds the rows until the transaction ends.
 */
export async function readRows(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  where: string,
  parameters: ObjectLiteral,
  options: { lock?: boolean } = {},
): Promise<RowImage[]> {
  const { columns } = tableOf(manager, entity);
  const query = manager.createQueryBuilder(entity, 'row').select([]);
  for (const column of columns) query.addSelect(`row.${column.propertyPath}`, column.databaseName);
  query.where(where, parameters);
  if (options.lock) forUpdate(query);
  const rows: RowImage[] = await query.getRawMany();
  return rows.map((row) => JSON.parse(JSON.stringify(row)) as RowImage);
}

/** The rows whose column holds one of these values (and that meet `and`), a chunk of values per query. */
export async function readRowsIn(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  column: string,
  values: unknown[],
  options: { lock?: boolean; and?: { where: string; parameters: ObjectLiteral } } = {},
): Promise<RowImage[]> {
  const rows: RowImage[] = [];
  const and = options.and ? ` AND (${options.and.where})` : '';
  for (const chunk of chunks([...new Set(values)])) {
    rows.push(
      ...(await readRows(
        manager,
        entity,
        `${quote(manager, column)} IN (:...values)${and}`,
        { ...options.and?.parameters, values: chunk },
        options,
      )),
    );
  }
  return rows;
}

/** A row's primary key as one string, to pair images of the same row. */
export function rowKey(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, image: RowImage): string {
  return JSON.stringify(tableOf(manager, entity).primary.map((c) => image[c.databaseName]));
}

/** The rows as they are now of these images' primary keys; missing ones are gone. */
export async function readRowsLike(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  images: RowImage[],
  options: { lock?: boolean } = {},
): Promise<Map<string, RowImage>> {
  const { primary } = tableOf(manager, entity);
  const found = new Map<string, RowImage>();
  for (const chunk of chunks(images)) {
    const parameters: ObjectLiteral = {};
    const match = chunk.map((image, row) => {
      const parts = primary.map((c, n) => {
        parameters[`k${row}_${n}`] = image[c.databaseName];
        return `${quote(manager, c.databaseName)} = :k${row}_${n}`;
      });
      return `(${parts.join(' AND ')})`;
    });
    for (const row of await readRows(manager, entity, match.join(' OR '), parameters, options))
      found.set(rowKey(manager, entity, row), row);
  }
  return found;
}

/** Whether two images hold the same values in these columns (all of a's when not named). */
export function sameValues(a: RowImage, b: RowImage, columns: string[] = Object.keys(a)): boolean {
  return columns.every((column) => a[column] === b[column]);
}

export async function insertRow(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  image: RowImage,
): Promise<void> {
  const table = tableOf(manager, entity);
  const columns = table.columns.filter((c) => c.databaseName in image);
  await manager.query(
    `INSERT INTO ${quote(manager, table.name)} (${columns.map((c) => quote(manager, c.databaseName)).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    columns.map((c) => parameter(c, image[c.databaseName])),
  );
}

/** The columns every write moves by itself: the version and the time of the update. */
export function automaticColumns(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): string[] {
  const metadata = manager.connection.getMetadata(entity);
  return [metadata.versionColumn, metadata.updateDateColumn].filter((c) => c !== undefined).map((c) => c.databaseName);
}

/**
 * Writes the image's columns (those in `only`, when named) into the row with its
 * primary key, exactly as they are; `touch` moves the version and update time on
 * as any other write does.
 */
export async function updateRow(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  image: RowImage,
  options: { only?: string[]; touch?: boolean } = {},
): Promise<void> {
  const table = tableOf(manager, entity);
  const metadata = manager.connection.getMetadata(entity);
  const keys = new Set(table.primary.map((c) => c.databaseName));
  const columns = table.columns.filter(
    (c) =>
      !keys.has(c.databaseName) && c.databaseName in image && (!options.only || options.only.includes(c.databaseName)),
  );
  const sets = columns.map((c) => `${quote(manager, c.databaseName)} = ?`);
  const values = columns.map((c) => parameter(c, image[c.databaseName]));
  if (options.touch && metadata.versionColumn)
    sets.push(
      `${quote(manager, metadata.versionColumn.databaseName)} = ${quote(manager, metadata.versionColumn.databaseName)} + 1`,
    );
  if (options.touch && metadata.updateDateColumn) {
    sets.push(`${quote(manager, metadata.updateDateColumn.databaseName)} = ?`);
    values.push(manager.connection.driver.preparePersistentValue(new Date(), metadata.updateDateColumn));
  }
  if (sets.length === 0) return;
  await manager.query(
    `UPDATE ${quote(manager, table.name)} SET ${sets.join(', ')} WHERE ${table.primary.map((c) => `${quote(manager, c.databaseName)} = ?`).join(' AND ')}`,
    [...values, ...table.primary.map((c) => image[c.databaseName])],
  );
}

export async function deleteRow(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  image: RowImage,
): Promise<void> {
  const table = tableOf(manager, entity);
  await manager.query(
    `DELETE FROM ${quote(manager, table.name)} WHERE ${table.primary.map((c) => `${quote(manager, c.databaseName)} = ?`).join(' AND ')}`,
    table.primary.map((c) => image[c.databaseName]),
  );
}
