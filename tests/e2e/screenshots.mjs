// Screenshots of the release build for people to look at: every locale, both modes, phone
// and tablet. Writes screenshots/<engine>/<view>-<lang>-<mode>-<size>.png.
// Usage: node tests/e2e/screenshots.mjs [view[@scene] ...] [--all] [--engine=webkit]
//        [--phone-only | --tablet-only] [--text=200] [--no-app | --loading]
//   (default view: home; --all: every screen the build prerendered; --engine: chromium (the
//   default) or webkit, whose phone is an iPhone's 390x844; --no-app: the prerendered pages as
//   a browser without WebAssembly shows them, named …-noapp.png; --loading: each page on a slow
//   link while its app is still loading, once its progress bars have moved, named …-loading.png)
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
  async daily(page) {
    await page.locator('[data-testid="daily-question"] [data-testid="quiz-option"]').nth(0).click();
    await page.click('[data-testid="daily-question"] [data-testid="quiz-check"]');
    await page.waitForSelector('[data-testid="daily-question"] [data-testid="quiz-feedback"]');
  },
};

const server = await serve(loading ? { link: { bytesPerSecond: 20_000, latency: 100 } } : {});
const browser = await launch(engine, { noWasm: noApp });
const sizes = Object.entries({ phone: engine === 'webkit' ? { width: 390, height: 844 } : PHONE, tablet: TABLET });
const only = args.find((a) => /^--(phone|tablet)-only$/.test(a))?.slice(2, -5);
const chosenSizes = textScale ? [['320w', { width: 320, height: 640 }]] : sizes.filter(([size]) => !only || size === only);
// One page per size, cleared between shots: a new page for each shot is slow in WebKit.
for (const [size, viewport] of chosenSizes) {
  const page = await newPage(browser, viewport);
  for (const shot of views.length ? views : ['home']) {
    const [view, scene] = shot.split('@');
    for (const lang of ['zh-Hans', 'bo', 'ug', 'yue']) {
      for (const [mode, elder] of [['standard', '0'], ['elder', '1']]) {
        const query = `?lang=${lang}&elder=${elder}&view=${view}`;
        if (noApp) {
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
        const name = `${shot.replace(':', '_').replace('@', '-')}-${lang}-${mode}-${textScale ? `320w-text${textScale}` : size}${noApp ? '-noapp' : ''}${loading ? '-loading' : ''}.png`;
        await page.screenshot({ path: new URL(name, out).pathname, fullPage: true });
        console.log(`screenshots/${engine}/${name}`);
        await page.evaluate(() => localStorage.clear());
      }
    }
  }
  await page.context().close();
}
await browser.close();
await server.close();
