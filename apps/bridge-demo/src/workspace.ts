// The Workspace page of the demo: the real ServiceHost over the simulator, the option data
// editable in place, and the traffic shown. The full workspace shell replaces it later.
import { OptionDataError, readOptionData, ServiceHost, type TrafficEntry } from '@wwe-kit/host';
import { WorkspaceSimulator } from '@wwe-kit/simulator';

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

const simulator = new WorkspaceSimulator({ options: currentOptions() });
const host = new ServiceHost({ options: currentOptions(), backend: simulator, onTraffic: log, onProblem: showProblem });
host.registerFrame({ iframe: frame, section: 'BridgeDemo', mode: 'tab' });
frame.src = `${pageOrigin}/page.html`;

const apply = () => {
  problems.replaceChildren();
  try {
    const options = currentOptions();
    host.setOptions(options);
    simulator.setOptions(options);
  } catch (error) {
    showProblem(error instanceof OptionDataError ? error.message : String(error));
  }
};
document.querySelector('#apply')!.addEventListener('click', apply);
refuseDial.addEventListener('change', apply);
document.querySelector('#emit-state')!.addEventListener('click', () => simulator.agent.setState('Ready'));
document.querySelector('#emit-interaction')!.addEventListener('click', () =>
  simulator.scenario.inboundCall('+33123456789', { Origin: 'inbound', CustomerName: 'Grace', Secret: 'not for pages' }));
