// The baseline of elements-page.ts: the same page written by hand over a bare ServiceClient. It sends
// the same startup messages (one subscription to every event, then the same six requests), writes the
// same data into plain DOM for ?copies= copies of the four elements (agent state with its state list,
// dial pad, toast button, outbound campaigns), then posts { control: 'rendered', at } to its parent.
// On an agent event it writes the new state into every copy, and answers { control: 'report' } with
// the time from the event's arrival to that write, as renders-page.ts does for the elements.
import { scriptStart } from './startup-mark.js';
import { arrival } from './arrival.js';
import { ServiceClient } from '@wwe-kit/bridge';
import { eventNames, type Campaign, type RequestName, type State } from '@wwe-kit/protocol';

const search = new URLSearchParams(location.search);
const copies = Number(search.get('copies') ?? 1);
const client = new ServiceClient({ hostOrigin: search.get('host')!, timeout: 0 });
const option = 'expression.phone-number.supported-characters';

const escape = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
const keys = [...'123456789*0#'];

interface Data {
  readonly allowed: readonly string[];
  readonly state: State;
  readonly states: readonly State[];
  readonly campaigns: readonly Campaign[];
  readonly characters: string | undefined;
}

function copy({ allowed, state, states, campaigns, characters }: Data): string {
  const may = (request: RequestName) => (allowed.includes(request) ? '' : ' disabled');
  return `<div class="agent-state"><span class="state">${escape(state.displayName)}</span>
<ul hidden>${states.map((entry) => `<li>${escape(entry.displayName)}</li>`).join('')}</ul></div>
<div class="dial-pad"><label>Number <input type="tel" data-characters="${escape(characters ?? '')}"></label>
<div>${keys.map((key) => `<button${may('voice.dial')}>${key}</button>`).join('')}</div><button${may('voice.dial')}>Dial</button></div>
<div class="toast"><button${may('system.popupToast')}>Show toast</button></div>
<section class="outbound"><h2>Campaigns</h2><select><option value="">${campaigns.length ? 'Choose a campaign' : 'No campaign loaded'}</option>
${campaigns.map((campaign) => `<option>${escape(campaign.name)}${campaign.state ? ` (${campaign.state})` : ''}</option>`).join('')}</select>
<button${may('outbound.getPreviewRecord')}>Get preview record</button><p>No preview record.</p></section>`;
}

let states: readonly State[] = [];
let stateNodes: HTMLElement[] = [];
let writes = 0;
let lastWrite = 0;

/** The state an agent event names, as the elements' store finds it: by type, and by reason when it has one. */
function stateOf(event: { mediaState: State['type']; reason?: string }): string {
  const found = states.find(
    (entry) =>
      entry.type === event.mediaState &&
      (event.reason ? entry.displayName.endsWith(event.reason) : !entry.displayName.includes(' - ')),
  );
  return found?.displayName ?? event.mediaState;
}

async function firstRenderWithData(): Promise<number> {
  // One subscription to every event, as the elements' store makes; requests once it stands, as the store asks.
  for (const name of eventNames) client.on(name, () => undefined);
  client.on('agent', (event) => {
    const name = stateOf(event);
    for (const node of stateNodes) node.textContent = name;
    writes += stateNodes.length;
    lastWrite = performance.now();
  });
  await client.whenSubscribed();
  const [allowed, state, stateList, , campaigns, options] = await Promise.all([
    client.system.getAllowedServices(),
    client.agent.getState(),
    client.agent.getStateList(),
    client.interaction.getInteractions(),
    client.outbound.getCampaigns(),
    client.configuration.getOption(option),
  ]);
  states = stateList;
  const characters = options['interaction-workspace']?.[option];
  const data: Data = {
    allowed,
    state,
    states,
    campaigns,
    characters: Array.isArray(characters) ? characters.join(',') : characters,
  };
  document.body.innerHTML = copy(data).repeat(copies);
  stateNodes = [...document.querySelectorAll<HTMLElement>('.state')];
  return performance.now();
}

void firstRenderWithData().then(
  (at) => window.parent.postMessage({ control: 'rendered', at, scriptStart, isolated: crossOriginIsolated }, '*'),
  (error: unknown) => window.parent.postMessage({ control: 'failed', message: String(error) }, '*'),
);

addEventListener('message', (event) => {
  if (event.source !== window.parent || (event.data as { control?: string } | null)?.control !== 'report') return;
  // The agent event came before this control message, and was written when it arrived.
  window.parent.postMessage({ control: 'report', renders: writes, microseconds: (lastWrite - arrival.at) * 1000 }, '*');
  writes = 0;
});
