/**
 * `npm run bench [-- --quick] [-- <section> …]`: every section in headless Chromium (or Node for
 * `envelope`), timings as ratios against a baseline measured in the same run, each figure the median
 * and range of several alternating runs. A section that fails writes its failure to its results file
 * in place of the old figures and the others go on; the run exits non-zero when any failed.
 *
 * Sections and their files in bench/results/:
 * - `bridge`: the bridge against a raw `window.postMessage` echo, round trip and bursts; page bundle sizes.
 * - `fullstack`: P1, bridge → ServiceHost + simulator → bridge, against a raw echo of the same answer.
 * - `loopback`: P2, the bridge's own cost per request at 1k and 10k in flight, with no transport.
 * - `host`: the host's cost per request, fan-out, large events to 30 frames, embedding cost, fuzz.
 * - `elements`: sizes as a page ships them, startup messages and time to first render, renders per event.
 * - `inspector`: the shell's traffic inspector with 10,000 messages against a plain table.
 * - `envelope`: the envelope check on 1 to 100,000 nodes, in Node.
 */
import { ensureChromium } from '../scripts/chromium.js';
import { startHarness, type Harness } from './harness.js';
import { benchMeta } from './meta.js';
import { writeFailure } from './report.js';
import { browserSections, nodeSections, sectionNames, type Section } from './sections.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const named = args.filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !sectionNames.includes(name));
if (unknown.length) {
  console.error(`Unknown bench section ${unknown.join(', ')}: the sections are ${sectionNames.join(', ')}.`);
  process.exit(2);
}
const chosen = (sections: Record<string, Section>) =>
  Object.entries(sections).filter(([name]) => named.length === 0 || named.includes(name));

const failed: string[] = [];
async function runSection(name: string, section: Section, harness?: Harness): Promise<void> {
  const meta = benchMeta(quick, harness?.browser.version());
  if (meta.warning) console.warn(`[bench ${name}] ${meta.warning}`);
  const started = performance.now();
  try {
    console.log(await section({ harness: harness!, quick, meta }));
  } catch (error) {
    failed.push(name);
    console.error(writeFailure(name, meta, error));
  }
  console.log(`[bench ${name}] ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const inBrowser = chosen(browserSections);
if (inBrowser.length) {
  if (!ensureChromium()) process.exit(1);
  const harness = await startHarness();
  try {
    for (const [name, section] of inBrowser) await runSection(name, section, harness);
  } finally {
    await harness.close();
  }
}
for (const [name, section] of chosen(nodeSections)) await runSection(name, section);

const ran = inBrowser.length + chosen(nodeSections).length;
console.log(
  failed.length
    ? `bench: ${failed.length} of ${ran} sections FAILED (${failed.join(', ')}); see bench/results/.`
    : `bench: ${ran} sections written to bench/results/.`,
);
process.exitCode = failed.length ? 1 : 0;
