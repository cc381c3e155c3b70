// What a first load costs, as a browser really fetches it: each locale's home page opened in
// headless Chromium against the served release build (dist/), every file it asked for in its
// first 3 s (page, JS, wasm, message files, icon; fonts excluded, as they load only for
// Tibetan or Uyghur text and a phone may have its own), each body counted as brotli q11
// compresses it; and each embed card's page as a partner's frame opens it. Used by
// scripts/size-report (which prints it) and the bench (which holds it against the budget).
// Budgets are issue 41's, in bytes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, serve } from '../tests/e2e/server.mjs';
import { launch, newPage } from '../tests/e2e/browser.mjs';

/** The pages measured (each locale's home, then each card), with their budgets in bytes. */
export const FIRST_LOADS = [
  { locale: 'zh-Hans', screen: 'home', page: '', budget: 170_000 },
  { locale: 'bo', screen: 'home', page: 'bo/index.html', budget: 175_000 },
  { locale: 'ug', screen: 'home', page: 'ug/index.html', budget: 175_000 },
  { locale: 'yue', screen: 'home', page: 'yue/index.html', budget: 175_000 },
  ...['daily-card', 'right-card.property-safety', 'case-card.agent-surrender'].map((card) => ({
    locale: 'zh-Hans',
    screen: card.split('.')[0],
    page: `zh-Hans/${card}.html?embed=card`,
    budget: 140_000,
  })),
  // The message checker's page (its own entry), opened from home: no issue sets its budget;
  // measured to watch what a person on a cheap phone waits for.
  { locale: 'zh-Hans', screen: 'check', page: 'zh-Hans/check.html', budget: null },
];

/** How long after navigation a fetch still counts as part of the first load. */
const WINDOW_MS = 3000;

const brotli = async (file) =>
  brotliCompressSync(await readFile(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The files `page` of `server` fetched in its first 3 s, as `{ file, bytes }` (brotli), fonts left out. */
export async function firstLoad(browser, server, page) {
  const tab = await newPage(browser);
  const started = Date.now();
  const fetched = [];
  tab.on('request', (request) => {
    if (Date.now() - started <= WINDOW_MS) fetched.push(new URL(request.url()).pathname);
  });
  await tab.goto(server.url + page);
  await tab.waitForTimeout(Math.max(0, WINDOW_MS - (Date.now() - started)));
  await tab.context().close();
  const files = [];
  for (const path of new Set(fetched)) {
    if (path.endsWith('.woff2')) continue;
    const file = path.endsWith('/') ? `${path}index.html` : path;
    files.push({ file: file.slice(1), bytes: await brotli(join(DIST, file)) });
  }
  return files;
}

/** Every page's first load: `{ locale, screen, files, total, budget }`. */
export async function firstLoads() {
  const server = await serve();
  const browser = await launch();
  try {
    const rows = [];
    for (const { locale, screen, page, budget } of FIRST_LOADS) {
      const files = await firstLoad(browser, server, page);
      rows.push({ locale, screen, files, total: files.reduce((sum, f) => sum + f.bytes, 0), budget });
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await firstLoads();
  for (const { locale, screen, files, total, budget } of rows) {
    console.log(`\n${locale} ${screen}, first load as fetched (brotli q11, fonts excluded):`);
    for (const { file, bytes } of files) console.log(`  ${file.padEnd(52)} ${String(bytes).padStart(8)}`);
    const verdict = budget === null ? 'no budget' : `${total <= budget ? 'within' : 'OVER'} the ${budget} B budget`;
    console.log(`  ${'total'.padEnd(52)} ${String(total).padStart(8)}  ${verdict}`);
  }
}
