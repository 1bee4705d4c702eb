// A web-content page with ten of each of four wwe-kit elements in one <wwe-bridge>. It counts the
// renders an event causes and the time from the event's arrival to the last of them, on request
// of the bench page (its parent), which plays Workspace.
import { arrival } from './arrival.js';
import '@wwe-kit/elements/define/bridge';
import '@wwe-kit/elements/define/agent-state';
import '@wwe-kit/elements/define/dial-pad';
import '@wwe-kit/elements/define/toast-trigger';
import '@wwe-kit/elements/define/outbound-preview';
import { WweStore } from '@wwe-kit/elements';
import type { LitElement } from 'lit';

const host = new URLSearchParams(location.search).get('host')!;
const ten = (tag: string) => `<${tag}></${tag}>`.repeat(10);
document.body.innerHTML = `<wwe-bridge host-origin="${host}">${ten('wwe-agent-state')}${ten('wwe-dial-pad')}${ten('wwe-toast-trigger')}${ten('wwe-outbound-preview')}</wwe-bridge>`;
const elements = [...document.querySelectorAll('wwe-bridge *')] as LitElement[];

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

const settled = async () => {
  for (let round = 0; round < 2; round++) await Promise.all(elements.map((element) => element.updateComplete));
};

addEventListener('message', (event) => {
  const control = (event.data as { control?: string } | null)?.control;
  if (event.source !== window.parent || !control) return;
  void (async () => {
    if (control === 'ready') {
      const client = document.querySelector('wwe-bridge')!.client!;
      await WweStore.for(client).need('allowedServices', 'agent', 'state', 'stateList', 'interactions', 'campaigns');
      await settled();
      renders = 0;
      window.parent.postMessage({ control: 'ready' }, '*');
    } else if (control === 'report') {
      // The event was posted before this control message: every render it causes is done once these settle.
      await settled();
      window.parent.postMessage({ control: 'report', renders, microseconds: (lastRender - arrival.at) * 1000 }, '*');
      renders = 0;
    }
  })();
});
window.parent.postMessage({ control: 'loaded' }, '*');
