// Runs in headless Chromium as Workspace: a real ServiceHost over a WorkspaceSimulator, fresh for each
// run, serving one cross-origin frame (http://127.0.0.1), fresh too. Node (bench/elements.ts) calls it
// once per run, alternating the elements page and its bridge-only baseline.
// - startup: the frame loads ?copies= copies of four elements (or the bridge-only page), and reports
//   when it has first rendered with data; the run answers that time and the messages the host got.
// - renders: the frame has ten of each of four elements (or the bridge-only page's ten copies); the
//   agent's state changes `rounds` times; the run answers, per round, the renders it caused and the
//   time from its arrival in the frame to the last of them.
import { ServiceHost } from '@wwe-kit/host';
import { WorkspaceSimulator } from '@wwe-kit/simulator';

export type PageKind = 'elements' | 'bridge-only';

export interface StartupRun {
  /** The frame's clock when it had first rendered with data: ms since its navigation started. */
  readonly frameMs: number;
  /** The frame's clock when its script started running (fetched, parsed and compiled, nothing run yet). */
  readonly scriptMs: number;
  /** The same moment seen from here: ms from adding the iframe to hearing of it. */
  readonly parentMs: number;
  /** What the frame sent the host until then (`request` names, `subscribe`), sorted. */
  readonly messages: string[];
  /** Whether the frame's clock had microsecond resolution (it was cross-origin isolated). */
  readonly isolated: boolean;
}

export interface RendersRun {
  readonly renders: number[];
  readonly microseconds: number[];
}

const frameOrigin = `http://127.0.0.1:${location.port}`;
/** A guard only: a frame that never reports fails the run instead of hanging the bench. */
const GUARD_MS = 60_000;
/** The frame's page for each kind: the renders figure counts renders with an instrumented elements page. */
const startupPage: Record<PageKind, string> = { elements: 'elements-page', 'bridge-only': 'elements-bridge-only' };
const rendersPage: Record<PageKind, string> = { elements: 'renders-page', 'bridge-only': 'elements-bridge-only' };

interface Served {
  readonly iframe: HTMLIFrameElement;
  readonly simulator: WorkspaceSimulator;
  close(): void;
}

/** A ServiceHost + simulator serving one new cross-origin frame, not added to the page yet. */
function serve(path: string, onMessage?: (name: string) => void): Served {
  const options = {
    'interaction-workspace': {
      'service-client-api.accepted-web-content-origins': '*',
      'expression.phone-number.supported-characters': '0123456789+',
    },
  };
  const simulator = new WorkspaceSimulator({ options });
  const host = new ServiceHost({
    options,
    backend: simulator,
    session: false,
    ...(onMessage
      ? {
          onTraffic: (entry: { direction: string; message: unknown }) => {
            if (entry.direction !== 'in') return;
            const message = entry.message as Record<string, unknown>;
            onMessage(String(message['request'] ?? message['event']));
          },
        }
      : {}),
  });
  const iframe = document.createElement('iframe');
  // The frame's own clock at microseconds, as the bench page's: it shares the page's cross-origin isolation.
  iframe.allow = 'cross-origin-isolated';
  iframe.src = `${frameOrigin}/${path}&host=${encodeURIComponent(location.origin)}`;
  host.registerFrame({ iframe, section: 'Bench', mode: 'tab' });
  return {
    iframe,
    simulator,
    close: () => {
      iframe.remove();
      host.dispose();
    },
  };
}

/** The next control message `control` from `frame`; rejects on its `failed` report or at the guard. */
function fromFrame<T>(frame: HTMLIFrameElement, control: string, what: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const guard = setTimeout(
      () => finish(() => reject(new Error(`no '${control}' within ${GUARD_MS} ms; ${what()}`))),
      GUARD_MS,
    );
    const finish = (settle: () => void) => {
      clearTimeout(guard);
      removeEventListener('message', listen);
      settle();
    };
    const listen = (event: MessageEvent) => {
      const data = event.data as { control?: string; message?: string } | null;
      if (event.source !== frame.contentWindow || !data?.control) return;
      if (data.control === 'failed') finish(() => reject(new Error(`the frame failed: ${data.message}`)));
      else if (data.control === control) finish(() => resolve(data as T));
    };
    addEventListener('message', listen);
  });
}

/**
 * Load to first render with data, and the messages sent until then. The frame posts its report after
 * its last startup request, to the same window: messages from one frame arrive in order, so by the
 * report the host has logged every one (it logs them as they arrive), with no quiet period to wait out.
 */
export async function startup(kind: PageKind, copies: number): Promise<StartupRun> {
  const messages: string[] = [];
  const served = serve(`${startupPage[kind]}.html?copies=${copies}`, (name) => messages.push(name));
  try {
    const rendered = fromFrame<{ at: number; scriptStart: number; isolated: boolean }>(
      served.iframe,
      'rendered',
      () => `messages so far: ${messages.join(', ')}`,
    );
    const started = performance.now();
    document.body.append(served.iframe);
    const { at, scriptStart, isolated } = await rendered;
    return {
      frameMs: at,
      scriptMs: scriptStart,
      parentMs: performance.now() - started,
      messages: messages.sort(),
      isolated,
    };
  } finally {
    served.close();
  }
}

/** Renders per agent STATE_CHANGED with ten copies of each of four elements (or the bridge-only page). */
export async function renders(kind: PageKind, rounds: number): Promise<RendersRun> {
  const served = serve(`${rendersPage[kind]}.html?copies=10`);
  try {
    const rendered = fromFrame(served.iframe, 'rendered', () => 'the page did not render');
    document.body.append(served.iframe);
    await rendered;
    const figures: RendersRun = { renders: [], microseconds: [] };
    for (let round = 0; round < rounds; round++) {
      served.simulator.agent.setState(round % 2 ? 'Ready' : 'NotReady');
      // The event is posted to the frame before this control message, so the report follows it.
      const report = fromFrame<{ renders: number; microseconds: number }>(
        served.iframe,
        'report',
        () => `no report for round ${round}`,
      );
      served.iframe.contentWindow!.postMessage({ control: 'report' }, '*');
      const { renders: count, microseconds } = await report;
      figures.renders.push(count);
      figures.microseconds.push(microseconds);
    }
    return figures;
  } finally {
    served.close();
  }
}

// One idle frame of the frames' origin for the whole bench: each run's frame then joins its renderer
// process rather than waiting for a new one to start, which on a busy machine varies more than all else.
const idle = document.createElement('iframe');
idle.src = `${frameOrigin}/elements-idle.html`;
document.body.append(idle);

(window as unknown as { elementsBench: { startup: typeof startup; renders: typeof renders } }).elementsBench = {
  startup,
  renders,
};
