// A Workspace stand-in: answers the wire protocol with sample data and shows the traffic.
// It is what `npm start` offers until the real host and simulator arrive.
import { CLIENT_USER_AGENT, PROTOCOL_VERSION, SERVER_USER_AGENT, checkParameters, notAllowedMessage } from '@wwe-kit/protocol';

const pageOrigin = `${location.protocol}//127.0.0.1:${location.port}`;
const frame = document.querySelector<HTMLIFrameElement>('#page')!;
const traffic = document.querySelector<HTMLOListElement>('#traffic')!;
const refuseDial = document.querySelector<HTMLInputElement>('#refuse-dial')!;
document.querySelector('#own-origin')!.textContent = location.origin;
frame.src = `${pageOrigin}/page.html`;

const sample: Record<string, unknown> = {
  'agent.get': { employeeId: '1001', firstname: 'Ada', lastname: 'Lovelace', username: 'ada' },
  'agent.getState': { type: 'NOT_READY_ACTION_CODE', displayName: 'Not Ready - Break', operationName: 'NotReadyBreak' },
};
const subscriptions = new Map<string, string[]>();

const log = (direction: string, message: unknown) => {
  const item = document.createElement('li');
  item.textContent = `${direction} ${JSON.stringify(message)}`;
  traffic.prepend(item);
};
const send = (message: Record<string, unknown>) => {
  log('→', message);
  frame.contentWindow?.postMessage({ ...message, userAgent: SERVER_USER_AGENT, protocolVersion: PROTOCOL_VERSION }, pageOrigin);
};

addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== pageOrigin) return;
  const message = event.data as Record<string, unknown>;
  if (message['userAgent'] !== CLIENT_USER_AGENT) return;
  log('←', message);
  const { referenceId } = message;
  if (message['event'] === 'subscribe') {
    const subscriptionId = `sub-${String(referenceId)}`;
    subscriptions.set(subscriptionId, ([] as string[]).concat(message['data'] as string[]));
    send({ referenceId, data: { subscriptionId } });
    return;
  }
  if (message['event'] === 'unsubscribe') {
    subscriptions.delete(String(message['data']));
    return;
  }
  const request = String(message['request']);
  const problem = checkParameters(request, message['parameters']);
  if (problem) send({ request, referenceId, errorMessage: problem });
  else if (request === 'voice.dial' && refuseDial.checked) {
    send({ request, referenceId, errorMessage: notAllowedMessage(request, `origin ${pageOrigin} is not allowed this request`,
      `Allow it in service-client-api.accepted-web-content-origins, e.g. "${pageOrigin} (voice.dial)"`) });
  } else send({ request, referenceId, data: sample[request] ?? null });
});

const emit = (event: string, data: unknown) => {
  if ([...subscriptions.values()].some((names) => names.includes(event))) send({ event, data });
  else log('·', `no subscription for '${event}' yet`);
};
document.querySelector('#emit-state')!.addEventListener('click', () =>
  emit('agent', { eventType: 'STATE_CHANGED', mediaState: 'READY' }));
document.querySelector('#emit-interaction')!.addEventListener('click', () =>
  emit('interaction', { eventType: 'RINGING', media: 'voice', interaction: { interactionId: '1', state: 'RINGING', userData: {} } }));
