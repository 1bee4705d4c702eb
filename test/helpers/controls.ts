/** Test helpers for fixture pages: answer the `control` messages of the page that steers them. */

/** What a fixture does for one control message; its result is sent back as the reply. */
export type Controls = Record<string, (message: Record<string, unknown>) => unknown>;

/**
 * Serves `controls` to the `controller` window (the test page or the one that opened this page):
 * each `{ control, id, … }` it sends is answered with `{ control: 'reply', id, result }`.
 * Then tells it this page listens.
 */
export function serveControls(controls: Controls, controller: Window): void {
  addEventListener('message', (event) => {
    const message = event.data as Record<string, unknown>;
    if (event.source !== controller || typeof message?.['control'] !== 'string') return;
    void Promise.resolve(controls[message['control']]?.(message)).then((result) =>
      controller.postMessage({ control: 'reply', id: message['id'], result }, event.origin));
  });
  controller.postMessage({ control: 'ready' }, '*');
}
