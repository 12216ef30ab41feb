import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/open-database';
import { scanFindings } from '../src/quality/validation/validation-scan.service';
import {
  envFlag,
  envInteger,
  mib,
  printTable,
  seconds,
  stopwatch,
  type Benchmark,
  type Figures,
} from './support/benchmark';
import { freshBenchDatabase } from './support/bench-database';
import { printProfileSummary } from './support/cpu-profile';
import {
  measureLoad,
  startServerChild,
  type LoadFigures,
  type LoadOptions,
  type ServerChild,
} from './support/http-load';
import { loadLeads } from './support/load-leads';
import { serverNodeFlags, startProductServer } from './support/product-server';
import { giveRelationsPeople } from './support/relation-people';
import { comparablePage, installPeer, loadPeer, PEER_PAGE_QUERY, peerDatabaseUrl } from './support/peer';

/** The lead inbox's first page as the web client asks for it. */
export const PAGE_QUERY =
  'query Page { leads(first: 50) { edges { node { id firstName lastName companyName email status owner { name } relation { name } tags { name } } } } }';
export const RELATIONS_QUERY =
  'query Relations { relations(first: 50) { edges { node { id name customerNumber city owner { name } contacts(first: 5) { edges { node { id firstName lastName email } } } deals(first: 5) { edges { node { id title stage value status } } } } } } }';
export const VALIDATION_QUERY =
  'query Report { validationErrors(first: 50) { totalCount edges { node { record { __typename id ... on Lead { firstName lastName email phone } ... on Relation { name phone } ... on Contact { firstName lastName } } findings { id code severity field message value suggestedValue } } } } }';
const BARE_QUERY = '{ __typename }';

/** A page the API is asked for, each measured against its in-memory twin. */
interface Page {
  /** names its figures: apiRequestsPerSecond, relationsMemoryLatencyP99Ms … */
  key: string;
  label: string;
  body: { query: string; operationName: string };
  /** what is wrong with the API's answer, or null */
  check(data: unknown): string | null;
}

/** The edges of a connection answered at `field`, checked to be `expected` in number. */
function edgeCount(field: string, noun: string, expected: (data: Record<string, unknown>) => number) {
  return (data: unknown): string | null => {
    const answer = data as Record<string, { edges?: unknown[] } | undefined>;
    const edges = answer?.[field]?.edges;
    const want = expected(answer);
    return edges?.length === want ? null : `expected ${want} ${noun}, got ${edges?.length}`;
  };
}

function pagesToMeasure(relations: number): Page[] {
  const leads: Page = {
    key: '',
    label: 'page of 50 leads',
    body: { query: PAGE_QUERY, operationName: 'Page' },
    check: edgeCount('leads', 'leads', () => 50),
  };
  const report: Page = {
    key: 'validation',
    label: 'validation report, first page',
    body: { query: VALIDATION_QUERY, operationName: 'Report' },
    check: (data) =>
      (data as { validationErrors: { totalCount: number } }).validationErrors.totalCount === 0
        ? 'the report is empty: the scan found nothing'
        : edgeCount('validationErrors', 'rows', (answer) =>
            Math.min(50, (answer.validationErrors as { totalCount: number }).totalCount),
          )(data),
  };
  if (relations === 0) return [leads, report];
  const relationPage: Page = {
    key: 'relations',
    label: '50 relations, contacts, deals',
    body: { query: RELATIONS_QUERY, operationName: 'Relations' },
    check: (data) => {
      const problem = edgeCount('relations', 'relations', () => Math.min(50, relations))(data);
      if (problem) return problem;
      type Row = { node: { contacts: { edges: unknown[] }; deals: { edges: unknown[] } } };
      const rows = (data as { relations: { edges: Row[] } }).relations.edges;
      const bare = rows.filter((row) => row.node.contacts.edges.length !== 2 || row.node.deals.edges.length !== 1);
      return bare.length ? `${bare.length} relations without their 2 contacts and 1 deal` : null;
    },
  };
  return [leads, relationPage, report];
}

interface Target {
  key: string;
  label: string;
  child: ServerChild;
  headers: Record<string, string>;
  body: object;
  check(data: unknown): string | null;
}

/** The figures' name for a page's server: api, memory, relationsApi, relationsMemory … */
const figureKey = (page: Page, server: 'api' | 'memory') =>
  page.key ? `${page.key}${server[0].toUpperCase()}${server.slice(1)}` : server;

/** The servers run as deployed: NODE_ENV=production unless BENCH_NODE_ENV says otherwise (graphql-js, for one, checks more outside production). */
function serverEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: process.env.BENCH_NODE_ENV || 'production', ...extra };
}

/** The data of one answer, which must come without errors. */
async function askOnce(url: string, headers: Record<string, string>, body: object): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || answer.errors?.length)
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer).slice(0, 1000)}`);
  return answer.data;
}

/**
 * API throughput: 100,000 leads loaded into a fresh database, the real server
 * (started as src/main.ts starts it) in a child process, and autocannon asking
 * it for a page of 50 leads with owner, relation and tags; PostGraphile 4 on
 * PostgreSQL loaded with the same leads, asked the same page (the peer, see
 * support/peer.ts; left out, saying why, when PostgreSQL is not reachable);
 * then the same Apollo + express 5 stack with nothing behind it, answering the
 * very same page from memory (what the shape of the answer costs by itself,
 * without the app) and `{ __typename }`. Likewise, each against its own twin from
 * memory: a page of 50 relations with their contacts and (open) deals (the first
 * 50 relations by name get two contacts and a deal each) and the validation
 * report's first page (after a scan of every record for findings). Every twin
 * must answer exactly what the API answered. The servers are measured in turn, round
 * after round; the run ends with `ratio to PostGraphile: X.XX` (see run.ts).
 *
 * Environment:
 *   BENCH_LEADS        leads to load (100000)
 *   BENCH_DURATION     seconds measured per server (10), after BENCH_WARMUP seconds (2)
 *   BENCH_CONNECTIONS  concurrent connections (10)
 *   BENCH_ROUNDS       measure the servers in turn this many times and keep each one's best (3)
 *   BENCH_PEER_URL     the peer's PostgreSQL database, dropped and created again
 *                      (postgres://postgres@127.0.0.1:5432/bench_peer); BENCH_PEER=0 leaves the peer out
 *   BENCH_LOAD         bulk: multi-row INSERTs of the same rows (default); service: through createLeads and
 *                      createRelations, as the product writes them (minutes for 100,000)
 *   BENCH_CONVERT=0    convert no lead, so relation is always null and never loaded
 *   BENCH_WORKERS      Node processes per server (os.availableParallelism()): above 1, the API runs as deployed,
 *                      `node dist/src/main.js` with npm start's Node flags and WORKERS=N, and PostGraphile, the pages from memory and bare
 *                      Apollo each as a node:cluster primary with N workers (support/serve-cluster.ts); CPU and
 *                      memory are then summed over each server's processes, and SQL statements are not counted.
 *                      1: each server one process, the API support/serve-api.ts
 *   BENCH_PROFILE=1    profile the API server's CPU over the measurement and print where its time goes (needs
 *                      BENCH_WORKERS=1)
 *   BENCH_NODE_ENV     the servers' NODE_ENV (production)
 *   LOG_LEVEL          the API server's (info); its logs go to BENCH_LOG_FILE (/dev/null)
 *   DATABASE_URL       mysql://… to run on MySQL/MariaDB (that database is dropped and created again)
 *   BENCH_KEEP_DB=1    keep the SQLite file
 */
export const apiThroughput: Benchmark = {
  name: 'api',
  description:
    'GraphQL API throughput: a page of 50 leads over 100,000 against PostGraphile and the page from memory; pages of relations and of the validation report against theirs',
  async run(machine) {
    const leadCount = envInteger('BENCH_LEADS', 100_000);
    const load: LoadOptions = {
      duration: envInteger('BENCH_DURATION', 10),
      warmup: process.env.BENCH_WARMUP === '0' ? 0 : envInteger('BENCH_WARMUP', 2),
      connections: envInteger('BENCH_CONNECTIONS', 10),
    };
    const profile = envFlag('BENCH_PROFILE');
    const workers = envInteger('BENCH_WORKERS', os.availableParallelism());
    if (profile && workers > 1) throw new Error('BENCH_PROFILE=1 profiles one process: set BENCH_WORKERS=1 with it');
    const rounds = envInteger('BENCH_ROUNDS', 3);
    // bulk by default: through createLeads, 100,000 leads take minutes now that every write also matches the
    // record against the others (refreshClusters), which the page read here does not depend on
    const loadMethod = process.env.BENCH_LOAD || 'bulk';
    if (loadMethod !== 'service' && loadMethod !== 'bulk')
      throw new Error(`BENCH_LOAD must be service or bulk, got '${loadMethod}'`);

    const database = await freshBenchDatabase('api');
    try {
      console.log(
        `Loading ${leadCount.toLocaleString('en')} leads ${loadMethod === 'bulk' ? 'in bulk (multi-row INSERTs; BENCH_LOAD=service for createLeads)' : 'through createLeads'} (${database.url}) …`,
      );
      const dataSource = await openDatabase(database.url);
      let lastReport = 0;
      const loadClock = stopwatch();
      let lastMs = 0;
      const loaded = await loadLeads(
        dataSource,
        leadCount,
        (stored) => {
          if (stored - lastReport >= leadCount / 10 || (stored === leadCount && lastReport < leadCount)) {
            const ms = loadClock();
            console.log(
              `  ${stored.toLocaleString('en').padStart(9)} leads  ${seconds(ms).padStart(8)}  (${Math.round(((stored - lastReport) * 1000) / (ms - lastMs)).toLocaleString('en')}/s over the last ${(stored - lastReport).toLocaleString('en')})`,
            );
            lastReport = stored;
            lastMs = ms;
          }
        },
        loadMethod,
        process.env.BENCH_CONVERT !== '0',
      );
      const people = loaded.converted
        ? await giveRelationsPeople(dataSource, loaded.admin, 50)
        : { contacts: 0, deals: 0 };
      const scan = await scanFindings(dataSource);
      console.log(
        `Gave the first 50 relations ${people.contacts} contacts and ${people.deals} open deals; ` +
          `scanned ${scan.records.toLocaleString('en')} records for the validation report in ${scan.seconds.toFixed(1)} s (${scan.recordsWithFindings.toLocaleString('en')} with findings)`,
      );
      const peer = await preparePeer(() => loadPeer(dataSource, peerDatabaseUrl()));
      await dataSource.destroy();
      const loadPeakRss = process.resourceUsage().maxRSS * 1024;
      const leadsPerSecond = loaded.leads / (loaded.leadMs / 1000);
      console.log(
        `Loaded ${loaded.leads.toLocaleString('en')} leads in ${seconds(loaded.leadMs)} (${Math.round(leadsPerSecond).toLocaleString('en')} leads/s), ` +
          `${loaded.converted.toLocaleString('en')} converted to relations in ${seconds(loaded.relationMs)}; ${seconds(loaded.totalMs)} in all, peak RSS ${mib(loadPeakRss)}`,
      );
      console.log(
        `  ${loaded.owned.toLocaleString('en')} owned, ${loaded.tagged.toLocaleString('en')} tagged, ${loaded.rejected} rejected` +
          (loaded.rejected
            ? ` (${Object.entries(loaded.rejections)
                .map(([code, n]) => `${code} ${n}`)
                .join(', ')})`
            : ''),
      );
      if (loaded.conversionError)
        console.log(
          `  WARNING: converting leads to relations failed, so relation { name } is null on every lead: ${loaded.conversionError}`,
        );

      const profileDir = profile ? fs.mkdtempSync(path.join(os.tmpdir(), 'crm-bench-profile-')) : null;
      console.log(
        `\nServers (NODE_ENV=${serverEnv({}).NODE_ENV}) measured with ${load.connections} connections, ${load.warmup} s warm-up, ${load.duration} s each` +
          `${rounds > 1 ? `, ${rounds} rounds (best kept)` : ''}${profile ? ', the API CPU-profiled in the first' : ''}`,
      );
      console.log(
        workers === 1
          ? `  each server one Node process (BENCH_WORKERS=1): the API as bench/support/serve-api.ts starts it (src/main.ts's start-up, with npm start's Node flags ${serverNodeFlags().join(' ')}, SQL statements counted)`
          : `  each server ${workers} Node processes (BENCH_WORKERS=${workers}): the API as deployed, \`node ${serverNodeFlags().join(' ')} dist/src/main.js\` (npm start) with WORKERS=${workers}; ` +
              `PostGraphile, the pages from memory and bare Apollo each a node:cluster primary with ${workers} workers; ` +
              "CPU and memory summed over each server's processes, SQL statements not counted",
      );
      const pages = pagesToMeasure(loaded.converted);
      const targets: Target[] = [];
      const best = new Map<string, LoadFigures>();
      const servers: { name: string; child: ServerChild }[] = [];
      const start = async (name: string, starting: Promise<ServerChild>) => {
        const child = await starting;
        servers.push({ name, child });
        return child;
      };
      // the bench's own servers run in `workers` processes each (support/serve-cluster.ts)
      const startChild = (name: string, entry: string, env: NodeJS.ProcessEnv) =>
        start(name, startServerChild(entry, serverEnv({ BENCH_SERVER_WORKERS: String(workers), ...env })));
      try {
        const apiEnv = serverEnv({ DATABASE_URL: database.url });
        const api = await start(
          'API',
          workers === 1
            ? startServerChild('serve-api', apiEnv, serverNodeFlags())
            : startProductServer(apiEnv, workers),
        );
        const apiHeaders = { authorization: `Bearer ${loaded.adminToken}` };
        let apiPage = '';
        for (const page of pages) {
          const apiData = await askOnce(api.url, apiHeaders, page.body);
          const expected = JSON.stringify(apiData);
          if (!page.key) apiPage = comparablePage(apiData);
          // the same answer from memory through the same stack: what the shape of the page costs without the app behind it
          const pageFile = path.join(database.dir, `page-${page.key || 'leads'}.json`);
          fs.writeFileSync(pageFile, expected);
          const twin = await startChild(`${page.label} from memory`, 'serve-bare', { BENCH_PAGE_FILE: pageFile });
          targets.push(
            { ...page, key: figureKey(page, 'api'), label: `API ${page.label}`, child: api, headers: apiHeaders },
            {
              key: figureKey(page, 'memory'),
              label: `same stack, ${page.label} from memory`,
              child: twin,
              headers: {},
              body: page.body,
              check: (data: unknown) => (JSON.stringify(data) === expected ? null : "not the API's answer"),
            },
          );
        }
        const peerChild = peer.loaded
          ? await startChild('PostGraphile', 'serve-peer', { BENCH_PEER_URL: peerDatabaseUrl() })
          : null;
        if (peerChild) {
          targets.splice(1, 0, {
            key: 'peer',
            label: 'PostGraphile, PostgreSQL',
            child: peerChild,
            headers: {},
            body: { query: PEER_PAGE_QUERY, operationName: 'Page' },
            check: (data: unknown) =>
              comparablePage(data) === apiPage ? null : "its page is not the API's (ids, fields, names, tags)",
          });
        }
        const bare = await startChild('bare Apollo', 'serve-bare', {});
        targets.push({
          key: 'bare',
          label: 'bare Apollo { __typename }',
          child: bare,
          headers: {},
          body: { query: BARE_QUERY },
          check: (data: unknown) =>
            (data as { __typename?: string })?.__typename === 'Query' ? null : 'expected { __typename: "Query" }',
        });
        const processes = await Promise.all(servers.map(({ child }) => child.stats()));
        console.log(
          `  processes per server, counted in /proc: ${servers.map(({ name }, s) => `${name} ${processes[s].processes}`).join(', ')}`,
        );
        for (let round = 1; round <= rounds; round++) {
          for (const [t, target] of targets.entries()) {
            const profileFile =
              profileDir && t === 0 && round === 1 ? path.join(profileDir, 'api-server.cpuprofile') : undefined;
            const figures = await measureLoad(
              target.label,
              target.child,
              { headers: target.headers, body: JSON.stringify(target.body) },
              target.check,
              { ...load, profileFile },
            );
            console.log(
              `  ${rounds > 1 ? `round ${round}: ` : ''}${target.label}: ${figures.requestsPerSecond.toFixed(0)} req/s, others on the machine used ${figures.otherCpu.toFixed(0)} % of a core`,
            );
            const kept = best.get(target.key);
            if (!kept || figures.requestsPerSecond > kept.requestsPerSecond) best.set(target.key, figures);
          }
        }
      } finally {
        for (const { child } of servers) await child.stop();
      }
      const apiFigures = best.get('api')!;
      const memoryFigures = best.get('memory')!;
      const bareFigures = best.get('bare')!;
      const peerFigures = best.get('peer');

      const all = targets.map((target) => best.get(target.key)!);
      const ratio = apiFigures.requestsPerSecond / bareFigures.requestsPerSecond;
      const shapeRatio = apiFigures.requestsPerSecond / memoryFigures.requestsPerSecond;
      const cpuRatio = bareFigures.serverCpuMsPerRequest / apiFigures.serverCpuMsPerRequest;
      console.log('');
      printTable([
        ['', 'req/s', 'p50 ms', 'p99 ms', 'avg ms', 'max ms', 'requests', 'failed'],
        ...all.map((f) => [
          f.label,
          f.requestsPerSecond.toFixed(0),
          f.latencyP50.toFixed(0),
          f.latencyP99.toFixed(0),
          f.latencyAverage.toFixed(1),
          f.latencyMax.toFixed(0),
          f.requests,
          f.failures,
        ]),
      ]);
      console.log('');
      printTable([
        [
          '',
          'processes',
          'server CPU',
          'CPU ms/req',
          'load gen CPU',
          'database CPU',
          'other CPU',
          'server peak RSS',
          'SQL/req',
        ],
        ...all.map((f) => [
          f.label,
          f.serverProcesses,
          `${f.serverCpu.toFixed(0)} %`,
          f.serverCpuMsPerRequest.toFixed(2),
          `${f.loadGeneratorCpu.toFixed(0)} %`,
          machine.databaseKind === 'mysql' || f === peerFigures ? `${f.databaseCpu.toFixed(0)} %` : '-',
          `${f.otherCpu.toFixed(0)} %`,
          mib(f.serverPeakRss),
          f.perRequest.queries === undefined ? '-' : f.perRequest.queries.toFixed(2),
        ]),
      ]);
      console.log(
        "CPU: % of one core over the measurement, a server's summed over its processes; \"other\" is everything else on the machine (other people's test runs …). CPU ms/req: the server's CPU time per answer. SQL/req: counted in the API's process only (BENCH_WORKERS=1).",
      );
      const peerRatio = peerFigures ? apiFigures.requestsPerSecond / peerFigures.requestsPerSecond : undefined;
      if (peerFigures)
        console.log(
          `\nAPI / PostGraphile: ${peerRatio!.toFixed(2)} (aim: at least 1); by CPU time per page, server and database: ` +
            `${((peerFigures.serverCpuMsPerRequest + cpuMsPerRequest(peerFigures.databaseCpu, peerFigures)) / (apiFigures.serverCpuMsPerRequest + (machine.databaseKind === 'mysql' ? cpuMsPerRequest(apiFigures.databaseCpu, apiFigures) : 0))).toFixed(2)}`,
        );
      else console.log(`\nPostGraphile not measured: ${peer.problem}`);
      console.log(`\nRatio API / bare: ${ratio.toFixed(2)} (aim: at least 0.5)${ratio < 0.5 ? '  BELOW AIM' : ''}`);
      console.log(`  by server CPU time per request (steadier on a busy machine): ${cpuRatio.toFixed(2)}`);
      console.log(
        `  API / same page from memory: ${shapeRatio.toFixed(2)}; same page from memory / bare: ${(memoryFigures.requestsPerSecond / bareFigures.requestsPerSecond).toFixed(2)}`,
      );
      const pageRatios: Figures = {};
      for (const page of pages.filter((p) => p.key)) {
        const pageRatio =
          best.get(figureKey(page, 'api'))!.requestsPerSecond / best.get(figureKey(page, 'memory'))!.requestsPerSecond;
        pageRatios[`${page.key}ShapeRatio`] = pageRatio;
        console.log(`  API / same page from memory, ${page.label}: ${pageRatio.toFixed(2)}`);
      }
      if (all.some((f) => f.failures > 0))
        console.log('WARNING: some requests failed or answered differently; the rates above count only the good ones');

      if (profileDir) {
        const files = fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
        for (const file of files) printProfileSummary(path.join(profileDir, file));
      }

      const figures: Figures = {
        peerRatio: peerRatio ?? null,
        peerProblem: peer.problem,
        loadMethod,
        leads: loaded.leads,
        leadsRejected: loaded.rejected,
        leadsConverted: loaded.converted,
        conversionError: loaded.conversionError,
        loadSeconds: loaded.totalMs / 1000,
        leadLoadSeconds: loaded.leadMs / 1000,
        leadsPerSecond,
        loadPeakRssBytes: loadPeakRss,
        durationSeconds: load.duration,
        rounds,
        workers,
        connections: load.connections,
        profiled: profile,
        ratio,
        cpuRatio,
        shapeRatio,
        ...pageRatios,
      };
      for (const [key, f] of best) {
        Object.assign(figures, {
          [`${key}RequestsPerSecond`]: f.requestsPerSecond,
          [`${key}LatencyP50Ms`]: f.latencyP50,
          [`${key}LatencyP99Ms`]: f.latencyP99,
          [`${key}Failures`]: f.failures,
          [`${key}ServerCpuPercent`]: f.serverCpu,
          [`${key}ServerCpuMsPerRequest`]: f.serverCpuMsPerRequest,
          [`${key}DatabaseCpuPercent`]: f.databaseCpu,
          [`${key}OtherCpuPercent`]: f.otherCpu,
          [`${key}ServerPeakRssBytes`]: f.serverPeakRss,
          [`${key}ServerProcesses`]: f.serverProcesses,
        });
      }
      if (apiFigures.perRequest.queries !== undefined) figures.apiQueriesPerRequest = apiFigures.perRequest.queries;
      return figures;
    } finally {
      database.cleanUp();
    }
  },
};

/** CPU milliseconds per answer from a % of one core over the measurement. */
function cpuMsPerRequest(percent: number, f: LoadFigures): number {
  return (percent / 100) * (1000 / f.requestsPerSecond);
}

/** Installs and loads the peer unless BENCH_PEER=0; when that fails (PostgreSQL not reachable …), says why and carries on without it. */
async function preparePeer(load: () => Promise<number>): Promise<{ loaded: boolean; problem: string | null }> {
  if (process.env.BENCH_PEER === '0') return { loaded: false, problem: 'left out (BENCH_PEER=0)' };
  try {
    installPeer();
    const clock = stopwatch();
    const copied = await load();
    console.log(`Copied ${copied.toLocaleString('en')} leads to PostgreSQL for PostGraphile in ${seconds(clock())}`);
    return { loaded: true, problem: null };
  } catch (error) {
    const problem = `PostgreSQL at ${peerDatabaseUrl()} not reachable or not loadable: ${(error as Error).message}`;
    console.log(`${problem}; measuring the rest without it`);
    return { loaded: false, problem };
  }
}
