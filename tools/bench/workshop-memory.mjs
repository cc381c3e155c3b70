// Workshop mode's memory after a long session, in headless Chromium against the release build:
// the 90-minute plan with Tibetan beside Mandarin, every screen walked with a clicker's key,
// thirty hands counted on every question (a held + and typed counts), every reveal taken back
// once and made again, and 90 minutes of the presenter's clock run on Playwright's fake clock
// (every second's tick of it). Reports the wasm's linear memory (which never shrinks: its
// high-water mark) and the JavaScript heap after a garbage collection, at the start and at
// the end. The budget (issue 35): under 8 MB after a 90-minute session.
// Usage: node tools/bench/workshop-memory.mjs
import { launch, newPage, open, TABLET } from '../../tests/e2e/browser.mjs';
import { serve } from '../../tests/e2e/server.mjs';

const server = await serve();
const browser = await launch('chromium');
const page = await newPage(browser, TABLET);
// The wasm's memory, kept where the bench can read it (the app never exposes it).
await page.addInitScript(() => {
  const keep = (result) => {
    const instance = result.instance ?? result;
    if (instance.exports?.memory) (window.__memories ??= []).push(instance.exports.memory);
    return result;
  };
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = (...args) => streaming(...args).then(keep);
  const plain = WebAssembly.instantiate;
  WebAssembly.instantiate = (...args) => plain(...args).then(keep);
});
await page.clock.install();
await open(page, server.url, 'zh-Hans/workshop.html');
await page.waitForSelector('[data-view=workshop][data-ready="1"] [data-testid=workshop-plan]');
const cdp = await page.context().newCDPSession(page);
const measure = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => (window.__memories ?? []).reduce((sum, memory) => sum + memory.buffer.byteLength, 0));
  return { wasm, js: heap.usedSize, total: wasm + heap.usedSize };
};
const start = await measure();
await page.click('[data-testid=workshop-plan][data-id=long]');
await page.click('[data-testid=workshop-beside] [data-lang="bo"]');
await page.fill('[data-testid=workshop-headcount]', '30');
await page.click('[data-testid=workshop-start]');
await page.waitForSelector('[data-testid=workshop-bar]');
let taps = 0;
for (let n = 0; n < 400 && !(await page.$('[data-testid=workshop-finish]')); n++) {
  if (await page.$('[data-testid=tally-set]')) {
    const keys = await page.$$eval('[data-testid=tally-set]', (inputs) => inputs.map((input) => input.dataset.key));
    for (const key of keys) {
      await page.fill(`[data-testid=tally-set][data-key="${key}"]`, '5');
      for (let hand = 0; hand < 3; hand++) await page.click(`[data-testid=tally-add][data-key="${key}"]`);
      taps += 4;
    }
    await page.click('[data-testid=tally-reveal]');
    await page.click('[data-testid=workshop-undo]');
    taps += 2;
  }
  await page.keyboard.press('ArrowRight');
  await page.clock.runFor(90 * 60 * 1000 / 60);
  taps += 1;
}
await page.clock.runFor(10 * 60 * 1000);
const end = await measure();
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
console.log(`start: wasm ${mb(start.wasm)} MB, JS heap ${mb(start.js)} MB`);
console.log(`after ${taps} taps and keys and 100 minutes of the clock: wasm ${mb(end.wasm)} MB, JS heap ${mb(end.js)} MB, together ${mb(end.total)} MB (budget 8 MB)`);
await browser.close();
await server.close();
