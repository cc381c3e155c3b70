// Headless Debian Chromium driven by Playwright, and helpers to open the app.
import { after, before } from 'node:test';
import { chromium } from '../../tools/node_modules/playwright-core/index.mjs';
import { serve } from './server.mjs';

export const PHONE = { width: 360, height: 740 };
export const TABLET = { width: 1024, height: 768 };

/** Headless Chromium, with `extraArgs` added to its command line. */
export async function launch(extraArgs = []) {
  return chromium.launch({
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
      ...extraArgs,
    ],
  });
}

/** A fresh context and page at phone size that records every request and console problem. */
export async function newPage(browser, viewport = PHONE) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  page.requests = [];
  page.problems = [];
  page.on('request', (request) => page.requests.push(request.url()));
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  return page;
}

/** Opens the app at `query` and waits until the requested view is on screen. */
export async function open(page, base, query = '') {
  await page.goto(base + query);
  await page.waitForSelector('[data-ready="1"]', { timeout: 15000 });
}

/** The computed font size in px of the first element matching `selector`. */
export function fontSize(page, selector) {
  return page.$eval(selector, (el) => parseFloat(getComputedStyle(el).fontSize));
}

/**
 * For a test file: serves dist/ and launches the browser before its tests, closes both after.
 * Returns an object whose `server` and `browser` are set once they have started.
 */
export function useServerAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
