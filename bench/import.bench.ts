import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/open-database';
import { Division } from '../src/entities';
import { COMMAND_LINE_ACTOR } from '../src/leads/import/import.command';
import { importSheet } from '../src/leads/import/import.service';
import { generateLeads, generateRelations, leadsToCsv, relationsToCsv } from './generate';
import { envInteger, mib, seconds, stopwatch, type Benchmark } from './support/benchmark';
import { freshBenchDatabase } from './support/bench-database';

type Entity = 'leads' | 'relations';

function csvLines(entity: Entity, count: number): Iterable<string> {
  return entity === 'leads'
    ? leadsToCsv(generateLeads({ count, seed: 7 }))
    : relationsToCsv(generateRelations({ count, seed: 7 }));
}

/** Writes the sheet in large appends, never the whole file in memory. */
function writeCsv(file: string, lines: Iterable<string>): void {
  const fd = fs.openSync(file, 'w');
  try {
    let chunk = '';
    for (const line of lines) {
      chunk += line;
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = '';
      }
    }
    fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Spreadsheet import: a CSV of generated leads (or relations) written to a tmp
 * directory, then imported into a fresh database through the import service,
 * as `crm import` does. The aim is 100,000 rows in under 60 s.
 *
 * Environment: BENCH_IMPORT_ROWS (100000), BENCH_IMPORT_ENTITY (leads, or
 * relations), BENCH_IMPORT_SKIP_DUPLICATES (1: as --skip-duplicates),
 * DATABASE_URL (mysql://… to run on MySQL/MariaDB).
 */
export const importBench: Benchmark = {
  name: 'import',
  description: 'Spreadsheet import: 100,000 generated rows from a CSV through the import service',
  async run() {
    const rows = envInteger('BENCH_IMPORT_ROWS', 100_000);
    const entity = (process.env.BENCH_IMPORT_ENTITY || 'leads') as Entity;
    if (entity !== 'leads' && entity !== 'relations')
      throw new Error(`BENCH_IMPORT_ENTITY must be leads or relations, got '${entity}'`);
    const skipDuplicates = process.env.BENCH_IMPORT_SKIP_DUPLICATES === '1';

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-bench-import-'));
    const database = await freshBenchDatabase('import');
    try {
      const file = path.join(dir, `${entity}.csv`);
      writeCsv(file, csvLines(entity, rows));
      const bytes = fs.statSync(file).size;
      console.log(
        `Importing ${rows.toLocaleString('en')} ${entity} from a ${mib(bytes)} CSV into ${database.url}${skipDuplicates ? ', skipping duplicates' : ''} …`,
      );

      const dataSource = await openDatabase(database.url);
      // the records need a division to go to: the import takes the database's only one
      await dataSource.getRepository(Division).save({ name: 'Bench' });
      let reported = 0;
      const clock = stopwatch();
      const report = await importSheet(
        dataSource,
        COMMAND_LINE_ACTOR,
        { path: file, fileName: path.basename(file) },
        {
          entity,
          skipDuplicates,
          onProgress: ({ rowsRead }) => {
            if (rowsRead - reported >= rows / 10) {
              reported = rowsRead;
              console.log(`  ${rowsRead.toLocaleString('en')} rows in ${seconds(clock())}`);
            }
          },
        },
      );
      const ms = clock();
      await dataSource.destroy();

      const rowsPerSecond = Math.round(report.rowsRead / (ms / 1000));
      const peakRss = process.resourceUsage().maxRSS * 1024;
      console.log(
        `Imported ${report.rowsRead.toLocaleString('en')} rows in ${seconds(ms)}: ${rowsPerSecond.toLocaleString('en')} rows/s, ` +
          `${report.created.toLocaleString('en')} created, ${report.skipped.toLocaleString('en')} skipped; peak RSS ${mib(peakRss)} (aim: under 60 s)`,
      );
      const reasons = new Map<string, number>();
      for (const problem of report.rejected.flatMap((r) => r.problems))
        reasons.set(problem.code, (reasons.get(problem.code) ?? 0) + 1);
      if (reasons.size > 0) console.log(`  skipped for ${[...reasons].map(([code, n]) => `${code} ${n}`).join(', ')}`);
      console.log(
        `  ${report.duplicates.length.toLocaleString('en')} duplicates flagged${skipDuplicates ? ' and skipped' : ''}`,
      );
      return {
        entity,
        rows: report.rowsRead,
        created: report.created,
        skipped: report.skipped,
        duplicates: report.duplicates.length,
        seconds: ms / 1000,
        rowsPerSecond,
        underAim: ms < 60_000,
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      database.cleanUp();
    }
  },
};
