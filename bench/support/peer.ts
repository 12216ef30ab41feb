/**
 * The peer the API is measured against: PostGraphile 4 over PostgreSQL, loaded
 * with the very leads the benchmark loaded into the CRM's database. It lives in
 * bench/peer with a package.json and lock of its own, installed there by the
 * bench (`npm ci --prefix bench/peer`) when missing, so it is never a dependency
 * of the server.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { MoreThan, type DataSource } from 'typeorm';
import { Lead, Relation, Tag, Tagging, User } from '../../src/entities';
import { fromGlobalId } from '../../src/schema/global-id';

/** bench/peer in the checkout, from dist/bench/support where this runs. */
export const PEER_DIR = path.resolve(__dirname, '..', '..', '..', 'bench', 'peer');

/** The page query of bench/api-throughput.bench.ts, as PostGraphile names it (smart comments in bench/peer/schema.sql). */
export const PEER_PAGE_QUERY =
  'query Page { leads: allLeads(first: 50, orderBy: ID_DESC) { edges { node { id firstName lastName companyName email status owner { name } relation { name } tags: tagsList { name } } } } }';

interface PgClient {
  connect(): Promise<void>;
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}

/** A module installed in bench/peer (pg, postgraphile). */
export function peerRequire<T>(name: string): T {
  return createRequire(path.join(PEER_DIR, 'package.json'))(name) as T;
}

export function peerDatabaseUrl(): string {
  return process.env.BENCH_PEER_URL || 'postgres://postgres@127.0.0.1:5432/bench_peer';
}

/** Installs bench/peer's packages from its lock when they are not there yet. */
export function installPeer(): void {
  if (fs.existsSync(path.join(PEER_DIR, 'node_modules', 'postgraphile', 'package.json'))) return;
  console.log(`Installing PostGraphile for the bench: npm ci --prefix ${path.relative(process.cwd(), PEER_DIR)} …`);
  execFileSync('npm', ['ci', '--prefix', PEER_DIR, '--ignore-scripts', '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
}

async function pgClient(url: string): Promise<PgClient> {
  const { Client } = peerRequire<{ Client: new (config: { connectionString: string }) => PgClient }>('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Drops and creates the database the URL names, connecting to the server's `postgres` database to do it. */
async function recreatePgDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!/^\w+$/.test(name)) throw new Error(`BENCH_PEER_URL ${url} must name a database (letters, digits, _)`);
  parsed.pathname = '/postgres';
  const admin = await pgClient(parsed.toString());
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Inserts rows (objects keyed by entity property) into a table, 1,000 a statement. */
async function insertRows(client: PgClient, table: string, properties: string[], rows: object[]): Promise<void> {
  const columns = properties.map(snakeCase).join(', ');
  for (let start = 0; start < rows.length; start += 1000) {
    const slice = rows.slice(start, start + 1000);
    const values: unknown[] = [];
    const tuples = slice.map((row) => {
      const marks = properties.map((p) => {
        values.push((row as Record<string, unknown>)[p] ?? null);
        return `$${values.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await client.query(`INSERT INTO ${table} (${columns}) VALUES ${tuples.join(', ')}`, values);
  }
}

/**
 * A fresh PostgreSQL database at `url` holding what the page reads of the CRM
 * database: every lead with all its columns, the users and relations they point
 * at, tags and the leads' taggings. Returns the number of leads copied.
 */
export async function loadPeer(dataSource: DataSource, url: string): Promise<number> {
  await recreatePgDatabase(url);
  const client = await pgClient(url);
  try {
    await client.query(fs.readFileSync(path.join(PEER_DIR, 'schema.sql'), 'utf8'));
    const named = { select: { id: true, name: true } } as const;
    await insertRows(client, 'app_user', ['id', 'name'], await dataSource.getRepository(User).find(named));
    await insertRows(client, 'relation', ['id', 'name'], await dataSource.getRepository(Relation).find(named));
    await insertRows(client, 'tag', ['id', 'name'], await dataSource.getRepository(Tag).find(named));
    const taggings = await dataSource.getRepository(Tagging).find({ where: { entityType: 'LEAD' } });
    await insertRows(client, 'tagging', ['entityType', 'recordId', 'tagId'], taggings);
    // the columns a find reads (not the search index's searchText, which no page shows)
    const leadColumns = dataSource
      .getMetadata(Lead)
      .columns.filter((c) => c.isSelect)
      .map((c) => c.propertyName);
    let copied = 0;
    for (let lastId = 0; ;) {
      const leads = await dataSource
        .getRepository(Lead)
        .find({ where: { id: MoreThan(lastId) }, order: { id: 'ASC' }, take: 10_000 });
      if (leads.length === 0) break;
      await insertRows(client, 'lead', leadColumns, leads);
      copied += leads.length;
      lastId = leads[leads.length - 1].id;
    }
    await client.query('ANALYZE');
    return copied;
  } finally {
    await client.end();
  }
}

interface PageLead {
  id: string | number;
  tags: { name: string }[];
  [field: string]: unknown;
}

/** A page of leads with ids as numbers (the API's are global ids) and tags by name, to compare the two servers' pages. */
export function comparablePage(data: unknown): string {
  const edges = (data as { leads: { edges: { node: PageLead }[] } }).leads.edges;
  return JSON.stringify(
    edges.map(({ node }) => ({
      ...node,
      id: typeof node.id === 'string' ? fromGlobalId(node.id).id : node.id,
      tags: node.tags.map((t) => t.name).sort(),
    })),
  );
}
