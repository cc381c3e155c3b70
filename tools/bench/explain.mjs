// Explains one page's Lighthouse figures (scripts/bench gives the table; this says why):
// the LCP element and its phases, TBT's long tasks, script boot-up and the network requests.
// Usage, after `trunk build --release`: node tools/bench/explain.mjs bo/case.agent-surrender.html
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../../tests/e2e/server.mjs';

const path = process.argv[2] ?? 'index.html';
const server = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  const { lhr } = await lighthouse(server.url + path, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
  const audit = (id) => lhr.audits[id];
  const short = (url) => (url ?? '').replace(server.url, '');
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'cumulative-layout-shift', 'total-blocking-time']) {
    console.log(`${id}: ${Math.round(audit(id).numericValue * 1000) / 1000}`);
  }
  const [element, phases] = audit('largest-contentful-paint-element').details?.items ?? [];
  console.log('LCP element:', element?.items?.[0]?.node?.nodeLabel);
  console.table((phases?.items ?? []).map((p) => ({ phase: p.phase, ms: Math.round(p.timing) })));
  console.log('Long tasks (simulated ms):');
  console.table((audit('long-tasks').details?.items ?? []).map((t) => ({ url: short(t.url), start: Math.round(t.startTime), ms: Math.round(t.duration) })));
  console.log('Requests (observed ms):');
  console.table(audit('network-requests').details.items.map((r) => ({
    url: short(r.url), start: Math.round(r.networkRequestTime), end: Math.round(r.networkEndTime), bytes: r.transferSize,
  })));
} finally {
  await chrome.kill();
  await server.close();
}
