import { spawn, type ChildProcess } from 'node:child_process';
import { processTreeUsage } from '../../../bench/support/proc';

// a process that spends 300 ms of CPU time, says so on stdout, then idles until its stdin closes (its parent gone)
const SPEND = `while (process.cpuUsage().user < 300_000); process.stdout.write('spent'); process.stdin.resume().on('end', () => process.exit());`;

function node(script: string): { child: ChildProcess; spent: Promise<unknown> } {
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  return { child, spent: new Promise((resolve) => child.stdout!.once('data', resolve)) };
}

const cpuMicros = (usage: { cpu: NodeJS.CpuUsage }) => usage.cpu.user + usage.cpu.system;

describe('processTreeUsage', () => {
  it('sums the CPU time and memory of a process and all its descendants', async () => {
    // the child idles; its own child (the grandchild) spends the CPU time
    const { child, spent } = node(
      `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(SPEND)}], { stdio: ['pipe', 'inherit', 'inherit'] }); process.stdin.resume().on('end', () => process.exit());`,
    );
    try {
      await spent;
      const tree = processTreeUsage(child.pid!);
      expect(tree.processes).toBe(2);
      // /proc counts in 10 ms ticks
      expect(cpuMicros(tree)).toBeGreaterThanOrEqual(250_000);
      expect(tree.rss).toBeGreaterThan(0);
      expect(tree.maxRss).toBeGreaterThanOrEqual(tree.rss);
      expect(processTreeUsage(process.pid).processes).toBeGreaterThanOrEqual(3);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
  });

  it('counts nothing for a process that is not there', () => {
    expect(processTreeUsage(2 ** 30)).toEqual({ processes: 0, cpu: { user: 0, system: 0 }, rss: 0, maxRss: 0 });
  });
});
