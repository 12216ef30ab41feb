/** Prints how many records per second the generators produce: `node dist/bench/generate/measure-rate.js [count]`. */
import { generateLeads } from './lead.generator';
import { generateRelations } from './relation.generator';

function measure(label: string, records: Iterable<unknown>): void {
  const start = process.hrtime.bigint();
  const it = records[Symbol.iterator]();
  let n = 0;
  while (!it.next().done) n++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${label}: ${n} records in ${seconds.toFixed(2)} s = ${Math.round(n / seconds)} records/s`);
}

const count = Number(process.argv[2] ?? 1_000_000);
measure('relations', generateRelations({ count }));
measure('leads', generateLeads({ count }));
