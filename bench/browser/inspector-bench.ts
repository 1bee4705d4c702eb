/**
 * The traffic inspector with 10,000 messages, in the page: the time from the last message to the
 * list drawn, and the frame times while a script scrolls the list from top to bottom, against the
 * same 10,000 rows drawn whole in a plain table (the baseline), measured the same way.
 */
import type { TrafficEntry } from '@wwe-kit/host';
import { html, render } from 'lit';
import { inspector, InspectorState, type InspectorShell } from '../../apps/workspace/src/inspector/index.js';
import { TrafficLog } from '../../apps/workspace/src/traffic-log.js';
import { ratios, spread } from './stats.js';

const MESSAGES = 10_000;
const SCROLL_FRAMES = 240;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Half requests, half their answers, from two views. */
function traffic(count: number): TrafficEntry[] {
  const entries: TrafficEntry[] = [];
  for (let index = 0; entries.length < count; index += 1) {
    const section = index % 3 ? 'CustomerTab' : 'CallerLookup';
    const base = {
      frameId: (index % 3) + 1,
      section,
      origin: 'http://127.0.0.1:5174',
      size: undefined,
      time: Date.now() + index,
    };
    const referenceId = String(index);
    entries.push({
      ...base,
      direction: 'in',
      kind: 'request',
      elapsed: undefined,
      message: {
        request: 'interaction.setUserData',
        referenceId,
        parameters: [String(index), { CRM_Notes: `note ${index}` }],
      },
    });
    entries.push({
      ...base,
      direction: 'out',
      kind: 'answer',
      elapsed: (index * 7) % 40,
      message: { request: 'interaction.setUserData', referenceId, data: null },
    });
  }
  return entries;
}

/** Percentile of sorted deltas. */
const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;

/** Scrolls `element` from top to bottom over SCROLL_FRAMES frames; answers the frame deltas. */
async function scrollFrames(element: HTMLElement): Promise<{ p50: number; p95: number; max: number }> {
  const deltas: number[] = [];
  element.scrollTop = 0;
  let last = await frame();
  const range = element.scrollHeight - element.clientHeight;
  for (let step = 1; step <= SCROLL_FRAMES; step += 1) {
    element.scrollTop = (range * step) / SCROLL_FRAMES;
    const now = await frame();
    deltas.push(now - last);
    last = now;
  }
  return { p50: percentile(deltas, 0.5), p95: percentile(deltas, 0.95), max: Math.max(...deltas) };
}

async function inspectorRun(root: HTMLElement) {
  const log = new TrafficLog((section) => (section === 'CustomerTab' ? 'Customer' : 'Caller lookup'));
  const shell: InspectorShell = {
    traffic: log,
    inspector: new InspectorState(),
    host: { receive: () => undefined, frames: [] },
    views: { views: [] },
  };
  render(inspector(shell), root);
  await frame();
  const entries = traffic(MESSAGES);
  const start = performance.now();
  for (const entry of entries) log.add(entry);
  const added = performance.now();
  // Drawn: the element's frame has run and lit has committed it; the next frame paints.
  await frame();
  await root.querySelector('wk-traffic-inspector')!.updateComplete;
  await frame();
  const drawn = performance.now();
  const grid = root.querySelector<HTMLElement>('.wk-grid')!;
  const scroll = await scrollFrames(grid);
  const rows = root.querySelectorAll('[data-row]').length;
  render(html``, root);
  return { addMs: added - start, renderMs: drawn - added, totalMs: drawn - start, scroll, rowsInDom: rows };
}

async function tableRun(root: HTMLElement) {
  const entries = traffic(MESSAGES);
  const start = performance.now();
  const rows = entries.map(
    (entry) =>
      html`<tr><td>${new Date(entry.time).toISOString().slice(11, 23)}</td><td>${entry.kind}</td><td>${entry.section} frame ${entry.frameId}</td><td>interaction.setUserData</td><td>${entry.kind === 'answer' ? 'answered' : 'pending'}</td><td>${entry.elapsed ?? ''}</td></tr>`,
  );
  render(html`<div class="plain" style="height:100%;overflow:auto"><table>${rows}</table></div>`, root);
  await frame();
  await frame();
  const drawn = performance.now();
  const scroll = await scrollFrames(root.querySelector<HTMLElement>('.plain')!);
  const count = root.querySelectorAll('tr').length;
  render(html``, root);
  return { addMs: 0, renderMs: drawn - start, totalMs: drawn - start, scroll, rowsInDom: count };
}

async function run(rounds: number) {
  const root = document.getElementById('root')!;
  const results: {
    inspector: Array<Awaited<ReturnType<typeof inspectorRun>>>;
    table: Array<Awaited<ReturnType<typeof tableRun>>>;
  } = { inspector: [], table: [] };
  for (let round = 0; round < rounds; round += 1) {
    results.inspector.push(await inspectorRun(root));
    results.table.push(await tableRun(root));
  }
  const summary = (runs: typeof results.inspector) => ({
    addMs: spread(runs.map((r) => r.addMs)),
    renderMs: spread(runs.map((r) => r.renderMs)),
    totalMs: spread(runs.map((r) => r.totalMs)),
    scrollP50: spread(runs.map((r) => r.scroll.p50)),
    scrollP95: spread(runs.map((r) => r.scroll.p95)),
    scrollMax: spread(runs.map((r) => r.scroll.max)),
    rowsInDom: runs[0]!.rowsInDom,
  });
  const drawRatio = ratios(
    results.inspector.map((r) => r.renderMs),
    results.table.map((r) => r.renderMs),
  );
  return {
    messages: MESSAGES,
    scrollFrames: SCROLL_FRAMES,
    rounds,
    inspector: summary(results.inspector),
    table: summary(results.table),
    drawRatio: spread(drawRatio),
  };
}

(window as unknown as { benchInspector: typeof run }).benchInspector = run;
