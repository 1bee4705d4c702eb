/**
 * The host's envelope check, `inspectMessage`, on messages of 1 to 100,000 nodes, plain and with
 * shared references. It is pure JS, so it runs in Node. What matters is that the cost per node
 * stays flat as messages grow and as objects are shared (before the memoised walk, 31 shared
 * objects cost 2 s). The figures are printed, never asserted: this machine is noisy.
 */
import type { BenchContext } from './context.js';
import { median } from './browser/stats.js';
import { writeSection } from './report.js';

import { defaultMessageLimits, inspectMessage, type MessageLimits } from '../packages/host/src/inspect.js';

/** Large enough that every message is walked to its end, so a figure is the cost of a full walk. */
const fullWalk: MessageLimits = { maxSize: Infinity, maxDepth: 64, maxNodes: Infinity };
const sizes = [1, 100, 10_000, 100_000] as const;
const shapes = ['plain', 'shared'] as const;
type Shape = (typeof shapes)[number];
/** Samples of at least SAMPLE_NS of work each: 9 of 50 ms, or 5 of 15 ms with `--quick`. */
const sampling = (quick: boolean) => (quick ? { samples: 5, sampleNs: 15e6 } : { samples: 9, sampleNs: 50e6 });

const envelope = (payload: unknown) => ({
  request: 'interaction.setUserData',
  parameters: ['1', payload],
  referenceId: 'r',
  userAgent: 'WWE Client',
  protocolVersion: 2,
});
const leaf = (index: number): unknown =>
  index % 3 === 0 ? index : index % 3 === 1 ? `value ${index}` : index % 2 === 0;

/**
 * A tree of exactly `n` distinct values: objects `{ l, r, v }`, as in the shared shape, so the two
 * differ only by the sharing (a wide object of primitives would cost less per node, since the
 * walk's bookkeeping is per object). 100,000 nodes nest 16 deep.
 */
function plainPayload(n: number, next = { index: 0 }): unknown {
  if (n === 1) return leaf(next.index++);
  const rest = n - 2;
  const node: Record<string, unknown> = {};
  if (rest >= 1) node['l'] = plainPayload(Math.ceil(rest / 2), next);
  if (rest >= 2) node['r'] = plainPayload(Math.floor(rest / 2), next);
  node['v'] = leaf(next.index++);
  return node;
}

/**
 * Exactly `n` visits of the walk, a third of them repeated references: `layers` layers of `width`
 * objects, each `{ l, r, v }` with `l` and `r` pointing into the next layer, so every object below
 * the first is reached twice and the paths from the top double at each layer (2²⁷ to each object of
 * the last). Width 1 is the chain of objects whose two keys both point to the next level. A top
 * array holds the first layer and the filler that brings the count to `n`.
 */
function sharedPayload(n: number): unknown {
  const layers = 28; // below the envelope's three levels, the deepest value is at depth 31: the default maxDepth (32) would let it through
  const perColumn = 3 * layers - 1; // the first-layer object, 3 visits per object above the last, 1 (v) in the last
  if (n < 1 + perColumn) return plainPayload(n); // too few nodes to share anything
  const width = Math.floor((n - 1) / perColumn);
  let index = 0;
  let below: Array<Record<string, unknown>> = [];
  for (let layer = layers - 1; layer >= 0; layer--) {
    const next = below;
    below = Array.from({ length: width }, (_, column) =>
      next.length ? { l: next[column], r: next[(column + 1) % width], v: leaf(index++) } : { v: leaf(index++) },
    );
  }
  const filler = Array.from({ length: n - 1 - width * perColumn }, () => leaf(index++));
  return [...below, ...filler];
}

/** The visits the walk makes, read from its own node budget: the smallest `maxNodes` that lets the message through. */
function countNodes(message: unknown): number {
  const passes = (maxNodes: number) => inspectMessage(message, { ...fullWalk, maxNodes }).problem === undefined;
  let low = 1;
  let high = 1;
  while (!passes(high)) high *= 2;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (passes(middle)) high = middle;
    else low = middle + 1;
  }
  return high;
}

interface Case {
  shape: Shape;
  size: number;
  message: unknown;
  nodes: number;
  byDefault: string;
  repeats: number;
  samplesNs: number[];
  rawNs: number[];
}

let sink = 0; // the results feed this, so the walk cannot be optimised away
const time = (message: unknown, repeats: number): number => {
  const start = process.hrtime.bigint();
  for (let repeat = 0; repeat < repeats; repeat++) sink += inspectMessage(message, fullWalk).size;
  return Number(process.hrtime.bigint() - start);
};
/**
 * The least any check can do: visit every value once, each object once (a Set, since the message may
 * share objects), reading keys and nothing else. Timed on the same message in the same run, it is the
 * baseline that the machine's memory and cache effects at each size weigh on alike.
 */
function rawWalk(root: unknown): number {
  const seen = new Set<object>();
  let count = 0;
  const visit = (value: unknown): void => {
    count++;
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) for (const item of value) visit(item);
    else for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key]);
  };
  visit(root);
  return count;
}
const timeRaw = (message: unknown, repeats: number): number => {
  const start = process.hrtime.bigint();
  for (let repeat = 0; repeat < repeats; repeat++) sink += rawWalk(message);
  return Number(process.hrtime.bigint() - start);
};
export function benchEnvelope(context: Pick<BenchContext, 'quick' | 'meta'>): string {
  const { samples: SAMPLES, sampleNs: SAMPLE_NS } = sampling(context.quick);
  const cases: Case[] = [];
  for (const shape of shapes) {
    for (const size of sizes) {
      const message = envelope(shape === 'plain' ? plainPayload(size) : sharedPayload(size));
      const nodes = countNodes(message);
      if (inspectMessage(message, fullWalk).problem !== undefined || nodes !== size + 7)
        throw new Error(
          `envelope bench: the ${shape} message of ${size} nodes is not what was meant (${nodes} visits)`,
        );
      const byDefault =
        inspectMessage(message, defaultMessageLimits).problem?.replace(/ at .*| \(.*/, '') ?? 'accepted';
      cases.push({ shape, size, message, nodes, byDefault, repeats: 1, samplesNs: [], rawNs: [] });
    }
  }
  // Warm-up: let the JIT settle on every shape, and size the repeats so a sample is at least 50 ms of work.
  for (const item of cases) {
    let elapsed = time(item.message, item.repeats);
    for (; elapsed < SAMPLE_NS / 4; elapsed = time(item.message, item.repeats)) item.repeats *= 2;
    item.repeats = Math.ceil((item.repeats * SAMPLE_NS) / elapsed);
    time(item.message, item.repeats);
  }
  // Samples go round the cases in turn, so a slow spell of the machine lands on all of them alike.
  for (let sample = 0; sample < SAMPLES; sample++) {
    for (const item of cases) {
      item.samplesNs.push(time(item.message, item.repeats) / item.repeats);
      item.rawNs.push(timeRaw(item.message, item.repeats) / item.repeats);
    }
  }
  const round = (value: number) => +value.toPrecision(3);
  const perNode = (item: Case) => median(item.samplesNs) / item.nodes;
  const baseline = perNode(cases.find((item) => item.shape === 'plain' && item.size === 100)!);
  const figures = cases.map((item) => ({
    shape: item.shape,
    payloadNodes: item.size,
    messageNodes: item.nodes,
    withDefaultLimits: item.byDefault,
    repeatsPerSample: item.repeats,
    medianUsPerMessage: round(median(item.samplesNs) / 1e3),
    nsPerNode: round(perNode(item)),
    nsPerNodeMin: round(Math.min(...item.samplesNs) / item.nodes),
    nsPerNodeMax: round(Math.max(...item.samplesNs) / item.nodes),
    ratioToBaseline: round(perNode(item) / baseline),
    rawWalkNsPerNode: round(median(item.rawNs) / item.nodes),
    checkOverRawWalk: round(median(item.samplesNs) / median(item.rawNs)),
  }));
  // A 1-node message is nearly all the walk's fixed cost (its Map, Set and closures), so its cost per node
  // says nothing about growth; the verdict names the largest ratio with and without those messages.
  const largestOf = (among: typeof figures) =>
    among.reduce((worst, item) => (item.ratioToBaseline > worst.ratioToBaseline ? item : worst));
  const largest = largestOf(figures);
  const largestGrown = largestOf(figures.filter((item) => item.payloadNodes > 1));
  const describe = (item: typeof largest) =>
    `${item.ratioToBaseline}× (${item.shape}, ${item.payloadNodes.toLocaleString('en')} node${item.payloadNodes === 1 ? '' : 's'}), ${item.ratioToBaseline <= 3 ? 'within' : 'NOT within'} 3×`;
  const overRaw = figures.filter((item) => item.payloadNodes > 1).map((item) => item.checkOverRawWalk);
  const verdict =
    `Largest ratio to the baseline: ${describe(largest)}; leaving out the 1-node messages: ${describe(largestGrown)}. ` +
    `Against the raw once-walk of the same message, from 100 nodes on, the check costs ${Math.min(...overRaw)}× to ${Math.max(...overRaw)}×: what grows with size grows for any walk.`;
  const results = {
    limits: { maxSize: 'Infinity', maxDepth: 64, maxNodes: 'Infinity' },
    samples: SAMPLES,
    baselineNsPerNode: round(baseline),
    figures,
    largestRatio: largest.ratioToBaseline,
    withinThreeTimes: largest.ratioToBaseline <= 3,
    largestRatioFrom100Nodes: largestGrown.ratioToBaseline,
    withinThreeTimesFrom100Nodes: largestGrown.ratioToBaseline <= 3,
    verdict,
    sink: sink > 0,
  };
  const rows: Array<Array<string | number>> = [
    [
      'shape',
      'payload nodes',
      'nodes walked',
      'median per message (µs)',
      'per node (ns), median (range)',
      'ratio to baseline',
      'raw once-walk per node (ns)',
      'check ÷ raw walk',
      'with the default limits',
    ],
    ...figures.map((item) => [
      item.shape,
      item.payloadNodes.toLocaleString('en'),
      item.messageNodes.toLocaleString('en'),
      item.medianUsPerMessage,
      `${item.nsPerNode} (${item.nsPerNodeMin}–${item.nsPerNodeMax})`,
      item.ratioToBaseline,
      item.rawWalkNsPerNode,
      item.checkOverRawWalk,
      item.withDefaultLimits,
    ]),
  ];
  return writeSection('envelope', context.meta, {
    title: 'Envelope check benchmark',
    intro:
      `\`inspectMessage\` in Node on a setUserData request whose payload is a tree of distinct values (plain) ` +
      `or a layered graph in which every object below the first layer is reached twice (shared; a third of the visits are repeated references and the paths double at each of 28 layers). ` +
      `Limits { maxSize: Infinity, maxDepth: 64, maxNodes: Infinity }, so each message is walked to its end (the last column says what the default limits make of it; the envelope adds 7 nodes). ` +
      `Median and range of ${SAMPLES} samples of at least ${SAMPLE_NS / 1e6} ms each, after a warm-up, the cases in turn. Baseline: ns per node of the plain 100-node message, measured in the same run; ` +
      `a 1-node message is mostly the walk's fixed cost per message.`,
    rows,
    notes: [verdict],
    data: results,
  });
}
