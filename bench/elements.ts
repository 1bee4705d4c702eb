/**
 * The elements: their sizes as a page ships them, the messages a page of them sends Workspace at
 * startup, the time from load to its first render with data against a bridge-only page doing the
 * same requests by hand, and the renders one agent STATE_CHANGED causes with 40 elements.
 */
import type { Page } from 'playwright-core';
import { elementSizes, type ElementSizes } from '../scripts/bundles.js';
import { alternate, median, ratios, spread } from './browser/stats.js';
import { runsFor, type BenchContext } from './context.js';
import { markdownTable } from './harness.js';
import { formatRatio, formatSpread, verdict, writeSection } from './report.js';

// The page's contract (bench/browser/elements-bench.ts), restated: that file needs the DOM's types.
type PageKind = 'elements' | 'bridge-only';
interface StartupRun {
  readonly frameMs: number;
  readonly scriptMs: number;
  readonly parentMs: number;
  readonly messages: string[];
  readonly isolated: boolean;
}
interface RendersRun {
  readonly renders: number[];
  readonly microseconds: number[];
}
interface ElementsBench {
  startup(kind: PageKind, copies: number): Promise<StartupRun>;
  renders(kind: PageKind, rounds: number): Promise<RendersRun>;
}

const bytes = (size: number) => size.toLocaleString('en');

function sizeTable({ each, shared, all, budgets }: ElementSizes): string {
  return markdownTable([
    [
      'element',
      'as shipped: with the shared modules (and elements it imports), B',
      'budget, B',
      'met',
      'own code, B',
      'a page of it and <wwe-bridge>, with Lit and the bridge, B',
    ],
    ...each.map((size) => [
      size.imports.length ? `${size.tag} (with ${size.imports.join(', ')})` : size.tag,
      bytes(size.shipped),
      `≤ ${bytes(size.budget)}`,
      verdict(size.shipped <= size.budget),
      `${bytes(size.own)} (≤ ${bytes(budgets.ownCode)})`,
      bytes(size.page),
    ]),
    budgetRow('the shared modules alone, once per page', shared, budgets.shared),
    budgetRow('every element with the bridge, Lit and @lit/context', all, budgets.allWithLit),
  ]);
}

/** A size against its budget, in the columns of the sizes table. */
const budgetRow = (label: string, size: number, budget: number) => [
  label,
  bytes(size),
  `≤ ${bytes(budget)}`,
  verdict(size <= budget),
  '',
  '',
];

const maxStartupMessages = 7;
const maxRendersPerStateChange = 10;

const startupRun = (page: Page, kind: PageKind, copies: number) =>
  page.evaluate(
    ([given, count]) => (globalThis as unknown as { elementsBench: ElementsBench }).elementsBench.startup(given, count),
    [kind, copies] as const,
  );
const rendersRun = (page: Page, kind: PageKind, rounds: number) =>
  page.evaluate(
    ([given, count]) => (globalThis as unknown as { elementsBench: ElementsBench }).elementsBench.renders(given, count),
    [kind, rounds] as const,
  );

/** Load to first render with data, elements page and bridge-only page alternating, a fresh frame per run. */
async function startupFigures(page: Page, runs: number, copies: number) {
  const seen: Record<PageKind, StartupRun[]> = { elements: [], 'bridge-only': [] };
  const timed = (kind: PageKind) => async () => {
    const run = await startupRun(page, kind, copies);
    seen[kind].push(run);
    return run.frameMs;
  };
  const series = await alternate(runs, timed('elements'), timed('bridge-only'));
  const messages = (kind: PageKind) => {
    const lists = new Set(seen[kind].map((run) => run.messages.join(', ')));
    if (lists.size > 1)
      throw new Error(`the ${kind} page sent different messages in different runs: ${[...lists].join(' | ')}`);
    return seen[kind][0]!.messages;
  };
  // From the script's first line: the page's own work (running its code, requests, rendering), the
  // navigation and the fetch, parse and compile of its script left out.
  const fromScript = (kind: PageKind) => seen[kind].map((run) => run.frameMs - run.scriptMs);
  return {
    elements: {
      frameMs: spread(series.a),
      fromScriptMs: spread(fromScript('elements')),
      parentMs: spread(seen.elements.map((run) => run.parentMs)),
    },
    bridgeOnly: {
      frameMs: spread(series.b),
      fromScriptMs: spread(fromScript('bridge-only')),
      parentMs: spread(seen['bridge-only'].map((run) => run.parentMs)),
    },
    ratio: spread(series.ratio),
    fromScriptRatio: spread(ratios(fromScript('elements'), fromScript('bridge-only'))),
    isolated: [...seen.elements, ...seen['bridge-only']].every((run) => run.isolated),
    messages: { elements: messages('elements'), bridgeOnly: messages('bridge-only') },
    runs: seen,
  };
}

/** Renders per agent STATE_CHANGED and arrival to last render: each run's median over its rounds. */
async function rendersFigures(page: Page, runs: number, rounds: number) {
  const seen: Record<PageKind, RendersRun[]> = { elements: [], 'bridge-only': [] };
  const timed = (kind: PageKind) => async () => {
    const run = await rendersRun(page, kind, rounds);
    seen[kind].push(run);
    return median(run.microseconds);
  };
  const series = await alternate(runs, timed('elements'), timed('bridge-only'));
  const renders = seen.elements.flatMap((run) => run.renders);
  return {
    rounds,
    renders: { median: median(renders), max: Math.max(...renders) },
    elementsUs: spread(series.a),
    bridgeOnlyUs: spread(series.b),
    ratio: spread(series.ratio),
    runs: seen,
  };
}

export async function benchElements(context: BenchContext): Promise<string> {
  const started = performance.now();
  // Eleven runs, not five: a startup is a few hundred ms and varies with the machine's load more than most figures.
  const runs = runsFor(context, 11);
  const sizes = await elementSizes();
  const page = await context.harness.browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.log(`  [elements bench] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`  [elements bench] ${error.message}`));
  let figures;
  try {
    await page.goto(context.harness.url('/elements-bench.html'));
    await page.waitForFunction(() => 'elementsBench' in globalThis);
    // Not counted: the harness bundles each page on its first request, and the frames' process starts.
    await startupRun(page, 'elements', 1);
    await startupRun(page, 'bridge-only', 1);
    await rendersRun(page, 'elements', 1);
    figures = {
      four: await startupFigures(page, runs, 1),
      forty: await startupFigures(page, runs, 10),
      renders: await rendersFigures(page, runs, context.quick ? 5 : 11),
    };
  } finally {
    await page.close();
  }
  const { four, forty, renders } = figures;
  const sameMessages = four.messages.elements.join() === forty.messages.elements.join();
  const bridgeOnlySame = four.messages.elements.join() === four.messages.bridgeOnly.join();

  const rows: Array<Array<string | number>> = [
    ['figure', 'wwe-kit elements', 'baseline: bridge only, by hand', 'ratio (range)', 'target', 'met'],
    [
      'startup messages, 4 elements (each of four kinds once)',
      four.messages.elements.length,
      four.messages.bridgeOnly.length,
      '',
      `≤ ${maxStartupMessages}`,
      verdict(four.messages.elements.length <= maxStartupMessages),
    ],
    [
      'startup messages, 40 elements (each kind ten times)',
      forty.messages.elements.length,
      forty.messages.bridgeOnly.length,
      '',
      'the same as 4',
      verdict(sameMessages),
    ],
    ...[four, forty].flatMap((startup, index) => {
      const count = index ? 40 : 4;
      return [
        [
          `load to first render with data, ${count} elements, ms`,
          formatSpread(startup.elements.frameMs),
          formatSpread(startup.bridgeOnly.frameMs),
          formatRatio(startup.ratio, 2),
          '',
          '',
        ],
        [
          `… of which from the script's first line, ${count} elements, ms`,
          formatSpread(startup.elements.fromScriptMs),
          formatSpread(startup.bridgeOnly.fromScriptMs),
          formatRatio(startup.fromScriptRatio, 2),
          '',
          '',
        ],
      ];
    }),
    [
      'renders per agent STATE_CHANGED, 40 elements, median (max)',
      `${renders.renders.median} (${renders.renders.max})`,
      '',
      '',
      `≤ ${maxRendersPerStateChange}`,
      verdict(renders.renders.max <= maxRendersPerStateChange),
    ],
    [
      'its arrival to the last render (by hand: to the last write), 40 elements, µs',
      formatSpread(renders.elementsUs, 0),
      formatSpread(renders.bridgeOnlyUs, 0),
      formatRatio(renders.ratio, 2),
      '',
      '',
    ],
  ];
  const seconds = (performance.now() - started) / 1000;
  return writeSection('elements', context.meta, {
    title: 'Elements: size, startup and renders',
    intro:
      `Each timing is the median (min–max) of ${runs} runs, the elements page and the bridge-only page alternating, ` +
      'each run a fresh cross-origin frame (http://127.0.0.1) served by a fresh ServiceHost + WorkspaceSimulator in ' +
      'the bench page (an idle frame of that origin keeps its renderer process running, so that no run waits for ' +
      'one to start). The bridge-only page is the same page by hand: a bare ServiceClient making the same ' +
      'subscription and requests and writing the same data into plain DOM. Load to first render with data is the ' +
      "frame's own clock (ms since its navigation started) when every element has rendered the answers (the " +
      "DOM holds them; paint not included); from the script's first line leaves out the navigation and the fetch, " +
      "parse and compile of the page's one script. The JSON also has the time from adding the iframe to hearing " +
      'of it.',
    rows,
    notes: [
      `Startup messages: ${four.messages.elements.join(', ')}` +
        (bridgeOnlySame
          ? '; the bridge-only page sends the same.'
          : `; the bridge-only page: ${four.messages.bridgeOnly.join(', ')}.`),
      `Renders: the agent's state changes ${renders.rounds} times per run; each run's figure is the median of its rounds. ` +
        'With 40 elements only the ten <wwe-agent-state> should render; the bridge-only page writes the state into its ten copies.',
      ...(four.isolated && forty.isolated
        ? []
        : ['**The frames were not cross-origin isolated: their clock had 100 µs resolution.**']),
      '## Sizes, minified + gzipped (kB = 1,000 B)',
      sizeTable(sizes),
      `Section time: ${seconds.toFixed(1)} s.`,
    ],
    data: { runs, sizes, startup: { four, forty }, renders, seconds },
  });
}
