// The harness for embedding flows, with no build needed: the fixtures are served under
// /__e2e/fixtures/ on another origin (localhost) than the app (127.0.0.1), a second server is a
// third origin, and frameOf runs a flow's commands inside an iframe of that origin (in WebKit
// each WebDriver command enters the frame and leaves it), while the page's own stay outside.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachEngine, frameOf, newPage } from './browser.mjs';
import { serve } from './server.mjs';

forEachEngine((env) => {
  test('frameOf reads and taps inside an iframe of a third origin; the page itself stays outside it', async () => {
    const third = await serve();
    try {
      const page = await newPage(env.browser);
      const inner = `${third.url}__e2e/fixtures/intruder.html`;
      // Below the host page's fold, where a tap must scroll the host page first.
      await page.goto(`${env.server.hostUrl}frames.html?below=1&src=${encodeURIComponent(inner)}`);
      const frame = await frameOf(page, 'iframe#inner');
      await frame.locator('#attack').waitFor();
      assert.equal(await frame.evaluate(() => location.origin), new URL(third.url).origin);
      assert.equal(await frame.locator('p').textContent(), 'intruder');
      assert.equal(await frame.locator('button').count(), 1);
      assert.equal(await frame.locator('#attack').getAttribute('type'), 'button');
      assert.equal(await frame.$eval('p', (el) => el.textContent), 'intruder');
      assert.deepEqual(await frame.$$eval('button', (els) => els.map((el) => el.id)), ['attack']);
      await frame.locator('#attack').click();
      await frame.waitForFunction(() => window.sent > 0);
      assert.equal(await page.evaluate(() => location.origin), new URL(env.server.hostUrl).origin);
      assert.equal(await page.locator('h1').textContent(), 'frames');
      assert.equal(await page.locator('#attack').count(), 0);
      assert.deepEqual(await page.problems(), []);
    } finally {
      await third.close();
    }
  });
});
