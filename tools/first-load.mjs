// What a first load costs, as a browser really fetches it: each locale's home page opened in
// headless Chromium against the served release build (dist/), every file it asked for in its
// first 3 s (page, JS, wasm, message files, icon; fonts excluded, as they load only for
// Tibetan or Uyghur text and a phone may have its own), each body counted as brotli q11
// compresses it. Used by scripts/size-report (which prints it) and the bench (which holds it
// against the budget). Budgets are issue 15's, in decimal kilobytes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { DIST, serve } from '../tests/e2e/server.mjs';
import { launch, newPage } from '../tests/e2e/browser.mjs';

/** The locales measured, with the page a visit in each opens and its budget in bytes. */
export const FIRST_LOADS = [
  { locale: 'zh-Hans', page: '', budget: 180_000 },
  { locale: 'bo', page: 'bo/index.html', budget: 185_000 },
  { locale: 'ug', page: 'ug/index.html', budget: 185_000 },
  { locale: 'yue', page: 'yue/index.html', budget: 185_000 },
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

/** Every locale's first load: `{ locale, files, total, budget }`. */
export async function firstLoads() {
  const server = await serve();
  const browser = await launch();
  try {
    const rows = [];
    for (const { locale, page, budget } of FIRST_LOADS) {
      const files = await firstLoad(browser, server, page);
      rows.push({ locale, files, total: files.reduce((sum, f) => sum + f.bytes, 0), budget });
    }
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await firstLoads();
  for (const { locale, files, total, budget } of rows) {
    console.log(`\n${locale} home, first load as fetched (brotli q11, fonts excluded):`);
    for (const { file, bytes } of files) console.log(`  ${file.padEnd(52)} ${String(bytes).padStart(8)}`);
    console.log(`  ${'total'.padEnd(52)} ${String(total).padStart(8)}  ${total <= budget ? 'within' : 'OVER'} the ${budget} B budget`);
  }
}
