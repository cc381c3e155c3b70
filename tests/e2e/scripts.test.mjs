// End-to-end tests of each script's typography against the release build: the Tibetan web font
// loads and Tibetan lines never overlap; the first Tibetan font draws every page as the full
// font does, and the full font takes over once the app has started; Uyghur pages are
// right-to-left with the back control on the right.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { forEachEngine, newPage, open } from './browser.mjs';
import { DIST } from './server.mjs';


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

/** The first Tibetan font and its full font (static/fonts.css, src/prerender: WEB_FONTS). */
const TIBETAN_FONTS = ['fonts/anxin-tibetan-text.woff2', 'fonts/anxin-tibetan.woff2'];
/** The Uyghur fonts, one per weight, each complete for the characters of the app's text. */
const UYGHUR_FONTS = ['fonts/anxin-uyghur.woff2', 'fonts/anxin-uyghur-bold.woff2'];

/** Every prerendered page in Tibetan and Uyghur. */
const PAGES = ['bo', 'ug'].flatMap((lang) => readdirSync(join(DIST, lang))
  .filter((name) => name.endsWith('.html'))
  .map((name) => `${lang}/${name}`));

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
      const statuses = await page.evaluate(async (urls) => {
        const result = [];
        for (const url of urls) {
          const face = new FontFace(`check-${result.length}`, `url(${url})`);
          await face.load().catch(() => {});
          result.push(face.status);
        }
        return result;
      }, [...TIBETAN_FONTS, ...UYGHUR_FONTS]);
      assert.deepEqual(statuses, [...TIBETAN_FONTS, ...UYGHUR_FONTS].map(() => 'loaded'));
      const css = await page.$eval('link[rel=stylesheet]', (el) => fetch(el.href).then((r) => r.text()));
      for (const file of [TIBETAN_FONTS[0], ...UYGHUR_FONTS]) assert.ok(css.includes(file), `fonts.css names ${file}`);
      const script = await page.evaluate(() => [...document.scripts].map((s) => s.textContent).join('\n'));
      assert.ok(script.includes(TIBETAN_FONTS[1]), `the page's font script names ${TIBETAN_FONTS[1]}`);
    });

    test('the first Tibetan font draws the Tibetan of every Tibetan and Uyghur page as the full font does', async () => {
      // Every prerendered page's text, measured with the first font and the full font (the
      // files themselves): a character or stack the first font lacks comes out another width.
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?lang=bo');
      const wrong = await page.evaluate(async ([files, pages]) => {
        const context = document.createElement('canvas').getContext('2d');
        for (const [name, url] of [['first', files[0]], ['full', files[1]]]) {
          const face = new FontFace(name, `url(${url})`, { unicodeRange: 'U+0F00-0FFF' });
          document.fonts.add(await face.load());
        }
        const bad = [];
        for (const path of pages) {
          const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
          doc.querySelectorAll('script, style').forEach((el) => el.remove());
          const texts = [...doc.querySelectorAll('[placeholder], [aria-label]')]
            .map((el) => el.getAttribute('placeholder') || el.getAttribute('aria-label'));
          const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent);
          for (const text of texts.map((t) => t.trim()).filter((t) => /[\u0F00-\u0FFF]/.test(t))) {
            const width = (name) => { context.font = `40px ${name}`; return context.measureText(text).width; };
            if (Math.abs(width('first') - width('full')) > 0.01) bad.push(`${path}: ${text.slice(0, 30)}`);
          }
        }
        return bad;
      }, [TIBETAN_FONTS, PAGES]);
      assert.deepEqual(wrong, []);
    });

    test('once the app has started, the full font draws Tibetan stacks the first font lacks', async () => {
      // ཀྩ is made of characters the app's text has, but drawn right only by the full font.
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?lang=bo&view=settings');
      await page.waitForFunction(() => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Anxin Tibetan' && f.status === 'loaded').length > 1);
      // The mechanism with the files themselves: a full face added after a style sheet's first
      // face of the same name comes first.
      const widths = await page.evaluate(async (files) => {
        const style = document.createElement('style');
        style.textContent = `@font-face { font-family: probe; src: url(${files[0]}); } @font-face { font-family: probe-full; src: url(${files[1]}); }`;
        document.head.append(style);
        const span = document.createElement('span');
        span.textContent = 'ཀྩ';
        span.style.cssText = 'font: 40px probe; position: absolute';
        document.body.append(span);
        await document.fonts.load('40px probe', 'ཀྩ');
        await document.fonts.load('40px probe-full', 'ཀྩ');
        const first = span.getBoundingClientRect().width;
        const full = new FontFace('probe', `url(${files[1]})`);
        document.fonts.add(await full.load());
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const after = span.getBoundingClientRect().width;
        span.style.fontFamily = 'probe-full';
        const expected = span.getBoundingClientRect().width;
        span.style.fontFamily = '"Anxin Tibetan"';
        const page = span.getBoundingClientRect().width;
        span.remove();
        return { first, after, expected, page };
      }, TIBETAN_FONTS);
      assert.notEqual(widths.first, widths.expected, 'the first font draws ཀྩ differently (else this proves nothing)');
      assert.equal(widths.after, widths.expected, 'the full face comes first once added');
      assert.equal(widths.page, widths.expected, "the page's Anxin Tibetan draws ཀྩ as the full font does");
    });
  });
});
