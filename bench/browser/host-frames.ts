/** Cross-origin bench frames: opened in a container, optionally served by a host, ready when they say so on their port. */
import type { FrameMode, ServiceHost } from '@wwe-kit/host';
import type { AckPorts } from './host-acks.js';

/** The frames' origin: http://127.0.0.1 against the page's http://localhost, so really cross-origin. */
export const frameOrigin = `http://127.0.0.1:${location.port}`;

export interface OpenFrame {
  readonly iframe: HTMLIFrameElement;
  /** The frame's window, once loaded. */
  readonly window: Window;
  /** What the frame said on its port when it was ready. */
  readonly ready: unknown;
}

export interface FrameSpec {
  /** A page of bench/browser with its query, e.g. `/subscriber.html`. */
  readonly path: string;
  readonly container: HTMLElement;
  /** Registered with this host before it is attached, as Workspace does. */
  readonly host?: ServiceHost;
  readonly section?: string;
  /** Default `background`. */
  readonly mode?: FrameMode;
  /** The ports its acknowledgements come on; without, the frame is ready once loaded. */
  readonly acks?: Pick<AckPorts, 'connect'>;
}

/** Opens one frame; resolves once it has loaded and, with `acks`, said it is ready on its port. */
export async function openFrame(spec: FrameSpec): Promise<OpenFrame> {
  const iframe = document.createElement('iframe');
  iframe.src = `${frameOrigin}${spec.path}`;
  spec.host?.registerFrame({ iframe, section: spec.section ?? 'BenchView', mode: spec.mode ?? 'background' });
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  spec.container.append(iframe);
  await loaded;
  const window = iframe.contentWindow!;
  // The load event follows the frame's module script, whose listener then takes the port.
  const ready = spec.acks ? await spec.acks.connect(window, frameOrigin) : undefined;
  return { iframe, window, ready };
}

/** Opens frames together (they load in parallel), in the order given. */
export const openFrames = (specs: readonly FrameSpec[]): Promise<OpenFrame[]> => Promise.all(specs.map(openFrame));
