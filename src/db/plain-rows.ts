import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { entityHydrator, selectableColumns } from './entities-where-in';
import { selectRows, type RawRow } from './select-rows';

/** Reads the columns of a query on one entity (and whatever `extend` adds) and converts each value by the driver as TypeORM would, into make()'s objects. */
async function convertedRows<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: ColumnMetadata[],
  make: () => Record<string, unknown>,
  extend?: (query: SelectQueryBuilder<T>) => void,
): Promise<{ rows: T[]; raws: RawRow[]; key(alias: string): string | number }> {
  const { driver } = query.dataSource;
  const { alias } = query;
  // TypeORM turns take() into a LIMIT only for a query without joins, or in getMany
  if (query.expressionMap.take !== undefined) query.limit(query.expressionMap.take).take(undefined);
  query.select([]);
  for (const column of columns) query.addSelect(`${alias}.${column.propertyPath}`, column.propertyName);
  extend?.(query);
  const { rows: raws, key } = await selectRows(query);
  const keys = columns.map((column) => key(column.propertyName));
  const rows = raws.map((raw) => {
    const row = make();
    for (let n = 0; n < columns.length; n++)
      row[columns[n].propertyName] = driver.prepareHydratedValue(raw[keys[n]], columns[n]);
    return row as T;
  });
  return { rows, raws, key };
}

/**
 * The rows of a query on one entity as plain objects of its columns, each
 * value converted by the driver as TypeORM would convert it, but without
 * building entities: at thousands of rows that costs more than the query.
 */
export async function plainRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<T[]> {
  return (await convertedRows(query, query.expressionMap.mainAlias!.metadata.columns, () => ({}))).rows;
}

function partialRows<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  properties: readonly string[],
  extend?: (query: SelectQueryBuilder<T>) => void,
) {
  const metadata = query.expressionMap.mainAlias!.metadata;
  const columns = properties.map((name) => {
    const column = metadata.findColumnWithPropertyName(name);
    if (!column) throw new Error(`${metadata.name} has no column ${name}`);
    return column;
  });
  return convertedRows(query, columns, () => metadata.create() as Record<string, unknown>, extend);
}

/** A record each row names by a foreign key (a lead's owner), read in the same statement by a LEFT JOIN. */
export interface JoinedEntity {
  entity: new () => ObjectLiteral;
  /** the property of the main entity that holds the joined record's id */
  foreignKey: string;
  /** only these properties (with the id) of the joined record, the others unset; every selectable column if not given */
  properties?: readonly string[];
  /** joins only for the rows whose property has this value (a report entry's record, by its entityType) */
  only?: { property: string; value: string };
}

/** The joined records by id, for each join by its name; a row whose key names no record adds nothing. */
export type JoinedRecords = Record<string, Map<number, ObjectLiteral>>;

/** Values a row's own statement reads besides its entity's columns (a lead's kept tag list), SQL by name. */
export type ComputedColumns = Readonly<Record<string, string>>;

/** The values of each computed column by the id of the row they came with, as the driver gave them. */
export type ComputedValues = Record<string, Map<number, unknown>>;

/**
 * The rows of a query on one entity as its entities holding only the columns named (properties), the others unset;
 * and the records `joins` name and the `computed` values read in the same statement, each record with its properties
 * (every selectable column unless the join names some) converted as entitiesWhereIn converts them (what a by-id loader
 * would give).
 */
export async function partialEntitiesJoined<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  properties: readonly string[],
  joins: Readonly<Record<string, JoinedEntity>> = {},
  computed: ComputedColumns = {},
): Promise<{ rows: T[]; joined: JoinedRecords; computed: ComputedValues }> {
  const { dataSource, alias } = query;
  const { rows, raws, key } = await partialRows(query, properties, (q) => {
    for (const [name, { entity, foreignKey, only, properties }] of Object.entries(joins)) {
      const joinAlias = `joined_${name}`;
      const condition = `${joinAlias}.id = ${alias}.${foreignKey}`;
      if (only)
        q.leftJoin(entity, joinAlias, `${condition} AND ${alias}.${only.property} = :${joinAlias}_only`, {
          [`${joinAlias}_only`]: only.value,
        });
      else q.leftJoin(entity, joinAlias, condition);
      for (const column of selectableColumns(dataSource, entity, properties))
        q.addSelect(`${joinAlias}.${column.propertyPath}`, `${joinAlias}_${column.propertyName}`);
    }
    for (const [name, sql] of Object.entries(computed)) q.addSelect(sql, `computed_${name}`);
  });
  const joined: JoinedRecords = {};
  for (const [name, { entity, properties }] of Object.entries(joins)) {
    const hydrate = entityHydrator(dataSource, entity, (c) => key(`joined_${name}_${c.propertyName}`), properties);
    const records = new Map<number, ObjectLiteral>();
    const idKey = key(`joined_${name}_id`);
    for (const raw of raws) {
      const id = raw[idKey];
      // many leads share an owner
      if (id != null && !records.has(Number(id))) records.set(Number(id), hydrate(raw));
    }
    joined[name] = records;
  }
  const values: ComputedValues = {};
  for (const name of Object.keys(computed)) {
    const at = key(`computed_${name}`);
    values[name] = new Map(raws.map((raw, n) => [rows[n].id as number, raw[at]]));
  }
  return { rows, joined, computed: values };
}
