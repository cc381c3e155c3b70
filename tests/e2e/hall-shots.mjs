// Screenshots of workshop mode's presenter for people to look at: the first screen of every
// kind (a scene, a conversation before and after its reveal, a question before and after,
// its explanation, a right, the help numbers, the closing screen) of the longest plan, with
// Tibetan, Uyghur and Cantonese beside Mandarin, on a 10-inch tablet (1024x768) and a TV
// (1920x1080), in standard and in 长辈版; and the smallest and largest main text over every
// screen at 1024, 1280 and 1920 px wide, for the notes. Writes
// screenshots/<engine>/hall-<first>+<beside>-<mode>-<width>-<kind>.png (none at 1280).
// Usage: node tests/e2e/hall-shots.mjs [--engine=webkit] [--pairings=bo+zh-Hans,…]
import { mkdir } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch, newPage, open } from './browser.mjs';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const engine = option('engine') ?? 'chromium';
const pairings = (option('pairings') ?? 'bo+zh-Hans,ug+zh-Hans,yue+zh-Hans').split(',').map((p) => p.split('+'));
const sizes = [{ width: 1024, height: 768 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }];
const out = new URL(`../../screenshots/${engine}/`, import.meta.url);
await mkdir(out, { recursive: true });

/** What kind of screen is on show, read from its hooks. */
const kind = () => {
  const has = (id) => !!document.querySelector(`[data-testid=${id}]`);
  if (has('workshop-finish')) return 'closing';
  if (has('workshop-scene')) return 'scene';
  if (has('workshop-line')) return has('workshop-flags-result') ? 'flags-revealed' : 'flags';
  if (has('tally-option')) return document.querySelector('.option.correct') ? 'question-revealed' : 'question';
  if (has('tally-why')) return 'why';
  if (has('workshop-story') || has('workshop-question')) return 'question-part';
  if (has('help-hotline')) return 'help';
  return 'right';
};

const server = await serve();
const browser = await launch(engine);
const written = [];
const report = [];
for (const [first, beside] of pairings) {
  for (const mode of ['standard', 'elder']) {
    for (const size of sizes) {
      if (mode === 'elder' && size.width !== 1024) continue;
      const page = await newPage(browser, size);
      await open(page, server.url, `${first}/workshop.html${mode === 'elder' ? '?elder=1' : ''}`);
      await page.waitForSelector('[data-view=workshop][data-ready="1"] [data-testid=workshop-plan]');
      await page.click('[data-testid=workshop-plan][data-id=long]');
      await page.click(`[data-testid=workshop-beside] [data-lang="${beside}"]`);
      await page.click('[data-testid=workshop-start]');
      await page.waitForSelector('[lang][dir] + [lang][dir]');
      await page.evaluate(() => document.fonts.ready.then(() => true));
      const seen = new Set();
      const px = [];
      for (let n = 0; n < 200; n++) {
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await new Promise((done) => setTimeout(done, 120));
        const now = await page.evaluate(kind);
        px.push(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-testid=workshop-stage]')).fontSize)));
        if (!seen.has(now) && size.width !== 1280) {
          seen.add(now);
          const path = new URL(`hall-${first}+${beside}-${mode}-${size.width}-${now}.png`, out);
          await page.screenshot({ path: path.pathname });
          written.push(path.pathname);
        }
        if (now === 'closing') break;
        await page.keyboard.press('ArrowRight');
      }
      report.push(`${first}+${beside} ${mode} ${size.width}: main text ${Math.min(...px)}–${Math.max(...px)} px over ${px.length} screens`);
      await page.close();
    }
  }
}
await browser.close();
await server.close();
console.log(written.join('\n'));
console.log(report.join('\n'));
