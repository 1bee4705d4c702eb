// The tab's entry: it reads how it was opened before loading the elements, so a view opened
// without an interaction, or outside Workspace, says so instead of failing inside them.
import { editableKeys } from '../../shared/customers.js';
import { pinnedWorkspaceOrigin } from '../../shared/workspace-origin.js';
import { readOpening } from './opening.js';
import { showProblem } from './problem.js';

const opened = readOpening(location, window);
if ('problem' in opened) {
  showProblem(opened.problem);
} else {
  // Before the elements are defined: <wwe-bridge> makes its client when it upgrades.
  if (pinnedWorkspaceOrigin) document.querySelector('wwe-bridge')!.setAttribute('host-origin', pinnedWorkspaceOrigin);
  // This tab is one interaction's: its outbound preview shows that interaction's record or none, never another
  // interaction's (whose Hang up would end the wrong call). Set before it upgrades, so it never renders for another one.
  document.querySelector('wwe-outbound-preview')!.setAttribute('interaction-id', opened.opening.interactionId);
  // Its attached data, with the keys the agent may change as inputs (saved with one interaction.setUserData).
  const userData = document.querySelector('wwe-user-data')!;
  userData.setAttribute('interaction-id', opened.opening.interactionId);
  userData.setAttribute('editable', editableKeys.join(','));
  import('./tab-view.js').then(
    ({ startTabView }) => startTabView(opened.opening),
    (error: Error) =>
      showProblem(
        `The view's code failed to load (${error.message}). Reload the tab; if it fails again, check that the apps are served completely.`,
      ),
  );
}
