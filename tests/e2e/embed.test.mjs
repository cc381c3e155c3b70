// End-to-end tests of embedding (EMBEDDING.md) against the release build in dist/, in both
// engines. The app is served on 127.0.0.1; the partner's host page (fixtures/host.html, with
// `embed.js` from the app's origin) on localhost, another origin of the same test server; an
// intruder (fixtures/intruder.html) on a second server's origin. The partner file is served as
// `/partner.json`, as a partner drops it into a deployment after the build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, frameOf, newPage, open, TABLET } from './browser.mjs';
import { serve } from './server.mjs';

/** The port a request came to (the partner file lists the host page's origin with it). */
const portOf = (request) => request.headers.host.split(':')[1];

/** A partner file listing the host page's origin (localhost on the request's port). */
function partnerFile(request, more = {}) {
  return JSON.stringify({
    $schema: './embed/partner.schema.json',
    version: 1,
    name: { 'zh-Hans': '示例保险', bo: 'དཔེ་མཚོན་ཉེན་འགོག', ug: 'مىسال سۇغۇرتا', yue: '示例保险' },
    hotline: '1234567',
    hosts: [`http://localhost:${portOf(request)}`],
    colors: { brand: '#7a1f5c', 'on-brand': '#ffffff' },
    'share-score': true,
    ...more,
  });
}

/** Serves dist/ with `partner` as its `partner.json` (a function of the request, or none). */
function serveWith(partner = partnerFile) {
  return serve({ brokenFiles: partner ? { '/partner.json': partner } : {} });
}

/**
 * The host page (tests/e2e/fixtures/host.html) on the server's other origin (localhost),
 * embedding the app with the `data-*` attributes in `embed` (mode, view, lang, …).
 */
function hostUrl(server, embed) {
  const query = new URLSearchParams({ app: server.url, ...embed });
  return `${server.hostUrl}host.html?${query}`;
}

/** The events the host page received so far. */
const events = (page) => page.evaluate(() => window.events);

/** Waits until the host page has received an event of `type` (and `test(data)`); returns it. */
async function eventOf(page, type, test = () => true) {
  await page.waitForFunction(
    ([type, test]) => window.events.some((e) => e.type === type && new Function('data', `return ${test}`)(e.data)),
    [type, `(${test})(data)`],
  );
  return (await events(page)).filter((e) => e.type === type).pop();
}

/**
 * Waits until the host has been told the frame's content height, and the frame is that tall:
 * the last `resize` is within 2 px of the frame's page, and the iframe within 2 px of both.
 */
async function reportsItsHeight(page, frame) {
  const end = Date.now() + 10000;
  for (;;) {
    const inside = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const [reported, shown] = await page.evaluate(() => [
      window.events.filter((e) => e.type === 'resize').pop()?.data.height,
      document.querySelector('#embed iframe').getBoundingClientRect().height,
    ]);
    if (Math.abs(reported - inside) <= 2 && Math.abs(shown - inside) <= 2) return inside;
    if (Date.now() > end) throw new Error(`the frame's page is ${inside} px, the host was told ${reported}, the frame is ${shown}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

forEachEngine((env) => {
  describe('embedding', () => {
    test('a card says ready, reports its real height, and the frame follows it after an answer', async () => {
      const server = await serveWith();
      try {
        const page = await newPage(env.browser);
        await page.goto(hostUrl(server, { mode: 'card', view: 'daily' }));
        await eventOf(page, 'ready');
        await eventOf(page, 'resize');
        const frame = await frameOf(page, '#embed iframe');
        await reportsItsHeight(page, frame);
        const types = (await events(page)).map((e) => e.type);
        assert.equal(types[0], 'ready', `ready comes first: ${types}`);
        const before = await reportsItsHeight(page, frame);

        await frame.locator('[data-testid=daily-question] [data-testid=quiz-not-sure]').click();
        await frame.locator('[data-testid=daily-question] [data-testid=quiz-feedback]').waitFor();
        await page.waitForFunction((before) => document.querySelector('#embed iframe').getBoundingClientRect().height > before + 20, before);
        await reportsItsHeight(page, frame);
        assert.ok(!(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1)), 'no second scrollbar');
        assert.deepEqual(await page.problems(), []);
      } finally {
        await server.close();
      }
    });

    test('a popup opens over the host page within the viewport, closes from inside or by Esc, and gives focus back', async () => {
      const server = await serveWith();
      try {
        const page = await newPage(env.browser);
        await page.goto(hostUrl(server, { mode: 'popup', view: 'case:agent-surrender' }));
        await page.locator('#embed button').click();
        await eventOf(page, 'ready');
        const dialog = '[role=dialog][aria-modal=true]';
        await page.locator(dialog).waitFor();
        const frame = await frameOf(page, `${dialog} iframe`);
        await frame.locator('[data-view="case-card:agent-surrender"] [data-testid=embed-close]').waitFor();
        await frame.evaluate(() => (window.__sameDocument = true));
        await page.waitForFunction(() => window.events.some((e) => e.type === 'resize'));
        const fits = await page.evaluate((dialog) => {
          const box = document.querySelector(`${dialog} iframe`).getBoundingClientRect();
          const view = window.visualViewport || { height: innerHeight };
          return box.top >= 0 && box.bottom <= view.height + 1;
        }, dialog);
        assert.ok(fits, 'the popup stays within the visual viewport');
        // One close control: once the frame is ready, its own (in its language) replaces the ×.
        await page.waitForFunction((dialog) => document.querySelector(`${dialog} button`).offsetParent === null, dialog);
        assert.equal(await page.evaluate((dialog) => document.querySelector(`${dialog} button`).getAttribute('aria-label'), dialog), '关闭');

        await frame.locator('[data-testid=embed-close]').click();
        await page.waitForFunction((dialog) => !document.querySelector(dialog) || getComputedStyle(document.querySelector(dialog)).display === 'none', dialog);
        await eventOf(page, 'close');
        assert.ok(await page.evaluate(() => document.activeElement === document.querySelector('#embed button')), 'focus returns to the launcher');

        await page.locator('#embed button').click();
        await page.waitForFunction((dialog) => getComputedStyle(document.querySelector(dialog)).display !== 'none', dialog);
        assert.equal(await frame.evaluate(() => window.__sameDocument), true, 'opening again does not reload the frame');
        await page.keyboard.press('Escape');
        await page.waitForFunction((dialog) => getComputedStyle(document.querySelector(dialog)).display === 'none', dialog);
        assert.equal((await events(page)).filter((e) => e.type === 'close').length, 2, 'one close event each time');
        assert.deepEqual(await page.problems(), []);
      } finally {
        await server.close();
      }
    });

    test('set-locale changes the language in place, and navigate opens a case', async () => {
      const server = await serveWith();
      try {
        const page = await newPage(env.browser, TABLET);
        await page.goto(hostUrl(server, { mode: 'full', view: 'home' }));
        await eventOf(page, 'ready');
        const frame = await frameOf(page, '#embed iframe');
        await frame.evaluate(() => (window.__sameDocument = true));
        await page.evaluate(() => Anxin.send('set-locale', { lang: 'bo' }));
        await frame.waitForFunction(() => document.documentElement.lang === 'bo' && document.querySelector('[lang=bo][data-ready]'));
        await eventOf(page, 'view', (data) => data.lang === 'bo');
        await page.evaluate(() => Anxin.send('navigate', { view: 'case:agent-surrender' }));
        await frame.waitForFunction(() => document.querySelector('[data-view="case:agent-surrender"]'));
        await eventOf(page, 'view', (data) => data.view === 'case:agent-surrender' && data.lang === 'bo');
        assert.equal(await frame.evaluate(() => window.__sameDocument), true, 'the frame was never reloaded');
        await page.evaluate(() => document.getElementById('embed').setAttribute('data-lang', 'ug'));
        await frame.waitForFunction(() => document.documentElement.lang === 'ug' && document.documentElement.dir === 'rtl');
        assert.equal(await frame.evaluate(() => window.__sameDocument), true, 'an attribute change does not reload it');
        assert.deepEqual(await page.problems(), []);
      } finally {
        await server.close();
      }
    });

    test('a card switched through every language misses no message, and a bad command is named', async () => {
      const server = await serveWith();
      try {
        const page = await newPage(env.browser);
        // Every frame's console and the host's (Playwright hears them all; WebKitWebDriver has
        // no console, so there the language switches alone are checked).
        const warnings = [];
        page.on?.('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
        await page.goto(hostUrl(server, { mode: 'card', view: 'daily' }));
        await eventOf(page, 'ready');
        const frame = await frameOf(page, '#embed iframe');
        for (const lang of ['bo', 'ug', 'yue', 'zh-Hans']) {
          await page.evaluate((lang) => Anxin.send('set-locale', { lang }), lang);
          // (eventOf runs its test in the page, so the language is written into it.)
          await eventOf(page, 'view', new Function('data', `return data.lang === '${lang}'`));
          await frame.waitForFunction((lang) => document.querySelector(`[lang="${lang}"] [data-testid=daily-question] h2`), lang);
        }
        await page.evaluate(() => Anxin.send('set-elder', { on: '1' }));
        await page.evaluate(() => Anxin.send('navigate', { view: 'case:no-such-case' }));
        await page.evaluate(() => Anxin.send('navigate', { view: 'rights' }));
        await eventOf(page, 'view', (data) => data.view === 'rights');
        if (page.on) {
          assert.deepEqual(warnings.filter((w) => w.includes('is missing')), [], 'no message fell back');
          assert.ok(warnings.some((w) => w.includes('its on must be true or false')), `the frame names the field: ${warnings}`);
          assert.ok(warnings.some((w) => w.includes('unknown view "case:no-such-case" for navigate')), `the loader names the view: ${warnings}`);
        }
        assert.deepEqual(await page.problems(), []);
      } finally {
        await server.close();
      }
    });

    test('quiz-finished reaches the host only after the person agrees to share, and holds no answers', async () => {
      const server = await serveWith();
      try {
        const page = await newPage(env.browser, TABLET);
        await page.goto(hostUrl(server, { mode: 'full', view: 'quiz' }));
        await eventOf(page, 'ready');
        const frame = await frameOf(page, '#embed iframe');
        await frame.locator('[data-testid=quiz-topic][data-id=free-choice]').click();
        for (;;) {
          await frame.locator('[data-testid=quiz-not-sure]').click();
          await frame.locator('[data-testid=quiz-next]').click();
          await frame.waitForFunction(() => document.querySelector('[data-testid=quiz-score], [data-testid=quiz-not-sure]'));
          if (await frame.locator('[data-testid=quiz-score]').count()) break;
        }
        await frame.locator('[data-testid=share-offer]').waitFor();
        assert.match(await frame.locator('[data-testid=share-offer]').textContent(), /示例保险/);
        assert.ok(!(await events(page)).some((e) => e.type === 'quiz-finished'), 'nothing before consent');
        await frame.locator('[data-testid=share-score]').click();
        const finished = await eventOf(page, 'quiz-finished');
        assert.deepEqual(Object.keys(finished.data).sort(), ['right', 'topic', 'total']);
        assert.equal(finished.data.topic, 'free-choice');
        assert.equal(finished.data.right, 0);
        assert.ok(finished.data.total >= 1);
        const sent = JSON.stringify(await events(page));
        assert.doesNotMatch(sent, /quiz-option|data-key|"answers"|certificate/, 'no answers leave the frame');
      } finally {
        await server.close();
      }
    });

    test('check-done reaches the host only after the person agrees, and holds only the count', async () => {
      const server = await serveWith();
      try {
        const page = await newPage(env.browser);
        await page.goto(hostUrl(server, { mode: 'card', view: 'check' }));
        await eventOf(page, 'ready');
        const frame = await frameOf(page, '#embed iframe');
        await reportsItsHeight(page, frame);
        const message = '我是客服，您的会员将自动扣费，请把验证码发给我';
        await frame.locator('[data-testid=check-input]').fill(message);
        await frame.locator('[data-testid=check-run]').click();
        await frame.locator('[data-testid=check-share-offer]').waitFor();
        assert.match(await frame.locator('[data-testid=check-share-offer]').textContent(), /示例保险/);
        assert.match(await frame.locator('[data-testid=check-steps]').textContent(), /1234567/, "the partner's own number");
        assert.ok(!(await events(page)).some((e) => e.type === 'check-done'), 'nothing before consent');
        await frame.locator('[data-testid=check-share]').click();
        const done = await eventOf(page, 'check-done');
        assert.deepEqual(done.data, { signs: 2 });
        const sent = JSON.stringify(await events(page));
        assert.ok(!sent.includes('验证码') && !sent.includes('扣费'), 'nothing of the message leaves the frame');
        assert.deepEqual(await page.problems(), []);
      } finally {
        await server.close();
      }
    });

    test('commands from an origin the partner file does not list are ignored, and so are fake events', async () => {
      const server = await serveWith();
      const other = await serve();
      try {
        const page = await newPage(env.browser);
        // A third origin (the other server's 127.0.0.1 port) inside the host page posts every
        // command to the frame, and fake events to the host page.
        const intruder = `${other.url}__e2e/fixtures/intruder.html`;
        await page.goto(hostUrl(server, { mode: 'full', view: 'home', intruder }));
        await eventOf(page, 'ready');
        const frame = await frameOf(page, '#embed iframe');
        await frame.evaluate(() => (window.__sameDocument = true));
        const looks = () => frame.evaluate(() => document.querySelector('[data-ready]').getAttribute('style'));
        const looksBefore = await looks();
        // The attack starts once the frame listens, so ignoring it is what is tested.
        const sent = await (await frameOf(page, '#intruder')).evaluate(() => window.attack());
        assert.ok(sent >= 8, `the intruder sent ${sent} messages`);
        // The host's own command, sent after the attack, is handled after it: once its `view`
        // event arrives, every message of the attack has been read and judged.
        await page.evaluate(() => Anxin.send('navigate', { view: 'rights' }));
        await eventOf(page, 'view', (data) => data.view === 'rights');
        assert.equal(await frame.evaluate(() => document.documentElement.lang), 'zh-Hans');
        assert.equal(await frame.evaluate(() => document.querySelector('[data-ready]').dataset.view), 'rights');
        assert.equal(await looks(), looksBefore, 'set-elder from the intruder changed nothing');
        assert.equal(await frame.evaluate(() => window.__sameDocument), true);
        const heard = await events(page);
        assert.ok(!heard.some((e) => e.type === 'view' && e.data.view !== 'home' && e.data.view !== 'rights'), 'the intruder navigated nowhere');
        const types = heard.map((e) => e.type);
        assert.ok(
          !types.includes('quiz-finished') && !types.includes('check-done') && !types.includes('close'),
          `no fake event reached the host: ${types}`,
        );
        assert.deepEqual(await page.problems(), []);
      } finally {
        await other.close();
        await server.close();
      }
    });

    test('a hostile partner file leaves the general build working, and says why in the console', async () => {
      const hostile = () =>
        JSON.stringify({
          version: '1',
          name: { 'zh-Hans': 'x'.repeat(100000), xx: 1 },
          hotline: 95500,
          website: 'javascript:alert(1)',
          logo: 'https://evil.example/logo.svg',
          hosts: ['*'],
          colors: { brand: '#777777', 'on-brand': '#888888' },
          extra: { nested: [[[[[[[]]]]]]] },
        });
      const server = await serveWith(hostile);
      try {
        const page = await newPage(env.browser);
        await open(page, server.url, '?view=help');
        await page.waitForFunction(() => document.querySelectorAll('[data-testid=help-hotline]').length === 3);
        const numbers = await page.$$eval('[data-testid=help-hotline]', (els) => els.map((el) => el.getAttribute('href')));
        assert.deepEqual(numbers, ['tel:12378', 'tel:96110', 'tel:110']);
        assert.doesNotMatch(await page.evaluate(() => document.body.innerHTML), /javascript:|evil\.example|xxxxxxxxxx/);
        assert.deepEqual(await page.problems(), []);

        const host = await newPage(env.browser);
        await host.goto(hostUrl(server, { mode: 'full', view: 'help' }));
        await eventOf(host, 'ready');
        const types = new Set((await events(host)).map((e) => e.type));
        assert.deepEqual([...types].filter((t) => !['ready', 'resize'].includes(t)), [], 'only ready and resize go out');
      } finally {
        await server.close();
      }
    });

    test('a partner file added after the build puts its hotline first, and its colours on the bar', async () => {
      const server = await serveWith();
      try {
        const page = await newPage(env.browser);
        await open(page, server.url, '?view=help');
        await page.waitForFunction(() => document.querySelector('[data-testid=help-hotline]')?.getAttribute('href') === 'tel:1234567');
        const numbers = await page.$$eval('[data-testid=help-hotline]', (els) => els.map((el) => el.getAttribute('href')));
        assert.deepEqual(numbers, ['tel:1234567', 'tel:12378', 'tel:96110', 'tel:110']);
        assert.match(await page.textContent('main'), /示例保险/);
        const bar = await page.$eval('.ax-top-bar', (el) => getComputedStyle(el).backgroundColor);
        assert.equal(bar, 'rgb(122, 31, 92)');
        assert.deepEqual(await page.problems(), []);
      } finally {
        await server.close();
      }
    });
  });
});
