// Imported first by renders-page.ts and elements-bridge-only.ts, so this listener runs before the
// bridge's (capture, on the window itself): the moment an agent event reaches the page, before anything
// renders or is written for it.
export const arrival = { at: 0 };
addEventListener(
  'message',
  (event) => {
    if ((event.data as { event?: string } | null)?.event === 'agent') arrival.at = performance.now();
  },
  { capture: true },
);
