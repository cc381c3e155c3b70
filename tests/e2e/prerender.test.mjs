// Prerendered pages: readable and linked without WebAssembly, taken over in place (hydrated)
// when the app starts, and reached from the contract's query links. Expected text is read from
// the .ftl files, never written here.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { DIST } from './server.mjs';
import { forEachEngine, launch, newPage, open } from './browser.mjs';


/** The value of message `id` in a locale's file (first line only, placeables dropped). */
function message(locale, file, id) {
  const text = readFileSync(new URL(`../../locales/${locale}/${file}`, import.meta.url), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} =`));
  assert.ok(line, `${locale}/${file} has ${id}`);
  return line.slice(id.length + 2).trim().replace(/\{[^}]*\}/g, '').trim();
}

const LOCALES = ['zh-Hans', 'bo', 'ug', 'yue'];
/** One page of each kind of screen (home, rights, a right, cases, a case, …), from the build. */
const SCREEN_KINDS = (() => {
  const kinds = new Map();
  for (const file of readdirSync(new URL('zh-Hans/', `file://${DIST}`)).filter((n) => n.endsWith('.html')).sort()) {
    const kind = file.split('.')[0];
    if (!kinds.has(kind)) kinds.set(kind, file);
  }
  return [...kinds.values()];
})();

/** The engine without WebAssembly, as in an old WebView or iOS Lockdown Mode (see `launch`). */
const launchWithoutWasm = (engine) => launch(engine, { noWasm: true });

/** The visible text of `main`. */
const mainText = (page) => page.$eval('main', (main) => main.innerText);

forEachEngine((env) => {
  // WebKitGTK cannot be started without WebAssembly (it ignores JavaScriptCore's options from
  // the environment): the closest real thing is a page whose WebAssembly global is gone.
  const noWasm = env.engine === 'webkit' ? 'WebKit: the WebAssembly global deleted before the page runs' : 'Chromium --jitless';
  describe(`without WebAssembly (${noWasm})`, () => {
    test('a case page reads, says what needs the app, and links to the other pages and languages', async () => {
      const browser = await launchWithoutWasm(env.engine);
      try {
        const page = await newPage(browser);
        await page.goto(`${env.server.url}bo/case.agent-surrender.html`);
        assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined');
        assert.ok((await mainText(page)).includes(message('bo', 'cases.ftl', 'case-agent-surrender-title')));
        assert.equal(await page.getAttribute('html', 'lang'), 'bo');
        const note = page.locator('main .ax-needs-app').first();
        await note.waitFor({ state: 'visible' });
        assert.ok((await note.innerText()).includes(message('bo', 'shell.ftl', 'needs-app')));
        assert.equal(await page.locator('[data-testid=flag-exercise]').isVisible(), false);

        await page.click('[data-testid=nav-back]');
        await page.waitForURL(/\/bo\/cases\.html$/);
        assert.ok((await page.locator('[data-testid=case-card]').count()) >= 10);
        await page.click('[data-testid=nav-settings]');
        await page.waitForURL(/\/bo\/settings\.html$/);
        const links = await page.$$eval('[data-testid=lang-links] a', (as) =>
          as.map((a) => a.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
        assert.equal(links.length, 3);
        assert.ok(links.every((side) => side >= 44), `language links ${links}`);
        await page.click('[data-testid=lang-links] [data-lang=ug]');
        await page.waitForURL(/\/ug\/settings\.html$/);
        assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
        // WebKitWebDriver now and then drops a navigation asked for just after a page loaded
        // (the URL stays put): ask again, up to three times.
        for (let attempt = 1; ; attempt += 1) {
          await page.goto(`${env.server.url}bo/help.html`);
          try {
            await page.waitForURL(/\/bo\/help\.html$/, { timeout: 5000 });
            break;
          } catch (error) {
            if (attempt === 3) throw error;
          }
        }
        await page.waitForSelector('[data-testid=help-hotline][href="tel:12378"]', { state: 'attached' });
        const hotlines = await page.$$eval('[data-testid=help-hotline]', (links) => links.map((a) => a.getAttribute('href')));
        assert.ok(hotlines.includes('tel:12378'), hotlines.join());
        assert.equal(await page.$('[data-ready]'), null, 'the app did not run');
        assert.deepEqual((await page.problems()).filter((p) => !/WebAssembly/.test(p)), []);
      } finally {
        await browser.close();
      }
    });

    test('the root page sends a query link on to its page, and 长辈版 is drawn at once', async () => {
      const browser = await launchWithoutWasm(env.engine);
      try {
        const page = await newPage(browser);
        await page.goto(`${env.server.url}?lang=ug&view=rights&elder=1&from=singlemessage`);
        await page.waitForURL(/\/ug\/rights\.html\?lang=ug&elder=1&from=singlemessage$/);
        assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
        assert.ok((await mainText(page)).includes(message('ug', 'shell.ftl', 'home-rights-title')));
        const [style, elder] = await page.$eval('#anxin', (root) => [
          root.firstElementChild.getAttribute('style'),
          root.dataset.elderStyle,
        ]);
        assert.equal(style, elder);
        assert.ok(parseFloat(await page.$eval('main p', (p) => getComputedStyle(p).fontSize)) >= 18);
      } finally {
        await browser.close();
      }
    });
  });

  describe('with the app', () => {
    for (const lang of LOCALES) {
      test(`every kind of screen in ${lang} is taken over from its own page, with no error and no CSP violation`, async () => {
        const page = await newPage(env.browser);
        await page.addInitScript(() => {
          window.cspViolations = [];
          document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        for (const file of SCREEN_KINDS) {
          await page.goto(`${env.server.url}${lang}/${file}`);
          await page.waitForSelector('[data-ready="1"]', { timeout: 15000 });
          const state = await page.evaluate(() => [document.documentElement.hasAttribute('data-app'), document.documentElement.classList.contains('ax-no-app'), document.documentElement.lang, window.cspViolations]);
          assert.deepEqual(state, [true, false, lang, []], file);
        }
        assert.deepEqual(await page.problems(), []);
      });
    }

    test('the prerendered page is taken over in place, without errors, and stays interactive', async () => {
      const page = await newPage(env.browser);
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          window.prerenderedTitle = document.querySelector('h1');
        });
      });
      await open(page, `${env.server.url}bo/case.agent-surrender.html`);
      assert.equal(
        await page.evaluate(() => window.prerenderedTitle === document.querySelector('h1')),
        true,
        'the heading is the prerendered element, not a new one',
      );
      assert.equal(await page.locator('.ax-needs-app').first().isVisible(), false);
      const line = page.locator('[data-testid=flag-exercise] [aria-pressed]').first();
      await line.click();
      assert.equal(await line.getAttribute('aria-pressed'), 'true');
      await page.click('[data-testid=nav-back]');
      await page.waitForSelector('[data-view=cases]');
      assert.match(await page.url(), /\/bo\/cases\.html$/);
      assert.deepEqual(await page.problems(), []);
    });

    test('saved settings come back after the take-over, and a saved language opens its pages, even shared ones', async () => {
      const page = await newPage(env.browser);
      await page.goto(`${env.server.url}zh-Hans/settings.html`);
      await page.evaluate(() =>
        localStorage.setItem('anxin', JSON.stringify({ version: 1, settings: { lang: 'yue', elder: true } })),
      );
      await open(page, env.server.url);
      assert.match(await page.url(), /\/yue\/index\.html$/);
      assert.equal(await page.getAttribute('[data-testid=elder-toggle]', 'aria-checked'), 'true');

      // A page someone shared in Mandarin opens in the language this person saved…
      await open(page, `${env.server.url}zh-Hans/help.html?from=singlemessage`);
      assert.match(await page.url(), /\/yue\/help\.html\?from=singlemessage$/);
      assert.equal(await page.getAttribute('html', 'lang'), 'yue');
      // …unless the link names its language.
      await open(page, `${env.server.url}zh-Hans/help.html?lang=zh-Hans`);
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
      assert.deepEqual(await page.problems(), []);
    });
  });
});
