// Imported first by elements-page.ts and elements-bridge-only.ts: the moment their bundled script starts
// running (it has been fetched, parsed and compiled; nothing of it has run yet), on the frame's clock.
export const scriptStart = performance.now();
