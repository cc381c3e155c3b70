// The leaflets. First the PDFs the release build printed (dist/handouts/, listed by the
// prerender's manifest), read with poppler's tools: every leaflet in every language, pairing,
// paper and print size is there, with no more pages than the layout promises, on its paper,
// every font embedded; the hotline numbers and a right's name in each script are in the text;
// no page has ink in its margins; no block of a Mandarin or Cantonese leaflet is split across
// two pages. Then the handouts screen and a leaflet's page in both engines: from home, the
// pairings, the PDF links, the language beside, printing, and where printing does nothing
// (WeChat, a stand-in user agent) the PDFs offered instead.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { forEachEngine, newPage, open, TABLET } from './browser.mjs';
import { answerKey } from './key.mjs';

const run = promisify(execFile);
const dist = new URL('../../dist/', import.meta.url).pathname;
const tool = async (name, ...args) => (await run(name, args, { maxBuffer: 64 << 20 })).stdout;

let manifest;
before(async () => {
  manifest = JSON.parse(await readFile(join(dist, 'handouts', 'manifest.json'), 'utf8'));
});

/** Runs `work` on every item, two at a time (this machine has two cores). */
async function eachInPairs(items, work) {
  const queue = [...items];
  const worker = async () => { for (let item = queue.shift(); item; item = queue.shift()) await work(item); };
  await Promise.all([worker(), worker()]);
}

/** The text as compared: compatibility forms folded; no whitespace, bidi controls or
 * punctuation (a PDF's text puts a hanging quote mark wherever its glyph was drawn). */
const flat = (text) => text.normalize('NFKC').replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\p{P}]/gu, '');

/** A message's text from a message file (a single-line message). */
async function message(locale, file, id) {
  const source = await readFile(new URL(`../../locales/${locale}/${file}.ftl`, import.meta.url), 'utf8');
  const line = source.split('\n').find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${locale}/${file}.ftl has ${id}`);
  return line.slice(id.length + 3);
}

describe('the leaflets\' PDFs', () => {
  test('every leaflet is there in every language, pairing, paper and size, within its pages, on its paper, fonts embedded', async () => {
    const key = answerKey();
    const leaflets = 2 + Object.keys(key.cases).length + Object.keys(key.plans).length;
    const pairings = 4 + 3;
    assert.equal(manifest.pdfs.length, leaflets * pairings * 2 * 2);
    assert.equal(new Set(manifest.pdfs.map((pdf) => pdf.pdf)).size, manifest.pdfs.length);
    let bytes = 0;
    await eachInPairs(manifest.pdfs, async (pdf) => {
      const path = join(dist, pdf.pdf);
      bytes += (await stat(path)).size;
      const info = await tool('pdfinfo', path);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
      assert.ok(pages >= 1 && pages <= pdf.most_pages, `${pdf.pdf}: ${pages} pages, at most ${pdf.most_pages}`);
      const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info).map(Number);
      const points = (mm) => (mm * 72) / 25.4;
      assert.ok(Math.abs(width - points(pdf.width_mm)) < 2 && Math.abs(height - points(pdf.height_mm)) < 2, `${pdf.pdf}: ${width} x ${height} pt on ${pdf.paper}`);
      const fonts = (await tool('pdffonts', path)).split('\n').slice(2).filter(Boolean);
      assert.ok(fonts.length > 0, `${pdf.pdf} names its fonts`);
      for (const font of fonts) {
        // name, type, encoding, then emb sub uni: the columns from the right.
        const columns = font.trim().split(/\s+/);
        assert.equal(columns.at(-5), 'yes', `${pdf.pdf}: a font not embedded: ${font}`);
      }
    });
    console.log(`${manifest.pdfs.length} PDFs, ${(bytes / 1e6).toFixed(1)} MB`);
  });

  test('the help numbers and a right\'s name in each script are in the text', async () => {
    const help = manifest.pdfs.filter((pdf) => pdf.leaflet === 'help' || pdf.leaflet === 'rights');
    const names = {};
    for (const pdf of help) names[pdf.first] ??= flat(await message(pdf.first, 'rights', 'right-right-to-know-name'));
    await eachInPairs(help, async (pdf) => {
      const text = flat(await tool('pdftotext', join(dist, pdf.pdf), '-'));
      if (pdf.leaflet === 'help') {
        for (const number of ['12378', '96110', '110']) assert.ok(text.includes(number), `${pdf.pdf}: ${number}`);
      } else {
        for (const locale of [pdf.first, pdf.beside].filter(Boolean)) {
          assert.ok(text.includes(names[locale] ?? flat(await message(locale, 'rights', 'right-right-to-know-name'))), `${pdf.pdf}: the right's name in ${locale}`);
        }
      }
    });
  });

  test('no page has ink in its margins', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'anxin-margins-'));
    const dpi = 20;
    // A band a little inside the margin, so a glyph's anti-aliased edge at the margin is not ink.
    const band = Math.floor(((manifest.margin_mm - 3) / 25.4) * dpi);
    try {
      let pages = 0;
      await eachInPairs(manifest.pdfs.map((pdf, index) => ({ pdf, index })), async ({ pdf, index }) => {
        const prefix = join(folder, String(index));
        await tool('pdftoppm', '-gray', '-r', String(dpi), join(dist, pdf.pdf), prefix);
        for (const file of (await readdir(folder)).filter((name) => name.startsWith(`${index}-`))) {
          const image = await readFile(join(folder, file));
          // Binary PGM: "P5\n<width> <height>\n255\n" and then one byte a pixel.
          const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.toString('latin1', 0, 32));
          const [width, height] = [Number(header[1]), Number(header[2])];
          const pixels = image.subarray(header[0].length);
          for (let y = 0; y < height; y += 1) {
            for (let x = 0; x < width; x += 1) {
              const inBand = x < band || y < band || x >= width - band || y >= height - band;
              if (inBand && pixels[y * width + x] < 200) assert.fail(`${pdf.pdf}, ${file}: ink at ${x},${y} px (${dpi} dpi), inside the ${manifest.margin_mm} mm margin`);
            }
          }
          pages += 1;
          await rm(join(folder, file));
        }
      });
      console.log(`${pages} pages checked`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  test('no block of a leaflet is split across two pages (Mandarin and Cantonese, every paper and size)', async () => {
    const checked = manifest.pdfs.filter((pdf) => !pdf.beside && (pdf.first === 'zh-Hans' || pdf.first === 'yue'));
    const blocksOf = new Map();
    await eachInPairs(checked, async (pdf) => {
      const page = `${pdf.first}/handout.${pdf.leaflet}.html`;
      if (!blocksOf.has(page)) {
        const html = await readFile(join(dist, page), 'utf8');
        const sheet = html.slice(html.indexOf('data-testid="handout"'));
        blocksOf.set(page, sheet.split('<section class="block').slice(1).map((block) => flat(block.slice(block.indexOf('>') + 1, block.indexOf('</section>')).replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;/g, ''))));
      }
      const info = await tool('pdfinfo', join(dist, pdf.pdf));
      const count = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
      const texts = [];
      for (let n = 1; n <= count; n += 1) texts.push(flat(await tool('pdftotext', '-f', String(n), '-l', String(n), join(dist, pdf.pdf), '-')));
      for (const block of blocksOf.get(page)) {
        // Three characters each: within the block's first line and its last (a block set in a
        // column of two may be read line by line across both).
        const [head, tail] = [block.slice(0, 3), block.slice(-3)];
        const on = (part) => texts.flatMap((text, n) => (text.includes(part) ? [n] : []));
        const starts = on(head);
        const ends = on(tail);
        assert.ok(starts.length && ends.length, `${pdf.pdf}: the block "${block.slice(0, 20)}…" is in the text`);
        assert.ok(starts.some((n) => ends.includes(n)), `${pdf.pdf}: the block "${block.slice(0, 20)}…" starts on page ${starts.map((n) => n + 1)} and ends on ${ends.map((n) => n + 1)}`);
      }
    });
  });
});

/** The leaflet pages' print dialog, and the user agent of WeChat: stand-ins, since a headless
 * browser has no dialog and these tests run no WeChat. */
async function stubPrint(page, userAgent) {
  await page.addInitScript((agent) => {
    window.print = () => { window.printed = (window.printed ?? 0) + 1; };
    if (agent) Object.defineProperty(Navigator.prototype, 'userAgent', { get: () => agent });
  }, userAgent);
}

const WECHAT = 'Mozilla/5.0 (Linux; Android 12; V2134A Build/SP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5235 MicroMessenger/8.0.42.2460';

/** Every PDF link's address in the page. */
const pdfLinks = (page) => page.$$eval('[data-testid=handout-pdf]', (links) => links.map((link) => link.getAttribute('href')));

forEachEngine((env) => {
  describe('the handouts screen and a leaflet', () => {
    test('from home to the leaflets, a pairing for the PDFs, a leaflet with Uyghur beside it, printed', async () => {
      const page = await newPage(env.browser, TABLET);
      await stubPrint(page);
      await open(page, env.server.url, '?view=home');
      await page.click('[data-testid=home-handouts]');
      await page.waitForSelector('[data-view=handouts][data-ready="1"]');
      assert.equal((await page.$$('[data-testid=handout]')).length, manifest.pdfs.length / 28);
      assert.ok((await pdfLinks(page)).every((href) => href.startsWith('handouts/zh-Hans/')), 'Mandarin alone first');
      await page.click('[data-testid=handout-pairing][data-pairing="bo+zh-Hans"]');
      await page.waitForSelector('[data-testid=handout-pairing][data-pairing="bo+zh-Hans"][aria-pressed=true]');
      const links = await pdfLinks(page);
      assert.ok(links.every((href) => href.startsWith('handouts/bo+zh-Hans/')), links[0]);
      const listed = new Set(manifest.pdfs.map((pdf) => pdf.pdf));
      for (const href of links) assert.ok(listed.has(href), `${href} is made`);
      const fetched = await page.evaluate(async (href) => {
        const response = await fetch(href);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { type: response.headers.get('content-type'), start: String.fromCharCode(...bytes.slice(0, 5)) };
      }, links[0]);
      assert.deepEqual(fetched, { type: 'application/pdf', start: '%PDF-' });

      await page.click('[data-testid=handout-open][data-id=agent-surrender]');
      await page.waitForSelector('[data-testid=handout][data-id=agent-surrender]');
      assert.equal(await page.$('.ax-handout .column[lang=ug]'), null);
      await page.click('[data-testid=handout-beside][data-lang=ug]');
      await page.waitForSelector('.ax-handout .column[lang=ug][dir=rtl]');
      assert.equal(await page.$eval('[data-testid=handout]', (sheet) => sheet.dataset.pairing), 'ug+zh-Hans');
      assert.ok((await pdfLinks(page)).every((href) => href.startsWith('handouts/ug+zh-Hans/agent-surrender-')));
      // Side by side on a tablet: the Uyghur column at the right of the Mandarin one.
      const [zh, ug] = await page.$$eval('.ax-handout .block.story .column', (columns) => columns.map((c) => c.getBoundingClientRect().left));
      assert.ok(ug > zh, 'the second language beside the first');
      await page.click('[data-testid=handout-print]');
      assert.equal(await page.evaluate(() => window.printed), 1);
      assert.equal(await page.$('[data-testid=handout-no-print]'), null);
      assert.deepEqual(await page.problems(), []);
    });

    test('where printing does nothing (WeChat), the leaflet offers its PDFs; 长辈版 links large print', async () => {
      const page = await newPage(env.browser);
      await stubPrint(page, WECHAT);
      await open(page, env.server.url, 'bo/handout.help.html?elder=1');
      await page.click('[data-testid=handout-print]');
      await page.waitForSelector('[data-testid=handout-no-print]');
      assert.equal(await page.evaluate(() => window.printed ?? 0), 0);
      const links = await pdfLinks(page);
      assert.deepEqual(links, ['handouts/bo/help-a4-large.pdf', 'handouts/bo/help-a5-large.pdf']);
      assert.deepEqual(await page.problems(), []);
    });
  });
});
