/* global console, process */
// Prints the gzipped size of what /admin loads first (index.html's scripts and module preloads; the chunks of
// dynamic imports load later and are listed apart) and fails the build above the budget.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BUDGET_KB = 250;
const dir = path.resolve(import.meta.dirname, '../../dist/admin');
const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/admin\/([^"]+\.js)"/g)].map((match) => match[1]);
const gzippedSize = (file) => zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
let total = 0;
for (const file of files) {
  const gzipped = gzippedSize(file);
  total += gzipped;
  console.log(`admin first load: ${file} ${(gzipped / 1024).toFixed(1)} kB gzipped`);
}
for (const name of fs.readdirSync(path.join(dir, 'assets'))) {
  const file = `assets/${name}`;
  if (file.endsWith('.js') && !files.includes(file))
    console.log(`admin on demand: ${file} ${(gzippedSize(file) / 1024).toFixed(1)} kB gzipped`);
}
console.log(`admin first load: ${(total / 1024).toFixed(1)} kB of JavaScript gzipped (budget ${BUDGET_KB} kB)`);
if (total > BUDGET_KB * 1024) {
  console.error(`The admin's first load is over its budget of ${BUDGET_KB} kB`);
  process.exit(1);
}
