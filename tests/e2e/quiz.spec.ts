/**
 * The chapter self-check quiz: three questions, answered with the keyboard
 * alone, immediate feedback with an explanation; without JavaScript the
 * questions and their answers still read (answers behind <details>).
 */
import { expect, test } from '@playwright/test';
import { chapterUrl, chapters } from '../support/browser';
import { chapterSource } from '../support/pages';

const withQuiz = chapters().filter((c) => /\nquiz:\n/.test(chapterSource(c.file)));

test('at least one chapter has a quiz', () => {
  expect(withQuiz.length).toBeGreaterThan(0);
});

for (const chapter of withQuiz) {
  test(`${chapter.slug}: the quiz answers to the keyboard alone, with feedback and an explanation`, async ({ page }) => {
    await page.goto(chapterUrl(chapter.slug));
    const items = page.locator('[data-quiz-item]');
    await expect(items).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      const item = items.nth(i);
      const answer = Number(await item.getAttribute('data-answer'));
      // Focus the group's first choice, then move with the arrow keys as a keyboard user does.
      await item.locator('input[type=radio]').first().focus();
      await page.keyboard.press('Space');
      const feedback = item.locator('[data-quiz-feedback]');
      await expect(feedback).toBeVisible();
      await expect(feedback).toHaveClass(answer === 0 ? /is-right/ : /is-wrong/);
      for (let k = 0; k < answer; k++) await page.keyboard.press('ArrowDown');
      await expect(item.locator('input[type=radio]').nth(answer)).toBeChecked();
      await expect(feedback).toHaveClass(/is-right/);
      await expect(feedback).toContainText('答对了');
      const explanation = await item.locator('template[data-quiz-explanation]').evaluate((t) => (t as HTMLTemplateElement).content.textContent);
      await expect(feedback).toContainText(explanation!);
    }
    await expect(page.locator('[data-quiz-score]')).toBeVisible();
  });

  test.describe(`${chapter.slug} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test('questions, choices and answers read, answers behind a disclosure', async ({ page }) => {
      await page.goto(chapterUrl(chapter.slug));
      const answers = page.locator('[data-quiz-answer]');
      await expect(answers).toHaveCount(3);
      for (const details of await answers.all()) {
        await expect(details).toBeVisible();
        await expect(details).not.toHaveAttribute('open', /.*/);
        await details.locator('summary').click();
        await expect(details.locator('p')).toContainText('答案：');
      }
    });
  });
}
