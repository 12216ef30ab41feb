/**
 * Time to first render of the admin in Debian's Chromium, against a running server:
 *   ADMIN_TOKEN=<steward token> node dist/bench/admin-first-render.js [http://localhost:4000/admin] [runs]
 * Prints, per run and as the median: first contentful paint, and the Validation page shown with its data
 * (the summary and report loaded, no busy indicator left), both from navigation start, cold cache each run.
 */
import { launchChromium, signedInContext } from './support/chromium';

const url = process.argv[2] ?? 'http://localhost:4000/admin';
const runs = Number(process.argv[3] ?? 5);
const token = process.env.ADMIN_TOKEN;
if (!token) throw new Error('Set ADMIN_TOKEN to a STEWARD token (npm run crm -- seed prints some)');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const browser = await launchChromium();
  const paints: number[] = [];
  const shown: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await signedInContext(browser, token!);
    const page = await context.newPage();
    await page.goto(`${url}#/validation`);
    // locators, not a page function: the admin's Content-Security-Policy forbids eval
    await page.locator('main .pager').waitFor();
    await page.locator('.busy').waitFor({ state: 'detached' });
    const [paint, now] = (await page.evaluate(
      `[performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, performance.now()]`,
    )) as [number, number];
    paints.push(paint);
    shown.push(now);
    console.log(
      `run ${run + 1}: first contentful paint ${paint.toFixed(0)} ms, Validation page with data ${now.toFixed(0)} ms`,
    );
    await context.close();
  }
  await browser.close();
  console.log(
    `median of ${runs}: first contentful paint ${median(paints).toFixed(0)} ms, Validation page with data ${median(shown).toFixed(0)} ms`,
  );
}

void main();
