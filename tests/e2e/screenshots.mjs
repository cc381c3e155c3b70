// Screenshots of the release build for people to look at: every locale, both modes, phone
// and tablet. Writes screenshots/<view>-<lang>-<mode>-<size>.png.
// Usage: node tests/e2e/screenshots.mjs [view[@scene] ...] [--text=200] [--no-app]
//   (default view: home; --no-app: the prerendered pages as a browser without WebAssembly
//   shows them, named …-noapp.png)
// A scene is a state reached by tapping after the view opens: quiz@answered, quiz@score,
// quiz@round, home@daily, case:<id>@spotted.
import { mkdir } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch, newPage, open, PHONE, TABLET } from './browser.mjs';

const args = process.argv.slice(2);
const textScale = args.find((a) => a.startsWith('--text='))?.slice(7);
const noApp = args.includes('--no-app');
const views = args.filter((a) => !a.startsWith('--'));
const out = new URL('../../screenshots/', import.meta.url);
await mkdir(out, { recursive: true });

/** Taps that bring a view into a scene. */
const scenes = {
  async round(page) {
    await page.click('[data-testid="quiz-topic"][data-id="high-yield"]');
    await page.click('[data-testid="quiz-option"] >> nth=1');
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
    await page.click('[data-testid=flag-line] >> nth=0');
    await page.click('[data-testid=flag-line] >> nth=1');
    await page.click('[data-testid=flag-check]');
    await page.waitForSelector('[data-testid=flag-result]');
  },
  async daily(page) {
    await page.click('[data-testid="daily-question"] [data-testid="quiz-option"] >> nth=0');
    await page.click('[data-testid="daily-question"] [data-testid="quiz-check"]');
    await page.waitForSelector('[data-testid="daily-question"] [data-testid="quiz-feedback"]');
  },
};

const server = await serve();
const browser = await launch(noApp ? ['--js-flags=--jitless'] : []);
const sizes = { phone: PHONE, tablet: TABLET };
for (const shot of views.length ? views : ['home']) {
  const [view, scene] = shot.split('@');
  for (const lang of ['zh-Hans', 'bo', 'ug', 'yue']) {
    for (const [mode, elder] of [['standard', '0'], ['elder', '1']]) {
      for (const [size, viewport] of Object.entries(sizes)) {
        const page = await newPage(browser, textScale ? { width: 320, height: 640 } : viewport);
        const query = `?lang=${lang}&elder=${elder}&view=${view}`;
        if (noApp) {
          await page.goto(server.url + query);
          await page.waitForSelector('#anxin [data-view]');
          await page.waitForLoadState('load');
        } else {
          await open(page, server.url, query);
          if (scene) await scenes[scene](page);
        }
        if (textScale) await page.addStyleTag({ content: `html { font-size: ${textScale}% !important; }` });
        const name = `${shot.replace(':', '_').replace('@', '-')}-${lang}-${mode}-${textScale ? `320w-text${textScale}` : size}${noApp ? '-noapp' : ''}.png`;
        await page.screenshot({ path: new URL(name, out).pathname, fullPage: true });
        console.log(`screenshots/${name}`);
        await page.context().close();
        if (textScale) break;
      }
    }
  }
}
await browser.close();
await server.close();
