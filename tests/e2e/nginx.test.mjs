// The release build served by Debian's nginx with the configuration we ship
// (deploy/nginx.conf, run by tools/nginx.mjs): its headers, precompressed files, clean URLs and
// 404 page, and the app taking over through it in both engines.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startNginx } from '../../tools/nginx.mjs';
import { forEachEngine, newPage, open } from './browser.mjs';
import { deployment, DIST, freePort } from './server.mjs';

let nginx;
before(async () => {
  nginx = await startNginx(await freePort());
});
after(() => nginx?.close());

/** The answer's status and headers for `path`, asking for `encoding`. */
async function head(path, encoding = 'br, gzip') {
  const response = await fetch(nginx.url + path, { headers: { 'accept-encoding': encoding } });
  await response.arrayBuffer();
  return { status: response.status, header: (name) => response.headers.get(name) ?? '' };
}

const HASHED = /^anxin-[0-9a-f]+_bg\.wasm$/;

describe('nginx headers', () => {
  test('every answer carries the security headers; pages revalidate, hashed files are immutable', async () => {
    const { readdir } = await import('node:fs/promises');
    const wasm = (await readdir(new URL('../../dist/', import.meta.url))).find((name) => HASHED.test(name));
    for (const path of ['', 'bo/rights.html', wasm, 'locales/bo/shell.ftl', 'no/such/page.html']) {
      const answer = await head(path);
      const csp = answer.header('content-security-policy');
      for (const part of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'", 'frame-ancestors']) {
        assert.ok(csp.includes(part), `${path || '/'}: ${part} in ${csp}`);
      }
      assert.equal(answer.header('x-content-type-options'), 'nosniff', path);
      assert.equal(answer.header('referrer-policy'), 'no-referrer', path);
    }
    const page = await head('bo/rights.html');
    assert.equal(page.header('cache-control'), 'no-cache');
    assert.match(page.header('content-type'), /^text\/html; charset=utf-8/);
    const binary = await head(wasm);
    assert.equal(binary.header('content-type'), 'application/wasm');
    assert.equal(binary.header('content-encoding'), 'br');
    assert.equal(binary.header('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal((await head(wasm, 'gzip')).header('content-encoding'), 'gzip');
    const messages = await head('locales/bo/shell.ftl');
    assert.match(messages.header('content-type'), /^text\/plain; charset=utf-8/);
    assert.equal(messages.header('cache-control'), 'no-cache');
    // The service worker is never kept (a stale one would go on serving the old release), and
    // the manifests are what browsers expect.
    const worker = await head('sw.js');
    assert.equal(worker.status, 200);
    assert.equal(worker.header('cache-control'), 'no-cache, no-store, must-revalidate');
    assert.match(worker.header('content-type'), /^text\/javascript/);
    const manifest = await head('bo/manifest.webmanifest');
    assert.match(manifest.header('content-type'), /^application\/manifest\+json/);
    assert.equal(manifest.header('cache-control'), 'no-cache');
    assert.equal((await head('icon-512.png')).header('content-type'), 'image/png');
  });

  test('clean URLs serve their page; a missing page is the Mandarin 404 with every language', async () => {
    const clean = await fetch(`${nginx.url}bo/rights`);
    assert.equal(clean.status, 200);
    assert.match(await clean.text(), /data-view="rights"/);
    const missing = await fetch(`${nginx.url}bo/no-such-page`);
    assert.equal(missing.status, 404);
    const body = await missing.text();
    assert.match(body, /页面找不到/);
    for (const lang of ['zh-Hans', 'bo', 'ug', 'yue']) assert.match(body, new RegExp(`lang="${lang}"`), lang);
    assert.equal((await fetch(`${nginx.url}index.html.br`)).status, 404, 'the compressed copies are not pages of their own');
  });
});

describe('a deployer\'s own files', () => {
  test('the build writes no compressed copy of partner.json for a server to send instead', () => {
    assert.ok(existsSync(`${DIST}partner.json`), 'the general build has its partner.json');
    for (const copy of ['partner.json.br', 'partner.json.gz']) assert.ok(!existsSync(DIST + copy), copy);
  });

  test('a partner file and logo replaced after the build are what browsers get, compressed or not', async () => {
    // A deployment made from the build, with stale compressed copies beside the deployer's
    // files (as an older release, or a hand-run compressor, leaves them), then the new files
    // dropped in.
    const folder = deployment();
    const stale = '"stale"';
    mkdirSync(`${folder}/partner`);
    for (const name of ['partner.json', 'partner/logo.svg']) {
      writeFileSync(`${folder}/${name}.br`, brotliCompressSync(stale));
      writeFileSync(`${folder}/${name}.gz`, gzipSync(stale));
    }
    const partner = JSON.stringify({ version: 1, name: { 'zh-Hans': '示例保险' }, hotline: '1234567' });
    const logo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>${'logo '.repeat(60)}</title></svg>`;
    writeFileSync(`${folder}/partner.json`, partner);
    writeFileSync(`${folder}/partner/logo.svg`, logo);
    const server = await startNginx(await freePort(), { folder });
    try {
      for (const [path, body] of [['partner.json', partner], ['partner/logo.svg', logo]]) {
        for (const encoding of ['br', 'gzip', 'br, gzip', 'identity']) {
          const response = await fetch(server.url + path, { headers: { 'accept-encoding': encoding } });
          assert.equal(response.status, 200, `${path} (${encoding})`);
          assert.equal(await response.text(), body, `${path} asked with ${encoding} is the new file`);
          assert.equal(response.headers.get('cache-control'), 'no-cache', path);
        }
      }
    } finally {
      await server.close();
    }
  });
});

forEachEngine((env) => {
  describe('through nginx', () => {
    // (The test server's watch of a page, which WebKit's console problems come through, is not
    // here: prerender.test.mjs checks every screen for CSP violations in both engines.)
    test('a deep link and a clean URL are taken over by the app', async () => {
      const page = await newPage(env.browser);
      await open(page, nginx.url, '?lang=ug&view=case:agent-surrender');
      assert.match(await page.url(), /\/ug\/case\.agent-surrender\.html/);
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      await page.click('[data-testid=flag-exercise] [aria-pressed]');
      await open(page, nginx.url, 'bo/rights');
      assert.equal(await page.getAttribute('[data-view]', 'data-view'), 'rights');
      assert.equal(await page.getAttribute('html', 'lang'), 'bo');
      await page.click('[data-testid=right-card]');
      await page.waitForSelector('[data-view^="right:"][data-ready="1"]');
      if (env.engine === 'chromium') assert.deepEqual(await page.problems(), []);
    });
  });
});
