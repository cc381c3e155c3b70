// The browser benchmark (scripts/bench): Lighthouse mobile (slow 4G, 4x CPU) against the served
// release build for home and one case page in zh-Hans, bo and ug; the time from tapping a
// language to its text on screen once the language's files are cached; and the WebAssembly
// memory after visiting every view. Prints one table per part. A benchmark, not a test: it
// fails only if something cannot be measured. `--no-lighthouse` skips the slowest part.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../../tests/e2e/server.mjs';
import { launch, newPage, open } from '../../tests/e2e/browser.mjs';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

const server = await serve();

async function lighthouseRuns() {
  const rows = [];
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    for (const lang of ['zh-Hans', 'bo', 'ug']) {
      for (const view of ['home', 'case:agent-surrender']) {
        // The page a shared link opens: the screen's prerendered page (model::link::page_path).
        const url = `${server.url}${lang}/${view === 'home' ? 'index' : view.replace(':', '.')}.html`;
        const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
        const audit = (id) => lhr.audits[id].numericValue;
        rows.push({
          page: `${view} (${lang})`,
          score: Math.round(lhr.categories.performance.score * 100),
          'FCP s': (audit('first-contentful-paint') / 1000).toFixed(2),
          'LCP s': (audit('largest-contentful-paint') / 1000).toFixed(2),
          CLS: audit('cumulative-layout-shift').toFixed(3),
          'TBT ms': Math.round(audit('total-blocking-time')),
        });
      }
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

/** Milliseconds from tapping language `lang` to `<html lang>` changing (the text is on screen by then). */
async function timeSwitch(page, lang) {
  return page.evaluate(async (target) => {
    const button = document.querySelector(`[data-testid=lang-switch] [data-lang="${target}"]`);
    const changed = new Promise((resolve) => {
      new MutationObserver(() => {
        if (document.documentElement.lang === target) resolve();
      }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    });
    performance.mark('switch-start');
    button.click();
    await changed;
    performance.mark('switch-end');
    return performance.measure('switch', 'switch-start', 'switch-end').duration;
  }, lang);
}

async function languageSwitch(browser) {
  const rows = [];
  for (const throttle of [1, 4]) {
    for (const view of ['home', 'settings']) {
      const page = await newPage(browser);
      const cdp = await page.context().newCDPSession(page);
      await open(page, server.url, `?view=${view}`);
      for (const lang of ['bo', 'ug', 'yue', 'zh-Hans']) {
        await page.click(`[data-testid=lang-switch] [data-lang="${lang}"]`);
        await page.waitForSelector(`html[lang="${lang}"]`);
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const times = [];
      for (const lang of ['bo', 'zh-Hans', 'ug', 'zh-Hans', 'yue', 'zh-Hans']) times.push(await timeSwitch(page, lang));
      times.sort((a, b) => a - b);
      rows.push({ view, CPU: `${throttle}x`, 'median ms': times[times.length >> 1].toFixed(1), 'max ms': times[times.length - 1].toFixed(1) });
      await page.context().close();
    }
  }
  return rows;
}

async function memory(browser) {
  const page = await newPage(browser);
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.anxinWasm = e.detail.wasm; }));
  await open(page, server.url);
  const go = async (view) => {
    await page.evaluate((v) => {
      history.pushState(null, '', `?view=${v}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, view);
    await page.waitForSelector(`[data-view="${view}"]`);
  };
  const views = ['rights', 'help', 'settings', 'quiz', 'cases'];
  for (const view of views) await go(view);
  for (const right of ['right-to-know', 'free-choice', 'fair-dealing', 'property-safety', 'seek-compensation',
    'financial-education', 'respect-and-dignity', 'information-security']) await go(`right:${right}`);
  const cases = ['agent-surrender', 'debt-relief', 'paid-rights-defence', 'credit-repair', 'high-yield',
    'commission-fraud', 'fake-customer-service', 'impersonated-police', 'misleading-sales', 'elderly-scheme'];
  for (const id of cases) {
    await go(`case:${id}`);
    await page.click('[data-testid=flag-line] >> nth=0');
    await page.click('[data-testid=flag-check]');
  }
  await go('quiz');
  await page.click('[data-testid=quiz-start-mixed]');
  for (let i = 0; i < 10; i += 1) {
    await page.click('[data-testid=quiz-not-sure]');
    await page.click('[data-testid=quiz-next]');
  }
  await page.waitForSelector('[data-testid=quiz-score]');
  for (const lang of ['bo', 'ug', 'yue']) {
    await page.click('[data-testid=nav-home]');
    await page.click(`[data-testid=lang-switch] [data-lang="${lang}"]`);
    await page.waitForSelector(`html[lang="${lang}"]`);
  }
  const bytes = await page.evaluate(() => window.anxinWasm.memory.buffer.byteLength);
  await page.context().close();
  return [{ after: `${views.length + 8 + cases.length + 2} views, a quiz round, 4 languages`, 'wasm memory MB': (bytes / 2 ** 20).toFixed(1) }];
}

try {
  if (!process.argv.includes('--no-lighthouse')) {
    console.log('\nLighthouse, mobile (slow 4G, 4x CPU), served release build (brotli):');
    console.table(await lighthouseRuns());
  }
  const browser = await launch();
  try {
    console.log('\nLanguage switch, tap to new text, files cached (6 switches each):');
    console.table(await languageSwitch(browser));
    console.log('\nWebAssembly memory:');
    console.table(await memory(browser));
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
