// Screenshots of the release build for people to look at: every locale, both modes, phone
// and tablet. Writes screenshots/<view>-<lang>-<mode>-<size>.png.
// Usage: node tests/e2e/screenshots.mjs [view ...] [--text=200]   (default view: home)
import { mkdir } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch, newPage, open, PHONE, TABLET } from './browser.mjs';

const args = process.argv.slice(2);
const textScale = args.find((a) => a.startsWith('--text='))?.slice(7);
const views = args.filter((a) => !a.startsWith('--'));
const out = new URL('../../screenshots/', import.meta.url);
await mkdir(out, { recursive: true });

const server = await serve();
const browser = await launch();
const sizes = { phone: PHONE, tablet: TABLET };
for (const view of views.length ? views : ['home']) {
  for (const lang of ['zh-Hans', 'bo', 'ug', 'yue']) {
    for (const [mode, elder] of [['standard', '0'], ['elder', '1']]) {
      for (const [size, viewport] of Object.entries(sizes)) {
        const page = await newPage(browser, textScale ? { width: 320, height: 640 } : viewport);
        await open(page, server.url, `?lang=${lang}&elder=${elder}&view=${view}`);
        if (textScale) await page.addStyleTag({ content: `html { font-size: ${textScale}% !important; }` });
        const name = `${view.replace(':', '_')}-${lang}-${mode}-${textScale ? `320w-text${textScale}` : size}.png`;
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
