// End-to-end tests of the message checker (view=check, its own entry's page) against the
// release build in dist/, in both engines. The clipboard is a stand-in where a test pastes:
// an init script replaces navigator.clipboard.readText (headless engines have no clipboard a
// test can fill, and WebKit asks the person before it reads one).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fontSize, forEachEngine, newPage, open, TABLET } from './browser.mjs';

/** A message with four signs: fake customer service, a code asked for, a link, urgency. */
const SCAM = '【客服中心】您的百万保障今天之内将自动扣费，请点 t.cn/Ab1 取消，并把验证码念给我。';

/** Stand-in clipboard: readText resolves to `text`, or rejects when `text` is null. */
function standInClipboard(text) {
  const clipboard = {
    readText: () => (text === null ? Promise.reject(new Error('refused')) : Promise.resolve(text)),
  };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

/** The ids of the signs shown, in order. */
const signsShown = (page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-testid=check-sign]')].map((el) => el.dataset.sign));

forEachEngine((env) => {
  describe('message checker', () => {
    test('paste a message, check it, and see its signs marked in it with the three steps first', async () => {
      const page = await newPage(env.browser);
      await page.addInitScript(standInClipboard, SCAM);
      await open(page, env.server.url, '?view=check');
      await page.click('[data-testid=check-paste]');
      await page.waitForFunction((text) => document.querySelector('[data-testid=check-input]').value === text, SCAM);
      await page.click('[data-testid=check-run]');
      await page.waitForSelector('[data-testid=check-sign]');
      assert.deepEqual(await signsShown(page), ['code-asked', 'fake-service', 'urgency', 'link']);
      const marked = await page.evaluate(() => [...document.querySelectorAll('[data-testid=check-message] mark')].map((m) => m.textContent));
      assert.ok(marked.includes('t.cn/Ab1') && marked.some((m) => m.includes('验证码')), `marked: ${marked}`);
      const order = await page.evaluate(() => {
        const steps = document.querySelector('[data-testid=check-steps]');
        const sign = document.querySelector('[data-testid=check-sign]');
        return steps.compareDocumentPosition(sign) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      assert.ok(order, 'the steps come before the signs');
      assert.equal(await page.locator('[data-testid=check-none]').count(), 0);
      const steps = await page.textContent('[data-testid=check-steps]');
      assert.match(steps, /96110/);
      assert.match(steps, /110/);
      // Editing the message takes the old result away: no sign is shown for text it was not found in.
      await page.fill('[data-testid=check-input]', '妈，我晚点到家。');
      await page.waitForFunction(() => !document.querySelector('[data-testid=check-sign]'));
      assert.deepEqual(await page.problems(), []);
    });

    test('in 长辈版, a message with no known sign is never called safe, and the steps follow', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?view=check&elder=1');
      await page.fill('[data-testid=check-input]', '明天下午三点社区医院复查，记得带医保卡。');
      await page.click('[data-testid=check-run]');
      await page.waitForSelector('[data-testid=check-none]');
      const none = await page.textContent('[data-testid=check-none]');
      assert.match(none, /没找到已知的危险信号/);
      assert.match(none, /这不代表这条消息是安全的/);
      await page.waitForSelector('[data-testid=check-steps]');
      assert.ok((await fontSize(page, '[data-testid=check-none] p')) >= 20, '长辈版 text is at least 20 px');
      assert.ok((await fontSize(page, '[data-testid=check-input]')) >= 20, 'and so is the message box');
      assert.deepEqual(await page.problems(), []);
    });

    test('what a caller said, picked from the list, counts; a refused clipboard says so and keeps the message', async () => {
      const page = await newPage(env.browser, TABLET);
      await page.addInitScript(standInClipboard, null);
      await open(page, env.server.url, '?view=check&lang=yue');
      await page.fill('[data-testid=check-input]', '我嘅信息');
      await page.click('[data-testid=check-paste]');
      await page.waitForSelector('.ax-check .problem');
      assert.equal(await page.evaluate(() => document.querySelector('[data-testid=check-input]').value), '我嘅信息');
      await page.click('[data-testid=check-clear]');
      await page.waitForFunction(() => document.querySelector('[data-testid=check-input]').value === '');
      await page.click('[data-testid=check-call][data-sign=secrecy]');
      await page.click('[data-testid=check-call][data-sign=full-refund]');
      assert.equal(await page.getAttribute('[data-testid=check-call][data-sign=secrecy]', 'aria-pressed'), 'true');
      await page.click('[data-testid=check-run]');
      await page.waitForSelector('[data-testid=check-sign]');
      assert.deepEqual(await signsShown(page), ['full-refund', 'secrecy']);
      assert.equal(await page.locator('[data-testid=check-message]').count(), 0, 'no message to mark');
      assert.deepEqual(await page.problems(), []);
    });

    test('a message is kept only when asked, stays after a reload, checks again from the list, and clearing my data erases it', async () => {
      const page = await newPage(env.browser);
      // Unreadable notes, written on a page of the origin where no app runs: set aside, never lost.
      await page.goto(`${env.server.url}__e2e/blank`);
      await page.evaluate(() => localStorage.setItem('anxin-check-notes', '{"v":1,"notes":'));
      await open(page, env.server.url, '?view=check');
      assert.equal(await page.evaluate(() => localStorage.getItem('anxin-check-notes.unreadable')), '{"v":1,"notes":');
      const message = '这个项目保本保息，日息2分，名额有限。';
      await page.fill('[data-testid=check-input]', message);
      await page.click('[data-testid=check-run]');
      await page.waitForSelector('[data-testid=check-sign]');
      const stored = await page.evaluate(() => localStorage.getItem('anxin-check-notes') || '');
      assert.ok(!stored.includes('保本'), 'nothing kept before the tap');
      await page.click('[data-testid=check-keep]');
      await page.waitForSelector('[data-testid=check-kept]');
      await page.waitForFunction((text) => (localStorage.getItem('anxin-check-notes') || '').includes(text), message);
      await page.reload();
      await page.waitForSelector('[data-testid=check-note]');
      assert.match((await page.textContent('[data-testid=check-note]')).replace(/[\u2068\u2069]/g, ''), /2 个危险信号/);
      await page.click('[data-testid=check-note-open]');
      await page.waitForFunction((text) => document.querySelector('[data-testid=check-input]').value === text, message);
      await page.waitForSelector('[data-testid=check-sign]');
      assert.equal(await page.locator('[data-testid=check-keep]').count(), 0, 'already kept');
      await page.click('[data-testid=nav-settings]');
      await page.waitForSelector('[data-ready="1"][data-view="settings"]');
      await page.click('[data-testid=clear-data]');
      await page.click('[data-testid=clear-confirm]');
      await page.waitForFunction(() => localStorage.getItem('anxin-check-notes') === null && localStorage.getItem('anxin-check-notes.unreadable') === null);
      assert.deepEqual(await page.problems(), []);
    });

    test("home's tile and a case's link open the checker's page, which says ready", async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?lang=ug');
      await page.click('[data-testid=nav-check]');
      await page.waitForSelector('[data-ready="1"][data-view="check"]');
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      await open(page, env.server.url, '?view=case:fake-customer-service');
      await page.click('[data-testid=case-check]');
      await page.waitForSelector('[data-ready="1"][data-view="check"]');
      assert.deepEqual(await page.problems(), []);
    });
  });
});
