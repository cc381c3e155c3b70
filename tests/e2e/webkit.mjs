// WebKitGTK, the engine family of iOS Safari and WKWebView (WeChat on iOS), driven through
// Debian's WebKitWebDriver (W3C WebDriver) under Xvfb. The pages it hands out answer the part of
// Playwright's Page API that the end-to-end flows use, so one list of flows runs in both engines.
//
// What WebDriver has no command for is done through the test server (server.mjs), which knows
// each page by a cookie: scripts that must run before the page's own (`addInitScript`), the
// console errors and uncaught exceptions of the page (`problems()`), and what the page asked the
// server for (`requests()`, with the encoding each answer was sent in).
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_COOKIE, forgetPage, freePort, watchPage } from './server.mjs';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** A GTK stylesheet that lets MiniBrowser's window be as narrow as a phone. */
const GTK_CONFIG = fileURLToPath(new URL('./webkit-gtk/', import.meta.url));
/** Compiled C locales (see `localeEnvironment`). */
const LOCALES = join(tmpdir(), 'anxin-e2e-locales');
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const POLL_MS = 50;
const KEYS = {
  Enter: '\uE007', Space: ' ', Tab: '\uE004', Escape: '\uE00C',
  PageUp: '\uE00E', PageDown: '\uE00F', ArrowLeft: '\uE012', ArrowRight: '\uE014',
};

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * The environment that gives WebKitGTK `locale` as the browser's language: it takes it from the
 * C library's locale, so that locale is compiled (localedef, once) into a folder of its own.
 */
function localeEnvironment(locale) {
  const name = `${locale.replace('-', '_')}.UTF-8`;
  if (!existsSync(join(LOCALES, name))) {
    mkdirSync(LOCALES, { recursive: true });
    execFileSync('localedef', ['-i', name.split('.')[0], '-f', 'UTF-8', join(LOCALES, name)]);
  }
  return { LOCPATH: LOCALES, LC_ALL: name, LANG: name, LANGUAGE: name.split('.')[0] };
}

/**
 * Starts WebKitWebDriver under Xvfb. `locale` is the browser's language (as Playwright's
 * context option). `noWasm` takes WebAssembly away, as in an old WebView or iOS Lockdown Mode:
 * this WebKitGTK build ignores JavaScriptCore's options from the environment
 * (`JSC_useWebAssembly`), so a script run before the page's own deletes the `WebAssembly`
 * global, which is what such a browser shows a page.
 */
export async function launchWebKit({ locale = 'zh-CN', noWasm = false } = {}) {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`, '--replace-on-new-session'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: GTK_CONFIG,
      ...localeEnvironment(locale),
    },
  });
  let stderr = '';
  driver.stderr.on('data', (chunk) => (stderr += chunk));
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  // The driver, Xvfb and the browsers go with this process, however it ends.
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    try {
      const status = await (await fetch(`${url}/status`)).json();
      if (status.value?.ready) break;
    } catch {
      // not listening yet
    }
    // Up to 30 s: under load (a build alongside), Xvfb and the driver have taken over 10 s.
    if (tries > 600 || driver.exitCode !== null) {
      stop(); // else its pipe keeps this process (and the whole test run) waiting for ever
      throw new Error(`WebKitWebDriver did not start: ${stderr || `exit ${driver.exitCode}`}`);
    }
    await sleep(POLL_MS);
  }
  const pages = new Set();
  const others = new Set();
  return {
    engine: 'webkit',
    /** A new page; the driver holds one session at a time, so the page before it closes. */
    async newPage(viewport) {
      for (const open of pages) await open.close();
      pages.clear();
      const page = await WebKitPage.open(url, viewport);
      if (noWasm) await page.addInitScript(() => delete globalThis.WebAssembly);
      pages.add(page);
      return page;
    },
    /** A browser of its own for `locale` (WebKitGTK reads the language list once). */
    async newContext({ viewport, locale: other }) {
      const browser = await launchWebKit({ locale: other, noWasm });
      others.add(browser);
      const page = await browser.newPage(viewport);
      page.context = () => ({ close: () => browser.close() });
      return { newPage: async () => page, close: () => browser.close() };
    },
    async close() {
      for (const page of pages) await page.close().catch(() => {});
      for (const browser of others) await browser.close();
      stop();
    },
  };
}

/** How long one WebDriver command may take (a page load or a script is at most 30 s). */
const COMMAND_TIMEOUT_MS = 45000;

/** One WebDriver command; throws with the driver's own words when it fails, or on a timeout. */
async function command(url, method, path, body) {
  const response = await fetch(url + path, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
  });
  const { value } = await response.json();
  if (value && value.error) {
    const error = new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
    error.webdriver = value.error;
    throw error;
  }
  return value;
}

/** Runs `source` (a function's text) in the page with `args`; the result comes back as JSON. */
function script(source, argCount) {
  const params = Array.from({ length: argCount }, (_, i) => `arguments[${i}]`).join(', ');
  return `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${source})(${params})).then(
  (value) => done({ ok: value === undefined ? null : value }),
  (error) => done({ error: String(error && error.message ? error.message + ' ' + error.stack : error) }));`;
}

/**
 * A new WebDriver session (a MiniBrowser of its own). Now and then the driver never answers
 * (seen once in several hundred sessions here); the request then times out and is made again,
 * once, saying so.
 */
async function newSession(driverUrl) {
  const request = {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        timeouts: { script: 30000, pageLoad: 30000, implicit: 0 },
      },
    },
  };
  try {
    return await command(driverUrl, 'POST', '/session', request);
  } catch (error) {
    if (error.name !== 'TimeoutError') throw error;
    console.warn(`WebKitWebDriver did not start a session in ${COMMAND_TIMEOUT_MS / 1000} s; asking again`);
    return command(driverUrl, 'POST', '/session', request);
  }
}

/** A WebKit tab with the Playwright Page methods the flows use. */
class WebKitPage {
  static async open(driverUrl, viewport) {
    const { sessionId } = await newSession(driverUrl);
    const page = new WebKitPage(driverUrl, { base: `${driverUrl}/session/${sessionId}`, current: null });
    page.handle = await page.cmd('GET', '/window');
    page.session.current = page.handle;
    if (viewport) await page.setViewportSize(viewport);
    return page;
  }

  /** `session` is shared by the pages of one context (windows of one WebDriver session). */
  constructor(driverUrl, session) {
    this.session = session;
    this.base = session.base;
    this.driverUrl = driverUrl;
    this.handle = null;
    this.token = randomUUID();
    this.initScripts = [];
    this.watching = null;
    this.keyboard = { press: (key) => this.press(key) };
  }

  /** One command of this page's, never interleaved with another of its session (see `frameOf`). */
  cmd(method, path = '', body) {
    return this.exclusive(() => this.raw(method, path, body));
  }

  /** Runs `steps` after every command of the session asked for before it has ended. */
  exclusive(steps) {
    const run = (this.session.lock ?? Promise.resolve()).then(steps);
    this.session.lock = run.catch(() => {});
    return run;
  }

  /** One command in this page's window, as it is (no lock). */
  async raw(method, path = '', body) {
    const session = this.base.slice(this.driverUrl.length);
    if (this.handle && this.session.current !== this.handle) {
      await command(this.driverUrl, 'POST', `${session}/window`, { handle: this.handle });
      this.session.current = this.handle;
    }
    return command(this.driverUrl, method, session + path, body);
  }

  /** Enters the browsing context this page's commands run in: the top-level one. */
  async enter() {}

  /**
   * The iframe matching `selector` (a CSS selector in this page) as a page of its own: the
   * same methods, each WebDriver command run inside the frame. Every command enters the frame
   * afresh (finding the iframe element, POST /frame) and goes back to the top-level context
   * afterwards, under the session's lock, so the page's own commands are never run in the frame
   * and a frame that has navigated or been replaced is found again. Frames inside frames work
   * too (`frame.frameOf(…)`).
   */
  frameOf(selector) {
    const parent = this;
    const frame = Object.create(this);
    // WebKitWebDriver scrolls only the frame's own document to an element in a frame, so a tap
    // on one below the host page's fold would land nowhere: the host page is scrolled to it.
    frame.reveal = async (locator) => {
      const middle = await locator.run((el) => {
        const box = el.getBoundingClientRect();
        return box.top + box.height / 2;
      });
      // The host page resizes the frame as its content grows (a tap's feedback): wait until the
      // frame stands still in the host page, then scroll.
      await parent.evaluate(async ([selector, middle]) => {
        const frame = document.querySelector(selector);
        const box = () => JSON.stringify(frame.getBoundingClientRect());
        for (let tries = 0, before = box(); tries < 30; tries += 1) {
          await new Promise((done) => setTimeout(done, 100));
          if (box() === before) break;
          before = box();
        }
        window.scrollBy(0, frame.getBoundingClientRect().top + middle - innerHeight / 2);
      }, [selector, middle]);
    };
    frame.enter = async () => {
      await parent.enter();
      const element = await parent.raw('POST', '/element', { using: 'css selector', value: selector });
      await parent.raw('POST', '/frame', { id: element });
    };
    frame.cmd = (method, path = '', body) =>
      this.exclusive(async () => {
        await frame.enter();
        try {
          return await parent.raw(method, path, body);
        } finally {
          await parent.raw('POST', '/frame', { id: null });
        }
      });
    return frame;
  }

  /** Sets the size of the page's viewport (the window less MiniBrowser's own bar). */
  async setViewportSize({ width, height }) {
    await this.cmd('POST', '/window/rect', { width, height });
    const [innerWidth, innerHeight] = await this.evaluate(() => [innerWidth, innerHeight]);
    if (innerWidth !== width || innerHeight !== height) {
      await this.cmd('POST', '/window/rect', { width: 2 * width - innerWidth, height: 2 * height - innerHeight });
    }
    this.viewport = { width, height };
  }

  /** Like Playwright's: `fn(arg)` runs before the page's own scripts on every page loaded. */
  async addInitScript(fn, arg) {
    this.initScripts.push(`(${fn})(${JSON.stringify(arg ?? null)});`);
    if (this.watching) this.watching.init = this.initScripts;
  }

  /** Lets the test server know this page (by a cookie) before its first visit to `url`. */
  async watch(url) {
    const origin = new URL(url).origin;
    if (this.watching?.origin === origin) return;
    this.watching = watchPage(this.token, this.initScripts);
    this.watching.origin = origin;
    await this.cmd('POST', '/url', { url: `${origin}/__e2e/blank` });
    await this.cmd('POST', '/cookie', { cookie: { name: E2E_COOKIE, value: this.token, path: '/' } });
  }

  async goto(url) {
    if (/^https?:/.test(url)) await this.watch(url);
    await this.cmd('POST', '/url', { url });
  }

  /** What the page shows, for a failure's message: its view and the test hooks on it. */
  async onScreen() {
    return this.evaluate(() => {
      const hooks = [...new Set([...document.querySelectorAll('[data-testid]')].map((el) => el.dataset.testid))];
      return `the page is ${location.pathname}${location.search} (view ${document.querySelector('[data-view]')?.dataset.view ?? 'none'}) showing ${hooks.join(' ')}`;
    }).catch((error) => `the page could not be read (${error.message})`);
  }

  /**
   * Reloads the page and returns once the new document is the one shown: WebKitGTK's driver can
   * answer the refresh while the old document is still there, so the old one is marked first.
   */
  async reload() {
    await this.evaluate(() => { window.__e2eBeforeReload = true; });
    await this.cmd('POST', '/refresh', {});
    await this.waitForFunction(() => !window.__e2eBeforeReload && document.readyState !== 'loading');
  }

  goBack() {
    return this.cmd('POST', '/back', {});
  }

  url() {
    return this.cmd('GET', '/url');
  }

  /** Console errors and uncaught exceptions since the page was opened. */
  async problems() {
    await this.waitForFunction(() => !window.__e2ePendingReports || window.__e2ePendingReports() === 0);
    return [...(this.watching?.problems ?? [])];
  }

  /**
   * The URLs the page asked the test server for, each time it asked, and those of other origins
   * that the current document's resource timing lists (WebDriver cannot watch the network).
   */
  async requests() {
    const timed = await this.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)).catch(() => []);
    const origin = this.watching?.origin;
    const foreign = timed.filter((url) => !url.startsWith(`${origin}/`));
    return [...(this.watching?.log ?? []).map((r) => r.url), ...foreign];
  }

  /** What the test server sent this page: `{ url, encoding, accepted }` for each request. */
  async responses() {
    return [...(this.watching?.log ?? [])];
  }

  async evaluate(fn, arg) {
    const answer = await this.cmd('POST', '/execute/async', { script: script(String(fn), 1), args: [arg ?? null] });
    if (answer.error) throw new Error(`in the page: ${answer.error}`);
    return answer.ok;
  }

  async $eval(selector, fn, arg) {
    return this.evaluate(
      `([selector, arg]) => {
        const el = document.querySelector(selector);
        if (!el) throw new Error('no element matches ' + selector);
        return (${String(fn)})(el, arg);
      }`,
      [selector, arg ?? null],
    );
  }

  async $$eval(selector, fn, arg) {
    return this.evaluate(`([selector, arg]) => (${String(fn)})([...document.querySelectorAll(selector)], arg)`, [selector, arg ?? null]);
  }

  async $(selector) {
    return (await this.evaluate((s) => !!document.querySelector(s), selector)) ? new WebKitLocator(this, selector) : null;
  }

  async $$(selector) {
    const count = await this.evaluate((s) => document.querySelectorAll(s).length, selector);
    return Array.from({ length: count }, (_, i) => new WebKitLocator(this, selector, { index: i }));
  }

  locator(selector, options = {}) {
    return new WebKitLocator(this, selector, options);
  }

  async waitForFunction(fn, arg, { timeout = 15000 } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn, arg).catch(() => false);
      if (value) return value;
      if (Date.now() > end) throw new Error(`waitForFunction timed out: ${String(fn).slice(0, 80)}`);
      await sleep(POLL_MS);
    }
  }

  waitForSelector(selector, { state = 'visible', timeout = 15000 } = {}) {
    return this.locator(selector).waitFor({ state, timeout });
  }

  async waitForURL(pattern, { timeout = 15000 } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const url = await this.url();
      if (pattern instanceof RegExp ? pattern.test(url) : url === pattern) return;
      if (Date.now() > end) throw new Error(`waitForURL ${pattern}: still at ${url}`);
      await sleep(POLL_MS);
    }
  }

  /**
   * After a tap on a plain link (a page the app does not run): WebKitWebDriver's click now and
   * then starts no navigation (about one in fifteen here, never on links the app handles), so
   * if the page has not begun to leave within 2 s, the link is followed from the page itself.
   */
  async followLink(before, locator) {
    const end = Date.now() + 2000;
    while (Date.now() < end) {
      if ((await this.url().catch(() => null)) !== before) return;
      await sleep(POLL_MS);
    }
    await locator.run((el) => el.closest('a').click()).catch(() => {});
  }

  async waitForLoadState() {
    await this.waitForFunction(() => document.readyState === 'complete');
  }

  click(selector) {
    return this.locator(selector).click();
  }

  focus(selector) {
    return this.locator(selector).focus();
  }

  fill(selector, text) {
    return this.locator(selector).fill(text);
  }

  getAttribute(selector, name) {
    return this.locator(selector).getAttribute(name);
  }

  textContent(selector) {
    return this.locator(selector).textContent();
  }

  async addStyleTag({ content }) {
    await this.evaluate((css) => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    }, content);
  }

  async press(key) {
    const value = KEYS[key] ?? key;
    await this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
    });
    await this.cmd('DELETE', '/actions');
  }

  /** A PNG of the viewport, or of the whole page with `fullPage` (the window grows to fit). */
  async screenshot({ path, fullPage = false } = {}) {
    const viewport = this.viewport;
    if (fullPage && viewport) {
      const height = await this.evaluate(() => document.documentElement.scrollHeight);
      await this.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
      // The window has its new size at once; its paint follows a frame or two later.
      await this.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await sleep(200);
    }
    const png = Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
    if (fullPage && viewport) await this.setViewportSize(viewport);
    if (path) await writeFile(path, png);
    return png;
  }

  /**
   * The page's context: `newPage()` opens another window of it (same storage, same cookie).
   * A window, not a tab: a background tab draws no frames, and the app starts after its page's
   * first paint.
   */
  context() {
    return {
      newPage: async () => {
        const { handle } = await this.cmd('POST', '/window/new', { type: 'window' });
        const page = new WebKitPage(this.driverUrl, this.session);
        Object.assign(page, { handle, token: this.token, initScripts: this.initScripts, watching: this.watching });
        if (this.viewport) await page.setViewportSize(this.viewport);
        (this.windows ??= []).push(page);
        return page;
      },
      close: () => this.close(),
    };
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    forgetPage(this.token);
    await this.cmd('DELETE').catch(() => {});
  }
}

/** Playwright's Locator, as far as the flows use it: found afresh at each call. */
class WebKitLocator {
  constructor(page, selector, { hasText, index = 0 } = {}) {
    this.page = page;
    this.selector = selector;
    this.hasText = hasText ?? null;
    this.index = index;
  }

  locator(selector, options = {}) {
    return new WebKitLocator(this.page, `${this.selector} ${selector}`, options);
  }

  first() {
    return new WebKitLocator(this.page, this.selector, { hasText: this.hasText, index: 0 });
  }

  nth(index) {
    return new WebKitLocator(this.page, this.selector, { hasText: this.hasText, index });
  }

  /** `fn(element, arg)` in the page, on this locator's element; throws if there is none. */
  run(fn, arg) {
    return this.page.evaluate(
      `([selector, hasText, index, arg]) => {
        const all = [...document.querySelectorAll(selector)].filter((el) => hasText === null || el.textContent.includes(hasText));
        const el = all[index];
        if (!el) throw new Error('no element matches ' + selector);
        return (${String(fn)})(el, arg);
      }`,
      [this.selector, this.hasText, this.index, arg ?? null],
    );
  }

  async count() {
    return this.page.evaluate(
      ([selector, hasText]) => [...document.querySelectorAll(selector)].filter((el) => hasText === null || el.textContent.includes(hasText)).length,
      [this.selector, this.hasText],
    );
  }

  async state() {
    return this.run((el) => {
      const style = getComputedStyle(el);
      return el.getClientRects().length > 0 && style.visibility !== 'hidden' ? 'visible' : 'hidden';
    }).catch(() => 'detached');
  }

  async waitFor({ state = 'visible', timeout = 15000 } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const now = await this.state();
      const met = state === 'attached' ? now !== 'detached' : state === 'hidden' ? now !== 'visible' : now === state;
      if (met) return this;
      if (Date.now() > end) throw new Error(`waiting for ${this.selector} to be ${state}: it is ${now}; ${await this.page.onScreen()}`);
      await sleep(POLL_MS);
    }
  }

  async isVisible() {
    return (await this.state()) === 'visible';
  }

  /**
   * The WebDriver reference of the element, once it is visible and stands still (as
   * Playwright's actionability checks: a web font arriving or a re-render can move it between
   * finding it and tapping it).
   */
  async element() {
    await this.waitFor({ state: 'visible' });
    const found = await this.run(async (el) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      if (document.fonts) await document.fonts.ready;
      for (let tries = 0; tries < 20; tries += 1) {
        const before = JSON.stringify(el.getBoundingClientRect());
        await frame();
        if (JSON.stringify(el.getBoundingClientRect()) === before) break;
      }
      return el;
    });
    return found[ELEMENT];
  }

  async click() {
    const end = Date.now() + 5000;
    for (;;) {
      try {
        if (this.page.reveal) await this.page.reveal(await this.waitFor({ state: 'visible' }));
        const element = await this.element();
        const link = await this.run((el) => (el.closest('a[href]') && !document.documentElement.hasAttribute('data-app') ? el.closest('a').href : null));
        const before = link && (await this.page.url());
        await this.page.cmd('POST', `/element/${element}/click`, {});
        if (link) await this.page.followLink(before, this);
        return;
      } catch (error) {
        // Retried while the app re-renders under the tap, as Playwright's actionability waits.
        const passing = ['stale element reference', 'element click intercepted', 'element not interactable'];
        if (!passing.includes(error.webdriver) || Date.now() > end) throw error;
        await sleep(POLL_MS);
      }
    }
  }

  async fill(text) {
    const element = await this.element();
    await this.page.cmd('POST', `/element/${element}/clear`, {});
    try {
      await this.page.cmd('POST', `/element/${element}/value`, { text });
    } catch (error) {
      // WebKit's driver cannot type into a field of a frame that has never had focus ("not
      // focusable"); a person taps the field first, and so does this.
      if (error.webdriver !== 'element not interactable') throw error;
      await this.click();
      await this.page.cmd('POST', `/element/${element}/value`, { text });
    }
  }

  async focus() {
    await this.waitFor({ state: 'attached' });
    await this.run((el) => el.focus());
  }

  async getAttribute(name) {
    await this.waitFor({ state: 'attached' });
    return this.run((el, attribute) => el.getAttribute(attribute), name);
  }

  async textContent() {
    await this.waitFor({ state: 'attached' });
    return this.run((el) => el.textContent);
  }

  async innerText() {
    await this.waitFor({ state: 'attached' });
    return this.run((el) => el.innerText);
  }
}
