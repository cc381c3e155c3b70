// End-to-end tests of each script's typography against the release build: the Tibetan web font
// loads and Tibetan lines never overlap; Uyghur pages are right-to-left with the back control
// on the right.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { launch, newPage, open } from './browser.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Pairs of consecutive text lines (within one element) that overlap vertically. */
function overlappingLines(page) {
  return page.evaluate(() => {
    const bad = [];
    for (const el of document.querySelectorAll('main p, main li, main h1, main h2, main h3, main a, main button')) {
      if (!/[\u0F00-\u0FFF]/.test(el.textContent)) continue;
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = [...range.getClientRects()]
        .filter((r) => r.height > 0)
        .sort((a, b) => a.top - b.top);
      const rows = [];
      for (const r of lines) {
        const row = rows.find((x) => Math.abs(x.top - r.top) < 2);
        if (row) row.bottom = Math.max(row.bottom, r.bottom);
        else rows.push({ top: r.top, bottom: r.bottom });
      }
      for (let i = 1; i < rows.length; i++) {
        if (rows[i].top < rows[i - 1].bottom - 1) bad.push(`${el.textContent.slice(0, 15)}: ${rows[i - 1].bottom} > ${rows[i].top}`);
      }
    }
    return bad;
  });
}

describe('scripts', () => {
  for (const elder of ['0', '1']) {
    test(`Tibetan (elder=${elder}): the web font loads and lines never overlap`, async () => {
      const page = await newPage(browser);
      await open(page, server.url, `?lang=bo&view=rights&elder=${elder}`);
      const font = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Anxin Tibetan').map((f) => f.status);
      });
      assert.ok(font.includes('loaded'), `Anxin Tibetan: ${font}`);
      assert.deepEqual(await overlappingLines(page), []);
      const family = await page.$eval('h1', (el) => getComputedStyle(el).fontFamily);
      assert.match(family, /Anxin Tibetan/);
    });
  }

  test('Uyghur: the content is right-to-left and the back control sits on the right', async () => {
    const page = await newPage(browser);
    await open(page, server.url, '?lang=ug&view=quiz');
    assert.equal(await page.$eval('main', (el) => getComputedStyle(el).direction), 'rtl');
    const back = await page.$eval('header .back', (el) => el.getBoundingClientRect().toJSON());
    const width = await page.evaluate(() => innerWidth);
    assert.ok(back.left > width / 2, `back control at ${back.left} of ${width}`);
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Anxin Uyghur').map((f) => f.status);
    });
    assert.ok(font.includes('loaded'), `Anxin Uyghur: ${font}`);
  });

  test('settings say plainly when a translation is a draft', async () => {
    const page = await newPage(browser);
    await open(page, server.url, '?view=settings');
    assert.equal(await page.$('[data-testid=translation-draft]'), null, 'Mandarin is the source');
    for (const lang of ['bo', 'ug', 'yue']) {
      await page.click(`[data-testid=lang-switch] [data-lang="${lang}"]`);
      await page.waitForSelector(`html[lang="${lang}"]`);
      assert.ok(await page.$('[data-testid=translation-draft]'), lang);
    }
  });
});
