/**
 * The scenario panel: what happens to the agent without being asked (calls,
 * chats, emails, campaigns, preview records, hang-ups, a dropped connection),
 * and faults injected into chosen requests.
 */
import {
  backendRequestNames,
  isHostAnswered,
  isRequestName,
  type KeyValues,
  type RequestName,
} from '@wwe-kit/protocol';
import type { Fault } from '@wwe-kit/simulator';
import { html } from 'lit';
import { customers } from '../../../shared/customers.js';
import type { Shell } from '../shell.js';
import { scenarioScripts } from './scenario-scripts.js';

const value = (id: string) =>
  (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value.trim();

/** The attached-data box as an object, or an error saying what is wrong with it. */
function userData(): KeyValues {
  const text = value('scenario-user-data');
  if (!text) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `the attached data is not JSON (${(error as Error).message}). Write an object, e.g. {"Reason": "Billing"}.`,
      { cause: error },
    );
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new Error('the attached data must be a JSON object, e.g. {"Reason": "Billing"}.');
  return data as KeyValues;
}

const selected = (shell: Shell) => {
  if (shell.selectedInteraction === undefined)
    throw new Error('no interaction is selected. Select one in the list first.');
  return shell.selectedInteraction;
};

function addFault(shell: Shell): string {
  const request = value('fault-request');
  if (!isRequestName(request))
    throw new Error(
      `'${request}' is not a request of the Service Client API. Pick one from the list, e.g. voice.dial.`,
    );
  // The host answers these itself: the simulator never sees them, so a fault on them would do nothing.
  if (isHostAnswered(request))
    throw new Error(
      `'${request}' is answered by the host itself (its rights, the tab election, the messenger), not by the simulator: a fault cannot reach it. Pick a request the simulator answers, e.g. voice.dial.`,
    );
  const kind = value('fault-kind');
  const name = request as RequestName;
  if (kind === 'drop') shell.simulator.faults.drop(name);
  else if (kind === 'fail')
    shell.simulator.faults.fail(
      name,
      value('fault-value') || `Error: ${request} failed (fault injected by the scenario panel).`,
    );
  else {
    const milliseconds = Number(value('fault-value'));
    if (!Number.isFinite(milliseconds) || milliseconds < 0)
      throw new Error('a delay needs a number of milliseconds in the value field, e.g. 2000.');
    shell.simulator.faults.delay(name, milliseconds);
  }
  return `${request} ${kind === 'drop' ? 'is never answered' : kind === 'fail' ? 'fails' : 'is answered late'} until the fault is cleared.`;
}

/** Who a caller number is, worded: the sample CRM's name and the number, or the number alone. */
const caller = (number: string) => {
  const known = customers.find((customer) => customer.phones.includes(number));
  return known ? `${known.name} (${number})` : number;
};

export function scenarios(shell: Shell) {
  const { scenario, faults } = shell.simulator;
  const run = (label: string, action: () => unknown) => () => shell.act(label, action);
  const interaction = (id: string) => `interaction ${id}`;
  return html`<section id="scenarios" aria-label="Scenarios">
    <fieldset><legend>Inbound call</legend>
      <label>Caller <input id="scenario-ani" list="known-callers" value=${customers[0]!.phones[0]!}></label>
      <datalist id="known-callers">${customers.map((customer) => customer.phones.map((phone) => html`<option value=${phone}>${customer.name}</option>`))}
        <option value="+15550000000">Unknown caller</option></datalist>
      <label class="wide">Attached data (JSON) <textarea id="scenario-user-data" rows="2">{"AccountNumber": "4711-0042", "Reason": "Billing question", "Internal_Score": "87"}</textarea></label>
      <div class="buttons"><button type="button" class="primary" data-scenario="inbound-call" @click=${run('', () => {
        const ani = value('scenario-ani');
        scenario.inboundCall(ani, userData());
        return `Call from ${caller(ani)} is ringing.`;
      })}>Ring</button></div>
    </fieldset>
    <fieldset><legend>Chat or email</legend>
      <label class="wide">From <input id="scenario-from" value="Grace Hopper"></label>
      <div class="buttons">
        <button type="button" data-scenario="chat" @click=${run('', () => `Chat from ${value('scenario-from')} is offered (${interaction(scenario.chat(value('scenario-from'), userData()))}).`)}>Offer a chat</button>
        <button type="button" data-scenario="email" @click=${run('', () => `Email from ${value('scenario-from')} is offered (${interaction(scenario.email(value('scenario-from'), userData()))}).`)}>Offer an email</button>
      </div>
    </fieldset>
    <fieldset><legend>Outbound campaign</legend>
      <label>Campaign <input id="scenario-campaign" value="Summer Offers"></label>
      <label>Dialing mode <select id="scenario-mode"><option>Push Preview</option><option>Preview</option><option>Predictive GVP</option></select></label>
      <div class="buttons">
        <button type="button" data-scenario="campaign-load" @click=${run('', () => (scenario.campaign(value('scenario-campaign')), `Campaign “${value('scenario-campaign')}” loaded.`))}>Load</button>
        <button type="button" data-scenario="campaign-start" @click=${run('', () => (scenario.campaign(value('scenario-campaign'), value('scenario-mode')), `Campaign “${value('scenario-campaign')}” started in ${value('scenario-mode')} mode.`))}>Start</button>
        <button type="button" class="primary" data-scenario="push-preview" @click=${run('', () => `A preview record of “${value('scenario-campaign')}” is offered (${interaction(scenario.pushPreview(value('scenario-campaign')))}).`)}>Push a record</button>
        <button type="button" data-scenario="direct-push" @click=${run('', () => `A direct-push record of “${value('scenario-campaign')}” is offered (${interaction(scenario.directPushPreview(value('scenario-campaign')))}).`)}>Direct push</button>
      </div>
    </fieldset>
    <fieldset><legend>The selected interaction</legend>
      <div class="buttons">
        <button type="button" data-scenario="customer-hangup" @click=${run('Customer hangs up', () => scenario.customerHangUp(selected(shell)))}>Customer hangs up</button>
        <button type="button" data-scenario="remote-answer" @click=${run('Remote party answers', () => scenario.remoteAnswer(selected(shell)))}>Remote party answers</button>
        <button type="button" data-scenario="ring-no-answer" @click=${run('Ring, no answer', () => scenario.ringNoAnswer(selected(shell)))}>Ring, no answer</button>
      </div>
    </fieldset>
    <fieldset><legend>Real-time connection</legend>
      <div class="buttons">
        <button type="button" class="danger" data-scenario="realtime-disconnect" @click=${run('Real-time connection', () => (scenario.realtime(false), 'disconnected.'))}>Disconnect</button>
        <button type="button" data-scenario="realtime-reconnect" @click=${run('Real-time connection', () => (scenario.realtime(true), 'reconnected.'))}>Reconnect</button>
      </div>
    </fieldset>
    <fieldset><legend>Faults</legend>
      <label>Request <input id="fault-request" list="request-names" placeholder="voice.dial"></label>
      <datalist id="request-names">${backendRequestNames.map((name) => html`<option value=${name}></option>`)}</datalist>
      <label>Fault <select id="fault-kind"><option value="fail">fail with</option><option value="delay">delay (ms)</option><option value="drop">drop (never answer)</option></select></label>
      <label class="wide">Value <input id="fault-value" placeholder="message, or milliseconds"></label>
      <div class="buttons"><button type="button" data-scenario="fault-add" @click=${run('Inject fault', () => addFault(shell))}>Inject</button></div>
      <ul id="faults" class="plain-list">${faults.list().map(
        ([request, fault]) => html`<li data-fault=${request}><code>${request}</code> ${describe(fault)}
        <button type="button" class="small" @click=${run('Clear fault', () => (faults.clear(request as RequestName), `${request} answers normally again.`))}>Clear</button></li>`,
      )}</ul>
    </fieldset>
    ${scenarioScripts(shell)}
  </section>`;
}

const describe = (fault: Fault) =>
  fault.kind === 'delay'
    ? `answers delayed ${fault.milliseconds} ms`
    : fault.kind === 'drop'
      ? 'never answered'
      : `fails with "${fault.message}"`;
