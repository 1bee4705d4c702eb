/**
 * Acknowledgements from the bench's frames over MessagePorts, one per frame. They reach the bench page
 * without a window 'message' listener, so the only one on the Workspace window is the host's, and it
 * hears nothing while either path (through the host, or by hand) is timed.
 */

/** How long a bench waits for acknowledgements before it fails instead of hanging: a guard, never a wait. */
const DEADLINE_MS = 60_000;

interface Waiter<T> {
  remaining: number;
  readonly received: T[];
  readonly resolve: (result: Acknowledged<T>) => void;
}

export interface Acknowledged<T> {
  /** `performance.now()` when the last acknowledgement arrived. */
  readonly at: number;
  readonly acks: T[];
}

export class AckPorts<T = unknown> {
  readonly #ports: MessagePort[] = [];
  #waiter: Waiter<T> | undefined;
  /** Acknowledgements that came while none was awaited: a frame acknowledging what it should not. */
  strays = 0;

  /**
   * Hands `frame` a port in a `{ control: 'ack-port' }` message; resolves with the frame's first message
   * on it, which says the frame is ready. Every later message on it is an acknowledgement.
   */
  connect(frame: Window, origin: string): Promise<unknown> {
    const { port1, port2 } = new MessageChannel();
    this.#ports.push(port1);
    const ready = new Promise<unknown>((resolve) => {
      port1.onmessage = (event) => {
        port1.onmessage = (later) => this.#ack(later.data as T);
        resolve(event.data);
      };
    });
    frame.postMessage({ control: 'ack-port' }, origin, [port2]);
    return ready;
  }

  /** Resolves when `count` acknowledgements have arrived from now on. */
  expect(count: number): Promise<Acknowledged<T>> {
    if (this.#waiter) throw new Error('AckPorts: one wait at a time.');
    return new Promise((resolve, reject) => {
      const guard = setTimeout(() => {
        this.#waiter = undefined;
        reject(new Error(`${count - waiter.remaining} of ${count} acknowledgements after ${DEADLINE_MS} ms.`));
      }, DEADLINE_MS);
      const waiter: Waiter<T> = {
        remaining: count,
        received: [],
        resolve: (result) => {
          clearTimeout(guard);
          resolve(result);
        },
      };
      this.#waiter = waiter;
    });
  }

  close(): void {
    for (const port of this.#ports.splice(0)) port.close();
  }

  #ack(data: T): void {
    const waiter = this.#waiter;
    if (!waiter) {
      this.strays++;
      return;
    }
    waiter.received.push(data);
    if (--waiter.remaining > 0) return;
    this.#waiter = undefined;
    waiter.resolve({ at: performance.now(), acks: waiter.received });
  }
}
