// End-to-end tests of the quiz against the release build in dist/, in both engines.
// Which options are correct comes from the content's answer key (key.mjs), never from the page.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, newPage, open, secondPage } from './browser.mjs';
import { answerKey } from './key.mjs';

/** Question id → { correct: [keys], wrong: [keys] }. */
let key;
before(() => {
  key = new Map(
    Object.entries(answerKey().questions).map(([id, { options }]) => [
      id,
      {
        correct: options.filter((o) => o.right).map((o) => o.key),
        wrong: options.filter((o) => !o.right).map((o) => o.key),
      },
    ]),
  );
  assert.ok(key.size >= 60, `the answer key was read: ${key.size} questions`);
});

/** Answers the question on screen inside `scope`, right or wrong, and returns its id. */
async function answer(page, right, scope = 'main') {
  const question = page.locator(`${scope} [data-testid=quiz-question]`);
  const id = await question.getAttribute('data-id');
  const { correct, wrong } = key.get(id);
  for (const k of right ? correct : wrong.slice(0, 1)) {
    await question.locator(`[data-testid=quiz-option][data-key="${k}"]`).click();
  }
  await question.locator('[data-testid=quiz-check]').click();
  await question.locator('[data-testid=quiz-feedback]').waitFor();
  return id;
}

forEachEngine((env) => {
  describe('quiz', () => {
    test('one right and one wrong: feedback, the score, and the miss in the 错题本 after a reload', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?view=quiz');
      await page.click('[data-testid=quiz-topic][data-id=free-choice]');

      const before = await page.$$eval('[data-testid=quiz-option]', (els) => els.map((el) => el.outerHTML).join(''));
      assert.doesNotMatch(before, /correct/, 'nothing gives the answer away before answering');

      await answer(page, true);
      assert.match(await page.textContent('[data-testid=quiz-feedback]'), /答对了/);
      await page.click('[data-testid=quiz-next]');
      const missed = await answer(page, false);
      const feedback = await page.textContent('[data-testid=quiz-feedback]');
      assert.match(feedback, /没答对/);
      const { correct, wrong } = key.get(missed);
      assert.equal((await page.$$('[data-testid=quiz-feedback] li')).length, correct.length + wrong.length, 'every option is explained');
      await page.click('[data-testid=quiz-next]');

      const score = await page.textContent('[data-testid=quiz-score]');
      assert.match(score.replace(/[\u2068\u2069]/g, ''), /答对 1 题，共 2 题/);
      assert.ok(await page.$('[data-testid=quiz-retry]'), 'a retry of only the missed one');
      assert.ok(await page.evaluate(() => !!document.activeElement.closest('[data-testid=quiz-score]')), 'focus is on the score');

      await page.reload();
      await page.waitForSelector('[data-ready="1"]');
      await page.click('[data-testid=quiz-notebook-open]');
      const listed = await page.$$eval('[data-testid=quiz-notebook-list] li', (els) => els.map((el) => el.dataset.id));
      assert.deepEqual(listed, [missed]);
      assert.deepEqual(await page.problems(), []);
    });

    test('two tabs miss different questions: both are kept, and each tab shows what the other did', async () => {
      const first = await newPage(env.browser);
      await open(first, env.server.url, '?view=quiz');
      const second = await secondPage(first);
      await open(second, env.server.url, '?view=quiz');

      await first.click('[data-testid=quiz-topic][data-id=free-choice]');
      const missedFirst = await answer(first, false);
      await first.click('[data-testid=quiz-leave]');
      await second.click('[data-testid=quiz-topic][data-id=high-yield]');
      const missedSecond = await answer(second, false);
      await second.click('[data-testid=quiz-leave]');
      await second.waitForFunction(() => /2/.test(document.querySelector('[data-testid=quiz-notebook-count]')?.textContent ?? ''));

      await first.waitForFunction(() => /2/.test(document.querySelector('[data-testid=quiz-notebook-count]')?.textContent ?? ''));
      await first.reload();
      await first.waitForSelector('[data-ready="1"]');
      await first.click('[data-testid=quiz-notebook-open]');
      const listed = await first.$$eval('[data-testid=quiz-notebook-list] li', (els) => els.map((el) => el.dataset.id));
      assert.deepEqual(listed.sort(), [missedFirst, missedSecond].sort());

      await first.click('[data-testid=nav-home]');
      await first.click('[data-testid=elder-toggle]');
      await second.waitForFunction(() => parseFloat(getComputedStyle(document.querySelector('h1')).fontSize) >= 30);
      assert.deepEqual(await first.problems(), []);
    });

    test('"not sure" counts as not yet learned, and the notebook can be practised and cleared', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?view=quiz&elder=1');
      await page.click('[data-testid=quiz-start-mixed]');
      const first = await page.getAttribute('[data-testid=quiz-question]', 'data-id');
      await page.click('[data-testid=quiz-not-sure]');
      assert.match(await page.textContent('[data-testid=quiz-feedback]'), /不确定也没关系/);
      await page.click('[data-testid=quiz-leave]');

      await page.click('[data-testid=quiz-start-notebook]');
      assert.equal(await page.getAttribute('[data-testid=quiz-question]', 'data-id'), first);
      await page.click('[data-testid=quiz-leave]');
      await page.click('[data-testid=quiz-notebook-clear]');
      await page.click('[data-testid=quiz-notebook-clear-yes]');
      await page.waitForSelector('[data-testid=quiz-notebook-count]', { state: 'detached' });
      assert.deepEqual(await page.problems(), []);
    });

    test('in 长辈版 the options are large and well apart', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?view=quiz&elder=1');
      await page.click('[data-testid=quiz-topic][data-id=high-yield]');
      const boxes = await page.$$eval('[data-testid=quiz-option]', (els) => els.map((el) => el.getBoundingClientRect().toJSON()));
      for (const box of boxes) assert.ok(box.height >= 60, `option height ${box.height}`);
      for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i].top - boxes[i - 1].bottom >= 12, 'options are apart');
      const size = await page.$eval('[data-testid=quiz-option]', (el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(size >= 18, `option text ${size} px`);
    });

    test('the daily question is answered on the home screen and stays answered after a reload', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url);
      await page.waitForSelector('[data-testid=daily-question] [data-testid=quiz-question]');
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      assert.ok(fetched.some((path) => /\/locales\/zh-Hans\/daily\/[a-z0-9-]+\.ftl$/.test(path)), `the day's own file: ${fetched}`);
      assert.ok(!fetched.some((path) => path.endsWith('/quiz.ftl')), `not the whole bank: ${fetched}`);
      await answer(page, true, '[data-testid=daily-question]');
      assert.match(await page.textContent('[data-testid=daily-question] [data-testid=quiz-feedback]'), /答对了/);
      await page.reload();
      await page.waitForSelector('[data-testid=daily-result]');
      assert.match(await page.textContent('[data-testid=daily-result]'), /答对了/);
    });

    test('the certificate is drawn on the device with the name typed, and nothing is sent', async () => {
      const page = await newPage(env.browser);
      const done = answerKey().topics;
      assert.equal(done.length, 21);
      await page.addInitScript((saved) => localStorage.setItem('anxin', saved), JSON.stringify({ version: 1, quiz: { done } }));
      await open(page, env.server.url, '?view=quiz');
      await page.fill('#cert-name', '卓玛');
      await page.click('[data-testid=cert-make]');
      const src = await page.getAttribute('[data-testid=cert-image]', 'src');
      assert.match(src, /^data:image\/png;base64,/);
      assert.ok(src.length > 20000, `a real image: ${src.length} characters`);
      const foreign = (await page.requests()).filter((url) => !url.startsWith(env.server.url) && !url.startsWith('data:'));
      assert.deepEqual(foreign, []);
      assert.ok(!(await page.requests()).some((url) => decodeURIComponent(url).includes('卓玛')), 'the name is never in a request');
      assert.deepEqual(await page.problems(), []);
    });

    test('the Uyghur certificate is drawn right to left', async () => {
      const page = await newPage(env.browser);
      const done = answerKey().topics;
      await page.addInitScript((saved) => {
        localStorage.setItem('anxin', saved);
        const fillText = CanvasRenderingContext2D.prototype.fillText;
        window.certificateDirections = [];
        CanvasRenderingContext2D.prototype.fillText = function (...args) {
          window.certificateDirections.push(this.direction);
          return fillText.apply(this, args);
        };
      }, JSON.stringify({ version: 1, quiz: { done } }));
      await open(page, env.server.url, '?view=quiz&lang=ug');
      await page.click('[data-testid=cert-make]');
      await page.waitForSelector('[data-testid=cert-image]');
      const directions = await page.evaluate(() => window.certificateDirections);
      assert.ok(directions.length >= 5, `${directions.length} lines drawn`);
      assert.deepEqual([...new Set(directions)], ['rtl']);
    });

    test('a right links to its quiz topic, and feedback links back to the right', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?view=right:free-choice');
      await page.click('[data-testid=right-quiz]');
      await page.waitForSelector('[data-view=quiz] [data-testid=quiz-question]');
      await page.click('[data-testid=quiz-not-sure]');
      await page.click('[data-testid=quiz-feedback] a');
      await page.waitForSelector('[data-view^="right:"]');
      assert.deepEqual(await page.problems(), []);
    });
  });
});
