import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  partialEntitiesJoined,
  type ComputedColumns,
  type ComputedValues,
  type JoinedEntity,
  type JoinedRecords,
} from '../db/plain-rows';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Edge, type Page, type PageArgs } from './page';
import { badInput } from '../schema/errors';

type SortValue = string | number;

/** How a list is ordered: a SQL expression, its direction, and how to read its value off a record for the cursor. The record id breaks ties. */
export interface SortKey<T> {
  expression: string;
  direction: 'ASC' | 'DESC';
  valueOf: (record: T) => SortValue;
  /** the property valueOf reads, which a page of only some columns must hold */
  property?: keyof T & string;
  /** turns a cursor's value into a query parameter (dates need the dialect's form) */
  parameter?: (value: SortValue) => unknown;
}

function encodeCursor(value: SortValue, id: number): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

function decodeCursor(cursor: string, field: string): [SortValue, number] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && Number.isInteger(parsed[1]))
      return parsed as [SortValue, number];
  } catch {
    // reported below
  }
  throw badInput(`'${cursor}' is not a cursor of this list; take one from edges.cursor or pageInfo`, field);
}

/** The cursor of a record in a list ordered by id (the lead inbox's default order). */
export function idCursor(id: number): string {
  return encodeCursor(id, id);
}

/** The record id in a cursor of a list ordered by id; BAD_USER_INPUT for any other cursor. */
export function idOfCursor(cursor: string, field: string): number {
  const [value, id] = decodeCursor(cursor, field);
  if (value !== id)
    throw badInput(
      `'${cursor}' is a cursor of a list in another order; take one from a list ordered by id, like the lead inbox's default`,
      field,
    );
  return id;
}

interface Window {
  size: number;
  backward: boolean;
}

function pageWindow(args: PageArgs): Window {
  const { first, last } = args;
  if (first != null && last != null) throw badInput('Give either first or last, not both', 'first');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(`${name} must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, name);
    }
  }
  if (last != null) return { size: last, backward: true };
  return { size: first ?? DEFAULT_PAGE_SIZE, backward: false };
}

/** An edge whose cursor is encoded (from its source: the node, or another edge) only when read: most lists are asked for their nodes alone. */
class LazyEdge<T, S> {
  constructor(
    readonly node: T,
    private readonly source: S,
    private readonly cursorOf: (source: S) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.source);
  }
}

const cursorOfEdge = (edge: Edge<unknown>) => edge.cursor;

/** A page's edges with each node made into another, their cursors still encoded only when read. */
export function mapNodes<T, U>(edges: readonly Edge<T>[], toNode: (node: T) => U): Edge<U>[] {
  return edges.map((edge) => new LazyEdge(toNode(edge.node), edge, cursorOfEdge));
}

function assemblePage<T extends { id: number }>(
  rows: T[],
  window: Window,
  args: PageArgs,
  cursorOf: (row: T) => string,
  totalCount: Page<T>['totalCount'],
): Page<T> {
  const hasMore = rows.length > window.size;
  const page = rows.slice(0, window.size);
  if (window.backward) page.reverse();
  const edges = page.map((node) => new LazyEdge(node, node, cursorOf));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.backward ? args.before != null : hasMore,
      hasPreviousPage: window.backward ? hasMore : args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/**
 * Keyset pagination of a query: stable under inserts, and index-friendly. With columns (properties), the records
 * hold only those (and the sort's), read without TypeORM's entity building, and the records `joins` name and the
 * `computed` values come in the same statement (Page.joined, Page.computed).
 */
export async function paginate<T extends ObjectLiteral & { id: number }>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  sort: SortKey<T>,
  columns?: readonly string[],
  joins: Readonly<Record<string, JoinedEntity>> = {},
  computed: ComputedColumns = {},
): Promise<Page<T> & { joined?: JoinedRecords; computed?: ComputedValues }> {
  const window = pageWindow(args);
  const alias = query.alias;
  const countQuery = query.clone();
  const seek = (cursor: string, field: string, forward: boolean, n: number) => {
    const [value, id] = decodeCursor(cursor, field);
    const ascending = (sort.direction === 'ASC') === forward;
    const op = ascending ? '>' : '<';
    const v = `seekValue${n}`;
    const i = `seekId${n}`;
    query.andWhere(`(${sort.expression} ${op} :${v} OR (${sort.expression} = :${v} AND ${alias}.id ${op} :${i}))`, {
      [v]: sort.parameter ? sort.parameter(value) : value,
      [i]: id,
    });
  };
  if (args.after) seek(args.after, 'after', true, 1);
  if (args.before) seek(args.before, 'before', false, 2);
  const flip = (d: 'ASC' | 'DESC') => (d === 'ASC' ? 'DESC' : 'ASC');
  const direction = window.backward ? flip(sort.direction) : sort.direction;
  query
    .orderBy(sort.expression, direction)
    .addOrderBy(`${alias}.id`, direction)
    .take(window.size + 1);
  const properties = columns && sort.property && [...new Set([...columns, sort.property, 'id'])];
  let rows: T[];
  let joined: JoinedRecords | undefined;
  let values: ComputedValues | undefined;
  if (!properties) rows = await query.getMany();
  else ({ rows, joined, computed: values } = await partialEntitiesJoined(query, properties, joins, computed));
  const page = assemblePage(
    rows,
    window,
    args,
    (row) => encodeCursor(sort.valueOf(row), row.id),
    () => countQuery.getCount(),
  );
  return { ...page, joined, computed: values };
}

/** Pages a list already in memory and ordered by id (a record's activities, contacts …, loaded in one batch). */
export function paginateLoaded<T extends { id: number }>(items: T[], args: PageArgs): Page<T> {
  const window = pageWindow(args);
  let slice = items;
  if (args.after) {
    const [, id] = decodeCursor(args.after, 'after');
    slice = slice.filter((item) => item.id > id);
  }
  if (args.before) {
    const [, id] = decodeCursor(args.before, 'before');
    slice = slice.filter((item) => item.id < id);
  }
  const ordered = window.backward ? [...slice].reverse() : slice;
  return assemblePage(
    ordered.slice(0, window.size + 1),
    window,
    args,
    (row) => idCursor(row.id),
    () => items.length,
  );
}
