import fs from 'node:fs';
import path from 'node:path';
import { printTable } from './benchmark';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: an npm package, a file of the app, a part of Node, or V8's own bucket. */
export function frameOwner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const packages = url.split('/node_modules/');
  if (packages.length > 1) {
    const [first, second] = packages[packages.length - 1].split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const app = /\/dist\/((?:src|bench)\/.*)\.js$/.exec(url);
  if (app) return app[1];
  if (url.startsWith('node:'))
    return url
      .replace(/^node:(internal\/)?/, 'node:')
      .split('/')
      .slice(0, 2)
      .join('/');
  return path.basename(url);
}

/** A file as short as it stays clear: typeorm/query-builder/SelectQueryBuilder.js, src/server.js, node:net. */
function shortFile(url: string): string {
  const packaged = url.split('/node_modules/');
  if (packaged.length > 1) return packaged[packaged.length - 1].replace(/\/build\/cjs\/|\/dist\/cjs\/|\/dist\//, '/');
  const app = /\/dist\/((?:src|bench)\/.*)$/.exec(url);
  return app ? app[1] : url.replace(/^node:(internal\/)?/, 'node:');
}

export interface ProfileSummary {
  /** milliseconds the profile covers, and of those not idle */
  totalMs: number;
  busyMs: number;
  /** [owner, ms of samples whose stack passes through it] */
  inclusive: [string, number][];
  /** [owner, ms spent in its own code] */
  self: [string, number][];
  /** [function at file:line, ms spent in its own code] */
  functions: [string, number][];
}

export function summariseProfile(file: string): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ownerOf = new Map(
    profile.nodes.map((node) => [node.id, frameOwner(node.callFrame.url, node.callFrame.functionName)]),
  );
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  const functions = new Map<string, number>();
  let totalMs = 0;
  let busyMs = 0;
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k] ?? 0) / 1000;
    totalMs += ms;
    const node = byId.get(id)!;
    const owner = ownerOf.get(id)!;
    if (owner === '(idle)') return;
    busyMs += ms;
    add(self, owner, ms);
    const { functionName, url, lineNumber } = node.callFrame;
    add(functions, `${functionName || '(anonymous)'} ${url ? `${shortFile(url)}:${lineNumber + 1}` : ''}`.trim(), ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(ownerOf.get(at)!);
    seen.delete('(root)');
    for (const o of seen) add(inclusive, o, ms);
  });
  const top = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  return { totalMs, busyMs, inclusive: top(inclusive), self: top(self), functions: top(functions) };
}

export function printProfileSummary(file: string, rows = 20): ProfileSummary {
  const summary = summariseProfile(file);
  const pct = (ms: number) => `${((100 * ms) / summary.busyMs).toFixed(1)} %`;
  console.log(`\nCPU profile ${file}`);
  console.log(
    `${(summary.totalMs / 1000).toFixed(1)} s profiled, ${(summary.busyMs / 1000).toFixed(1)} s busy (${((100 * summary.busyMs) / summary.totalMs).toFixed(0)} %); shares below are of the busy time\n`,
  );
  console.log('Inclusive (time with this code anywhere on the stack):');
  printTable([
    ['code', 'ms', 'share'],
    ...summary.inclusive.slice(0, rows).map(([k, ms]) => [k, ms.toFixed(0), pct(ms)]),
  ]);
  console.log('\nSelf (time in this code itself):');
  printTable([['code', 'ms', 'share'], ...summary.self.slice(0, rows).map(([k, ms]) => [k, ms.toFixed(0), pct(ms)])]);
  console.log('\nHottest functions (self):');
  printTable([
    ['function', 'ms', 'share'],
    ...summary.functions.slice(0, rows).map(([k, ms]) => [k, ms.toFixed(0), pct(ms)]),
  ]);
  return summary;
}

/** `node dist/bench/support/cpu-profile.js FILE.cpuprofile [rows]` prints the summary of a profile. */
if (require.main === module) {
  if (!process.argv[2]) {
    console.error('usage: node dist/bench/support/cpu-profile.js FILE.cpuprofile [rows]');
    process.exit(2);
  }
  printProfileSummary(process.argv[2], Number(process.argv[3] ?? 25));
}
