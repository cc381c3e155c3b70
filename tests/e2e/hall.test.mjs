// End-to-end tests of workshop mode as a village hall meets it, against the release build in
// both engines: at 1024x768, in every language alone and in each of the 12 pairings, every
// screen of the longest plan fits (the pinned bar on screen, nothing to scroll) and a clicker's
// keys drive it; axe finds no contrast violation on any screen in either mode; the text grows
// on a TV; counting takes seconds (headcount, typed counts, hold-to-repeat, undo after a
// reveal); ending early and discarding ask first. Sizes measured are logged for the notes.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { axe, forEachEngine, newPage, open, secondPage, TABLET } from './browser.mjs';

const LOCALES = ['zh-Hans', 'bo', 'ug', 'yue'];
const TV = { width: 1920, height: 1080 };

/** The workshop page of `locale` (with `query`), a plan chosen and started with `beside`. */
async function start(env, { locale = 'zh-Hans', beside = null, plan = 'long', query = '', headcount = null, viewport = TABLET }) {
  const page = await newPage(env.browser, viewport);
  await open(page, env.server.url, `${locale}/workshop.html${query}`);
  await page.waitForSelector('[data-view=workshop][data-ready="1"] [data-testid=workshop-plan]');
  await page.click(`[data-testid=workshop-plan][data-id=${plan}]`);
  await page.waitForSelector('[data-testid=workshop-beside]');
  if (beside) await page.click(`[data-testid=workshop-beside] [data-lang="${beside}"]`);
  if (headcount !== null) await page.fill('[data-testid=workshop-headcount]', String(headcount));
  await page.click('[data-testid=workshop-start]');
  await page.waitForSelector('[data-testid=workshop-bar]');
  if (beside) await page.waitForSelector('[lang][dir] + [lang][dir]');
  await page.evaluate(() => document.fonts.ready.then(() => true));
  return page;
}

/**
 * The screen on show once it has settled (fitted, split if it must be): which it is, whether
 * it fits, where the bar is, and the main text's size.
 */
function screen(page) {
  return page.evaluate(() => new Promise((done) => {
    const read = () => {
      const presenter = document.querySelector('.presenter');
      if (!presenter) return null;
      const stage = presenter.querySelector('[data-testid=workshop-stage]');
      const bar = presenter.querySelector('[data-testid=workshop-bar]').getBoundingClientRect();
      return {
        id: `${presenter.dataset.step}.${presenter.dataset.page}.${document.querySelectorAll('.option.correct, [data-testid=workshop-flags-result]').length}`,
        last: !!document.querySelector('[data-testid=workshop-finish]'),
        stageScrolls: stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1,
        pageScrolls: document.documentElement.scrollHeight > innerHeight + 1,
        barOnScreen: bar.top >= 0 && bar.bottom <= innerHeight + 0.5,
        size: parseFloat(getComputedStyle(stage).fontSize),
        text: stage.textContent.slice(0, 40),
      };
    };
    // The fonts its text needs loaded, then two frames with nothing changed: the fit and any
    // split are done.
    let before = '';
    const settle = () => requestAnimationFrame(() => requestAnimationFrame(() => document.fonts.ready.then(() => {
      const now = JSON.stringify(read());
      if (now === before) done(JSON.parse(now));
      else { before = now; settle(); }
    })));
    settle();
  }));
}

/** Presses `key` and waits until the screen changed. */
async function press(page, key, from) {
  await page.keyboard.press(key);
  for (let tries = 0; ; tries++) {
    const now = await screen(page);
    if (now?.id !== from.id || now?.last !== from.last) return now;
    assert.ok(tries < 50, `${key} moved on from ${from.id}`);
  }
}

/** Goes through every screen with the clicker's keys, checking each with `check`. */
async function walk(page, check) {
  let now = await screen(page);
  const seen = [];
  for (let n = 0; !now.last; n++) {
    assert.ok(n < 200, 'the session ends');
    await check(now);
    seen.push(now);
    now = await press(page, n % 2 ? 'PageDown' : 'ArrowRight', now);
  }
  return seen;
}

forEachEngine((env) => {
  describe('workshop mode in a hall', () => {
    test('every screen of the longest plan fits a 10-inch tablet, alone and in all 12 pairings, and a clicker drives it', async () => {
      const sizes = [];
      for (const locale of LOCALES) {
        for (const beside of [null, ...LOCALES.filter((other) => other !== locale)]) {
          const page = await start(env, { locale, beside });
          const what = `${locale}${beside ? `+${beside}` : ''}`;
          const seen = await walk(page, (now) => {
            assert.ok(now.barOnScreen, `${what} ${now.id}: the bar is on screen`);
            assert.ok(!now.stageScrolls, `${what} ${now.id}: the step fits without scrolling (${now.text})`);
            assert.ok(!now.pageScrolls, `${what} ${now.id}: the page does not scroll`);
            assert.ok(now.size >= 28, `${what} ${now.id}: the main text is at least 28 px (${now.size})`);
          });
          const px = seen.map((now) => now.size);
          sizes.push(`${what} ${Math.min(...px)}–${Math.max(...px)} px over ${seen.length} screens`);
          assert.deepEqual(await page.problems(), []);
          await page.close();
        }
      }
      console.log(`[hall] ${env.engine} at 1024x768, main text: ${sizes.join('; ')}`);
    });

    test('no screen fails contrast, in standard and in 长辈版', async () => {
      for (const { locale, beside, query } of [
        { locale: 'zh-Hans', beside: 'bo', query: '' },
        { locale: 'ug', beside: 'zh-Hans', query: '?elder=1' },
      ]) {
        const page = await start(env, { locale, beside, query, plan: 'standard' });
        await walk(page, async (now) => {
          assert.deepEqual(await axe(page, ['color-contrast']), [], `${locale}+${beside}${query} ${now.id}`);
        });
        await page.close();
      }
    });

    test('on a TV the text grows with the screen', async () => {
      const page = await start(env, { plan: 'short' });
      const tablet = await screen(page);
      await page.setViewportSize(TV);
      let tv = await screen(page);
      for (let tries = 0; tv.size === tablet.size && tries < 20; tries++) tv = await screen(page);
      console.log(`[hall] ${env.engine} first scene: ${tablet.size} px at 1024x768, ${tv.size} px at 1920x1080`);
      assert.ok(tv.size >= 1.6 * tablet.size, `${tv.size} px is at least 1.6 times ${tablet.size} px`);
      await page.click('[data-testid=workshop-big-room]');
      const big = await screen(page);
      assert.ok(big.size > tv.size && !big.stageScrolls, `big room: ${big.size} px, and it still fits`);
      await page.keyboard.press('b');
      await page.waitForSelector('[data-testid=workshop-blank-screen]');
      await page.keyboard.press('ArrowRight');
      await page.waitForSelector('[data-testid=workshop-blank-screen]', { state: 'detached' });
      assert.equal((await screen(page)).id, big.id, 'the first key after a blank shows the screen again, and goes nowhere');
      assert.deepEqual(await page.problems(), []);
      // On a TV a step comes apart into parts before its text goes under 2.5% of the width.
      const tv2 = await start(env, { plan: 'short', beside: 'bo', viewport: TV });
      const sizes = await walk(tv2, (now) => {
        assert.ok(now.barOnScreen && !now.stageScrolls && !now.pageScrolls, `on a TV, ${now.id} fits`);
        assert.ok(now.size >= 48, `on a TV, ${now.id}: ${now.size} px`);
      });
      console.log(`[hall] ${env.engine} 1920x1080, zh-Hans+bo, short plan: ${Math.min(...sizes.map((n) => n.size))}–${Math.max(...sizes.map((n) => n.size))} px over ${sizes.length} screens`);
    });

    test('counting in seconds: the headcount, a typed count, a held +, and a count corrected after the reveal', async () => {
      const page = await start(env, { plan: 'short', headcount: 30 });
      while (!(await page.$('[data-testid=workshop-question]'))) await page.click('[data-testid=workshop-next]');
      const counted = () => page.textContent('[data-testid=workshop-counted]').then((t) => t.replace(/[\u2068\u2069]/g, ''));
      assert.match(await counted(), /已经数了 0 人，一共来了 30 人/);
      const key = await page.getAttribute('[data-testid=tally-set]', 'data-key');
      await page.fill(`[data-testid=tally-set][data-key="${key}"]`, '20');
      await page.waitForFunction(() => /20\u2069? 人/.test(document.querySelector('[data-testid=workshop-counted]').textContent));
      // Space in the count field types; it never moves the session on.
      await page.focus(`[data-testid=tally-set][data-key="${key}"]`);
      await page.keyboard.press('Space');
      assert.ok(await page.$('[data-testid=workshop-question]'), 'still on the question');
      // A held + keeps counting (pointer events of a press held for 1.2 s).
      await page.evaluate((key) => new Promise((done) => {
        const plus = document.querySelector(`[data-testid=tally-add][data-key="${key}"]`);
        const press = { bubbles: true, isPrimary: true, button: 0, pointerType: 'touch' };
        plus.dispatchEvent(new PointerEvent('pointerdown', press));
        setTimeout(() => {
          plus.dispatchEvent(new PointerEvent('pointerup', press));
          plus.click();
          done();
        }, 1200);
      }), key);
      const held = Number(await page.$eval(`[data-testid=tally-set][data-key="${key}"]`, (input) => input.value));
      // A press of the second button (a right click) never starts counting.
      await page.evaluate((key) => new Promise((done) => {
        const plus = document.querySelector(`[data-testid=tally-add][data-key="${key}"]`);
        plus.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, isPrimary: true, button: 2, pointerType: 'mouse' }));
        setTimeout(done, 900);
      }), key);
      assert.equal(Number(await page.$eval(`[data-testid=tally-set][data-key="${key}"]`, (input) => input.value)), held, 'a right click counts nothing');
      assert.ok(held >= 24 && held <= 30, `a held + counted on from 20: ${held}`);
      assert.match(await counted(), new RegExp(`已经数了 ${held} 人，一共来了 30 人`));
      await page.click('[data-testid=tally-reveal]');
      await page.waitForSelector('[data-testid=workshop-undo]');
      await page.click('[data-testid=workshop-undo]');
      await page.fill(`[data-testid=tally-set][data-key="${key}"]`, '19');
      // The clicker still works with the count field focused: PageDown reveals.
      await page.focus(`[data-testid=tally-set][data-key="${key}"]`);
      await page.keyboard.press('PageDown');
      await page.waitForSelector('[data-testid=tally-why]');
      assert.match(await page.textContent(`[data-testid=tally-option][data-key="${key}"]`), /19\u2069? 人/);
      assert.deepEqual(await page.problems(), []);
    });

    test('ending early and discarding ask first, and Back after ending returns to the step', async () => {
      const page = await start(env, { plan: 'short' });
      await page.click('[data-testid=workshop-next]');
      const step = await page.getAttribute('.presenter', 'data-step');
      await page.click('[data-testid=workshop-end]');
      await page.waitForSelector('[data-testid=workshop-confirm]');
      await page.waitForFunction(() => document.activeElement?.dataset.testid === 'workshop-confirm-no');
      await page.click('[data-testid=workshop-confirm-no]');
      await page.waitForSelector('[data-testid=workshop-confirm]', { state: 'detached' });
      assert.equal(await page.getAttribute('.presenter', 'data-step'), step, 'not ended');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      await page.click('[data-testid=workshop-end]');
      await page.click('[data-testid=workshop-confirm-yes]');
      await page.waitForSelector('[data-testid=workshop-finish]');
      await page.click('[data-testid=workshop-back]');
      await page.waitForSelector('[data-testid=workshop-next]');
      assert.equal(await page.getAttribute('.presenter', 'data-step'), step, 'back where it was');
      await page.click('[data-testid=workshop-end]');
      await page.click('[data-testid=workshop-confirm-yes]');
      await page.click('[data-testid=workshop-discard]');
      await page.waitForSelector('[data-testid=workshop-confirm][data-asked=discard]');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid=workshop-confirm]', { state: 'detached' });
      assert.ok(await page.$('[data-testid=workshop-finish]'), 'Escape keeps the session');
      await page.click('[data-testid=workshop-discard]');
      await page.click('[data-testid=workshop-confirm-yes]');
      await page.waitForSelector('[data-testid=workshop-plan]');
      assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('anxin-workshop')).current), null);
      assert.deepEqual(await page.problems(), []);
    });

    test('the notes in a window of their own follow the session, and a blocked popup opens the drawer instead', async () => {
      const page = await start(env, { plan: 'short' });
      // Stand-ins for window.open: first a browser that opens the window (the call is
      // recorded), then one that blocks it.
      await page.evaluate(() => {
        window.opened = [];
        window.open = (url, target, features) => { window.opened.push({ url, target, features }); return {}; };
      });
      await page.click('[data-testid=workshop-notes-window]');
      const [opened] = await page.evaluate(() => window.opened);
      assert.equal(opened.target, 'anxin-notes');
      assert.equal(opened.url, await page.evaluate(() => location.href), 'the same page, in its window');
      assert.equal(await page.$('[data-testid=workshop-notes-panel]'), null, 'the drawer stays closed');
      await page.evaluate(() => { window.open = () => null; });
      await page.click('[data-testid=workshop-notes-window]');
      await page.waitForSelector('[data-testid=workshop-notes-panel]');
      await page.click('[data-testid=workshop-notes]');

      // The window itself: the page opened under that name shows the notes, and follows.
      const notes = await secondPage(page);
      await notes.addInitScript(() => { window.name = 'anxin-notes'; });
      await open(notes, env.server.url, 'zh-Hans/workshop.html');
      await notes.waitForSelector('[data-testid=workshop-notes-window] [data-testid=workshop-where][data-step="0"]');
      assert.match(await notes.textContent('[data-testid=workshop-notes-window]'), /可以这样说/);
      assert.equal(await notes.$('[data-testid=workshop-stage]'), null, 'no stage in the notes window');
      await page.keyboard.press('ArrowRight');
      await notes.waitForSelector('[data-testid=workshop-notes-window] [data-testid=workshop-where][data-step="1"]');
      assert.equal(await page.getAttribute('.presenter', 'data-step'), '1', 'the notes window never moves the session');
      for (const tab of [page, notes]) assert.deepEqual(await tab.problems(), []);
    });
  });
});
