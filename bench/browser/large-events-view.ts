// A web-content view of one interaction (?interaction=), a real page as a customer would write it: a
// <wwe-bridge> with a <wwe-user-data>. It tells the bench page (its parent, which plays Workspace) that it
// is ready once its table shows the interaction's data, and acknowledges each interaction event on the
// MessagePort it was given, once its elements have rendered it.
import '@wwe-kit/elements/define/bridge';
import '@wwe-kit/elements/define/user-data';
import { WweStore } from '@wwe-kit/elements';
import type { LitElement } from 'lit';
import { CHANGED_KEY, markerOf, type ViewAck, type ViewReady } from './large-events-data.js';

const query = new URLSearchParams(location.search);
// timeout 0: 30 views load 10 interactions of 51 kB each at once, which a busy machine may take a while to serve.
document.body.innerHTML =
  `<wwe-bridge host-origin="${query.get('host')}" timeout="0">` +
  `<wwe-user-data interaction-id="${query.get('interaction')}"></wwe-user-data></wwe-bridge>`;
const bridge = document.querySelector('wwe-bridge')!;
const userData = document.querySelector('wwe-user-data') as LitElement;

/** Every render the last change asked for is done: an update may ask for one more. */
const settled = async () => {
  for (let round = 0; round < 2; round++) await userData.updateComplete;
};
const shownValue = (key: string) =>
  userData.shadowRoot?.querySelector(`tr[data-key="${key}"] td[part="value"]`)?.textContent ?? undefined;

let port: MessagePort | undefined;
let ready: ViewReady | undefined;
const tellReady = () => {
  if (port && ready) port.postMessage(ready);
};

// Registered after the bridge's own listener (the bridge made its client above), so it runs after the
// bridge has handed the event to the store and the store has woken the elements.
addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const message = event.data as { control?: string; event?: string; data?: { interaction?: { userData?: object } } };
  if (message?.control === 'ack-port') {
    port = event.ports[0];
    tellReady();
    return;
  }
  if (message?.event !== 'interaction' || !port) return;
  const value = (message.data?.interaction?.userData as Record<string, unknown> | undefined)?.[CHANGED_KEY];
  void settled().then(() => {
    const ack: ViewAck = { marker: markerOf(value), shown: shownValue(CHANGED_KEY) === value };
    port!.postMessage(ack);
  });
});

void (async () => {
  await WweStore.for(bridge.client!).need('allowedServices', 'interactions');
  await settled();
  ready = { rows: userData.shadowRoot?.querySelectorAll('tr[part="row"]').length ?? 0 };
  tellReady();
})();
