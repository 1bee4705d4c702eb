/**
 * `npm run bench`: the bridge (round trip, bursts, bundle sizes) and the host
 * (cost per request, event fan-out, fuzz) in headless Chromium, each against a
 * baseline measured in the same run. Writes bench/results/{bridge,host}.{json,md}.
 */
import { ensureChromium } from '../scripts/chromium.js';
import { benchBridge } from './bridge.js';
import { startHarness } from './harness.js';
import { benchHost } from './host.js';

if (!ensureChromium()) process.exit(1);
const only = process.argv[2];
const harness = await startHarness();
try {
  if (!only || only === 'bridge') console.log(await benchBridge(harness));
  if (!only || only === 'host') console.log(await benchHost(harness));
} finally {
  await harness.close();
}
