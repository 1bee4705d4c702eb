/**
 * The test page's end of the mount frame's messages (wire.ts): it awaits the frame's hello, then sends
 * calls and matches their replies. One listener serves the frame's whole life; `close` removes it and
 * rejects what is still pending, so nothing of a disposed mount stays on the window.
 */
import { isMountMessage, type FrameCall, type FrameCalls, type FrameHello, type FrameReply } from './wire.js';

/** A call's result, as the frame answers it. */
export type CallResult<N extends keyof FrameCalls> = Awaited<ReturnType<FrameCalls[N]>>;

export interface FrameChannel {
  /** Resolves once the frame's runtime listens; rejects with the frame's reason when it could not start. */
  readonly ready: Promise<void>;
  /** Sends a call to the frame; resolves with its result, or rejects with `describe(name, args)` and what the frame threw. */
  call<N extends keyof FrameCalls>(name: N, args: Parameters<FrameCalls[N]>[0]): Promise<CallResult<N>>;
  /** Stops listening; the pending calls (and the hello) reject with `reason`. */
  close(reason: string): void;
}

interface Pending {
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly what: string;
}

/**
 * Listens to the frame in `iframe`, whose document is on `origin`. Open it before the iframe is in the
 * document, so its hello cannot be missed.
 */
export function openChannel(
  iframe: HTMLIFrameElement,
  origin: string,
  describe: (name: string, args: object) => string,
): FrameChannel {
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let closed: string | undefined;
  let hello!: Pending;
  const ready = new Promise<void>((resolve, reject) => {
    hello = { resolve: () => resolve(), reject, what: 'hello' };
  });
  // Closing before anyone awaited the hello (a mount that failed first) is no unhandled rejection.
  ready.catch(() => undefined);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    if (isMountMessage<FrameHello>(event.data, 'ready')) hello.resolve(undefined);
    else if (isMountMessage<FrameHello>(event.data, 'failed'))
      hello.reject(new Error(`mountInWorkspace: the mount frame could not start: ${event.data.reason}`));
    else if (isMountMessage<FrameReply>(event.data, 'reply')) {
      const call = pending.get(event.data.id);
      if (!call) return;
      pending.delete(event.data.id);
      if (event.data.thrown === undefined) call.resolve(event.data.result);
      else call.reject(new Error(`${call.what}: ${event.data.thrown}`));
    }
  };
  addEventListener('message', onMessage);
  return {
    ready,
    call: <N extends keyof FrameCalls>(name: N, args: Parameters<FrameCalls[N]>[0]) =>
      new Promise<CallResult<N>>((resolve, reject) => {
        if (closed !== undefined) throw new Error(`${describe(name, args)}: ${closed}`);
        const id = nextId++;
        pending.set(id, { resolve: resolve as (result: unknown) => void, reject, what: describe(name, args) });
        const message: FrameCall = { wweMount: 'call', id, name, args };
        iframe.contentWindow?.postMessage(message, origin);
      }),
    close(reason) {
      closed = reason;
      removeEventListener('message', onMessage);
      hello.reject(new Error(reason));
      for (const call of pending.values()) call.reject(new Error(`${call.what}: ${reason}`));
      pending.clear();
    },
  };
}
