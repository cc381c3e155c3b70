// End-to-end tests of embedding (EMBEDDING.md) against the release build in dist/, in both
// engines. The app is served on 127.0.0.1; the partner's host page on localhost, another origin
// of the same test server (`/__host.html`, with `embed.js` from the app's origin); an intruder on
// a second server's origin. The partner file is served as `/partner.json`, as a partner drops
// it into a deployment after the build.
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

/**
 * The partner's page: one `[data-anxin]` element with `attributes`, `embed.js` from the app's
 * origin, and every event recorded in `window.events` as `{ type, data }`.
 */
function hostPage(request, attributes) {
  const app = `http://127.0.0.1:${portOf(request)}/`;
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` data-${name}="${value}"`)
    .join('');
  return `<!doctype html><html lang="zh-Hans"><meta charset="utf-8"><title>示例保险</title>
<meta name="viewport" content="width=device-width">
<body style="margin:0;font-family:sans-serif">
<h1>示例保险 · 服务</h1>
<div id="embed" data-anxin${attrs}></div>
<p id="after">页面继续</p>
<script>window.events = []; window.startedAt = Date.now();</script>
<script src="${app}embed.js"></script>
<script>Anxin.on('*', function (data, info) { window.events.push({ type: info.type, data: data }); });</script>
</body></html>`;
}

/** The intruder: posts commands to the first frame of its parent, from its own origin. */
const INTRUDER = `<!doctype html><meta charset="utf-8"><title>intruder</title><script>
  var target = parent.frames[0];
  ['set-locale', 'navigate'].forEach(function (type) {
    target.postMessage({ source: 'anxin', v: 1, type: type, data: { lang: 'ug', view: 'help' } }, '*');
  });
  document.title = 'sent';
</script>`;

/** Serves dist/ with the host page and `partner` (a function of the request, or none). */
function serveWith({ attributes, partner = partnerFile }) {
  const files = { '/__host.html': (request) => hostPage(request, attributes) };
  if (partner) files['/partner.json'] = partner;
  return serve({ brokenFiles: files });
}

/** The host page's URL on the other origin (localhost) of `server`. */
const hostUrl = (server) => server.url.replace('127.0.0.1', 'localhost') + '__host.html';

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

forEachEngine((env) => {
  describe('embedding', () => {
    test('a card says ready, reports its real height, and the frame follows it after an answer', async () => {
      const server = await serveWith({ attributes: { mode: 'card', view: 'daily' } });
      try {
        const page = await newPage(env.browser);
        await page.goto(hostUrl(server));
        await eventOf(page, 'ready');
        const resize = await eventOf(page, 'resize');
        const frame = await frameOf(page, '#embed iframe');
        const inside = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        assert.ok(Math.abs(resize.data.height - inside) <= 2, `reported ${resize.data.height}, the frame's page is ${inside}`);
        const types = (await events(page)).map((e) => e.type);
        assert.equal(types[0], 'ready', `ready comes first: ${types}`);
        await page.waitForFunction(() => Math.abs(document.querySelector('#embed iframe').getBoundingClientRect().height - window.events.filter((e) => e.type === 'resize').pop().data.height) <= 1);
        const before = await page.evaluate(() => document.querySelector('#embed iframe').getBoundingClientRect().height);

        await frame.locator('[data-testid=daily-question] [data-testid=quiz-not-sure]').click();
        await frame.locator('[data-testid=daily-question] [data-testid=quiz-feedback]').waitFor();
        await page.waitForFunction((before) => document.querySelector('#embed iframe').getBoundingClientRect().height > before + 20, before);
        const after = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        await page.waitForFunction((after) => Math.abs(document.querySelector('#embed iframe').getBoundingClientRect().height - after) <= 2, after);
        assert.ok(!(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1)), 'no second scrollbar');
        assert.deepEqual(await page.problems(), []);
      } finally {
        await server.close();
      }
    });

    test('set-locale changes the language in place, and navigate opens a case', async () => {
      const server = await serveWith({ attributes: { mode: 'full', view: 'home' } });
      try {
        const page = await newPage(env.browser, TABLET);
        await page.goto(hostUrl(server));
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

    test('quiz-finished reaches the host only after the person agrees to share, and holds no answers', async () => {
      const server = await serveWith({ attributes: { mode: 'full', view: 'quiz' } });
      try {
        const page = await newPage(env.browser, TABLET);
        await page.goto(hostUrl(server));
        await eventOf(page, 'ready');
        const frame = await frameOf(page, '#embed iframe');
        await frame.locator('[data-testid=quiz-topic][data-id=free-choice]').click();
        for (;;) {
          await frame.locator('[data-testid=quiz-not-sure]').click();
          await frame.locator('[data-testid=quiz-next]').click();
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

    test('commands from an origin the partner file does not list are ignored', async () => {
      const server = await serveWith({ attributes: { mode: 'full', view: 'home' } });
      const other = await serve({ brokenFiles: { '/__intruder.html': INTRUDER } });
      try {
        const page = await newPage(env.browser);
        await page.goto(hostUrl(server));
        await eventOf(page, 'ready');
        const frame = await frameOf(page, '#embed iframe');
        // A third origin (the other server's port) inside the host page posts commands to the
        // frame: neither its origin is listed nor is its window the frame's parent.
        await page.evaluate((src) => {
          const intruder = document.createElement('iframe');
          intruder.src = src;
          document.body.append(intruder);
        }, `${other.url}__intruder.html`);
        await page.waitForFunction(() => document.querySelectorAll('iframe')[1]?.contentDocument === null);
        await new Promise((done) => setTimeout(done, 1500));
        assert.equal(await frame.evaluate(() => document.documentElement.lang), 'zh-Hans');
        assert.equal(await frame.evaluate(() => document.querySelector('[data-ready]').dataset.view), 'home');
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
      const server = await serveWith({ attributes: { mode: 'full', view: 'help' }, partner: hostile });
      try {
        const page = await newPage(env.browser);
        await open(page, server.url, '?view=help');
        await page.waitForFunction(() => document.querySelectorAll('[data-testid=help-hotline]').length === 3);
        const numbers = await page.$$eval('[data-testid=help-hotline]', (els) => els.map((el) => el.getAttribute('href')));
        assert.deepEqual(numbers, ['tel:12378', 'tel:96110', 'tel:110']);
        assert.doesNotMatch(await page.evaluate(() => document.body.innerHTML), /javascript:|evil\.example|xxxxxxxxxx/);
        assert.deepEqual(await page.problems(), []);

        const host = await newPage(env.browser);
        await host.goto(hostUrl(server));
        await eventOf(host, 'ready');
        const types = new Set((await events(host)).map((e) => e.type));
        assert.deepEqual([...types].filter((t) => !['ready', 'resize'].includes(t)), [], 'only ready and resize go out');
      } finally {
        await server.close();
      }
    });

    test('a partner file added after the build puts its hotline first, and its colours on the bar', async () => {
      const server = await serveWith({ attributes: { mode: 'full' } });
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
