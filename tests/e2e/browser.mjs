// The two test engines and helpers to open the app in them. Each test file hands its flows to
// `forEachEngine`, which runs the same flows once per engine:
// - chromium: headless Debian Chromium driven by Playwright;
// - webkit: WebKitGTK through Debian's WebKitWebDriver under Xvfb (webkit.mjs), the engine family
//   of iOS Safari and WeChat on iOS.
// E2E_ENGINES=chromium (or webkit) runs one of them only, for a quicker look while working.
import { after, before, describe } from 'node:test';
import { chromium } from '../../tools/node_modules/playwright-core/index.mjs';
import { serve } from './server.mjs';
import { launchWebKit } from './webkit.mjs';

export const PHONE = { width: 360, height: 740 };
export const TABLET = { width: 1024, height: 768 };
/** The engines the flows run in. */
export const ENGINES = (process.env.E2E_ENGINES || 'chromium,webkit').split(',');

/**
 * Starts `engine`. `noWasm` takes WebAssembly away, as in an old WebView or iOS Lockdown Mode:
 * Chromium 156 ignores V8's `--noexpose_wasm`, so it runs `--jitless` (which has no
 * WebAssembly); in WebKit a script before the page's own deletes the global (see
 * `launchWebKit`). Tests check that it is gone.
 */
export async function launch(engine = 'chromium', { noWasm = false } = {}) {
  if (engine === 'webkit') return launchWebKit({ noWasm });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...(noWasm ? ['--js-flags=--jitless'] : []),
    ],
  });
  browser.engine = 'chromium';
  return browser;
}

/**
 * A fresh page at phone size (a context of its own) that keeps its console problems and
 * requests: `await page.problems()`, `await page.requests()` (URLs) and
 * `await page.responses()` (`{ url, encoding, accepted }`: the encoding it came in, and the
 * Accept-Encoding the browser sent), in either engine. Service workers are off unless
 * `serviceWorkers` (every flow but offline use's runs as in a WebView without them; offline use
 * is tested in offline.test.mjs).
 */
export async function newPage(browser, viewport = PHONE, { locale = 'zh-CN', serviceWorkers = false } = {}) {
  if (browser.engine === 'webkit') {
    const page = locale === 'zh-CN' ? await browser.newPage(viewport) : await (await browser.newContext({ viewport, locale })).newPage();
    // As a WebView without service workers (WKWebView without App-Bound Domains) shows a page.
    if (!serviceWorkers) await page.addInitScript(() => delete Navigator.prototype.serviceWorker);
    return page;
  }
  const context = await browser.newContext({ viewport, locale, serviceWorkers: serviceWorkers ? 'allow' : 'block' });
  return watched(await context.newPage());
}

/** Another page in `page`'s context (same storage), as a second tab of the same person. */
export async function secondPage(page) {
  const other = await page.context().newPage();
  return other.problems ? other : watched(other);
}

/** A Playwright page that keeps its console problems, requests and responses. */
function watched(page) {
  const requests = [];
  const problems = [];
  const responses = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', async (response) => {
    try {
      const accepted = (await response.request().allHeaders())['accept-encoding'] ?? '';
      responses.push({ url: response.url(), encoding: (await response.allHeaders())['content-encoding'] ?? null, accepted });
    } catch {
      // The page closed while the response came in: there is nothing left to record.
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.problems = async () => [...problems];
  page.requests = async () => [...requests];
  page.responses = async () => [...responses];
  return page;
}

/**
 * Opens the app at `query` and waits until the requested view is on screen. If it never is, the
 * error says how far the page got (loaded, app running, the no-app note, visible, problems).
 */
export async function open(page, base, query = '') {
  await page.goto(base + query);
  try {
    await page.waitForSelector('[data-ready="1"]', { timeout: 15000 });
  } catch (error) {
    const state = await page
      .evaluate(() => ({
        url: location.href,
        readyState: document.readyState,
        app: document.documentElement.hasAttribute('data-app'),
        noAppNote: document.documentElement.classList.contains('ax-no-app'),
        visibility: document.visibilityState,
      }))
      .catch((e) => `unreadable: ${e.message}`);
    const problems = await page.problems().catch(() => []);
    throw new Error(`${error.message}; the page: ${JSON.stringify(state)}; problems: ${JSON.stringify(problems)}`);
  }
}

/**
 * The iframe matching `selector` in `page` as a page-like object with what the flows use
 * (`evaluate`, `waitForFunction`, `locator(…)`, `$eval`, `$$eval`, `waitForSelector`): in
 * Chromium Playwright's Frame; in WebKit the page with every WebDriver command run inside the
 * frame (`WebKitPage.frameOf`). Waits until the iframe is in the page (a popup's is made when
 * it first opens; it need not be visible).
 */
export async function frameOf(page, selector, { timeout = 15000 } = {}) {
  if (typeof page.frameOf === 'function') {
    await page.waitForSelector(selector, { state: 'attached', timeout });
    return page.frameOf(selector);
  }
  const frame = await (await page.waitForSelector(selector, { state: 'attached', timeout })).contentFrame();
  if (!frame) throw new Error(`${selector} is not an iframe with a document`);
  return frame;
}

/** The computed font size in px of the first element matching `selector`. */
export function fontSize(page, selector) {
  return page.$eval(selector, (el) => parseFloat(getComputedStyle(el).fontSize));
}

/**
 * Runs `flows(env)` once per engine, each in a `describe` named after the engine. Before the
 * flows, dist/ is served and the engine started; `env.server`, `env.browser` and `env.engine`
 * are set then. Both are closed after.
 */
export function forEachEngine(flows) {
  for (const engine of ENGINES) {
    describe(engine, () => {
      const env = { engine };
      before(async () => {
        env.server = await serve();
        env.browser = await launch(engine);
      });
      after(async () => {
        await env.browser?.close();
        await env.server?.close();
      });
      flows(env);
    });
  }
}

/**
 * axe-core's findings on the page as it is now, for the rules named (such as
 * `['color-contrast']`): each violation as `rule: target (summary)`. Loads axe from the test
 * server the first time.
 */
export async function axe(page, rules) {
  await page.evaluate(() => window.axe ? true : new Promise((done, fail) => {
    const script = document.createElement('script');
    script.src = '/__e2e/axe.js';
    script.onload = () => done(true);
    script.onerror = () => fail(new Error('axe-core did not load'));
    document.head.append(script);
  }));
  return page.evaluate((only) => window.axe.run(document, { runOnly: { type: 'rule', values: only }, resultTypes: ['violations'] })
    .then((result) => result.violations.flatMap((rule) => rule.nodes.map((node) => `${rule.id}: ${node.target.join(' ')} (${node.failureSummary.replace(/\s+/g, ' ')})`))), rules);
}
