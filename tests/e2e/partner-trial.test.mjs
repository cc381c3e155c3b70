// A partner's first day, end to end (issue 33's trial): the release build copied into a
// deployment, a partner file and logo dropped in after the build, the deployment served by
// Debian's nginx with the shipped configuration (frame-ancestors extended as EMBEDDING.md says),
// and the partner's own page on another origin with one embed of each mode, written with the
// snippet exactly as EMBEDDING.md gives it. A second copy of the page on an origin the partner
// file does not list still gets what every host gets.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startNginx } from '../../tools/nginx.mjs';
import { forEachEngine, frameOf, newPage, TABLET } from './browser.mjs';
import { deployment, freePort, serve } from './server.mjs';

/** The made-up insurer's brand colour (on white), as the trial used it. */
const BRAND = '#6a1b9a';
const HOTLINE = '4008123123';

/** EMBEDDING.md's snippet (its first html block), for a deployment at `base`. */
function documentedSnippet(base) {
  const doc = readFileSync(new URL('../../EMBEDDING.md', import.meta.url), 'utf8');
  const block = /## The snippet\n\n```html\n([\s\S]*?)```/.exec(doc);
  assert.ok(block, 'EMBEDDING.md has the snippet');
  assert.ok(block[1].includes('https://anxin.partner.cn/embed.js'), 'the snippet loads embed.js');
  return block[1].replaceAll('https://anxin.partner.cn/', base);
}

/**
 * The partner's page: a popup launcher (at the top, where no frame's growth moves it), the
 * documented snippet (its card given an id) and a full embed, and a listener attached right
 * after the snippet, before embed.js has arrived.
 * Every event is recorded in `window.events` as `{ id, type, data }`.
 */
function partnerPage(base) {
  const snippet = documentedSnippet(base).replace('<div data-anxin', '<div id="card" data-anxin');
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>示例保险</title>
<link rel="icon" href="data:,">
</head>
<body style="margin:0 16px;background:#fff">
<h1>示例保险 · 安心小课堂</h1>
<div id="popup" data-anxin data-mode="popup" data-view="daily"><button type="button" id="launcher">每日一题</button></div>
${snippet}
<script>
  window.events = [];
  Anxin.on('*', function (data, info) { events.push({ id: info.element.id, type: info.type, data: data }); });
</script>
<div id="full" data-anxin data-mode="full" data-view="home"></div>
</body>
</html>
`;
}

let nginx;
let host;
let hostOrigin;
let unlistedOrigin;

before(async () => {
  // The page is written once nginx's address is known; the partner file needs the page's.
  host = await serve({ brokenFiles: { '/partner-page.html': () => partnerPage(nginx.url) } });
  hostOrigin = `http://localhost:${host.port}`;
  unlistedOrigin = `http://127.0.0.1:${host.port}`;
  const folder = deployment();
  mkdirSync(`${folder}/partner`);
  writeFileSync(
    `${folder}/partner/logo.svg`,
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="18" fill="#6a1b9a"/></svg>',
  );
  writeFileSync(`${folder}/partner.json`, JSON.stringify({
    $schema: './embed/partner.schema.json',
    version: 1,
    name: { 'zh-Hans': '示例保险', bo: 'དཔེ་མཚོན་ཉེན་འགོག', ug: 'مىسال سۇغۇرتا', yue: '示例保險' },
    hotline: HOTLINE,
    hosts: [hostOrigin],
    colors: { brand: BRAND, 'on-brand': '#ffffff' },
    logo: 'partner/logo.svg',
    'share-score': true,
  }));
  nginx = await startNginx(await freePort(), { folder, frameAncestors: [hostOrigin, unlistedOrigin] });
});

after(async () => {
  await nginx?.close();
  await host?.close();
});

/** The events the page has recorded so far. */
const events = (page) => page.evaluate(() => window.events);

/** Waits for an event of `type` from the embed `id` (and `test(data)`). */
async function eventFrom(page, id, type, test = '() => true') {
  try {
    await page.waitForFunction(
      ([id, type, test]) => window.events.some((e) => e.id === id && e.type === type && new Function(`return ${test}`)()(e.data)),
      [id, type, test],
      { timeout: 20000 },
    );
  } catch (error) {
    const seen = (await events(page).catch(() => [])).map((e) => `${e.id}:${e.type}`).join(' ');
    throw new Error(`no ${type} from ${id} (events so far: ${seen || 'none'}): ${error.message}`);
  }
}

/** Where the host page's focus is: `popup` (inside the open popup), or the element's id. */
const focus = (page) =>
  page.evaluate(() => {
    const at = document.activeElement;
    if (!at || at === document.body) return 'body';
    if (at.closest('[role=dialog]')) return 'popup';
    return at.id || (at.closest('[id]') || {}).id || at.tagName;
  });

forEachEngine((env) => {
  describe('a partner\'s first day', () => {
    test('a listed host page: the partner file dropped in after the build shows, every mode talks, the popup keeps focus', async () => {
      const page = await newPage(env.browser, TABLET);
      // Chromium runs this in every frame from its start: each frame the full embed's page is
      // drawn, the colour its top bar is drawn in (WebKitWebDriver has no such hook).
      await page.addInitScript?.(() => {
        if (!/embed=full/.test(location.search)) return;
        window.__barColours = [];
        const watch = () => {
          const shell = document.querySelector('.ax-shell');
          const bar = document.querySelector('.ax-top-bar');
          if (shell && bar && getComputedStyle(shell).visibility === 'visible') window.__barColours.push(getComputedStyle(bar).backgroundColor);
          if (window.__barColours.length < 600) requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      });
      await page.goto(`${hostOrigin}/partner-page.html`);
      // The calls made before embed.js arrived were kept: the card's ready reached them.
      await eventFrom(page, 'card', 'ready');
      await eventFrom(page, 'card', 'resize');
      await eventFrom(page, 'card', 'view');
      assert.ok(await page.evaluate(() => Anxin.loaded === true), 'the real API replaced the snippet\'s stub');
      const stubbed = /\[([^\]]+)\]\.forEach/.exec(documentedSnippet(''))[1].match(/[a-z]+/g).sort();
      const api = await page.evaluate(() => Object.keys(Anxin).filter((key) => typeof Anxin[key] === 'function').sort());
      assert.deepEqual(stubbed, api, 'the snippet\'s stub queues every method of the API');

      // The partner is there: its colour on the card's primary control, its hotline first.
      const card = await frameOf(page, '#card iframe');
      // Whether focus is inside the card's page. Asked only in Chromium while the popup is
      // open: WebKitWebDriver focuses a frame it runs a script in, which would move the focus
      // being tested (there the host page's own focus, asked above, is the measure).
      const cardFocused = () => card.evaluate(() => document.hasFocus() || document.activeElement !== document.body);
      await card.waitForSelector('[data-ready="1"]');
      const brand = await card.evaluate(() => getComputedStyle(document.querySelector('[data-ready]')).getPropertyValue('--ax-brand').trim());
      assert.equal(brand.toLowerCase(), BRAND, 'the card wears the partner\'s brand colour');

      await page.evaluate(() => document.querySelector('#full').scrollIntoView());
      await eventFrom(page, 'full', 'ready');
      await page.evaluate(() => Anxin.send('navigate', { view: 'help' }, 'full'));
      await eventFrom(page, 'full', 'view', "(data) => data.view === 'help'");
      const full = await frameOf(page, '#full iframe');
      const first = await full.evaluate(() => document.querySelector('a[href^="tel:"]').getAttribute('href'));
      assert.equal(first, `tel:${HOTLINE}`, 'the partner\'s hotline comes first');
      // Its colour where a partner expects it: the hotline tiles, secondary buttons, the bar.
      const purple = 'rgb(106, 27, 154)';
      const painted = await full.evaluate(() => ({
        hotline: getComputedStyle(document.querySelector('.ax-hotline')).backgroundColor,
        bar: getComputedStyle(document.querySelector('.ax-top-bar')).backgroundColor,
      }));
      assert.deepEqual(painted, { hotline: purple, bar: purple }, 'the partner\'s colour, not Anxin green');
      if (env.engine === 'chromium') {
        const colours = await full.evaluate(() => window.__barColours);
        const green = colours.filter((colour) => colour === 'rgb(10, 92, 69)');
        assert.ok(colours.length > 0, 'the full embed\'s frames were watched');
        assert.ok(green.length <= 1, `at most one frame of Anxin green: ${green.length} of ${colours.length}`);
      }
      // The card is white inside the partner's white section, not a beige box.
      assert.equal(await card.evaluate(() => getComputedStyle(document.querySelector('.ax-shell')).backgroundColor), 'rgb(255, 255, 255)');
      await page.waitForFunction(() => document.querySelector('#full iframe').getBoundingClientRect().height !== 480);

      // The popup, opened for the first time with the card and the full embed on the page:
      // focus stays in it however often Tab is pressed, from the first press on.
      await page.evaluate(() => window.scrollTo(0, 0));
      // A person presses Tab at once, while the popup's page is still coming, and on after.
      await page.locator('#launcher').click();
      for (let i = 0; i < 4; i += 1) {
        await page.keyboard.press('Tab');
        // While the frame's page replaces its blank one, focus may rest on nothing for a
        // moment (the next Tab starts inside the dialog again); never on anything behind it.
        assert.ok(['popup', 'body'].includes(await focus(page)), `focus after ${i + 1} Tab presses, while the page loads: ${await focus(page)}`);
      }
      await eventFrom(page, 'popup', 'ready');
      for (let i = 0; i < 14; i += 1) {
        await page.keyboard.press('Tab');
        assert.equal(await focus(page), 'popup', `focus after ${i + 1} more Tab presses`);
        if (env.engine === 'chromium') assert.equal(await cardFocused(), false, `the card behind has no focus after ${i + 1} more`);
      }
      await page.keyboard.press('Escape');
      await eventFrom(page, 'popup', 'close');
      assert.equal(await focus(page), 'launcher', 'focus is back on the launcher');
      assert.deepEqual(await page.problems(), []);
    });

    test('the deployment\'s own playground works with the dropped-in partner file, which does not list it', async () => {
      const page = await newPage(env.browser, TABLET);
      await page.goto(`${nginx.url}embed/index.html`);
      // (WebKit holds back a frame out of view.)
      await page.evaluate(() => document.getElementById('ex-card').scrollIntoView());
      // The card's view event reaches the log: the deployment's own origin is heard.
      await page.waitForFunction(() => /ex-card[\s\S]*view/.test(document.getElementById('log').textContent), null, { timeout: 20000 });
      await page.evaluate(() => Anxin.send('set-locale', { lang: 'bo' }, 'ex-card'));
      await page.waitForFunction(() => /"lang":\s*"bo"/.test(document.getElementById('log').textContent), null, { timeout: 20000 });
      // Its checker reads the deployment's file and finds it valid, logo and all.
      await page.click('#partner-deployed');
      await page.waitForFunction(() => /✓/.test(document.getElementById('partner-result').textContent));
      assert.deepEqual(await page.problems(), []);
    });

    test('a host page the partner file does not list still gets ready, resize and close, and nothing else', async () => {
      const page = await newPage(env.browser, TABLET);
      // The frames' console (Playwright hears every frame's; WebKitWebDriver has no console).
      const warnings = [];
      page.on?.('console', (message) => {
        if (message.type() === 'warning') warnings.push({ text: message.text() });
      });
      await page.goto(`${unlistedOrigin}/partner-page.html`);
      await eventFrom(page, 'card', 'ready');
      await eventFrom(page, 'card', 'resize');
      await page.waitForFunction(() => {
        const frame = document.querySelector('#card iframe');
        return frame && frame.getBoundingClientRect().height !== 200;
      });
      await page.locator('#launcher').click();
      await eventFrom(page, 'popup', 'ready');
      await frameOf(page, '[role=dialog] iframe');
      await page.keyboard.press('Escape');
      await eventFrom(page, 'popup', 'close');
      const types = new Set((await events(page)).map((e) => e.type));
      assert.deepEqual([...types].sort(), ['close', 'ready', 'resize'], 'only what says nothing about the person');
      if (env.engine === 'chromium') {
        // Three frames (the card, the full embed, the popup), each saying it once.
        const said = () => warnings.filter((w) => w.text.includes("partner.json's hosts does not list"));
        for (let waited = 0; said().length < 3 && waited < 15000; waited += 100) await new Promise((done) => setTimeout(done, 100));
        await eventFrom(page, 'full', 'resize');
        assert.equal(said().length, 3, `each frame says why once: ${JSON.stringify(warnings)}`);
        assert.ok(said()[0].text.includes(unlistedOrigin), 'naming the origin');
      }
      assert.deepEqual(await page.problems(), []);
    });
  });
});
