// End-to-end tests of workshop mode against the release build in dist/, in both engines, at
// tablet size (1024x768 landscape): a volunteer chooses a plan, presents it, counts hands,
// reveals, marks the red flags the room called out, reloads mid-session, finishes, and
// downloads the session's table; and a session in two languages side by side. Which options
// and lines are right comes from the content's answer key (key.mjs), never the page.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { fontSize, forEachEngine, newPage, open, secondPage, TABLET } from './browser.mjs';
import { answerKey } from './key.mjs';

let plan, police, questions;
before(() => {
  const key = answerKey();
  plan = key.plans.short;
  const { scenes, lines } = key.cases['impersonated-police'];
  police = { scenes, lines: lines.map((line) => line.redFlag) };
  questions = new Map(Object.entries(key.questions).map(([id, { options }]) => [id, options]));
  assert.deepEqual(plan.map((b) => b.kind), ['story', 'flags', 'quiz', 'help']);
});

/** The workshop page, opened fresh in a tablet-sized tab. */
async function workshop(env, query = '?view=workshop') {
  const page = await newPage(env.browser, TABLET);
  await open(page, env.server.url, query);
  await page.waitForSelector('[data-testid=workshop-plan]');
  return page;
}

/** The release build's wasm of an entry (`anxin`, `anxin-card`, `anxin-quiz`, `anxin-workshop`), as bytes. */
async function entryWasm(entry) {
  const dist = new URL('../../dist/', import.meta.url);
  const name = (await readdir(dist)).find((file) => new RegExp(`^${entry}-[0-9a-f]+_bg\\.wasm$`).test(file));
  assert.ok(name, `dist/ has ${entry}'s wasm`);
  return readFile(new URL(name, dist));
}

test('each entry\'s wasm carries its own screens and no others: the cards\' no app screen, the app\'s no quiz or workshop', async () => {
  // Test hooks only the app's screens name (settings' erase, the case list's filter, a case's
  // red-flag check), only the quiz's (its 错题本 and certificate), and only the workshop's (the
  // tally's controls and the red-flag reveal). (Message ids will not do: every wasm carries
  // the Mandarin shell's.)
  const appOnly = ['clear-data', 'case-filter', 'flag-check'];
  const quizOnly = ['quiz-notebook-clear-yes', 'quiz-start-mixed', 'cert-make'];
  const workshopOnly = ['tally-reveal', 'workshop-flags-reveal', 'workshop-tallies'];
  const card = (await entryWasm('anxin-card')).toString('latin1');
  assert.ok(card.includes('learn-more'), 'the cards\' wasm names learn-more');
  for (const name of [...appOnly, ...quizOnly, ...workshopOnly]) assert.ok(!card.includes(name), `the cards' wasm names ${name}`);
  const app = (await entryWasm('anxin')).toString('latin1');
  for (const name of appOnly) assert.ok(app.includes(name), `the app's wasm names ${name}`);
  const quiz = (await entryWasm('anxin-quiz')).toString('latin1');
  const workshop = (await entryWasm('anxin-workshop')).toString('latin1');
  for (const name of quizOnly) {
    assert.ok(quiz.includes(name), `the quiz's wasm names ${name}`);
    assert.ok(workshop.includes(name), `the workshop's wasm names ${name}`);
    assert.ok(!app.includes(name), `the consumer's wasm names ${name}`);
  }
  for (const name of workshopOnly) {
    assert.ok(workshop.includes(name), `the workshop's wasm names ${name}`);
    assert.ok(!app.includes(name), `the consumer's wasm names ${name}`);
    assert.ok(!quiz.includes(name), `the quiz's wasm names ${name}`);
  }
});

const text = (page, selector) => page.textContent(selector).then((t) => t.replace(/[\u2068\u2069]/g, ''));

forEachEngine((env) => {
  describe('workshop mode', () => {
    test('a volunteer runs the 20-minute plan: story, red flags, a tally, help, summary and its table', async () => {
      const page = await workshop(env);
      assert.equal((await page.$$('[data-testid=workshop-plan]')).length, 3);
      await page.click('[data-testid=workshop-plan][data-id=short]');
      await page.waitForSelector('[data-testid=workshop-chosen]');
      await page.fill('[data-testid=workshop-place]', '村委会, 二楼');
      await page.click('[data-testid=workshop-start]');

      // The story, scene by scene, in the presenter's size.
      await page.waitForSelector('[data-testid=workshop-scene]');
      assert.ok((await fontSize(page, '[data-testid=workshop-scene]')) >= 28, 'a room reads the scene from afar');
      assert.equal(await page.$('[data-testid=workshop-notes-panel]'), null, 'the notes stay hidden');
      await page.click('[data-testid=workshop-notes]');
      await page.waitForSelector('[data-testid=workshop-notes-panel]');
      await page.click('[data-testid=workshop-notes]');
      while (!(await page.$('[data-testid=workshop-line]'))) await page.click('[data-testid=workshop-next]');

      // The red-flag conversation: mark what the room called out, then reveal.
      const flag = police.lines.indexOf(true);
      const harmless = police.lines.indexOf(false);
      await page.click(`[data-testid=workshop-line][data-index="${flag}"]`);
      await page.click(`[data-testid=workshop-line][data-index="${harmless}"]`);
      assert.equal(await page.$('[data-testid=workshop-flags-result]'), null);
      await page.click('[data-testid=workshop-flags-reveal]');
      const result = await text(page, '[data-testid=workshop-flags-result]');
      const total = police.lines.filter(Boolean).length;
      assert.match(result, /找到了 1 个危险信号/);
      assert.match(result, new RegExp(`还有 ${total - 1} 个没人说出来`));
      assert.match(result, /1 句其实没问题/);
      // The results may take more than one screen; the question comes after them.
      while (!(await page.$('[data-testid=workshop-question]'))) await page.click('[data-testid=workshop-next]');

      // A question: hands counted, nothing says which is right until the reveal.
      const asked = plan[2].ids[0];
      const options = questions.get(asked);
      await page.waitForSelector('[data-testid=workshop-question]');
      assert.ok((await fontSize(page, '[data-testid=workshop-question]')) >= 28, 'the question is at least 28 px');
      const wrong = options.find((o) => !o.right).key;
      const right = options.find((o) => o.right).key;
      for (let n = 0; n < 3; n++) await page.click(`[data-testid=tally-add][data-key="${wrong}"]`);
      await page.click(`[data-testid=tally-remove][data-key="${wrong}"]`);
      await page.click(`[data-testid=tally-add][data-key="${right}"]`);
      await page.click('[data-testid=tally-add][data-key="not-sure"]');
      const count = (key) => page.$eval(`[data-testid=tally-set][data-key="${key}"]`, (input) => input.value);
      assert.equal(await count(wrong), '2');
      const before = await page.$eval('.ax-workshop .stage', (el) => el.outerHTML);
      assert.doesNotMatch(before, /correct|workshop-answer|✓/, 'nothing in the DOM says which option is right');

      // A reload mid-session resumes on the same screen with the same counts.
      await page.reload();
      await page.waitForSelector('[data-testid=workshop-question]');
      assert.equal(await count(wrong), '2');

      await page.click('[data-testid=tally-reveal]');
      await page.waitForSelector('[data-testid=tally-why]');
      assert.match(await page.getAttribute(`[data-testid=tally-option][data-key="${right}"]`, 'class'), /correct/);
      assert.match(await text(page, `[data-testid=tally-option][data-key="${wrong}"]`), /2 人/);
      assert.equal(await page.$('[data-testid=tally-add]'), null, 'counts freeze at the reveal');

      // The rest of the plan, then the closing screen and the summary.
      while (await page.$('[data-testid=workshop-next]')) {
        if (await page.$('[data-testid=tally-reveal]')) await page.click('[data-testid=tally-reveal]');
        await page.click('[data-testid=workshop-next]');
      }
      await page.fill('[data-testid=workshop-headcount]', '23');
      await page.fill('[data-testid=workshop-leaflets]', '20');
      await page.click('[data-testid=workshop-finish]');
      await page.waitForSelector('[data-testid=workshop-summary]');
      const summary = await text(page, '[data-testid=workshop-summary]');
      assert.match(summary, /23/);
      assert.match(summary, /村委会, 二楼/);
      assert.match(summary, /认清一个骗局/, 'the printed record names the plan');
      assert.match(await text(page, '[data-testid=workshop-flag-results]'), new RegExp(`1${total - 1}1`), 'and what the room found');
      assert.match(await text(page, '[data-testid=workshop-tallies]'), /我不确定1/, 'each question\'s hands, for the printed page');
      assert.ok(await page.$('[data-testid=workshop-print]'), 'a printable page');
      // The page's print rules, applied to the screen (neither engine's driver can switch media
      // here): the printed page has no buttons and no top bar, and keeps the record.
      const printed = await page.evaluate(() => {
        const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
          .filter((rule) => rule.media && /print/.test(rule.media.mediaText))
          .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
        const style = document.createElement('style');
        style.textContent = rules.join('\n');
        document.head.append(style);
        const shown = (selector) => document.querySelector(selector).getClientRects().length > 0;
        const result = { export: shown('[data-testid=workshop-export]'), bar: shown('.ax-top-bar'), tallies: shown('[data-testid=workshop-tallies]') };
        style.remove();
        return result;
      });
      assert.deepEqual(printed, { export: false, bar: false, tallies: true }, 'what the printed page shows');

      const href = await page.getAttribute('[data-testid=workshop-export]', 'href');
      assert.match(await page.getAttribute('[data-testid=workshop-export]', 'download'), /^anxin-workshop-\d{4}-\d\d-\d\d\.csv$/);
      const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''));
      const rows = csv.replace(/^\uFEFF/, '').split('\r\n');
      assert.equal(rows[1], '地点,"村委会, 二楼"');
      assert.equal(rows[2], '讲课方案,认清一个骗局');
      assert.equal(rows[3], '显示的语言,中文');
      assert.equal(rows[4], '来了多少人,23');
      assert.equal(rows[5], '发了多少份宣传单,20');
      assert.ok(rows.some((row) => /,2,否,一个一个数的$/.test(row)), `the wrong option's two hands: ${rows.join(' | ')}`);
      assert.ok(rows.some((row) => /^[^,]+,我不确定,1,否,一个一个数的$/.test(row)), 'the not-sure hand');
      assert.ok(rows.some((row) => row.endsWith(`,1,${total - 1},1,是`)), `the red flags found, missed and mistaken: ${rows.join(' | ')}`);

      // The finished session is listed, and a reload keeps it.
      await page.click('[data-testid=workshop-again]');
      await page.reload();
      await page.waitForSelector('[data-testid=workshop-past]');
      assert.match(await text(page, '[data-testid=workshop-past]'), /村委会, 二楼/);
      assert.deepEqual(await page.problems(), []);
    });

    test('the workshop is a page of its own wasm; the consumer app never downloads it', async () => {
      const home = await newPage(env.browser, TABLET);
      await open(home, env.server.url, '?view=settings');
      await home.click('[data-testid=workshop-open]');
      // The app hands over to the workshop's page: a page load, not a screen within the app.
      for (let tries = 0; !/zh-Hans\/workshop\.html/.test(await home.url()); tries++) {
        assert.ok(tries < 100, `the workshop's page loads: ${await home.url()}`);
        await new Promise((done) => setTimeout(done, 100));
      }
      await home.waitForSelector('[data-view=workshop][data-ready="1"] [data-testid=workshop-plan]');
      const requests = await home.requests();
      const before = requests.slice(0, requests.findIndex((url) => /workshop\.html/.test(url)));
      assert.ok(before.some((url) => /\/anxin-[0-9a-f]+_bg\.wasm$/.test(url)), 'the app ran first');
      assert.ok(!before.some((url) => /anxin-workshop/.test(url)), 'the app never fetched the workshop');
      assert.ok(requests.some((url) => /anxin-workshop-[0-9a-f]+_bg\.wasm$/.test(url)), `the workshop page fetched its own: ${requests.join(' ')}`);
    });

    test('two languages side by side: Tibetan in its own font beside Mandarin, and Uyghur right to left', async () => {
      const pairings = [
        { page: '?view=workshop', beside: 'bo', script: /[\u0F00-\u0FFF]/, font: 'Anxin Tibetan' },
        { page: 'ug/workshop.html', beside: 'zh-Hans', script: /[\u4E00-\u9FFF]/ },
      ];
      for (const pairing of pairings) {
        const page = await workshop(env, pairing.page);
        await page.click('[data-testid=workshop-plan][data-id=short]');
        await page.waitForSelector('[data-testid=workshop-beside]');
        await page.click(`[data-testid=workshop-beside] [data-lang="${pairing.beside}"]`);
        await page.click('[data-testid=workshop-start]');
        await page.waitForSelector('[data-testid=workshop-scene-beside]');
        assert.equal(await page.evaluate(() => scrollY), 0, 'the session starts at the top of the screen');
        const cells = await page.evaluate(() => ['workshop-scene', 'workshop-scene-beside'].map((id) => {
          const cell = document.querySelector(`[data-testid=${id}]`);
          const box = cell.getBoundingClientRect();
          const style = getComputedStyle(cell);
          return { lang: cell.lang, text: cell.textContent, direction: style.direction, font: style.fontFamily, size: parseFloat(style.fontSize), left: box.left, top: box.top };
        }));
        const [first, beside] = cells;
        assert.equal(beside.lang, pairing.beside);
        assert.match(beside.text, pairing.script, `the second language's own script: ${beside.text}`);
        assert.ok(first.size >= 40 && beside.size >= 40, `both read from afar: ${first.size}, ${beside.size}`);
        assert.ok(Math.abs(first.top - beside.top) < 2, 'the two columns start level');
        if (pairing.font) {
          assert.match(beside.font, new RegExp(`^"?${pairing.font}`));
          await page.evaluate(() => document.fonts.ready.then(() => true));
          const loaded = await page.evaluate((family) => [...document.fonts].some((face) => face.family.replace(/"/g, '') === family && face.status === 'loaded'), pairing.font);
          assert.ok(loaded, `the ${pairing.font} font is in use`);
          assert.equal(first.direction, 'ltr');
          assert.ok(first.left < beside.left, 'Mandarin first, at the left');
        } else {
          assert.equal(first.lang, 'ug');
          assert.equal(first.direction, 'rtl', 'the Uyghur column runs right to left');
          assert.equal(beside.direction, 'ltr', 'the Mandarin column left to right');
          assert.ok(first.left > beside.left, 'Uyghur first, at the right, as a right-to-left page reads');
        }
        // A question shows in both languages too, and its options.
        while (!(await page.$('[data-testid=workshop-question]'))) await page.click('[data-testid=workshop-next]');
        const question = await page.$eval('[data-testid=workshop-question-beside]', (cell) => cell.textContent);
        assert.match(question, pairing.script);
        const option = await page.$eval('[data-testid=tally-option] .text', (text) => [...text.querySelectorAll('[lang]')].map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const box = cell.getBoundingClientRect();
          const words = range.getBoundingClientRect();
          return getComputedStyle(cell).direction === 'rtl' ? box.right - words.right : words.left - box.left;
        }));
        assert.equal(option.length, 2, 'each option in both languages');
        assert.ok(option.every((gap) => gap < 30), `each starts at its own side: ${option}`);
        // The choice goes with the session through a reload.
        await page.reload();
        await page.waitForSelector('[data-testid=workshop-question-beside]');
        assert.deepEqual(await page.problems(), []);
      }
    });

    test('a device that refuses to save says so, and the session still runs', async () => {
      const page = await newPage(env.browser, TABLET);
      // A stand-in for a full or locked-down storage: this page's localStorage refuses the
      // workshop's writes, as Safari's private mode and a full quota do.
      await page.addInitScript(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key === 'anxin-workshop') throw new DOMException('full', 'QuotaExceededError');
          return setItem.call(this, key, value);
        };
      });
      await open(page, env.server.url, '?view=workshop');
      await page.waitForSelector('[data-testid=workshop-plan]');
      await page.click('[data-testid=workshop-plan][data-id=short]');
      await page.click('[data-testid=workshop-start]');
      await page.waitForSelector('[data-testid=workshop-save-refused]');
      assert.match(await text(page, '[data-testid=workshop-save-refused]'), /不让保存/);
      await page.click('[data-testid=workshop-next]');
      assert.equal(await page.getAttribute('.presenter', 'data-step'), '1', 'the session goes on');
      assert.deepEqual(await page.problems(), []);
    });

    test('the screen is kept on: asked again when the page is shown again, let go at the end', async () => {
      const page = await newPage(env.browser, TABLET);
      // A stand-in for the Screen Wake Lock API (neither test engine grants a real one here):
      // it hands out sentinels and remembers them.
      await page.addInitScript(() => {
        window.fakeWakeLocks = [];
        Object.defineProperty(navigator, 'wakeLock', {
          configurable: true,
          value: {
            request() {
              const sentinel = { released: false, release() { this.released = true; return Promise.resolve(); } };
              window.fakeWakeLocks.push(sentinel);
              return Promise.resolve(sentinel);
            },
          },
        });
      });
      await open(page, env.server.url, '?view=workshop');
      await page.waitForSelector('[data-testid=workshop-plan]');
      await page.click('[data-testid=workshop-plan][data-id=short]');
      await page.click('[data-testid=workshop-start]');
      await page.waitForSelector('[data-testid=workshop-awake]');
      assert.match(await text(page, '[data-testid=workshop-awake]'), /一直亮着。$/);
      const locks = () => page.evaluate(() => window.fakeWakeLocks.map((lock) => lock.released));
      assert.deepEqual(await locks(), [false]);
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await page.waitForFunction(() => window.fakeWakeLocks.length === 2);
      while (await page.$('[data-testid=workshop-next]')) {
        if (await page.$('[data-testid=tally-reveal]')) await page.click('[data-testid=tally-reveal]');
        await page.click('[data-testid=workshop-next]');
      }
      await page.click('[data-testid=workshop-finish]');
      await page.waitForSelector('[data-testid=workshop-summary]');
      await page.waitForFunction(() => window.fakeWakeLocks[1].released);
      assert.deepEqual(await page.problems(), []);
    });

    test('a newer build\'s saved sessions are left alone: the session runs, says it is not saved, and nothing is written over them', async () => {
      const newer = '{"version":2,"sessions":"saved by a newer build"}';
      const page = await workshop(env);
      await page.evaluate((text) => localStorage.setItem('anxin-workshop', text), newer);
      await page.reload();
      await page.waitForSelector('[data-ready="1"]');
      await page.waitForSelector('[data-testid=workshop-save-newer]');
      assert.match(await text(page, '[data-testid=workshop-save-newer]'), /新版安心/);
      await page.click('[data-testid=workshop-plan][data-id=short]');
      await page.waitForSelector('[data-testid=workshop-chosen]');
      await page.click('[data-testid=workshop-start]');
      await page.waitForSelector('[data-testid=workshop-scene]');
      await page.click('[data-testid=workshop-next]');
      await page.waitForSelector('[data-testid=workshop-save-newer]');
      assert.equal(await page.evaluate(() => localStorage.getItem('anxin-workshop')), newer, 'the newer build\'s sessions are untouched');
      assert.equal(await page.evaluate(() => localStorage.getItem('anxin-workshop.unreadable')), null, 'and not set aside as if broken');
      assert.deepEqual(await page.problems(), []);
    });

    test('two tabs: a session finished in each is kept, and a session each moves its own way is never written over', async () => {
      const first = await workshop(env);
      const second = await secondPage(first);
      await open(second, env.server.url, '?view=workshop');
      await second.waitForSelector('[data-testid=workshop-plan]');
      const finish = async (page, place) => {
        await page.click('[data-testid=workshop-plan][data-id=short]');
        await page.fill('[data-testid=workshop-place]', place);
        await page.click('[data-testid=workshop-start]');
        await page.click('[data-testid=workshop-end]');
        await page.click('[data-testid=workshop-confirm-yes]');
        await page.click('[data-testid=workshop-finish]');
        await page.waitForSelector('[data-testid=workshop-summary]');
      };
      /** Every past session the chooser lists, as one text. */
      const past = (page) => page.evaluate(() => [...document.querySelectorAll('[data-testid=workshop-past]')].map((item) => item.textContent).join(' | '));
      await finish(first, '甲村');
      // The second tab hears of it, and its own finished session joins it.
      await second.waitForFunction(() => /甲村/.test(document.querySelector('[data-testid=workshop-past]')?.textContent ?? ''));
      await finish(second, '乙村');
      // The first tab followed the second's session, and is back at its own summary.
      await first.waitForFunction(() => /甲村/.test(document.querySelector('[data-testid=workshop-summary]')?.textContent ?? ''));
      await first.reload();
      await first.waitForSelector('[data-testid=workshop-past]');
      assert.match(await past(first), /甲村/);
      assert.match(await past(first), /乙村/);

      // A third tab that does not hear the others' saves (as two WebViews may not): it and the
      // first tab each move the same session their own way.
      const deaf = await secondPage(first);
      await deaf.addInitScript(() => window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true));
      await first.click('[data-testid=workshop-plan][data-id=short]');
      await first.click('[data-testid=workshop-start]');
      await first.waitForSelector('[data-testid=workshop-next]');
      await open(deaf, env.server.url, '?view=workshop');
      await deaf.waitForSelector('[data-testid=workshop-next]');
      const step = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('anxin-workshop')).current.step);
      await first.click('[data-testid=workshop-next]');
      await first.waitForFunction(() => JSON.parse(localStorage.getItem('anxin-workshop')).current.step === 1);
      await deaf.click('[data-testid=workshop-end]');
      await deaf.click('[data-testid=workshop-confirm-yes]');
      await deaf.waitForSelector('[data-testid=workshop-save-conflict]');
      assert.match(await text(deaf, '[data-testid=workshop-save-conflict]'), /另一个页面/);
      assert.equal(await step(deaf), 1, 'the first tab\'s session is not written over');
      for (const page of [first, second, deaf]) assert.deepEqual(await page.problems(), []);
    });

    test('corrupt saved sessions give the plans and are set aside, and a Tibetan workshop shows Tibetan', async () => {
      const page = await workshop(env, 'bo/workshop.html');
      await page.evaluate(() => localStorage.setItem('anxin-workshop', '{"version":1,"current":{"plan":"short","day":"x"'));
      await page.reload();
      await page.waitForSelector('[data-testid=workshop-plan]');
      assert.match(await text(page, '[data-testid=workshop-plan][data-id=short]'), /[\u0F00-\u0FFF]/);
      await page.waitForSelector('[data-view=workshop][data-ready="1"]');
      assert.equal(await page.evaluate(() => localStorage.getItem('anxin-workshop.unreadable')), '{"version":1,"current":{"plan":"short","day":"x"', 'the unreadable sessions are set aside, not lost');
      assert.deepEqual(await page.problems(), []);
    });
  });
});
