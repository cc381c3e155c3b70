// End-to-end tests of the case studies against the release build in dist/, in both
// engines. Which lines are red flags comes from the content's answer key (key.mjs), never the
// page.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachEngine, newPage, open } from './browser.mjs';
import { answerKey } from './key.mjs';

/** Case id → conversation lines [{ speaker, redFlag }]. */
let cases;
before(() => {
  cases = new Map(Object.entries(answerKey().cases).map(([id, { lines }]) => [id, lines]));
  assert.ok(cases.size >= 10, `the cases were read: ${cases.size}`);
});

forEachEngine((env) => {
  describe('case studies', () => {
    test('open a case, tap a red flag and a harmless line, check, and see both explained', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?view=cases');
      assert.equal((await page.$$('[data-testid=case-card]')).length, cases.size);
      await page.click('[data-testid=case-card][data-id=agent-surrender]');
      await page.waitForSelector('[data-view="case:agent-surrender"] [data-testid=flag-exercise]');

      const lines = cases.get('agent-surrender');
      const flag = lines.findIndex((l) => l.speaker === 'them' && l.redFlag);
      const harmless = lines.findIndex((l) => l.speaker === 'them' && !l.redFlag);
      const line = (i) => `[data-testid=flag-line][data-index="${i}"]`;
      await page.click(line(flag));
      await page.click(line(harmless));
      assert.equal(await page.getAttribute(line(flag), 'aria-pressed'), 'true');
      assert.doesNotMatch(await page.textContent('[data-testid=flag-exercise]'), /危险信号。/, 'nothing explained before checking');
      await page.click('[data-testid=flag-check]');

      const explained = async (i) => page.$eval(line(i), (el) => el.parentElement.textContent);
      assert.match(await explained(flag), /找对了/);
      assert.match(await explained(flag), /这是危险信号。/);
      assert.match(await explained(harmless), /这句其实没问题/);
      assert.match(await explained(harmless), /这不是危险信号。/);
      const missed = lines.findIndex((l, i) => l.speaker === 'them' && l.redFlag && i !== flag);
      assert.match(await explained(missed), /漏掉了/);
      const total = lines.filter((l) => l.redFlag).length;
      const result = (await page.textContent('[data-testid=flag-result]')).replace(/[\u2068\u2069]/g, '');
      assert.match(result, new RegExp(`找到 1 个危险信号，一共 ${total} 个。误认了 1 句`));
      assert.ok(await page.evaluate(() => document.activeElement?.dataset.testid === 'flag-result'), 'focus moves to the result');

      await page.click('[data-testid=flag-retry]');
      assert.equal(await page.getAttribute(line(flag), 'aria-pressed'), 'false');
      assert.deepEqual(await page.problems(), []);
    });

    test('the exercise works from the keyboard', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?view=case:impersonated-police&elder=1');
      const lines = cases.get('impersonated-police');
      const flag = lines.findIndex((l) => l.speaker === 'them' && l.redFlag);
      await page.focus(`[data-testid=flag-line][data-index="${flag}"]`);
      await page.keyboard.press('Space');
      assert.equal(await page.getAttribute(`[data-testid=flag-line][data-index="${flag}"]`, 'aria-pressed'), 'true');
      await page.focus('[data-testid=flag-check]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid=flag-result]');
    });

    test('the filter narrows the list; a case links its rights, hotlines and quiz questions', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, '?view=cases');
      await page.click('[data-testid=case-filter][data-group=cases-group-impersonation]');
      const shown = await page.$$eval('[data-testid=case-card]', (els) => els.map((el) => el.dataset.id).sort());
      assert.deepEqual(shown, ['fake-customer-service', 'impersonated-police']);

      await page.click('[data-testid=case-card][data-id=fake-customer-service]');
      await page.waitForSelector('[data-view="case:fake-customer-service"][data-ready="1"] [data-testid=help-hotline]');
      const tels = await page.$$eval('[data-testid=help-hotline]', (els) => els.map((el) => el.getAttribute('href')));
      assert.ok(tels.length >= 1 && tels.every((t) => ['tel:110', 'tel:96110', 'tel:12378'].includes(t)), `${tels}`);
      await page.click('[data-testid=case-quiz]');
      await page.waitForSelector('[data-view=quiz] [data-testid=quiz-question]');
      await page.click('[data-testid=quiz-not-sure]');
      await page.click('[data-testid=quiz-case]');
      await page.waitForSelector('[data-view="case:fake-customer-service"]');
      assert.deepEqual(await page.problems(), []);
    });

    test('back from the quiz\'s page (an entry of its own) shows the case again, and stays there', async () => {
      const page = await newPage(env.browser);
      await open(page, env.server.url, 'zh-Hans/case.debt-relief.html');
      await page.click('[data-testid=case-quiz]');
      await page.waitForSelector('[data-view=quiz][data-ready="1"] [data-testid=quiz-question]');
      // The case's round, started on the quiz's page from the link (which then drops it).
      assert.match(await page.url(), /\/zh-Hans\/quiz\.html/);
      assert.doesNotMatch(await page.url(), /round=/);
      await page.goBack();
      // Whether the browser kept the page whole (back-forward cache) or loads it again.
      await page.waitForSelector('[data-view="case:debt-relief"][data-ready="1"] [data-testid=case-quiz]');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.match(await page.url(), /\/zh-Hans\/case\.debt-relief\.html/);
      assert.equal(await page.getAttribute('[data-ready="1"]', 'data-view'), 'case:debt-relief');
      assert.deepEqual(await page.problems(), []);
    });
  });
});
