// The web-content page: everything here is what a page author writes with wwe-kit.
import { ServiceClient, ServiceClientError } from '@wwe-kit/bridge';

const output = document.querySelector<HTMLOListElement>('#output')!;
const show = (label: string, value: unknown, isError = false) => {
  const item = document.createElement('li');
  item.textContent = `${label}: ${JSON.stringify(value)}`;
  item.classList.toggle('error', isError);
  output.prepend(item);
};

const client = new ServiceClient();
document.querySelector('#own-origin')!.textContent = location.origin;
document.querySelector('#host-origin')!.textContent = client.hostOrigin;

client.on('agent', (event) => show('agent event', event));
client.on('interaction', (event) => show('interaction event', event.eventType));

const run = (label: string, call: () => Promise<unknown>) => async () => {
  try {
    show(label, await call());
  } catch (error) {
    const failure = error as ServiceClientError;
    show(`${label} failed (${failure.code})`, failure.errorMessage ?? failure.message, true);
  }
};
document.querySelector('#get-agent')!.addEventListener('click', run('agent.get', () => client.agent.get()));
document.querySelector('#get-state')!.addEventListener('click', run('agent.getState', () => client.agent.getState()));
document.querySelector('#dial')!.addEventListener('click', run('voice.dial', () =>
  client.voice.dial(document.querySelector<HTMLInputElement>('#destination')!.value, { Origin: 'bridge demo' })));
