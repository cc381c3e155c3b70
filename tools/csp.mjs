// The pages' Content-Security-Policy made strict at build time (tools/post-build.mjs): the
// script-src of a page's meta tag lists the SHA-256 hashes of that page's own inline scripts
// instead of 'unsafe-inline'. Also used by the test server for pages it changes.
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
/** script-src's allowance for inline scripts: 'unsafe-inline', or a list of hashes. */
const INLINE_ALLOWANCE = /(script-src[^;"]*?)( 'unsafe-inline'|( 'sha256-[A-Za-z0-9+/=]+')+)/;

/** The page with its CSP's script-src allowing exactly its own inline scripts (by hash). */
export function hashInlineScripts(page) {
  const csp = /<meta[^>]*Content-Security-Policy[^>]*>/i.exec(page);
  if (!csp) return page;
  const scripts = [...page.matchAll(INLINE_SCRIPT)];
  // A page that allows no inline script and has none (the worker's not-ready page) stays so.
  if (!INLINE_ALLOWANCE.test(csp[0]) && scripts.length === 0) return page;
  if (!INLINE_ALLOWANCE.test(csp[0])) throw new Error("the page's CSP script-src has no allowance for inline scripts to replace");
  const hashes = scripts.map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  return page.replace(csp[0], csp[0].replace(INLINE_ALLOWANCE, `$1 ${[...new Set(hashes)].join(' ')}`));
}
