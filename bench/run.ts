/**
 * `npm run bench` runs every benchmark below in order; `npm run bench -- api …`
 * only the named ones; `npm run bench -- --list` lists them. BENCH_JSON=FILE
 * also writes every benchmark's figures, with the machine, to FILE.
 *
 * A new benchmark is one file (exporting a Benchmark, see support/benchmark.ts)
 * and one line in BENCHMARKS.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { apiThroughput } from './api-throughput.bench';
import { dedupeBench } from './dedupe.bench';
import { importBench } from './import.bench';
import { searchBench } from './search.bench';
import { subscriptions } from './subscriptions.bench';
import { stopwatch, type Benchmark, type Figures } from './support/benchmark';
import { describeMachine, printMachine } from './support/machine';
import { validationBench } from './validation.bench';

const BENCHMARKS: Benchmark[] = [apiThroughput, importBench, subscriptions, validationBench, dedupeBench, searchBench];

async function main(args: string[]): Promise<number> {
  if (args.includes('--list') || args.includes('--help')) {
    for (const b of BENCHMARKS) console.log(`${b.name.padEnd(16)} ${b.description}`);
    return 0;
  }
  const unknown = args.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    console.error(`No benchmark named ${unknown.join(', ')}; there are: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const selected = args.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => args.includes(b.name));

  const machine = await describeMachine();
  printMachine(machine);
  const results: { name: string; seconds: number; figures?: Figures; error?: string }[] = [];
  for (const benchmark of selected) {
    console.log(`\n=== ${benchmark.name}: ${benchmark.description} ===\n`);
    const clock = stopwatch();
    try {
      const figures = await benchmark.run(machine);
      results.push({ name: benchmark.name, seconds: clock() / 1000, figures });
    } catch (error) {
      console.error(`${benchmark.name} failed: ${(error as Error).stack ?? error}`);
      results.push({ name: benchmark.name, seconds: clock() / 1000, error: (error as Error).message });
    }
    console.log(`\n(${benchmark.name} took ${(clock() / 1000).toFixed(0)} s)`);
  }
  if (process.env.BENCH_JSON)
    fs.writeFileSync(
      process.env.BENCH_JSON,
      JSON.stringify({ machine, at: new Date().toISOString(), results }, null, 2),
    );
  const api = results.find((r) => r.name === apiThroughput.name);
  // last, so that a script can read it: the API's requests per second over PostGraphile's, same run
  if (api?.figures)
    console.log(
      `\nratio to PostGraphile: ${typeof api.figures.peerRatio === 'number' ? api.figures.peerRatio.toFixed(2) : `- (${api.figures.peerProblem})`}`,
    );
  return results.some((r) => r.error) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
