// Prints every leaflet's PDF with headless Chromium, from the pages the prerender wrote for
// them (`handouts-print/`, model::handout::print_page_path), as its manifest lists them
// (`handouts-print/manifest.json`: each PDF's page, path, paper, print size and the margin).
// Chromium shapes Tibetan stacks and Uyghur joining as the app's pages show them, and embeds
// a subset of every font it draws with, so a PDF prints the same in any shop and can be sent
// as a file in WeChat. Large print is the page with `?elder=1`, drawn by the page's own 长辈版
// script. The app itself is not started (its .wasm is not fetched): the page is what prints.
//
// Run by tools/post-build.mjs in release builds; then `handouts-print/` is removed and the
// manifest moves to `handouts/manifest.json`, which the end-to-end tests read.
import { createServer } from 'node:http';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { chromium } from './node_modules/playwright-core/index.mjs';

const PRINT_FOLDER = 'handouts-print';
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.ftl': 'text/plain; charset=utf-8', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** Serves `folder` on 127.0.0.1 (what the pages fetch: fonts, styles, partner.json). */
async function serve(folder) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(folder, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

/** Prints every PDF of `folder`'s manifest into `folder`; returns how many and their bytes. */
export async function makeHandouts(folder) {
  const manifest = JSON.parse(await readFile(join(folder, PRINT_FOLDER, 'manifest.json'), 'utf8'));
  const server = await serve(folder);
  const origin = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' });
  // One look per page and print size; each is printed on every paper.
  const looks = new Map();
  for (const pdf of manifest.pdfs) {
    const key = `${pdf.page}?${pdf.large}`;
    if (!looks.has(key)) looks.set(key, []);
    looks.get(key).push(pdf);
  }
  const queue = [...looks.values()];
  let bytes = 0;
  const margin = `${manifest.margin_mm}mm`;
  const worker = async () => {
    const context = await browser.newContext();
    await context.route('**/*.wasm', (route) => route.abort());
    const page = await context.newPage();
    for (let pdfs = queue.shift(); pdfs; pdfs = queue.shift()) {
      const url = origin + pdfs[0].page + (pdfs[0].large ? '?elder=1' : '');
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => !document.documentElement.classList.contains('ax-partner-wait'));
      await page.evaluate(() => document.fonts.ready);
      for (const pdf of pdfs) {
        const path = join(folder, pdf.pdf);
        await mkdir(dirname(path), { recursive: true });
        await page.pdf({
          path, width: `${pdf.width_mm}mm`, height: `${pdf.height_mm}mm`,
          margin: { top: margin, right: margin, bottom: margin, left: margin }, tagged: true,
        });
        bytes += (await stat(path)).size;
      }
    }
    await context.close();
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
    server.close();
  }
  return { count: manifest.pdfs.length, bytes };
}

/** Moves the manifest into `handouts/` and removes the print pages. */
export async function putAwayPrintPages(folder) {
  await mkdir(join(folder, 'handouts'), { recursive: true });
  await rename(join(folder, PRINT_FOLDER, 'manifest.json'), join(folder, 'handouts', 'manifest.json'));
  await rm(join(folder, PRINT_FOLDER), { recursive: true, force: true });
}
