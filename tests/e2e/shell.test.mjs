// End-to-end tests of the app shell against the release build in dist/, in both engines.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withServer } from './server.mjs';
import { forEachEngine, newPage, open, fontSize, PHONE, TABLET } from './browser.mjs';


forEachEngine((env) => {
  describe('language, 长辈版 and saved choices', () => {
    test('?lang=ug is right-to-left; Tibetan and 长辈版 survive a reload', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?lang=ug');
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.equal(await page.getAttribute('html', 'lang'), 'ug');
      assert.match(await page.textContent('main'), /[\u0600-\u06FF]/);

      await page.click('[data-testid=lang-switch] [data-lang=bo]');
      await page.waitForSelector('html[lang=bo]');
      assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
      assert.match(await page.textContent('h1'), /[\u0F00-\u0FFF]/);

      await page.click('[data-testid=elder-toggle]');
      await page.waitForSelector('[data-testid=elder-toggle][aria-checked=true]');
      const checkElder = async () => {
        assert.ok((await fontSize(page, '[data-view]')) >= 20, 'running text at least 20 px');
        assert.ok((await fontSize(page, 'h1')) >= 30, 'heading at least 30 px');
        // Every target on screen (parts shown only without the app are not rendered here).
        const targets = await page.$$eval('button, a', (els) =>
          els.filter((el) => el.getClientRects().length > 0).map((el) => {
            const r = el.getBoundingClientRect();
            return { name: el.textContent.trim().slice(0, 20), w: r.width, h: r.height };
          }),
        );
        for (const t of targets) assert.ok(t.w >= 60 && t.h >= 60, `target ${JSON.stringify(t)}`);
        const toggleLabel = await page.$eval('[data-testid=elder-toggle] .label', (el) => parseFloat(getComputedStyle(el).fontSize));
        assert.ok(toggleLabel >= 30, `primary switch label ${toggleLabel} px`);
      };
      await checkElder();

      await page.reload();
      await page.waitForSelector('[data-ready="1"]');
      assert.equal(await page.getAttribute('html', 'lang'), 'bo');
      assert.equal(await page.getAttribute('[data-testid=elder-toggle]', 'aria-checked'), 'true');
      await checkElder();
      assert.deepEqual(await page.problems(), []);
    });

    test('standard mode meets its minimums', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url);
      assert.ok((await fontSize(page, '[data-view]')) >= 16);
      const small = await page.$$eval('button, a', (els) =>
        els
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width < 44 || r.height < 44),
      );
      assert.deepEqual(small, []);
    });

    test('the browser language is used when nothing was chosen', async () => {
      const page = await newPage(env.browser, PHONE, { locale: 'ug-CN' });
      await open(page, env.server.url);
      assert.equal(await page.getAttribute('html', 'lang'), 'ug');
      await page.context().close();
    });

    test('switching language keeps the place in the app', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?view=settings');
      await page.click('[data-testid=lang-switch] [data-lang=yue]');
      await page.waitForSelector('html[lang=yue]');
      assert.equal(await page.getAttribute('[data-view]', 'data-view'), 'settings');
      assert.match(await page.url(), /\/yue\/settings\.html$/);
    });
  });

  describe('deep links and navigation', () => {
    test('a deep link opens its view; tapping and Back move between views', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?view=help&from=singlemessage');
      assert.equal(await page.getAttribute('[data-view]', 'data-view'), 'help');
      await page.click('[data-testid=nav-home]');
      await page.waitForSelector('[data-view=home]');
      assert.match(await page.url(), /from=singlemessage/, 'foreign parameters are kept');
      await page.click('[data-testid=nav-rights]');
      await page.waitForSelector('[data-view=rights]');
      assert.match(await page.url(), /\/zh-Hans\/rights\.html\?from=singlemessage$/);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'view-title');
      await page.goBack();
      await page.waitForSelector('[data-view=home]');
      await page.goBack();
      await page.waitForSelector('[data-view=help]');
    });

    test('unknown parameters explain themselves and land on home', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?lang=klingon&view=admin&elder=maybe');
      assert.equal(await page.getAttribute('[data-view]', 'data-view'), 'home');
      const notices = await page.textContent('[role=status][aria-live]');
      assert.match(notices, /语言无法识别/);
      assert.match(notices, /页面找不到/);
      assert.deepEqual(await page.problems(), []);
    });
  });

  describe('rights and help', () => {
    test('from home to a right and to help by tapping, and back', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url);
      await page.click('[data-testid=nav-rights]');
      await page.waitForSelector('[data-view=rights] [data-testid=right-card]');
      assert.equal(await page.locator('[data-testid=right-card]').count(), 8);
      await page.click('[data-testid=right-card][data-id=information-security]');
      await page.waitForSelector('[data-view="right:information-security"][data-ready="1"]');
      assert.match(await page.textContent('h1'), /信息安全权/);
      assert.ok((await page.locator('main ol li').count()) >= 2, 'steps to take');
      await page.click('main [data-testid=nav-help]');
      await page.waitForSelector('[data-view=help]');
      const numbers = await page.$$eval('[data-testid=help-hotline]', (links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(numbers, ['tel:12378', 'tel:96110', 'tel:110']);
      await page.goBack();
      await page.waitForSelector('[data-view="right:information-security"]');
      await page.click('[data-testid=nav-back]');
      await page.waitForSelector('[data-view=rights]');
      await page.click('[data-testid=nav-home]');
      await page.waitForSelector('[data-view=home]');
      assert.deepEqual(await page.problems(), []);
    });

    test('a right deep-linked in Tibetan or Uyghur is in that language', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?lang=bo&view=right:property-safety');
      assert.equal(await page.getAttribute('html', 'lang'), 'bo');
      assert.match(await page.textContent('h1'), /[\u0F00-\u0FFF]/);
      assert.doesNotMatch(await page.textContent('main'), /财产安全权/);
      await open(page, env.server.url, '?lang=ug&view=right:seek-compensation');
      assert.equal(await page.$eval('main ol', (el) => getComputedStyle(el).direction), 'rtl');
      assert.match(await page.textContent('main ol'), /[\u0600-\u06FF]/);
    });

    test('in 长辈版 the right cards are one per row with large names', async () => {
      const page = await newPage(env.browser, TABLET);
      await open(page, env.server.url, '?view=rights&elder=1');
      const lefts = await page.$$eval('[data-testid=right-card]', (cards) => cards.map((c) => Math.round(c.getBoundingClientRect().left)));
      assert.equal(new Set(lefts).size, 1, `one column: ${lefts}`);
      const sizes = await page.$$eval('[data-testid=right-card] .title', (titles) => titles.map((t) => parseFloat(getComputedStyle(t).fontSize)));
      assert.ok(sizes.every((s) => s >= 30), `names ${sizes}`);
    });

    test('when the rights text cannot be fetched the page says so and can retry', async () => {
      await withServer({ failLocales: true }, async (failing) => {
        const page = await newPage(env.browser);
        await open(page, failing.url, '?view=rights');
        assert.match(await page.textContent('main'), /暂时无法加载/);
        assert.equal(await page.locator('main button', { hasText: '再试一次' }).count(), 1);
      });
    });
  });

  describe('bad saved data, failed fetches, privacy', () => {
    test('corrupt saved data gives defaults, a message, and a kept copy', async () => {
      const page = await newPage(env.browser);
      // Written on a page of the origin where no app runs, so nothing the app saves comes after.
      await page.goto(`${env.server.url}__e2e/blank`);
      await page.evaluate(() => localStorage.setItem('anxin', '{"version":1,"settings":'));
      await open(page, env.server.url);
      assert.match(await page.textContent('main'), /之前保存的设置无法读取/);
      assert.equal(await page.evaluate(() => localStorage.getItem('anxin.unreadable')), '{"version":1,"settings":');
      assert.deepEqual(await page.problems(), []);
    });

    test('clearing my data erases what is saved and the set-aside copy, says so, and stays erased after a reload', async () => {
      const page = await newPage(env.browser);
      // Written on a page of the origin where no app runs, so nothing the app saves comes after.
      await page.goto(`${env.server.url}__e2e/blank`);
      await page.evaluate(() => localStorage.setItem('anxin', '{"version":1,"settings":'));
      await open(page, env.server.url);
      await page.click('[data-testid=elder-toggle]');
      await page.waitForFunction(() => (localStorage.getItem('anxin') || '').includes('"elder":true'));
      await page.click('[data-testid=nav-settings]');
      await page.click('[data-testid=clear-data]');
      await page.click('[data-testid=clear-confirm]');
      await page.waitForFunction(() => document.querySelector('[role=status][aria-live]').textContent.includes('已清除'));
      await page.waitForFunction(() => localStorage.getItem('anxin') === null && localStorage.getItem('anxin.unreadable') === null);
      assert.equal(await page.getAttribute('[data-testid=elder-toggle]', 'aria-checked'), 'false');
      await page.reload();
      await page.waitForSelector('[data-ready="1"]');
      assert.equal(await page.getAttribute('[data-testid=elder-toggle]', 'aria-checked'), 'false');
      assert.deepEqual(await page.evaluate(() => [localStorage.getItem('anxin'), localStorage.getItem('anxin.unreadable')]), [null, null]);
      assert.deepEqual(await page.problems(), []);
    });

    test('with storage blocked the app still runs, says once that choices are not kept, and keeps them for the visit', async () => {
      const page = await newPage(env.browser);
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
      });
      await open(page, env.server.url);
      const notices = () => page.textContent('[role=status][aria-live]');
      assert.doesNotMatch(await notices(), /不能保存/, 'nothing to say before a choice');
      await page.click('[data-testid=elder-toggle]');
      await page.waitForSelector('[data-testid=elder-toggle][aria-checked=true]');
      await page.waitForFunction(() => document.querySelector('[role=status][aria-live]').textContent.includes('不能保存'));
      await page.click('[role=status][aria-live] button');
      await page.click('[data-testid=nav-settings]');
      await page.click('[data-testid=plain-toggle]');
      await page.waitForSelector('[data-testid=plain-toggle][aria-checked=true]');
      assert.doesNotMatch(await notices(), /不能保存/, 'said once');
      assert.equal(await page.getAttribute('[data-testid=elder-toggle]', 'aria-checked'), 'true', 'the first choice holds for the visit');
      assert.deepEqual(await page.problems(), []);
    });

    test('a failed language fetch keeps the current language and says so', async () => {
      await withServer({ failLocales: true }, async (failing) => {
        const page = await newPage(env.browser);
        await open(page, failing.url);
        await page.click('[data-testid=lang-switch] [data-lang=bo]');
        await page.waitForFunction(() => document.querySelector('[role=status][aria-live]')?.textContent.includes('བོད་ཡིག'));
        assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
        assert.match(await page.textContent('h1'), /钱/);
      });
    });

    test('hostile links run nothing, explain themselves and land on a real screen', async () => {
      const page = await newPage(env.browser);
      const hostile = [
        '?view=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%3E&lang=%3Cscript%3E',
        '?view=case:..%2F..%2Fetc%2Fpasswd',
        '?view=right:' + 'a'.repeat(5000),
        '?lang=%E0%A4%A&view=%ZZ&elder=%00',
        '?' + 'x=1&'.repeat(2000) + 'view=help',
        '?view=javascript:window.pwned=1',
        '?view=case:agent-surrender&view=admin',
      ];
      for (const query of hostile) {
        await open(page, env.server.url, query);
        const view = await page.getAttribute('[data-view]', 'data-view');
        assert.ok(['home', 'help'].includes(view), `${query.slice(0, 40)} → ${view}`);
        assert.equal(await page.evaluate(() => window.pwned ?? null), null, query.slice(0, 40));
        assert.doesNotMatch(await page.textContent('body'), /<script|onerror|passwd|notice-|[a-z]+-[a-z]+-[a-z]+ =/, query.slice(0, 40));
      }
      assert.deepEqual(await page.problems(), []);
    });

    test('hostile saved data runs nothing and the app starts from what it can read', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url);
      const hostile = [
        { version: 1, settings: { lang: '<img src=x onerror=window.pwned=1>', elder: 'yes' }, quiz: { notebook: [{ id: '<script>window.pwned=1</script>' }, { id: 'high-yield-promise', days: -5 }], done: [42, null, 'high-yield'] } },
        { version: 1, ['__proto__']: { elder: true }, constructor: { prototype: { pwned: 1 } }, settings: { elder: true } },
      ];
      for (const saved of hostile) {
        await page.evaluate((raw) => localStorage.setItem('anxin', raw), JSON.stringify(saved));
        await page.reload();
        await page.waitForSelector('[data-ready="1"]');
        assert.equal(await page.evaluate(() => window.pwned ?? Object.prototype.pwned ?? null), null);
        assert.doesNotMatch(await page.textContent('body'), /<script|onerror/);
      }
      assert.equal(await page.getAttribute('[data-testid=elder-toggle]', 'aria-checked'), 'true', 'the readable setting of the last one holds');
      await page.evaluate(() => localStorage.setItem('anxin', '['.repeat(100000)));
      await page.reload();
      await page.waitForSelector('[data-ready="1"]');
      assert.match(await page.textContent('main'), /之前保存的设置无法读取/);
      assert.deepEqual(await page.problems(), []);
    });

    test('a broken message file on the server costs only its own text, never a raw id', async () => {
      const brokenFiles = {
        '/locales/bo/rights.ftl': 'rights-title = {\n\u0000\n= = =\n' + 'x'.repeat(300000),
        '/locales/bo/shell.ftl': 'home-title = ཐོ་\n-term = { -term }\nloop = { loop }\n',
      };
      await withServer({ brokenFiles }, async (server) => {
        const page = await newPage(env.browser);
        await open(page, server.url, '?lang=bo&view=rights');
        const text = await page.textContent('main');
        assert.ok(text.trim().length > 100, 'the screen has text');
        assert.doesNotMatch(text, /\b(rights|home|right)-[a-z-]+\b/, 'no raw message id');
        assert.equal(await page.locator('[data-testid=right-card]').count(), 8);
        assert.deepEqual((await page.problems()).filter((p) => !/warn/i.test(p)), []);
      });
    });

    test('no request leaves the origin', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?lang=bo&elder=1');
      await page.click('[data-testid=lang-switch] [data-lang=ug]');
      await page.waitForSelector('html[lang=ug]');
      const foreign = (await page.requests()).filter((url) => !url.startsWith(env.server.url) && !url.startsWith('data:'));
      assert.deepEqual(foreign, []);
    });
  });

  describe('reflow', () => {
    const cases = [];
    for (const view of ['home', 'rights', 'right:seek-compensation', 'help', 'quiz', 'cases', 'case:agent-surrender']) {
      for (const elder of ['0', '1']) {
        for (const lang of ['zh-Hans', 'bo', 'ug', 'yue']) cases.push({ view, elder, lang });
      }
    }
    for (const { view, elder, lang } of cases) {
      test(`320 px wide at 200% text, ${view}, ${lang}, elder=${elder}: nothing scrolls sideways or overlaps`, async () => {
        const page = await newPage(env.browser, { width: 320, height: 640 });
        await open(page, env.server.url, `?lang=${lang}&elder=${elder}&view=${view}`);
        await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
        const overlaps = await page.$$eval('main a, main button, main h1, main p', (els) => {
          const boxes = els.map((el) => ({ el, r: el.getBoundingClientRect() })).filter(({ r }) => r.width && r.height);
          const bad = [];
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i], b = boxes[j];
              if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
              const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
              const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
              if (x > 1 && y > 1) bad.push(`${a.el.textContent.slice(0, 12)} / ${b.el.textContent.slice(0, 12)}`);
            }
          }
          return bad;
        });
        assert.deepEqual(overlaps, []);
      });
    }
    test('tablet layout uses the width', async () => {
      const page = await newPage(env.browser, TABLET);
      await open(page, env.server.url);
      const tops = await page.$$eval('[data-testid^=nav-]:not([data-testid=nav-home]):not([data-testid=nav-settings])', (els) =>
        els.map((el) => Math.round(el.getBoundingClientRect().top)),
      );
      // Two tiles a row; an odd one out at the end takes the row alone.
      assert.equal(tops[0], tops[1], `the first two tiles share a row: ${tops}`);
      assert.equal(new Set(tops).size, Math.ceil(tops.length / 2), `tiles two a row: ${tops}`);
    });
  });
});
