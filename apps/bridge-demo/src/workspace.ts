// The Workspace page of the demo: a real ServiceHost with a small sample backend, the option data
// editable in place, and the traffic shown. The simulator and the full shell replace the backend later.
import { backendFromHandlers, OptionDataError, readOptionData, ServiceHost, type EventSink, type TrafficEntry } from '@wwe-kit/host';
import type { Interaction } from '@wwe-kit/protocol';

const pageOrigin = `${location.protocol}//127.0.0.1:${location.port}`;
const frame = document.querySelector<HTMLIFrameElement>('#page')!;
const traffic = document.querySelector<HTMLOListElement>('#traffic')!;
const refuseDial = document.querySelector<HTMLInputElement>('#refuse-dial')!;
const optionsText = document.querySelector<HTMLTextAreaElement>('#options')!;
const problems = document.querySelector<HTMLOListElement>('#problems')!;
document.querySelector('#own-origin')!.textContent = location.origin;

optionsText.value = `interaction-workspace:
  service-client-api.accepted-web-content-origins: ${pageOrigin} (agent.*, interaction.*, voice.dial)
  service-client-api.rate-limit.voice.dial: 5
  service-client-api.rate-limit-quarantine-delay: 30
  service-client-api.user-data.read-allowed: Origin,CustomerName
  service-client-api.user-data.write-allowed: Origin
`;

let events: EventSink | undefined;
const interactions: Interaction[] = [];
const backend = backendFromHandlers({
  'agent.get': () => ({ employeeId: '1001', firstname: 'Ada', lastname: 'Lovelace', username: 'ada' }),
  'agent.getState': () => ({ type: 'NOT_READY_ACTION_CODE', displayName: 'Not Ready - Break', operationName: 'NotReadyBreak' }),
  'interaction.getInteractions': () => interactions,
  'voice.dial': ([destination, userData]) => {
    const call = { interactionId: String(interactions.length + 1), media: 'voice', state: 'DIALING', parties: [{ name: destination }], userData: { ...userData, CustomerName: 'Grace', AccountNumber: '42-7' } } as unknown as Interaction;
    interactions.push(call);
    events?.emit('interaction', { eventType: 'DIALING', media: 'voice', interaction: call });
  },
}, (sink) => { events = sink; });

const log = (entry: TrafficEntry) => {
  const item = document.createElement('li');
  item.textContent = `${entry.direction === 'in' ? '←' : '→'} ${entry.kind} ${JSON.stringify(entry.message)}`;
  item.classList.toggle('error', entry.kind === 'error' || entry.kind === 'invalid');
  traffic.prepend(item);
};
const showProblem = (problem: string) => {
  const item = document.createElement('li');
  item.textContent = problem;
  problems.append(item);
};

/** The option data of the text box; "Refuse voice.dial" takes the request out of the page's filter. */
function currentOptions() {
  const data = readOptionData(optionsText.value);
  if (!refuseDial.checked) return data;
  const section = { ...data['interaction-workspace'] };
  section['service-client-api.accepted-web-content-origins'] = `${pageOrigin} (agent.*, interaction.*)`;
  return { ...data, 'interaction-workspace': section };
}

const host = new ServiceHost({ options: currentOptions(), backend, onTraffic: log, onProblem: showProblem });
host.registerFrame({ iframe: frame, section: 'BridgeDemo', mode: 'tab' });
frame.src = `${pageOrigin}/page.html`;

const apply = () => {
  problems.replaceChildren();
  try {
    host.setOptions(currentOptions());
  } catch (error) {
    showProblem(error instanceof OptionDataError ? error.message : String(error));
  }
};
document.querySelector('#apply')!.addEventListener('click', apply);
refuseDial.addEventListener('change', apply);
document.querySelector('#emit-state')!.addEventListener('click', () =>
  host.emit('agent', { eventType: 'STATE_CHANGED', mediaState: 'READY' }));
document.querySelector('#emit-interaction')!.addEventListener('click', () =>
  host.emit('interaction', { eventType: 'RINGING', media: 'voice', interaction: { interactionId: '9', state: 'RINGING', userData: { Origin: 'inbound', Secret: 'not for pages' } } as unknown as Interaction }));
