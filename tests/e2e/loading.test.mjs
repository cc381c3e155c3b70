// End-to-end tests of how the release build loads: precompressed files, a WebView whose
// streaming compile throws, a cached page that names app files of an older release, the
// pages' strict Content-Security-Policy, and message files without their translators' comments.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { brotliDecompressSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST, withServer } from './server.mjs';
import { forEachEngine, newPage, open } from './browser.mjs';

test('every page allows exactly its own inline scripts, by hash, and no other inline script', async () => {
  const pages = (await readdir(DIST, { recursive: true })).filter((n) => n.endsWith('.html') && n !== '404.html');
  assert.ok(pages.length >= 97, `${pages.length} pages`);
  for (const name of pages) {
    const page = await readFile(join(DIST, name), 'utf8');
    const csp = /<meta[^>]*content="([^"]*)"[^>]*Content-Security-Policy/i.exec(page)?.[1] ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    assert.doesNotMatch(scriptSrc, /'unsafe-inline'/, name);
    const listed = [...scriptSrc.matchAll(/'sha256-([^']+)'/g)].map(([, h]) => h).sort();
    const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)];
    const hashes = [...new Set(inline.map(([, body]) => createHash('sha256').update(body).digest('base64')))].sort();
    assert.match(scriptSrc, /script-src/, `${name} has a script policy`);
    // The playground (embed/) and the worker's not-ready pages (offline-<tag>.html) have no
    // inline script at all; the app's pages have their own.
    const least = name.startsWith('embed/') || name.startsWith('offline-') ? 0 : 3;
    assert.ok(hashes.length >= least, `${name}: ${hashes.length} inline scripts`);
    assert.deepEqual(listed, hashes, name);
  }
});

test('message files ship without their comments, line for line, also compressed', async () => {
  const files = (await readdir(join(DIST, 'locales'), { recursive: true })).filter((n) => n.endsWith('.ftl'));
  // The daily question's files are cut from the shipped quiz.ftl by the prerender: no source.
  const cut = files.filter((name) => name.includes('/daily/'));
  assert.ok(files.length - cut.length >= 16, `${files.length - cut.length} message files`);
  assert.ok(cut.length >= 4 * 60, `${cut.length} daily files`);
  for (const name of files) {
    const shipped = await readFile(join(DIST, 'locales', name), 'utf8');
    assert.equal(brotliDecompressSync(await readFile(join(DIST, 'locales', `${name}.br`))).toString('utf8'), shipped, `${name}.br`);
    if (cut.includes(name)) {
      assert.ok(!shipped.split('\n').some((line) => line.startsWith('#')), `${name} has no comments`);
      continue;
    }
    const source = await readFile(new URL(`../../locales/${name}`, import.meta.url), 'utf8');
    assert.ok(source.split('\n').some((line) => line.startsWith('#')), `${name}: the source has comments`);
    const expected = source.split('\n').map((line) => (line.startsWith('#') ? '' : line));
    assert.deepEqual(shipped.split('\n'), expected, name);
  }
});

// Each test serves dist/ its own way; only the browser is shared.
forEachEngine((env) => {
  describe('loading', () => {
    test('every file of the build has a brotli and a gzip copy, and they are served', async () => {
      const names = await readdir(DIST, { recursive: true });
      const files = names.filter((n) => /\.(html|js|wasm|svg|ftl)$/.test(n));
      assert.ok(files.length >= 10, `${files.length} files`);
      for (const file of files) {
        assert.ok(names.includes(`${file}.br`), `${file}.br`);
        assert.ok(names.includes(`${file}.gz`), `${file}.gz`);
      }
      await withServer({}, async (server) => {
        const page = await newPage(env.browser);
        await open(page, server.url);
        // Brotli where the browser takes it; WebKitGTK asks for gzip only over plain HTTP.
        const best = (accepted) => (/\bbr\b/.test(accepted) ? 'br' : 'gzip');
        const app = (await page.responses()).filter(({ url }) => /\/anxin-[0-9a-f]+(_bg\.wasm|\.js)$/.test(url));
        assert.equal(app.length, 2, app.map(({ url }) => url).join());
        for (const { url, encoding, accepted } of app) assert.equal(encoding, best(accepted), `${url} (accepted: ${accepted})`);
      });
    });

    // A link slow enough that the page waited past the 12 s after which it once said that the
    // browser was too old. Both: the precompressed files, and a host that sends none.
    for (const [served, bytesPerSecond, compress] of [['brotli', 14_000, true], ['uncompressed', 45_000, false]]) {
      test(`on a slow link (${served}), the page says it is loading, shows progress, and never says the browser is too old`, async () => {
        await withServer({ link: { bytesPerSecond, latency: 400 }, compress }, async (server) => {
          const page = await newPage(env.browser);
          await page.addInitScript(() => {
            const seen = { note: false, loading: false, progress: 0, top: null };
            window.slowLink = seen;
            const look = () => {
              const html = document.documentElement;
              const shown = (el) => el.getClientRects().length > 0;
              if (html.classList.contains('ax-no-app') || [...document.querySelectorAll('.ax-needs-app')].some(shown)) seen.note = true;
              if ([...document.querySelectorAll('[data-testid=app-loading]')].some(shown)) seen.loading = true;
              for (const bar of document.querySelectorAll('progress.ax-load')) seen.progress = Math.max(seen.progress, bar.value);
              const exercise = document.querySelector('[data-testid=flag-line]');
              if (exercise && !html.hasAttribute('data-app')) seen.top = exercise.getBoundingClientRect().top + scrollY;
              if (!html.hasAttribute('data-app')) setTimeout(look, 100);
            };
            document.addEventListener('DOMContentLoaded', look);
          });
          const started = Date.now();
          await page.goto(`${server.url}zh-Hans/case.agent-surrender.html`);
          await page.waitForSelector('[data-ready="1"]', { timeout: 90_000 });
          const seconds = (Date.now() - started) / 1000;
          const seen = await page.evaluate(() => window.slowLink);
          assert.ok(seconds > 12, `the load took ${seconds} s: the link is not slow enough to test this`);
          assert.equal(seen.note, false, 'the "needs a newer WeChat" note never shows');
          assert.equal(seen.loading, true, 'a loading line shows while the app loads');
          assert.ok(seen.progress >= 50, `its progress moved: ${seen.progress}%`);
          assert.equal(await page.locator('[data-testid=app-loading]').first().isVisible(), false, 'and it goes once the app runs');
          const top = await page.$eval('[data-testid=flag-line]', (el) => el.getBoundingClientRect().top + scrollY);
          assert.ok(Math.abs(top - seen.top) < 1, `nothing moves when the app takes over: the exercise was at ${seen.top}, now ${top}`);
          await page.locator('[data-testid=flag-line]').first().click();
        });
      });
    }

    test('a download cut off says so with a retry that works, and never the "newer WeChat" note', async () => {
      await withServer({ cutOffOnce: /_bg\.wasm$/ }, async (server) => {
        const page = await newPage(env.browser);
        await page.goto(`${server.url}zh-Hans/case.agent-surrender.html`);
        const failed = page.locator('[data-testid=app-load-failed]').first();
        await failed.waitFor({ state: 'visible' });
        assert.equal(await page.evaluate(() => document.documentElement.classList.contains('ax-no-app')), false);
        assert.equal(await page.locator('[data-testid=flag-exercise]').isVisible(), false);
        await page.locator('[data-testid=app-load-failed] button').first().click();
        await page.waitForSelector('[data-ready="1"]', { timeout: 15000 });
        assert.equal(await failed.isVisible(), false);
      });
    });

    test('the app starts when streaming compilation throws', async () => {
      await withServer({}, async (server) => {
        const page = await newPage(env.browser);
        await page.addInitScript(() => {
          WebAssembly.instantiateStreaming = () => Promise.reject(new TypeError('streaming is broken here'));
        });
        await open(page, server.url, '?view=rights');
        assert.ok((await page.$$('[data-testid=right-card]')).length === 8);
      });
    });

    test('a cached page naming files of an older release reloads once and starts', async () => {
      await withServer({ staleOnce: true }, async (server) => {
        const page = await newPage(env.browser);
        await page.goto(server.url);
        await page.waitForSelector('[data-ready="1"]', { timeout: 15000 });
        const loads = (await page.requests()).filter((url) => url === server.url).length;
        assert.equal(loads, 2, 'the stale page, then the current one');
      });
    });
  });
});
