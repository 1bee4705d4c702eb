// Runs in headless Chromium: how many messages a page of wwe-kit elements sends Workspace at startup,
// with each element once and ten times, against the real host and simulator.
import { ServiceHost } from '@wwe-kit/host';
import { WorkspaceSimulator } from '@wwe-kit/simulator';

const frameOrigin = `http://127.0.0.1:${location.port}`;

async function startupMessages(copies: number): Promise<string[]> {
  const options = {
    'interaction-workspace': {
      'service-client-api.accepted-web-content-origins': '*',
      'expression.phone-number.supported-characters': '0123456789+',
    },
  };
  const sent: string[] = [];
  let last = performance.now();
  const host = new ServiceHost({
    options,
    backend: new WorkspaceSimulator({ options }),
    session: false,
    onTraffic: (entry) => {
      if (entry.direction !== 'in') return;
      const message = entry.message as Record<string, unknown>;
      sent.push(String(message['request'] ?? message['event']));
      last = performance.now();
    },
  });
  const iframe = document.createElement('iframe');
  iframe.src = `${frameOrigin}/elements-page.html?copies=${copies}&host=${encodeURIComponent(location.origin)}`;
  host.registerFrame({ iframe, section: 'Bench', mode: 'tab' });
  document.body.append(iframe);
  // Startup is over once the page has been quiet for a second after its first message.
  while (sent.length === 0 || performance.now() - last < 1000) await new Promise((resolve) => setTimeout(resolve, 100));
  iframe.remove();
  host.dispose();
  return sent.sort();
}

const fromFrame = (frame: HTMLIFrameElement, control: string) =>
  new Promise<Record<string, number>>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || (event.data as { control?: string })?.control !== control) return;
      removeEventListener('message', listen);
      resolve(event.data as Record<string, number>);
    };
    addEventListener('message', listen);
  });

/** Renders caused by one agent STATE_CHANGED with 40 elements on the page, and the time from its arrival to the last render. */
async function rendersPerStateChange(rounds: number): Promise<{ renders: number[]; microseconds: number[] }> {
  const options = { 'interaction-workspace': { 'service-client-api.accepted-web-content-origins': '*' } };
  const simulator = new WorkspaceSimulator({ options });
  const host = new ServiceHost({ options, backend: simulator, session: false });
  const iframe = document.createElement('iframe');
  iframe.src = `${frameOrigin}/renders-page.html?host=${encodeURIComponent(location.origin)}`;
  host.registerFrame({ iframe, section: 'Renders', mode: 'tab' });
  const loaded = fromFrame(iframe, 'loaded');
  document.body.append(iframe);
  await loaded;
  const ready = fromFrame(iframe, 'ready');
  iframe.contentWindow!.postMessage({ control: 'ready' }, '*');
  await ready;
  const figures = { renders: [] as number[], microseconds: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    simulator.agent.setState(round % 2 ? 'Ready' : 'NotReady');
    const report = fromFrame(iframe, 'report');
    iframe.contentWindow!.postMessage({ control: 'report' }, '*');
    const { renders, microseconds } = await report;
    figures.renders.push(renders!);
    figures.microseconds.push(microseconds!);
  }
  iframe.remove();
  host.dispose();
  return figures;
}

export async function run() {
  return {
    once: await startupMessages(1),
    tenTimes: await startupMessages(10),
    stateChange: await rendersPerStateChange(31),
  };
}

(window as unknown as { elementsBenchRun: typeof run }).elementsBenchRun = run;
