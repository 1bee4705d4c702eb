// elements-page.ts (?copies=10: ten of each of four elements) counting the renders an event causes and
// the time from the event's arrival to the last of them, on request of the bench page (its parent),
// which plays Workspace: it changes the agent's state, then posts { control: 'report' }.
import { arrival } from './arrival.js';
import { elements, firstRender } from './elements-page.js';
import type { LitElement } from 'lit';

let renders = 0;
let lastRender = 0;
for (const prototype of new Set(
  elements.map((element) => Object.getPrototypeOf(element) as { update(changed: unknown): void }),
)) {
  const update = prototype.update;
  prototype.update = function (this: LitElement, changed: unknown) {
    update.call(this, changed);
    renders++;
    lastRender = performance.now();
  };
}
// Runs right after elements-page.ts posts 'rendered', before any event the parent sends on hearing it.
void firstRender.then(() => {
  renders = 0;
});

const settled = async () => {
  while (elements.some((element) => element.isUpdatePending))
    await Promise.all(elements.map((element) => element.updateComplete));
};

addEventListener('message', (event) => {
  if (event.source !== window.parent || (event.data as { control?: string } | null)?.control !== 'report') return;
  void (async () => {
    // The event was posted before this control message: every render it causes is done once these settle.
    await settled();
    window.parent.postMessage({ control: 'report', renders, microseconds: (lastRender - arrival.at) * 1000 }, '*');
    renders = 0;
  })();
});
