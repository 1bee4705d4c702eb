// The tab's entry: it reads how it was opened before loading the elements, so a view opened
// without an interaction, or outside Workspace, says so instead of failing inside them.
import { pinnedWorkspaceOrigin } from '../../shared/workspace-origin.js';
import { readOpening } from './opening.js';
import { showProblem } from './problem.js';

const opened = readOpening(location, window);
if ('problem' in opened) {
  showProblem(opened.problem);
} else {
  // Before the elements are defined: <wwe-bridge> makes its client when it upgrades.
  if (pinnedWorkspaceOrigin) document.querySelector('wwe-bridge')!.setAttribute('host-origin', pinnedWorkspaceOrigin);
  import('./tab-view.js').then(
    ({ startTabView }) => startTabView(opened.opening),
    (error: Error) => showProblem(`The view's code failed to load (${error.message}). Reload the tab; if it fails again, check that the apps are served completely.`),
  );
}
