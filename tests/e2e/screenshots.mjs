// Screenshots of the release build for people to look at: every locale, both modes, phone
// and tablet. Writes screenshots/<engine>/<view>-<lang>-<mode>-<size>.png.
// Usage: node tests/e2e/screenshots.mjs [view[@scene] ...] [--all] [--engine=webkit]
//        [--phone-only | --tablet-only] [--text=200] [--no-app | --loading]
//        [--embed=card|full|popup] [--sw]
//   (default view: home; --all: every screen the build prerendered; --engine: chromium (the
//   default) or webkit, whose phone is an iPhone's 390x844; --no-app: the prerendered pages as
//   a browser without WebAssembly shows them, named …-noapp.png; --loading: each page on a slow
//   link while its app is still loading, once its progress bars have moved, named …-loading.png)
//   (--embed: each view embedded by the e2e host page through embed.js, with a sample partner
//   file and its brand colours; popup opened; named …-embed-<mode>.png)
// A scene is a state reached by tapping after the view opens: quiz@answered, quiz@score,
// quiz@round, home@daily, case:<id>@spotted.
import { mkdir, readdir } from 'node:fs/promises';
import { DIST, serve } from './server.mjs';
import { launch, newPage, open, PHONE, TABLET } from './browser.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const textScale = option('text');
const engine = option('engine') ?? 'chromium';
const noApp = args.includes('--no-app');
const loading = args.includes('--loading');
const embed = option('embed');
/** Service workers on (offline use's screens: `settings@prepared`, `workshop@chosen`). */
const workers = args.includes('--sw');
/** A sample partner for the embedded shots, listing the host page's origin. */
const samplePartner = (request) =>
  JSON.stringify({
    version: 1,
    name: { 'zh-Hans': '示例保险', bo: 'དཔེ་མཚོན་ཉེན་འགོག', ug: 'مىسال سۇغۇرتا', yue: '示例保险' },
    hotline: '1234567',
    hosts: [`http://localhost:${request.headers.host.split(':')[1]}`],
    colors: { brand: '#7a1f5c', 'on-brand': '#ffffff' },
    'share-score': true,
  });
/** Every screen, read from the Mandarin pages the build wrote (`case.x.html` is `case:x`). */
async function everyScreen() {
  const pages = (await readdir(new URL('zh-Hans/', `file://${DIST}`))).filter((n) => n.endsWith('.html'));
  return pages.map((n) => (n === 'index.html' ? 'home' : n.slice(0, -5).replace('.', ':'))).sort();
}
const views = args.includes('--all') ? await everyScreen() : args.filter((a) => !a.startsWith('--'));
const out = new URL(`../../screenshots/${engine}/`, import.meta.url);
await mkdir(out, { recursive: true });

/** Taps that bring a view into a scene. */
const scenes = {
  async round(page) {
    await page.click('[data-testid="quiz-topic"][data-id="high-yield"]');
    await page.locator('[data-testid="quiz-option"]').nth(1).click();
  },
  async answered(page) {
    await scenes.round(page);
    await page.click('[data-testid="quiz-check"]');
    await page.waitForSelector('[data-testid="quiz-feedback"]');
  },
  async score(page) {
    await page.click('[data-testid="quiz-topic"][data-id="free-choice"]');
    for (let i = 0; i < 2; i += 1) {
      await page.click('[data-testid="quiz-not-sure"]');
      await page.click('[data-testid="quiz-next"]');
    }
    await page.waitForSelector('[data-testid="quiz-score"]');
  },
  async spotted(page) {
    await page.locator('[data-testid=flag-line]').nth(0).click();
    await page.locator('[data-testid=flag-line]').nth(1).click();
    await page.click('[data-testid=flag-check]');
    await page.waitForSelector('[data-testid=flag-result]');
  },
  async cleared(page) {
    await page.click('[data-testid="clear-data"]');
    await page.click('[data-testid="clear-confirm"]');
    await page.waitForSelector('[role=status][aria-live] button');
  },
  async prepared(page) {
    await page.click('[data-testid=offline-prepare]');
    await page.waitForSelector('[data-testid=offline-ready]', { timeout: 90000 });
  },
  async chosen(page) {
    await page.click('[data-testid=workshop-plan][data-id=short]');
    await page.waitForSelector('[data-testid=offline-prepare]', { timeout: 20000 });
  },
  async daily(page) {
    await page.locator('[data-testid="daily-question"] [data-testid="quiz-option"]').nth(0).click();
    await page.click('[data-testid="daily-question"] [data-testid="quiz-check"]');
    await page.waitForSelector('[data-testid="daily-question"] [data-testid="quiz-feedback"]');
  },
};

const server = await serve(
  loading ? { link: { bytesPerSecond: 20_000, latency: 100 } } : embed ? { brokenFiles: { '/partner.json': samplePartner } } : {},
);
const browser = await launch(engine, { noWasm: noApp });
const sizes = Object.entries({ phone: engine === 'webkit' ? { width: 390, height: 844 } : PHONE, tablet: TABLET });
const only = args.find((a) => /^--(phone|tablet)-only$/.test(a))?.slice(2, -5);
const chosenSizes = textScale ? [['320w', { width: 320, height: 640 }]] : sizes.filter(([size]) => !only || size === only);
// One page per size, cleared between shots: a new page for each shot is slow in WebKit.
for (const [size, viewport] of chosenSizes) {
  const page = await newPage(browser, viewport, { serviceWorkers: workers });
  for (const shot of views.length ? views : ['home']) {
    const [view, scene] = shot.split('@');
    for (const lang of ['zh-Hans', 'bo', 'ug', 'yue']) {
      for (const [mode, elder] of [['standard', '0'], ['elder', '1']]) {
        const query = `?lang=${lang}&elder=${elder}&view=${view}`;
        if (embed) {
          const host = new URLSearchParams({ app: server.url, mode: embed, view, lang, elder });
          await page.goto(`${server.hostUrl}host.html?${host}`);
          if (embed === 'popup') await page.click('#embed button');
          await page.waitForFunction(() => window.events && window.events.some((e) => e.type === 'resize'));
          // Until the frame has kept its height for a second (fonts and text still arriving).
          for (let same = 0, last = null; same < 5; ) {
            await new Promise((done) => setTimeout(done, 200));
            const height = await page.evaluate(() => document.querySelector('iframe[src*="embed="]').getBoundingClientRect().height);
            same = height === last ? same + 1 : 0;
            last = height;
          }
        } else if (noApp) {
          await page.goto(server.url + query);
          await page.waitForSelector('#anxin [data-view]');
          await page.waitForLoadState('load');
        } else if (loading) {
          await page.goto(server.url + query);
          await page.waitForSelector('[data-testid=app-loading]');
          for (let tries = 0; tries < 100; tries += 1) {
            const moved = await page.evaluate(() => [...document.querySelectorAll('progress.ax-load')].some((bar) => bar.value >= 10));
            if (moved) break;
            await new Promise((done) => setTimeout(done, 100));
          }
        } else {
          await open(page, server.url, query);
          if (scene) await scenes[scene](page);
        }
        if (textScale) await page.addStyleTag({ content: `html { font-size: ${textScale}% !important; }` });
        const name = `${shot.replace(':', '_').replace('@', '-')}-${lang}-${mode}-${textScale ? `320w-text${textScale}` : size}${noApp ? '-noapp' : ''}${loading ? '-loading' : ''}${embed ? `-embed-${embed}` : ''}${workers ? '-sw' : ''}.png`;
        if (embed && embed !== 'popup') {
          // A full-page capture leaves a frame's part below the first screen unpainted: the
          // window is made as tall as the host page instead.
          const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
          await page.setViewportSize({ width: viewport.width, height });
          await new Promise((done) => setTimeout(done, 400));
          await page.screenshot({ path: new URL(name, out).pathname });
          await page.setViewportSize(viewport);
        } else {
          await page.screenshot({ path: new URL(name, out).pathname, fullPage: embed !== 'popup' });
        }
        console.log(`screenshots/${engine}/${name}`);
        await page.evaluate(() => localStorage.clear());
      }
    }
  }
  await page.context().close();
}
await browser.close();
await server.close();
