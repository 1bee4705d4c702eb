/**
 * `npm run bench`: the bridge (round trip, bursts, bundle sizes), the host
 * (cost per request, event fan-out, fuzz) and the elements (sizes, startup
 * messages) in headless Chromium, timings against a baseline measured in the
 * same run; and the host's envelope check (cost per node of `inspectMessage`,
 * plain and with shared references, 1 to 100,000 nodes) in Node, where it runs
 * as it does in a page since it is pure JS. Writes
 * bench/results/{bridge,host,elements,envelope,inspector}.{json,md} (inspector: the shell's
 * traffic inspector with 10,000 messages, drawing and scrolling, against a plain table).
 * `npm run bench -- <name>` runs one of them; `envelope` alone needs no Chromium.
 */
import { ensureChromium } from '../scripts/chromium.js';
import { benchBridge } from './bridge.js';
import { benchElements } from './elements.js';
import { benchEnvelope } from './envelope.js';
import { startHarness } from './harness.js';
import { benchHost } from './host.js';
import { benchInspector } from './inspector.js';

const only = process.argv[2];
if (only !== 'envelope') {
  if (!ensureChromium()) process.exit(1);
  const harness = await startHarness();
  try {
    if (!only || only === 'bridge') console.log(await benchBridge(harness));
    if (!only || only === 'host') console.log(await benchHost(harness));
    if (!only || only === 'elements') console.log(await benchElements(harness));
    if (!only || only === 'inspector') console.log(await benchInspector(harness));
  } finally {
    await harness.close();
  }
}
// After the browser has closed, so its processes do not share the CPU with the timings.
if (!only || only === 'envelope') console.log(benchEnvelope());
