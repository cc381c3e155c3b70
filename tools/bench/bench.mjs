// The browser benchmark (scripts/bench), against the served release build: Lighthouse mobile
// (slow 4G, 4x CPU) for home and one case page in zh-Hans, bo and ug; the first load as a
// browser fetches it (tools/first-load.mjs); tap to next paint for the app's main taps, at 1x
// and 4x CPU, by event timing (as INP is measured); a case page on a 10 KB/s link with 400 ms
// RTT until it is interactive; the time from tapping a language to its text once its files are
// cached; the message checker's time for a 2,000-character message at 4x CPU; the WebAssembly
// memory after visiting every view, and the workshop's after a 90-minute session. Prints one
// table per part, then every figure against its budget (issues 15, 17 and 38)
// with PASS or OVER. A benchmark, not a test: it fails
// only if something cannot be measured. `--no-lighthouse` skips the slowest part.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../../tests/e2e/server.mjs';
import { launch, newPage, open } from '../../tests/e2e/browser.mjs';
import { firstLoads } from '../first-load.mjs';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

const server = await serve();

async function lighthouseRuns() {
  const rows = [];
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  try {
    // A warm-up run, not counted: the first run of a fresh Chromium is several times slower.
    await lighthouse(`${server.url}index.html`, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
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
  // The app's own screens (the quiz is an entry of its own, measured after on its page).
  const views = ['rights', 'help', 'settings', 'cases'];
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
  for (const lang of ['bo', 'ug', 'yue']) {
    await go('home');
    await page.click(`[data-testid=lang-switch] [data-lang="${lang}"]`);
    await page.waitForSelector(`html[lang="${lang}"]`);
  }
  const bytes = await page.evaluate(() => window.anxinWasm.memory.buffer.byteLength);
  await page.context().close();
  // The quiz's entry, on its own page: a whole mixed round.
  const quiz = await newPage(browser);
  await quiz.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.anxinWasm = e.detail.wasm; }));
  await open(quiz, server.url, 'zh-Hans/quiz.html');
  await quiz.click('[data-testid=quiz-start-mixed]');
  for (let i = 0; i < 10; i += 1) {
    await quiz.click('[data-testid=quiz-not-sure]');
    await quiz.click('[data-testid=quiz-next]');
  }
  await quiz.waitForSelector('[data-testid=quiz-score]');
  const quizBytes = await quiz.evaluate(() => window.anxinWasm.memory.buffer.byteLength);
  await quiz.context().close();
  return [
    { after: `${views.length + 8 + cases.length + 1} views, 4 languages (the app's wasm)`, 'wasm memory MB': (bytes / 2 ** 20).toFixed(1) },
    { after: "a mixed quiz round (the quiz's wasm)", 'wasm memory MB': (quizBytes / 2 ** 20).toFixed(1) },
  ];
}

/**
 * The workshop's WebAssembly memory after a 90-minute session (the long plan), run at tablet
 * size with Tibetan beside Mandarin: every step, 40 hands counted and revealed on every
 * question, every red-flag line marked and revealed, the notes opened on every step, a reload
 * halfway through, then the summary.
 */
async function workshopMemory(browser) {
  const page = await newPage(browser, { width: 1024, height: 768 });
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.anxinWasm = e.detail.wasm; }));
  await open(page, server.url, 'zh-Hans/workshop.html');
  await page.click('[data-testid=workshop-plan][data-id=long]');
  await page.click('[data-testid=workshop-beside] [data-lang=bo]');
  await page.click('[data-testid=workshop-start]');
  await page.waitForSelector('[data-testid=workshop-back]');
  let steps = 0;
  while (await page.$('[data-testid=workshop-next]')) {
    await page.click('[data-testid=workshop-notes]');
    await page.click('[data-testid=workshop-notes]');
    const adds = await page.$$('[data-testid=tally-add]');
    // Up to 40 hands, as long as the tally takes more (it stops at the room's headcount).
    for (let hand = 0; hand < 40 && adds.length; hand += 1) {
      const add = adds[hand % adds.length];
      if (!(await add.isEnabled())) break;
      await add.click();
    }
    if (await page.$('[data-testid=tally-reveal]')) await page.click('[data-testid=tally-reveal]');
    for (const line of await page.$$('[data-testid=workshop-line]')) await line.click();
    if (await page.$('[data-testid=workshop-flags-reveal]')) await page.click('[data-testid=workshop-flags-reveal]');
    steps += 1;
    if (steps === 12) {
      await page.reload();
      await page.waitForSelector('[data-testid=workshop-next]');
    }
    await page.click('[data-testid=workshop-next]');
  }
  await page.fill('[data-testid=workshop-headcount]', '40');
  await page.fill('[data-testid=workshop-leaflets]', '40');
  await page.click('[data-testid=workshop-finish]');
  await page.waitForSelector('[data-testid=workshop-summary]');
  const bytes = await page.evaluate(() => window.anxinWasm.memory.buffer.byteLength);
  await page.context().close();
  return { after: `the 90-minute plan, ${steps + 1} steps, bo beside zh-Hans, a reload halfway`, 'wasm memory MB': (bytes / 2 ** 20).toFixed(1) };
}

/** Starts collecting event-timing entries (durations from input to the next paint) on `page`. */
async function watchInteractions(page) {
  await page.evaluate(() => {
    window.benchEvents = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) window.benchEvents.push({ id: e.interactionId, duration: e.duration });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  });
}

/**
 * Taps `selector` (the `nth` match) and returns the interaction's duration in ms: the longest
 * event-timing entry of it, as INP counts it. Event timing reports nothing under 16 ms, so a
 * tap it does not report counts as 16 ms (an upper bound).
 */
async function tapTime(page, selector, nth = 0) {
  const before = await page.evaluate(() => window.benchEvents.length);
  await page.locator(selector).nth(nth).click();
  await page.waitForTimeout(300);
  const entries = await page.evaluate((from) => window.benchEvents.slice(from), before);
  return entries.length ? Math.max(...entries.map((e) => e.duration)) : 16;
}

/**
 * The taps measured, by where they start: each run taps through its screen, timing taps with
 * `time(name, selector, nth)`, which records under `name`.
 */
const TAP_RUNS = [
  {
    query: '?view=quiz',
    async run(page, time) {
      await page.click('[data-testid=quiz-start-mixed]');
      for (let i = 0; i < 6; i += 1) {
        await time('quiz option', '[data-testid=quiz-option]');
        await time('确定 with its feedback', '[data-testid=quiz-check]');
        await page.waitForSelector('[data-testid=quiz-feedback]');
        await page.click('[data-testid=quiz-next]');
      }
    },
  },
  {
    query: '?view=case:agent-surrender',
    async run(page, time) {
      const lines = await page.locator('[data-testid=flag-line]').count();
      for (let i = 0; i < Math.min(lines, 6); i += 1) await time('red-flag line', '[data-testid=flag-line]', i);
    },
  },
  {
    query: '?view=settings',
    async run(page, time) {
      for (let i = 0; i < 6; i += 1) await time('长辈版 switch', '[data-testid=elder-toggle]');
    },
  },
  {
    query: '?view=cases',
    async run(page, time) {
      for (let i = 0; i < 6; i += 1) {
        await time('opening a case from the list', '[data-testid=case-card]', i);
        await page.waitForSelector('[data-view^="case:"]');
        await page.goBack();
        await page.waitForSelector('[data-view="cases"]');
      }
    },
  },
];

async function taps(browser) {
  const rows = [];
  for (const rate of [1, 4]) {
    const times = new Map();
    for (const { query, run } of TAP_RUNS) {
      const page = await newPage(browser);
      await open(page, server.url, query);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await watchInteractions(page);
      await run(page, async (name, selector, nth) => {
        times.set(name, [...(times.get(name) ?? []), await tapTime(page, selector, nth)]);
      });
      await page.context().close();
    }
    for (const [tap, list] of times) {
      list.sort((a, b) => a - b);
      rows.push({ tap, CPU: `${rate}x`, taps: list.length, 'median ms': list[list.length >> 1], 'max ms': list[list.length - 1] });
    }
  }
  return rows;
}

/** A zh-Hans case page over a 10 KB/s link with 400 ms round trips (brotli): seconds until it is interactive. */
async function slowLink(browser) {
  const page = await newPage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 10_000, uploadThroughput: 10_000 });
  await page.addInitScript(() => {
    const look = () => {
      if (document.documentElement.classList.contains('ax-no-app')) window.benchWrongNote = performance.now();
      if (!document.documentElement.hasAttribute('data-app')) setTimeout(look, 100);
    };
    document.addEventListener('DOMContentLoaded', look);
  });
  const started = Date.now();
  await page.goto(`${server.url}zh-Hans/case.agent-surrender.html`, { waitUntil: 'commit' });
  await page.waitForSelector('[data-ready="1"]', { timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  const wrong = await page.evaluate(() => window.benchWrongNote ?? null);
  await page.context().close();
  return { seconds, wrongNote: wrong === null ? 'never' : `at ${(wrong / 1000).toFixed(1)} s` };
}

/** A 2,000-character message: scam lines among ordinary ones, with links and numbers. */
const LONG_MESSAGE = (() => {
  const lines = [
    '【客服中心】您的百万保障今天之内将自动扣费，请点 t.cn/Ab1 取消，并把验证码念给我。',
    '妈，我晚点到家，饭不用等我，路上堵车了。',
    '我们能帮您全额退保，先交服务费，委托协议不用细看，我指哪儿您签哪儿。',
    '明天下午三点社区医院复查，记得带医保卡和以前的化验单。',
    '这个项目保本保息，年化18%，名额有限，别告诉家里人，拨打13812345678。',
  ];
  let text = '';
  for (let i = 0; text.length < 2000; i += 1) text += lines[i % lines.length];
  return text.slice(0, 2000);
})();

/**
 * The message checker at 4x CPU: ms from the check's tap until its result is in the page
 * (the check and the render of its marks), for a 2,000-character message, 7 runs.
 */
async function checkTime(browser) {
  const page = await newPage(browser);
  await open(page, server.url, '?view=check');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times = [];
  for (let run = 0; run < 7; run += 1) {
    // A new message each run, so each check is new to the page.
    await page.fill('[data-testid=check-input]', LONG_MESSAGE.slice(0, 1999) + run);
    await page.waitForFunction(() => !document.querySelector('[data-testid=check-steps]'));
    times.push(
      await page.evaluate(
        () =>
          new Promise((done) => {
            const result = document.querySelector('.ax-check .result');
            const started = performance.now();
            new MutationObserver((_, observer) => {
              if (!result.querySelector('[data-testid=check-steps]')) return;
              observer.disconnect();
              done(performance.now() - started);
            }).observe(result, { childList: true, subtree: true });
            document.querySelector('[data-testid=check-run]').click();
          }),
      ),
    );
  }
  const signs = await page.locator('[data-testid=check-sign]').count();
  await page.context().close();
  times.sort((a, b) => a - b);
  return { characters: 2000, signs, 'median ms': times[times.length >> 1].toFixed(1), 'max ms': times[times.length - 1].toFixed(1) };
}

/** One row of the summary: `measured` against `budget` (smaller is better). */
const verdict = (figure, measured, budget, unit) => ({
  figure,
  measured: `${measured} ${unit}`,
  budget: `≤ ${budget} ${unit}`,
  '': measured <= budget ? 'PASS' : 'OVER',
});

try {
  const summary = [];
  if (!process.argv.includes('--no-lighthouse')) {
    console.log('\nLighthouse, mobile (slow 4G, 4x CPU), served release build (brotli):');
    const rows = await lighthouseRuns();
    console.table(rows);
    for (const row of rows) {
      summary.push(verdict(`LCP, ${row.page}`, Number(row['LCP s']), 1.0, 's'));
      summary.push(verdict(`LCP/FCP, ${row.page}`, Number((row['LCP s'] / row['FCP s']).toFixed(2)), 1.25, '×'));
    }
  }
  console.log('\nFirst load as fetched in headless Chromium (first 3 s, brotli q11, fonts excluded):');
  const loads = await firstLoads();
  console.table(loads.map(({ locale, screen, files, total }) => ({ locale, screen, files: files.length, 'total B': total })));
  for (const { locale, screen, total, budget } of loads) {
    if (budget !== null) summary.push(verdict(`first load, ${locale} ${screen}`, total, budget, 'B'));
  }
  const browser = await launch();
  try {
    console.log('\nTap to next paint (event timing; a tap under 16 ms counts as 16):');
    const tapRows = await taps(browser);
    console.table(tapRows);
    for (const row of tapRows.filter((r) => r.CPU === '4x')) {
      summary.push(verdict(`tap median at 4x, ${row.tap}`, row['median ms'], 50, 'ms'));
      summary.push(verdict(`tap worst at 4x, ${row.tap}`, row['max ms'], 100, 'ms'));
    }
    console.log('\nThe message checker at 4x CPU, tap to result in the page:');
    const check = await checkTime(browser);
    console.table([check]);
    summary.push(verdict('checking a 2,000-character message at 4x (issue 38)', Number(check['median ms']), 20, 'ms'));
    console.log('\nA zh-Hans case page on 10 KB/s with 400 ms RTT (brotli), until interactive:');
    const slow = await slowLink(browser);
    console.table([{ 'interactive s': slow.seconds.toFixed(1), '"needs a newer WeChat" note': slow.wrongNote }]);
    summary.push(verdict('slow link, zh-Hans case interactive', Number(slow.seconds.toFixed(1)), 20, 's'));
    console.log('\nLanguage switch, tap to new text, files cached (6 switches each):');
    console.table(await languageSwitch(browser));
    console.log('\nWebAssembly memory:');
    const memories = await memory(browser);
    console.table(memories);
    for (const mem of memories) summary.push(verdict(`wasm memory after ${mem.after}`, Number(mem['wasm memory MB']), 8, 'MB'));
    const workshop = await workshopMemory(browser);
    console.table([workshop]);
    summary.push(verdict('workshop wasm memory after a 90-minute session (issue 17)', Number(workshop['wasm memory MB']), 8, 'MB'));
  } finally {
    await browser.close();
  }
  console.log('\nEvery figure against its budget (issues 15, 17 and 38):');
  console.table(summary);
} finally {
  await server.close();
}
