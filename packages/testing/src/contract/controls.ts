/**
 * The one way a test page steers a fixture page in another frame (or popup): `control` messages, both ends.
 * The fixture serves named controls with `serveControls`; the test page sends them with `controller` and
 * gets each one's result, or a rejection with the fixture's error, never a hang. Plain DOM and
 * postMessage, so both ends import it.
 */

/** What a fixture receives with a control message besides its fields. */
export interface ControlContext {
  /** The controlling page's origin, as the message event gave it. */
  readonly origin: string;
  /** Ports transferred with the control message. */
  readonly ports: readonly MessagePort[];
}

/** What a fixture does for one control message; its result (or a promise of it) is sent back as the reply. */
export type Controls = Record<string, (message: Record<string, unknown>, context: ControlContext) => unknown>;

/**
 * Serves `controls` to the `controller` window (the test page, or the one that opened this page): each
 * `{ control, id, … }` it sends is answered with `{ control: 'reply', id, result }`, or `{ …, thrown }`
 * with the error's message when the control throws or is unknown. Every other message from the
 * controller goes to `onMessage` (a fixture's protocol traffic). Then tells the controller this page listens.
 */
export function serveControls(controls: Controls, controller: Window, onMessage?: (event: MessageEvent) => void): void {
  addEventListener('message', (event) => {
    if (event.source !== controller) return;
    const message = event.data as Record<string, unknown> | null;
    if (!message || typeof message !== 'object' || typeof message['control'] !== 'string') {
      onMessage?.(event);
      return;
    }
    const name = message['control'];
    const reply = (fields: Record<string, unknown>) =>
      controller.postMessage({ control: 'reply', id: message['id'], ...fields }, event.origin);
    const serve = async () => {
      const control = controls[name];
      if (!control) throw new Error(`unknown control '${name}'`);
      return control(message, { origin: event.origin, ports: [...event.ports] });
    };
    serve().then(
      (result) => reply({ result }),
      (error: unknown) => reply({ thrown: error instanceof Error ? error.message : String(error) }),
    );
  });
  controller.postMessage({ control: 'ready', href: location.href }, '*');
}

let nextControlId = 0;

/** Resolves when the page in `source()` says it listens. */
export const waitForReady = (source: () => Window | null) =>
  new Promise<void>((resolve) => {
    const onReady = (event: MessageEvent) => {
      if (event.source === source() && (event.data as { control?: string })?.control === 'ready') {
        removeEventListener('message', onReady);
        resolve();
      }
    };
    addEventListener('message', onReady);
  });

/** A function that sends a control to a fixture page and resolves with its result (rejects with its error). */
export type Control = <T = unknown>(
  name: string,
  fields?: Record<string, unknown>,
  transfer?: Transferable[],
) => Promise<T>;

/** Sends control messages to the fixture page in `target`. */
export function controller(target: Window): Control {
  return <T = unknown>(name: string, fields: Record<string, unknown> = {}, transfer: Transferable[] = []) => {
    const id = nextControlId++;
    return new Promise<T>((resolve, reject) => {
      const onReply = (event: MessageEvent) => {
        const data = event.data as { control?: string; id?: number; result?: T; thrown?: string };
        if (event.source !== target || data?.control !== 'reply' || data.id !== id) return;
        removeEventListener('message', onReply);
        if (data.thrown !== undefined) reject(new Error(`control '${name}': ${data.thrown}`));
        else resolve(data.result as T);
      };
      addEventListener('message', onReply);
      target.postMessage({ control: name, id, ...fields }, '*', transfer);
    });
  };
}
