// The playground (dist/embed/) in both engines, and its partner-file checker against the
// project's own (scripts/check-partner, the Rust rules the app runs): the two must agree on
// every fixture, so a partner who checks a file in the page is told what the app will do.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { forEachEngine, newPage, TABLET } from './browser.mjs';
import { checkPartner } from '../../static/embed/checker.js';

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
  test('agrees with scripts/check-partner on every fixture', async () => {
    const schema = JSON.parse(await readFile(new URL('../../schemas/partner.schema.json', import.meta.url), 'utf8'));
    const files = (await readdir(FIXTURES)).filter((name) => name.endsWith('.json'));
    assert.ok(files.length >= 4, `fixtures: ${files}`);
    for (const name of files) {
      const path = new URL(name, FIXTURES).pathname;
      const inPage = checkPartner(await readFile(path, 'utf8'), schema);
      const project = projectVerdict(path);
      assert.equal(inPage.problems.length === 0, project.valid, `${name}: the page says ${JSON.stringify(inPage.problems)}, check-partner says ${project.out}`);
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
      assert.deepEqual(await page.problems(), []);
    });
  });
});
