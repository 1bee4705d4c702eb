// Imported first by renders-page.ts, so this listener runs before the bridge's: the moment an agent
// event reaches the page, before anything renders for it.
export const arrival = { at: 0 };
addEventListener(
  'message',
  (event) => {
    if ((event.data as { event?: string } | null)?.event === 'agent') arrival.at = performance.now();
  },
  { capture: true },
);
