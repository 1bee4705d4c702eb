/** Test helpers: a responder page in a really cross-origin frame, steered by control messages. */
import { controller, waitForReady } from './controls.js';
import { crossOrigin } from '../../packages/testing/src/contract/origins.js';

/** The test server's two origins (pages load from localhost, frames from 127.0.0.1): from @wwe-kit/testing's contract suite. */
export { crossOrigin, sameOrigin } from '../../packages/testing/src/contract/origins.js';

export interface Responder {
  readonly frame: HTMLIFrameElement;
  readonly window: Window;
  readonly origin: string;
  /** Sends a control message and resolves with the responder's reply. */
  control<T = unknown>(name: string, fields?: Record<string, unknown>): Promise<T>;
  /** Every protocol message the responder received, in order. */
  received(): Promise<Array<Record<string, unknown>>>;
  remove(): void;
}

/** Loads the responder in an iframe on `origin` (cross-origin by default) and waits until it listens. */
export async function openResponder(origin = crossOrigin()): Promise<Responder> {
  const frame = document.createElement('iframe');
  frame.src = `${origin}/test/fixtures/responder.html`;
  const ready = waitForReady(() => frame.contentWindow);
  document.body.append(frame);
  await ready;
  const target = frame.contentWindow!;
  const control = controller(target);
  return {
    frame,
    window: target,
    origin,
    control,
    received: () => control('received'),
    remove: () => frame.remove(),
  };
}

/** Navigates the responder's frame to another origin, keeping the same window, and waits until it listens. */
export async function navigateResponder(responder: Responder, origin: string): Promise<void> {
  const ready = waitForReady(() => responder.frame.contentWindow);
  await responder.control('navigate', { url: `${origin}/test/fixtures/responder.html` });
  await ready;
}

/** Lets queued messages and microtasks run: two postMessage hops to the frame and back. */
export const settle = async (responder: Responder): Promise<void> => {
  await responder.control('received');
};
