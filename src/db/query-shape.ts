import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PerDatabase } from './per-database';

/**
 * SQL built once per shape of query. TypeORM builds a select's SQL anew for every query (getQuery: about a twentieth
 * of a page's CPU time), yet that SQL, with its parameters still named (`:id`), follows only from the calls that
 * built the query and not from the values of their parameters. A query made through shaped() records those calls;
 * shapedSql() builds its SQL the first time it meets them and takes it from memory after that. A call it cannot
 * describe (a function that builds a subquery, Brackets, a FindOperator or a Date in a where by object), or a builder
 * that held more than its entity when shaped() got it, leaves the query unshaped: its SQL built anew each time.
 */

/** The building calls understood, each with the position of its parameters argument (-1: none). */
const BUILDING_CALLS: Readonly<Record<string, number>> = {
  select: -1,
  addSelect: -1,
  where: 1,
  andWhere: 1,
  orWhere: 1,
  leftJoin: 3,
  innerJoin: 3,
  orderBy: -1,
  addOrderBy: -1,
  groupBy: -1,
  addGroupBy: -1,
  limit: -1,
  offset: -1,
  take: -1,
  skip: -1,
};
/** Calls that only set parameter values, which the SQL names but does not hold. */
const VALUE_CALLS: ReadonlySet<string> = new Set(['setParameter', 'setParameters']);
/** Calls that read the query without changing it. */
const READING_CALLS: ReadonlySet<string> = new Set(['getQuery', 'getParameters', 'clone', 'getCount']);

/** What is kept: the SQL of this many shapes per data source, the oldest dropped first; not a shape longer than this. */
const MAX_SHAPES = 500;
const MAX_SHAPE_LENGTH = 8_000;

interface Shape {
  calls: string[];
  /** a call it could not describe: build the SQL anew */
  unknown: boolean;
}

const shapeOf = new WeakMap<SelectQueryBuilder<ObjectLiteral>, Shape>();
const sqlByShape = new PerDatabase<Map<string, string>>();
const targetIds = new WeakMap<object, number>();
let targetCount = 0;

/** A number for an entity class (two classes may share a name). */
function targetId(target: object): number {
  let id = targetIds.get(target);
  if (id === undefined) targetIds.set(target, (id = ++targetCount));
  return id;
}

/** An argument as text, or undefined when it cannot be told apart from a different one by text. */
function describe(value: unknown, dataSource: DataSource): string | undefined {
  switch (typeof value) {
    case 'undefined':
      return 'u';
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'function':
      // an entity class, not a function building a subquery
      return dataSource.hasMetadata(value) ? `#${targetId(value)}` : undefined;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const items = value.map((item) => describe(item, dataSource));
    return items.includes(undefined) ? undefined : `[${items.join(',')}]`;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as object).map(([key, item]) => {
      const text = describe(item, dataSource);
      return text === undefined ? undefined : `${JSON.stringify(key)}:${text}`;
    });
    return entries.includes(undefined) ? undefined : `{${entries.join(',')}}`;
  }
  return undefined;
}

/** Whether a builder holds nothing but its entity and alias, as createQueryBuilder(Entity, alias) gives it. */
function isFresh({ expressionMap: map }: SelectQueryBuilder<ObjectLiteral>): boolean {
  return (
    map.selects.length <= 1 &&
    map.wheres.length === 0 &&
    map.joinAttributes.length === 0 &&
    Object.keys(map.orderBys).length === 0 &&
    map.groupBys.length === 0 &&
    [map.limit, map.offset, map.take, map.skip].every((n) => n === undefined)
  );
}

/** The query, recording how it is built from here on (see the top of this file); `query` must be fresh from createQueryBuilder. */
export function shaped<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const metadata = query.expressionMap.mainAlias?.metadata;
  const { dataSource } = query;
  const entity = metadata && (typeof metadata.target === 'function' ? targetId(metadata.target) : metadata.target);
  const shape: Shape = {
    calls: [`${entity} ${query.alias}`],
    unknown: !metadata || !isFresh(query as SelectQueryBuilder<ObjectLiteral>),
  };
  const proxy: SelectQueryBuilder<T> = new Proxy(query, {
    get(target, name, receiver) {
      const member: unknown = Reflect.get(target, name, receiver);
      if (typeof member !== 'function' || typeof name !== 'string') return member;
      const parameters = BUILDING_CALLS[name];
      if (parameters === undefined && !VALUE_CALLS.has(name) && !READING_CALLS.has(name)) shape.unknown = true;
      return (...args: unknown[]) => {
        if (parameters !== undefined && !shape.unknown) {
          const described = args.map((arg, n) => (n === parameters ? '' : describe(arg, dataSource)));
          if (described.includes(undefined)) shape.unknown = true;
          else shape.calls.push(`${name}(${described.join(',')})`);
        }
        const result: unknown = (member as (...a: unknown[]) => unknown).apply(target, args);
        return result === target ? proxy : result;
      };
    },
  });
  shapeOf.set(proxy, shape);
  return proxy;
}

/** The SQL of a query (its parameters named), from memory when a query of the same shape built it before. */
export function shapedSql(query: SelectQueryBuilder<ObjectLiteral>): string {
  const shape = shapeOf.get(query);
  if (!shape || shape.unknown) return query.getQuery();
  const cache = sqlByShape.of(query.dataSource, () => new Map());
  const key = shape.calls.join('\n');
  // a condition that holds its values (the ids a search found) is a shape of its own each time
  if (key.length > MAX_SHAPE_LENGTH) return query.getQuery();
  let sql = cache.get(key);
  if (sql === undefined) {
    sql = query.getQuery();
    if (cache.size >= MAX_SHAPES) cache.delete(cache.keys().next().value!);
    cache.set(key, sql);
  }
  return sql;
}
