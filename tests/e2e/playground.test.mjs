// The playground (dist/embed/) in both engines, and its partner-file checker (the release
// build's embed/partner-check wasm) against scripts/check-partner: both are the app's own Rust
// rules, and they must give the same notes, word for word, on every fixture, so a partner who
// checks a file in the page is told what the app will do.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { forEachEngine, newPage, TABLET } from './browser.mjs';
import { check, check_logo as checkLogo, initSync } from '../../dist/embed/partner-check.js';

initSync({ module: await readFile(new URL('../../dist/embed/partner-check_bg.wasm', import.meta.url)) });

const FIXTURES = new URL('../fixtures/partner/', import.meta.url);
const ROOT = new URL('../../', import.meta.url).pathname;

/** Whether check-partner accepts `file` (exit 0), and what it printed. */
function projectVerdict(file) {
  try {
    const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'check-partner', '--', file], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    return { valid: true, out };
  } catch (error) {
    if (error.status !== 1) throw error;
    return { valid: false, out: String(error.stdout) };
  }
}

describe('the playground checker', () => {
  test('is a wasm of its own: the app\'s wasm carries no note words, the checker\'s does', async () => {
    const dist = new URL('../../dist/', import.meta.url);
    const app = (await readdir(dist)).find((file) => /^anxin-[0-9a-f]+_bg\.wasm$/.test(file));
    // Words only a note writes (the contrast rule's), never the app's screens.
    const words = 'needs at least';
    assert.ok(!(await readFile(new URL(app, dist))).toString('latin1').includes(words), 'the app\'s wasm leaves the words out');
    assert.ok((await readFile(new URL('embed/partner-check_bg.wasm', dist))).toString('latin1').includes(words), 'the checker has them');
  });

  test('scripts/check-partner without Rust says so, and where a partner checks instead', () => {
    // A machine with no cargo: a home without ~/.cargo, and only the system's own programs.
    const run = () => execFileSync('bash', [`${ROOT}scripts/check-partner`, `${ROOT}tests/fixtures/partner/minimal.json`], {
      env: { PATH: '/usr/bin:/bin', HOME: '/nonexistent' },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    assert.throws(run, (error) => error.status === 2 && /needs Rust's cargo/.test(error.stderr) && /playground \(<deployment>\/embed\/\)/.test(error.stderr));
  });

  test('gives scripts/check-partner\'s notes, word for word, on every fixture', async () => {
    const files = (await readdir(FIXTURES)).filter((name) => name.endsWith('.json'));
    assert.ok(files.length >= 4, `fixtures: ${files}`);
    for (const name of files) {
      const path = new URL(name, FIXTURES).pathname;
      const text = await readFile(path, 'utf8');
      const inPage = JSON.parse(check(text));
      // The page then checks the logo it fetches (here: the file beside the fixture, as
      // check-partner reads it, or none).
      const logo = inPage.valid && JSON.parse(text).logo;
      if (typeof logo === 'string') {
        const bytes = await readFile(new URL(logo, FIXTURES)).catch(() => undefined);
        const notes = JSON.parse(checkLogo(logo, bytes && new Uint8Array(bytes)));
        inPage.notes.push(...notes);
        inPage.valid = !notes.some((note) => note.severity === 'error');
      }
      const project = projectVerdict(path);
      const printed = project.out.split('\n').filter((line) => /^(error|warning): /.test(line));
      const shown = inPage.notes.map((note) => `${note.severity}: ${note.text}`);
      assert.deepEqual(printed, shown, `${name}: the same notes in the same order`);
      assert.equal(inPage.valid, project.valid, `${name}: the same verdict`);
      assert.ok(inPage.valid || shown.length > 0, `${name}: a refused file says why`);
    }
  });
});

forEachEngine((env) => {
  describe('the playground', () => {
    test('shows a snippet for each mode, runs each mode, and checks a pasted partner file', async () => {
      const page = await newPage(env.browser, TABLET);
      await page.goto(`${env.server.url}embed/index.html`);
      for (const mode of ['card', 'full', 'popup']) {
        assert.match(await page.textContent(`#snippet-${mode}`), new RegExp(`data-mode="${mode}"[\\s\\S]*embed\\.js`));
      }
      await page.waitForFunction(() => document.querySelectorAll('#ex-card iframe, #ex-full iframe').length === 2);
      // Put in by script: WebKitWebDriver under Xvfb types shifted keys unshifted ({ as [).
      const bad = JSON.stringify({ version: 1, name: { 'zh-Hans': '坏' }, hotline: '95a', colors: { brand: '#777777', 'on-brand': '#888888' } });
      await page.evaluate((text) => {
        const box = document.getElementById('partner-text');
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }, bad);
      await page.click('#partner-check');
      await page.waitForFunction(() => /hotline/.test(document.getElementById('partner-result').textContent));
      const result = await page.textContent('#partner-result');
      assert.match(result, /colors/);
      assert.match(result, /1\.\d:1/, 'the measured contrast');
      await page.click('#partner-example');
      await page.click('#partner-check');
      await page.waitForFunction(() => !/hotline/.test(document.getElementById('partner-result').textContent));
      // A logo the deployment does not have is found as check-partner finds it.
      const missing = await readFile(new URL('missing-logo.json', FIXTURES), 'utf8');
      await page.evaluate((text) => {
        document.getElementById('partner-text').value = text;
      }, missing);
      await page.click('#partner-check');
      await page.waitForFunction(() => /no-such-logo\.svg/.test(document.getElementById('partner-result').textContent));
      assert.match(await page.textContent('#partner-result'), /there is no readable file partner\/no-such-logo\.svg/);
      assert.deepEqual((await page.problems()).filter((p) => !/404/.test(p)), [], 'nothing but the missing logo\'s 404');
    });
  });
});
