/**
 * `npm run bench`: the bridge (round trip, bursts, bundle sizes), the host
 * (cost per request, event fan-out, fuzz) and the elements (sizes, startup
 * messages) in headless Chromium, timings against a baseline measured in the
 * same run. Writes bench/results/{bridge,host,elements}.{json,md}.
 */
import { ensureChromium } from '../scripts/chromium.js';
import { benchBridge } from './bridge.js';
import { benchElements } from './elements.js';
import { startHarness } from './harness.js';
import { benchHost } from './host.js';

if (!ensureChromium()) process.exit(1);
const only = process.argv[2];
const harness = await startHarness();
try {
  if (!only || only === 'bridge') console.log(await benchBridge(harness));
  if (!only || only === 'host') console.log(await benchHost(harness));
  if (!only || only === 'elements') console.log(await benchElements(harness));
} finally {
  await harness.close();
}
