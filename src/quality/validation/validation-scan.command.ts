import { Presets, SingleBar } from 'cli-progress';
import type { DataSource } from 'typeorm';
import { scanFindings } from './validation-scan.service';

const number = (n: number) => Math.round(n).toLocaleString('en');

/** `crm quality scan`: the full scan, with a progress bar on a terminal (on stderr) and a closing line with the rate (on stdout). */
export async function runScanCommand(dataSource: DataSource): Promise<void> {
  const bar = process.stderr.isTTY
    ? new SingleBar(
        { format: 'Validating {bar} {percentage}% | {value}/{total} records | {rate} records/s | ETA {eta_formatted}' },
        Presets.shades_classic,
      )
    : null;
  const started = Date.now();
  const result = await scanFindings(dataSource, {
    onStart: (total) => bar?.start(total, 0, { rate: 0 }),
    onProgress: (done) => bar?.update(done, { rate: number(done / Math.max((Date.now() - started) / 1000, 0.001)) }),
  });
  bar?.stop();
  console.log(
    `Scanned ${number(result.records)} records in ${result.seconds.toFixed(1)} s (${number(result.recordsPerSecond)} records/s): ` +
      `${number(result.findings)} findings on ${number(result.recordsWithFindings)} records.`,
  );
}
