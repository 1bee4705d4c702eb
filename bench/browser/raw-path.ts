/** The baseline the bridge is measured against: the same envelope posted by hand, its answer matched by referenceId. */

/** A way of sending a request and awaiting its answer, listening only between `open` and `close`. */
export interface Path {
  open(): () => Promise<unknown>;
  close(): void;
}

/** Where the raw path listens: a window, or the loopback's stand-in for one. */
export interface Listening {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Posts `envelope(referenceId)` to `target` and resolves when `self` hears the answer from it. */
export function rawPath(
  self: Listening,
  target: Pick<Window, 'postMessage'>,
  origin: string,
  envelope: (referenceId: string) => unknown,
): Path {
  const waiting = new Map<string, () => void>();
  let next = 0;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== target) return;
    const resolve = waiting.get(event.data.referenceId);
    if (!resolve) return;
    waiting.delete(event.data.referenceId);
    resolve();
  };
  return {
    open() {
      self.addEventListener('message', onMessage);
      return () =>
        new Promise<void>((resolve) => {
          const referenceId = String(next++);
          waiting.set(referenceId, resolve);
          target.postMessage(envelope(referenceId), origin);
        });
    },
    close: () => self.removeEventListener('message', onMessage),
  };
}
