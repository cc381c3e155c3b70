// End-to-end tests of offline use and updates against the release build, in both engines, with
// service workers on (every other flow runs without them, as in a WebView that has none). "No
// network" is the real thing: the server the app came from is closed, so every request the
// worker does not answer fails to connect. A new release is a copy of the build with files
// changed and the worker's list written again by the build's own tool (src/bin/precache.rs).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forEachEngine, newPage, open, PHONE, secondPage, TABLET } from './browser.mjs';
import { deployment, serve } from './server.mjs';
import { hashInlineScripts } from '../../tools/csp.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WECHAT = 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40(0x1800282a) NetType/WIFI Language/zh_CN';
const text = (page, selector) => page.textContent(selector).then((t) => t.replace(/[\u2068\u2069]/g, ''));

/** Serves a fresh copy of the build; `server.folder` is where its files are. */
async function deployed() {
  const folder = deployment();
  const server = await serve({ root: folder });
  return Object.assign(server, { folder });
}

/**
 * Makes `folder` a new release: every entry's glue and wasm renamed to `hash` (the old names are gone from the
 * server, as after a real deploy), every page pointed at the new names, a word of the Mandarin
 * shell changed, and the worker's list written again.
 */
function release(folder, hash) {
  const renamed = [];
  for (const glue of readdirSync(folder).filter((name) => /^anxin(-[a-z]+)?-[0-9a-f]{12,16}\.js$/.test(name))) {
    const base = glue.slice(0, -3);
    const next = base.replace(/[0-9a-f]+$/, hash);
    for (const suffix of ['.js', '_bg.wasm']) {
      for (const copy of ['', '.br', '.gz']) renameSync(join(folder, base + suffix + copy), join(folder, next + suffix + copy));
    }
    renamed.push([base, next]);
  }
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(path);
    }
  };
  walk(folder);
  for (const page of pages) {
    for (const copy of ['.br', '.gz']) rmSync(page + copy, { force: true });
    // The loader names the files, so the page's CSP hashes its scripts again, as the build does.
    let text = readFileSync(page, 'utf8');
    for (const [base, next] of renamed) text = text.replaceAll(base, next);
    writeFileSync(page, hashInlineScripts(text));
  }
  const shell = join(folder, 'locales/zh-Hans/shell.ftl');
  for (const copy of ['.br', '.gz']) rmSync(shell + copy, { force: true });
  writeFileSync(shell, readFileSync(shell, 'utf8').replace('app-tagline = ', `app-tagline = ${hash.slice(-4)}·`));
  for (const copy of ['', '.br', '.gz']) rmSync(join(folder, 'sw.js' + copy), { force: true });
  execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'precache', '--', folder], { cwd: ROOT, stdio: 'inherit' });
}

/** Opens `path` with no network and waits for the app to show it. */
async function openOffline(page, base, path) {
  await open(page, base, path);
}

/** Waits until `check` (run in the page, may be async) is true. */
async function poll(page, check, what, timeout = 30000) {
  const end = Date.now() + timeout;
  // A check that meets a navigation (the page reloading itself) is tried again.
  while (!(await page.evaluate(check).catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** The page comes back into view (the tab or the app is brought to the front again). */
const backInView = (page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

const newVersionWaits = async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting);

/** Prepares `languages` from settings and waits until they are ready offline. */
async function prepare(page, base, languages) {
  await open(page, base, 'zh-Hans/settings.html');
  await page.waitForSelector('[data-testid=offline-prepare]', { timeout: 20000 });
  for (const tag of languages) {
    const chosen = await page.getAttribute(`[data-testid=offline-language][data-lang="${tag}"]`, 'aria-pressed');
    if (chosen !== 'true') await page.click(`[data-testid=offline-language][data-lang="${tag}"]`);
  }
  assert.match(await text(page, '[data-testid=offline-size]'), /\d\.\d MB/);
  await page.click('[data-testid=offline-prepare]');
  await page.waitForSelector('[data-testid=offline-ready]', { timeout: 90000 });
  const ready = (await page.getAttribute('[data-testid=offline-ready]', 'data-languages')).split(' ');
  for (const tag of languages) assert.ok(ready.includes(tag), `${tag} is ready: ${ready}`);
}

forEachEngine((env) => {
  describe('offline use', () => {
    test('prepared languages open with no network: home, a right, a case and its exercise, a quiz round, a workshop session', async () => {
      const server = await deployed();
      const page = await newPage(env.browser, TABLET, { serviceWorkers: true });
      try {
        await prepare(page, server.url, ['zh-Hans', 'bo']);
        assert.match(await text(page, '[data-testid=offline-ready]'), /2026|20\d\d-\d\d-\d\d/);
        // Read-aloud's packs are kept with their languages: the manifests, and the clips.
        const kept = await page.evaluate(async () => {
          const paths = [];
          for (const name of await caches.keys()) {
            for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
          }
          return paths;
        });
        for (const path of ['/audio/zh-Hans/manifest.json', '/audio/zh-Hans/help-intro.mp3', '/audio/bo/manifest.json']) {
          assert.ok(kept.includes(path), `${path} is kept offline`);
        }
        assert.ok(!kept.some((path) => path.startsWith('/audio/yue/')), 'a language not prepared keeps no clips');
        await server.close();

        for (const lang of ['zh-Hans', 'bo']) {
          await openOffline(page, server.url, `${lang}/index.html`);
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          await page.click('[data-testid=nav-rights]');
          await page.waitForSelector('[data-testid=right-card]');
          await openOffline(page, server.url, `${lang}/right.property-safety.html`);
          await openOffline(page, server.url, `${lang}/case.agent-surrender.html`);
          await page.click('[data-testid=flag-line]');
          await page.click('[data-testid=flag-check]');
          await page.waitForSelector('[data-testid=flag-result]');
          await openOffline(page, server.url, `${lang}/quiz.html`);
          await page.click('[data-testid=quiz-start-mixed]');
          await page.click('[data-testid=quiz-not-sure]');
          await page.waitForSelector('[data-testid=quiz-feedback]');
          // Progress is kept: the miss is in the notebook after a reload with no network.
          await page.reload();
          await page.waitForSelector('[data-testid=quiz-notebook-count]');
        }

        await openOffline(page, server.url, 'zh-Hans/workshop.html');
        await page.click('[data-testid=workshop-plan][data-id=short]');
        await page.click('[data-testid=workshop-start]');
        while (await page.$('[data-testid=workshop-next]')) {
          if (await page.$('[data-testid=tally-reveal]')) await page.click('[data-testid=tally-reveal]');
          await page.click('[data-testid=workshop-next]');
        }
        await page.fill('[data-testid=workshop-headcount]', '12');
        await page.click('[data-testid=workshop-finish]');
        await page.waitForSelector('[data-testid=workshop-summary]');

        // Switching to a language that was not prepared says why it cannot, not "check the
        // network" alone.
        await openOffline(page, server.url, 'zh-Hans/index.html');
        await page.click('[data-testid=lang-switch] [data-lang=yue]');
        await page.waitForSelector('.ax-notice');
        assert.match(await text(page, '.ax-notice'), /还没有准备离线使用/);
        assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');

        // A language that was not prepared says so plainly, in that language.
        await page.goto(`${server.url}yue/index.html`);
        await page.waitForSelector('[data-testid=offline-not-ready]');
        assert.equal(await page.getAttribute('html', 'lang'), 'yue');
        assert.ok((await text(page, 'h1')).length > 4);
        // Its links lead home in a prepared language.
        await page.click('a[lang=bo]');
        await page.waitForSelector('[data-ready="1"]');
        assert.equal(await page.getAttribute('html', 'lang'), 'bo');

        // Back online, settings offer the language that was missed, already chosen.
        const again = await serve({ root: server.folder, port: server.port });
        try {
          await open(page, server.url, 'zh-Hans/settings.html');
          await page.waitForSelector('[data-testid=offline-missed]');
          assert.equal(await page.getAttribute('[data-testid=offline-language][data-lang=yue]', 'aria-pressed'), 'true');
        } finally {
          await again.close();
        }
      } finally {
        await server.close();
      }
    });

    test('a new release waits for the end of a quiz round and of a workshop session, and a page back in view learns of it', async () => {
      const server = await deployed();
      const page = await newPage(env.browser, TABLET, { serviceWorkers: true });
      try {
        await open(page, server.url, 'zh-Hans/quiz.html');
        await poll(page, () => Boolean(navigator.serviceWorker.controller), 'the worker to take charge');
        await page.click('[data-testid=quiz-start-mixed]');

        release(server.folder, 'ffffffffffffffff');
        await backInView(page);
        await poll(page, newVersionWaits, 'the new release to be installed');
        assert.equal(await page.$('[data-testid=update-ready]'), null, 'no line during a round');
        while (!(await page.$('[data-testid=quiz-score]'))) {
          await page.click('[data-testid=quiz-not-sure]');
          await page.click('[data-testid=quiz-next]');
        }
        await page.waitForSelector('[data-testid=update-ready]');

        // Until the person taps, the old release goes on, whole, though its files are gone
        // from the server.
        await page.reload();
        await page.waitForSelector('[data-ready="1"]');
        assert.ok(!(await page.evaluate(() => document.documentElement.outerHTML.includes('-ffffffffffffffff_bg.wasm'))));
        await page.waitForSelector('[data-testid=update-ready]');
        await page.click('[data-testid=update-apply]');
        await poll(page, () => document.documentElement.outerHTML.includes('-ffffffffffffffff_bg.wasm'), 'the new release after the tap');
        await page.waitForSelector('[data-ready="1"]');
        const first = await page.evaluate(() => fetch('locales/zh-Hans/shell.ftl').then((r) => r.text()));
        assert.match(first, /app-tagline = ffff·/, 'the new release\'s text');

        // A workshop session: the line waits for its summary.
        await open(page, server.url, 'zh-Hans/workshop.html');
        await page.click('[data-testid=workshop-plan][data-id=short]');
        await page.click('[data-testid=workshop-start]');
        release(server.folder, 'eeeeeeeeeeeeeeee');
        await backInView(page);
        await poll(page, newVersionWaits, 'the next release to be installed');
        await page.click('[data-testid=workshop-next]');
        assert.equal(await page.$('[data-testid=update-ready]'), null, 'no line during a session');
        await page.click('[data-testid=workshop-end]');
        await page.click('[data-testid=workshop-confirm-yes]');
        await page.click('[data-testid=workshop-finish]');
        await page.waitForSelector('[data-testid=workshop-summary]');
        await page.waitForSelector('[data-testid=update-ready]');

        // A second tab takes the new version; this one is not reloaded under the volunteer,
        // goes on offering it, and its tap then just reloads into the new release.
        const other = await secondPage(page);
        await open(other, server.url, 'zh-Hans/index.html');
        await other.waitForSelector('[data-testid=update-apply]');
        await other.click('[data-testid=update-apply]');
        await poll(other, () => document.documentElement.outerHTML.includes('-eeeeeeeeeeeeeeee_bg.wasm'), 'the other tab on the new release');
        assert.ok(await page.$('[data-testid=workshop-summary]'), 'this tab was not reloaded');
        await page.waitForSelector('[data-testid=update-apply]:not([disabled])');
        await page.evaluate(() => (window.beforeTheTap = true));
        await page.click('[data-testid=update-apply]');
        // The workshop's page names the workshop's files: the reload, then the new release's text.
        await poll(page, () => !window.beforeTheTap && document.querySelector('[data-ready="1"]'), 'this tab reloaded after its tap');
        const shell = await page.evaluate(() => fetch('locales/zh-Hans/shell.ftl').then((r) => r.text()));
        assert.match(shell, /app-tagline = eeee·/);
        assert.deepEqual((await page.problems()).filter((p) => !/Service Worker registration blocked/.test(p)), []);
      } finally {
        await server.close();
      }
    });

    test('without service workers the app works online, and settings say how to open it where it can be kept', async () => {
      const page = await newPage(env.browser, PHONE);
      await open(page, env.server.url, 'zh-Hans/settings.html');
      await page.waitForSelector('[data-testid=offline-unsupported]');
      assert.match(await text(page, '[data-testid=offline-unsupported]'), /浏览器/);
      assert.equal(await page.$('[data-testid=offline-prepare]'), null);
      await page.click('[data-testid=nav-home]');
      await page.waitForSelector('[data-testid=daily-question]');
      if (env.engine === 'chromium') {
        // WeChat (its user agent says MicroMessenger): tap ··· at the top right, then open in
        // the browser. (WebDriver cannot change WebKitGTK's user agent for a page.)
        const context = await env.browser.newContext({ viewport: PHONE, userAgent: WECHAT, serviceWorkers: 'block' });
        const wechat = await context.newPage();
        await open(Object.assign(wechat, { problems: async () => [] }), env.server.url, 'zh-Hans/settings.html');
        await wechat.waitForSelector('[data-testid=offline-unsupported]');
        const said = await text(wechat, '[data-testid=offline-unsupported]');
        assert.match(said, /···/);
        assert.match(said, /在浏览器中打开/);
        await context.close();
      }
    });

    test('in a partner\'s frame the host owns the page: no worker, no offer', async () => {
      const page = await newPage(env.browser, PHONE, { serviceWorkers: true });
      await open(page, env.server.url, 'zh-Hans/settings.html?embed=full');
      await page.waitForSelector('[data-testid=clear-data]');
      assert.equal(await page.$('[data-testid=offline]'), null);
      assert.equal(await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())), false);
    });
  });
});
