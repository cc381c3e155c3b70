// End-to-end tests of each script's typography against the release build: the Tibetan web font
// loads and Tibetan lines never overlap; Uyghur pages are right-to-left with the back control
// on the right.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, newPage, open } from './browser.mjs';


/**
 * Tibetan texts of more than one line whose ink could touch the next line: the line height
 * must hold the deepest stack below a line plus the tallest above the next. Ink is measured
 * with the text's own font on a canvas (font metrics would overstate it).
 */
function overlappingLines(page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const context = document.createElement('canvas').getContext('2d');
    const bad = [];
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/[\u0F00-\u0FFF]/.test(node.textContent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set([...range.getClientRects()].filter((r) => r.height > 0).map((r) => Math.round(r.top)));
      if (tops.size < 2) continue;
      const style = getComputedStyle(node.parentElement);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const ink = context.measureText(node.textContent);
      const needed = ink.actualBoundingBoxAscent + ink.actualBoundingBoxDescent;
      const lineHeight = parseFloat(style.lineHeight);
      if (lineHeight < needed - 1) bad.push(`${node.textContent.slice(0, 15)}: line ${lineHeight} < ink ${needed.toFixed(1)}`);
    }
    return bad;
  });
}

forEachEngine((env) => {
  describe('scripts', () => {
    for (const elder of ['0', '1']) {
      test(`Tibetan (elder=${elder}): the web font loads and lines never overlap`, async () => {
        const page = await newPage(env.browser);
        await open(page, env.server.url, `?lang=bo&view=rights&elder=${elder}`);
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
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?lang=ug&view=quiz');
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
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?view=settings');
      assert.equal(await page.$('[data-testid=translation-draft]'), null, 'Mandarin is the source');
      for (const lang of ['bo', 'ug', 'yue']) {
        await page.click(`[data-testid=lang-switch] [data-lang="${lang}"]`);
        await page.waitForSelector(`html[lang="${lang}"]`);
        assert.ok(await page.$('[data-testid=translation-draft]'), lang);
      }
    });

    test('the web font files themselves load, not only a copy the phone already has', async () => {
      // The page's faces try the phone's own font first (local()); here each file is loaded
      // directly, so a missing or broken file fails.
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?lang=bo');
      const files = ['fonts/anxin-tibetan.woff2', 'fonts/anxin-uyghur.woff2', 'fonts/anxin-uyghur-bold.woff2'];
      const statuses = await page.evaluate(async (urls) => {
        const result = [];
        for (const url of urls) {
          const face = new FontFace(`check-${result.length}`, `url(${url})`);
          await face.load().catch(() => {});
          result.push(face.status);
        }
        return result;
      }, files);
      assert.deepEqual(statuses, files.map(() => 'loaded'));
      const css = await page.$eval('link[rel=stylesheet]', (el) => fetch(el.href).then((r) => r.text()));
      for (const file of files) assert.ok(css.includes(file), `fonts.css names ${file}`);
    });
  });
});
