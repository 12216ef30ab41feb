import 'reflect-metadata';
import { fork } from 'node:child_process';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/db/open-database';
import { transaction } from '../src/db/transaction';
import { DuplicateClusterMember, Relation } from '../src/entities';
import { UserRole } from '../src/entities/enums';
import { scanDuplicates, type ScanSummary } from '../src/quality/duplicates/scan-duplicates.service';
import { trainStoredModel } from '../src/quality/duplicates/train-model.service';
import { findMatches } from '../src/quality/matching/find-matches';
import { createUser } from '../src/users/user.service';
import { pairMetrics, pairsWithinGroups, type PairMetrics } from '../src/quality/duplicates/pair-metrics';
import { generateRelations } from './generate';
import { envInteger, mib, printTable, seconds, stopwatch, type Benchmark, type Figures } from './support/benchmark';
import { freshBenchDatabase } from './support/bench-database';
import { bulkLoadRelations, type Owners } from './support/bulk-load-relations';
import { startConcurrentSession } from './support/concurrent-session';

const AIM_SCAN_MS = 180_000;
const AIM_PEAK_BYTES = 2 * 1024 ** 3;
const AIM_PROBE_MS = 10;
const AIM_SESSION_MS = 1_000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function createOwners(dataSource: DataSource): Promise<Owners[]> {
  const owners: Owners[] = [];
  for (const division of ['North', 'South']) {
    const { user } = await transaction(dataSource, ({ manager: m }) =>
      createUser(m, {
        email: `dedupe-${division.toLowerCase()}@bench.example`,
        name: `${division} Seller`,
        role: UserRole.SALES,
        divisionName: division,
      }),
    );
    owners.push({ divisionId: user.divisionId!, ownerIds: [user.id] });
  }
  return owners;
}

function addTo(groups: Map<number, string[]>, key: number, id: string): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [id]);
  else group.push(id);
}

/** Pairwise precision and recall of the clusters against the generator's entity keys (record ids follow the generator's order). */
async function clusterQuality(dataSource: DataSource, count: number): Promise<PairMetrics> {
  const ids = (await dataSource.getRepository(Relation).find({ select: { id: true }, order: { id: 'ASC' } })).map(
    (relation) => String(relation.id),
  );
  const byEntity = new Map<number, string[]>();
  let n = 0;
  for (const { entityKey } of generateRelations({ count, seed: 1 })) addTo(byEntity, entityKey, ids[n++]);
  const truth = pairsWithinGroups([...byEntity.values()].filter((group) => group.length > 1));
  const clusters = new Map<number, string[]>();
  for (const { clusterId, recordId } of await dataSource
    .getRepository(DuplicateClusterMember)
    .find({ select: { clusterId: true, recordId: true } })) {
    addTo(clusters, clusterId, String(recordId));
  }
  return pairMetrics(pairsWithinGroups(clusters.values()), truth);
}

/** findMatches for records the generator makes after the stored ones (a tenth of them copies of stored entities), timed one by one. */
async function probeTimes(
  dataSource: DataSource,
  count: number,
  probes: number,
): Promise<{ median: number; p99: number; found: number }> {
  const times: number[] = [];
  let found = 0;
  let n = 0;
  for (const { fields } of generateRelations({ count: count + probes, seed: 1 })) {
    if (n++ < count) continue;
    const clock = stopwatch();
    const matches = await findMatches(
      dataSource.manager,
      { entityType: 'RELATION', fields },
      { entityTypes: ['RELATION'], minScore: 0.9 },
    );
    times.push(clock());
    if (matches.length > 0) found += 1;
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99), found };
}

async function measureSize(count: number, probes: number, trainUpTo: number): Promise<Figures> {
  const database = await freshBenchDatabase(`dedupe-${count}`);
  const dataSource = await openDatabase(database.url);
  try {
    console.log(
      `\n${count.toLocaleString('en')} generated relations, loaded with multi-row INSERTs around the API (${database.url}) …`,
    );
    const loadMs = await bulkLoadRelations(dataSource, count, await createOwners(dataSource));
    console.log(`Loaded in ${seconds(loadMs)}.`);

    const session = await startConcurrentSession(database.url, count);
    const cpuBefore = process.cpuUsage();
    const clock = stopwatch();
    const steps: string[] = [];
    const [scan] = (await scanDuplicates(dataSource, {
      entityTypes: ['RELATION'],
      onStep: (step) => void (step !== 'page-written' && steps.push(`${step} ${seconds(clock())}`)),
    })) as [ScanSummary];
    const scanMs = clock();
    const cpu = process.cpuUsage(cpuBefore);
    const concurrent = await session.stop();
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(
      `Full scan: ${seconds(scanMs)} wall, ${seconds((cpu.user + cpu.system) / 1000)} CPU, ${Math.round(count / (scanMs / 1000)).toLocaleString('en')} records/s, peak RSS ${mib(peak)} ` +
        `(aim: ${seconds(AIM_SCAN_MS)} in ${mib(AIM_PEAK_BYTES)} at 1,000,000)`,
    );
    console.log(
      `  ${scan.keysWritten.toLocaleString('en')} match keys written, ${scan.candidatePairs.toLocaleString('en')} candidate pairs scored, ` +
        `${scan.links.toLocaleString('en')} links, ${scan.clusters.toLocaleString('en')} clusters`,
    );
    console.log(
      `  another session meanwhile (its own process, a read or write of a relation every 50 ms): ` +
        `${concurrent.reads.toLocaleString('en')} reads, max ${concurrent.readMaxMs.toFixed(0)} ms, p99 ${concurrent.readP99Ms.toFixed(0)} ms; ` +
        `${concurrent.writes.toLocaleString('en')} writes (created or renamed), max ${concurrent.writeMaxMs.toFixed(0)} ms, p99 ${concurrent.writeP99Ms.toFixed(0)} ms ` +
        `(aim: under ${AIM_SESSION_MS} ms); ${concurrent.errors} failed${concurrent.firstError ? ` (${concurrent.firstError})` : ''}`,
    );
    console.log(`  the scan's steps, from its start: ${steps.join(', ')}`);
    console.log(
      `  the session's slowest, from its start: ${concurrent.slowest.map((op) => `${op.kind} at ${seconds(op.atMs)}: ${op.ms.toFixed(0)} ms`).join(', ')}`,
    );
    const quality = await clusterQuality(dataSource, count);
    console.log(
      `  against the generator's entities: precision ${(100 * quality.precision).toFixed(1)} %, recall ${(100 * quality.recall).toFixed(1)} % ` +
        `(${quality.truePositives.toLocaleString('en')} of ${quality.truePairs.toLocaleString('en')} true pairs, ${quality.predictedPairs.toLocaleString('en')} predicted)`,
    );

    const probe = await probeTimes(dataSource, count, probes);
    console.log(
      `One new record's candidates (findMatches), ${probes} records: median ${probe.median.toFixed(2)} ms, p99 ${probe.p99.toFixed(2)} ms ` +
        `(aim: under ${AIM_PROBE_MS} ms); ${probe.found} found a duplicate`,
    );

    const figures: Figures = {};
    if (count <= trainUpTo) {
      const training = await trainStoredModel(dataSource);
      const rescanClock = stopwatch();
      await scanDuplicates(dataSource, { entityTypes: ['RELATION'] });
      const trained = await clusterQuality(dataSource, count);
      console.log(
        `After \`crm dedupe train\` (${seconds(training.seconds * 1000)} on ${training.sampled.toLocaleString('en')} records) and a rescan (${seconds(rescanClock())}): ` +
          `precision ${(100 * trained.precision).toFixed(1)} %, recall ${(100 * trained.recall).toFixed(1)} %`,
      );
      Object.assign(figures, {
        [`${count} trainSeconds`]: training.seconds,
        [`${count} trainedPrecision`]: trained.precision,
        [`${count} trainedRecall`]: trained.recall,
      });
    }

    return {
      ...figures,
      [`${count} loadSeconds`]: loadMs / 1000,
      [`${count} scanSeconds`]: scanMs / 1000,
      [`${count} scanCpuSeconds`]: (cpu.user + cpu.system) / 1e6,
      [`${count} scanRecordsPerSecond`]: count / (scanMs / 1000),
      [`${count} peakRssBytes`]: peak,
      [`${count} sessionReadMaxMs`]: concurrent.readMaxMs,
      [`${count} sessionReadP99Ms`]: concurrent.readP99Ms,
      [`${count} sessionWriteMaxMs`]: concurrent.writeMaxMs,
      [`${count} sessionWriteP99Ms`]: concurrent.writeP99Ms,
      [`${count} sessionErrors`]: concurrent.errors,
      [`${count} candidatePairs`]: scan.candidatePairs,
      [`${count} clusters`]: scan.clusters,
      [`${count} precision`]: quality.precision,
      [`${count} recall`]: quality.recall,
      [`${count} probeMedianMs`]: probe.median,
      [`${count} probeP99Ms`]: probe.p99,
    };
  } finally {
    await dataSource.destroy();
    database.cleanUp();
  }
}

/** One size in a process of its own, as `crm dedupe scan` runs: its peak memory is then that size's alone. */
function measureInChild(count: number, probes: number, trainUpTo: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [String(count), String(probes), String(trainUpTo)]);
    child.once('message', (figures) => resolve(figures as Figures));
    child.once('exit', (code) =>
      reject(new Error(`The run over ${count} relations exited with ${code} before it answered`)),
    );
  });
}

if (require.main === module) {
  const [count, probes, trainUpTo] = process.argv.slice(2).map(Number);
  measureSize(count, probes, trainUpTo).then(
    (figures) => process.send!(figures, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * Duplicate detection at scale: for each size of BENCH_DEDUPE_SIZES (100000,1000000), in a process of its own,
 * generated relations (a tenth of them copies of another entity, bench/generate) are bulk-loaded around the API into
 * a fresh database; then the full scan (`crm dedupe scan`'s service: match keys, blocking, scoring, clusters) with
 * its wall and CPU time, records/s and the process's peak RSS, and meanwhile another session's reads and writes of
 * relations (bench/support/concurrent-session.ts), their slowest and p99; the clusters' pairwise precision and recall against
 * the generator's entities, with the default model and, up to BENCH_DEDUPE_TRAIN_UP_TO (100000) relations, again
 * after `crm dedupe train` and a rescan; and findMatches for BENCH_PROBES (200) new records, median and p99.
 * Aims at 1,000,000: the scan under 3 minutes in under 2 GB with the other session answering within a second
 * throughout, one record's candidates under 10 ms.
 * DATABASE_URL=mysql://… runs it on MySQL/MariaDB.
 */
export const dedupeBench: Benchmark = {
  name: 'dedupe',
  description: "Duplicates: full scan of 100,000 and 1,000,000 relations, and one new record's candidates",
  async run() {
    const sizes = (process.env.BENCH_DEDUPE_SIZES ?? '100000,1000000').split(',').map(Number);
    const probes = envInteger('BENCH_PROBES', 200);
    const trainUpTo = envInteger('BENCH_DEDUPE_TRAIN_UP_TO', 100_000);
    const figures: Figures = {};
    const rows: (string | number)[][] = [
      [
        'relations',
        'scan s',
        'records/s',
        'peak RSS',
        'other session max/p99 ms: read',
        'write',
        'precision',
        'recall',
        'probe median ms',
        'probe p99 ms',
      ],
    ];
    for (const count of sizes) {
      const size = await measureInChild(count, probes, trainUpTo);
      Object.assign(figures, size);
      rows.push([
        count.toLocaleString('en'),
        (size[`${count} scanSeconds`] as number).toFixed(1),
        Math.round(size[`${count} scanRecordsPerSecond`] as number).toLocaleString('en'),
        mib(size[`${count} peakRssBytes`] as number),
        `${(size[`${count} sessionReadMaxMs`] as number).toFixed(0)} / ${(size[`${count} sessionReadP99Ms`] as number).toFixed(0)}`,
        `${(size[`${count} sessionWriteMaxMs`] as number).toFixed(0)} / ${(size[`${count} sessionWriteP99Ms`] as number).toFixed(0)}`,
        `${(100 * (size[`${count} precision`] as number)).toFixed(1)} %`,
        `${(100 * (size[`${count} recall`] as number)).toFixed(1)} %`,
        (size[`${count} probeMedianMs`] as number).toFixed(2),
        (size[`${count} probeP99Ms`] as number).toFixed(2),
      ]);
    }
    console.log('');
    printTable(rows);
    return figures;
  },
};
