/** The page-wide outcome: the interaction view, or one message saying what is wrong and how to fix it. */

/** Hides the view and shows why it cannot show the interaction. */
export function showProblem(text: string): void {
  const problem = document.getElementById('problem')!;
  problem.textContent = text;
  problem.hidden = false;
  document.getElementById('view')!.hidden = true;
  document.body.dataset['view'] = 'problem';
}

/** Shows the view (again, after an error that went away). */
export function showReady(): void {
  if (document.body.dataset['view'] === 'ready') return;
  document.getElementById('problem')!.hidden = true;
  document.getElementById('view')!.hidden = false;
  document.body.dataset['view'] = 'ready';
}
