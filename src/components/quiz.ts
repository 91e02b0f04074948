/**
 * Immediate feedback for the chapter quiz: choosing an answer (mouse,
 * touch or keyboard) says whether it is right and why; the reader may try
 * again. The words come from the page (data attributes), not from here.
 */
export function initQuiz(): void {
  for (const quiz of document.querySelectorAll<HTMLElement>('[data-quiz]')) {
    const items = [...quiz.querySelectorAll<HTMLElement>('[data-quiz-item]')];
    const score = quiz.querySelector<HTMLElement>('[data-quiz-score]');
    const firstTry = new Map<HTMLElement, boolean>();
    for (const item of items) {
      const feedback = item.querySelector<HTMLElement>('[data-quiz-feedback]')!;
      const explanation = item.querySelector<HTMLTemplateElement>('template[data-quiz-explanation]')?.content.textContent ?? '';
      const answer = Number(item.dataset.answer);
      item.addEventListener('change', (event) => {
        const input = event.target as HTMLInputElement;
        if (input.type !== 'radio') return;
        const right = Number(input.value) === answer;
        if (!firstTry.has(item)) firstTry.set(item, right);
        feedback.hidden = false;
        feedback.classList.toggle('is-right', right);
        feedback.classList.toggle('is-wrong', !right);
        feedback.textContent = `${right ? quiz.dataset.right : quiz.dataset.wrong} ${explanation}`;
        if (score && firstTry.size === items.length) {
          const n = [...firstTry.values()].filter(Boolean).length;
          score.hidden = false;
          score.textContent = (score.dataset.labelTemplate ?? '').replace('{right}', String(n)).replace('{total}', String(items.length));
        }
      });
    }
  }
}
