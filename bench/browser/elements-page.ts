// A web-content page with ?copies= copies of four wwe-kit elements inside one <wwe-bridge>. Once every
// element has rendered with Workspace's data, it posts { control: 'rendered', at } to its parent, `at`
// being its own clock: milliseconds since its navigation started. elements-bridge-only.ts is the same
// page written by hand over a bare ServiceClient.
import { scriptStart } from './startup-mark.js';
import '@wwe-kit/elements/define/bridge';
import '@wwe-kit/elements/define/agent-state';
import '@wwe-kit/elements/define/dial-pad';
import '@wwe-kit/elements/define/toast-trigger';
import '@wwe-kit/elements/define/outbound-preview';
import { SUPPORTED_CHARACTERS_OPTION, WweStore } from '@wwe-kit/elements';
import type { LitElement } from 'lit';

const search = new URLSearchParams(location.search);
const copies = Number(search.get('copies') ?? 1);
const one =
  '<wwe-agent-state></wwe-agent-state><wwe-dial-pad></wwe-dial-pad><wwe-toast-trigger title="t"></wwe-toast-trigger><wwe-outbound-preview></wwe-outbound-preview>';
// No timeout: a busy machine must not turn a slow answer into an error render; the bench page guards the run.
document.body.innerHTML = `<wwe-bridge timeout="0" host-origin="${search.get('host')}">${one.repeat(copies)}</wwe-bridge>`;
/** The page's elements, <wwe-bridge> and the <wwe-record-fields> inside each preview left aside. */
export const elements = [...document.querySelectorAll('wwe-bridge > *')] as LitElement[];

/**
 * What these four elements render from: the shared resources they need, and the dial pad's option.
 * Asking for them again here sends nothing: the store shares one request per resource (the bench
 * checks the count of startup messages).
 */
const resources = ['allowedServices', 'state', 'stateList', 'interactions', 'campaigns'] as const;

function optionKnown(store: WweStore, name: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (store.option(name) === undefined) return;
      stop();
      resolve();
    };
    const stop = store.watch(check, ['options']);
    check();
  });
}

/** Every update the data caused is done, including updates that one update requested. */
async function settled(): Promise<void> {
  while (elements.some((element) => element.isUpdatePending))
    await Promise.all(elements.map((element) => element.updateComplete));
}

async function firstRenderWithData(): Promise<number> {
  const client = document.querySelector('wwe-bridge')!.client;
  if (!client) throw new Error('<wwe-bridge> made no client');
  const store = WweStore.for(client);
  await Promise.all([store.need(...resources), optionKnown(store, SUPPORTED_CHARACTERS_OPTION)]);
  await settled();
  const at = performance.now();
  for (const resource of resources)
    if (store.status(resource) !== 'ready')
      throw new Error(`${resource} did not load: ${store.error(resource)?.message}`);
  // After the clock: a check that "with data" holds, not part of the time.
  if (!document.querySelector('wwe-agent-state')?.current) throw new Error('<wwe-agent-state> shows no state');
  return at;
}

/** Resolves with the time of the first render with data, before the parent hears of it. */
export const firstRender = firstRenderWithData();
void firstRender.then(
  (at) => window.parent.postMessage({ control: 'rendered', at, scriptStart, isolated: crossOriginIsolated }, '*'),
  (error: unknown) => window.parent.postMessage({ control: 'failed', message: String(error) }, '*'),
);
