// Flags for every Chromium we launch (tests, bench, demo check): headless as root, and no background
// connections, which this machine's closed network refuses. Plain JS so web-test-runner.config.mjs can import it.
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
