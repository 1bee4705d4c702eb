/**
 * `npm run bench -- inspector`: the shell's traffic inspector with 10,000 messages in headless Chromium:
 * the time to draw after the last of them, and the frame times while a script scrolls the list, against
 * the same rows drawn whole in a plain table in the same run. Writes bench/results/inspector.{json,md}.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { BenchContext } from './context.js';
import { benchDir } from './harness.js';
import { formatRatio, formatSpread, writeSection, type Spread } from './report.js';

/** Where the bench page is served from, inside the browser only (`page.route`). */
const ORIGIN = 'http://inspector.bench';

interface Figures {
  readonly addMs: Spread;
  readonly renderMs: Spread;
  readonly totalMs: Spread;
  readonly scrollP50: Spread;
  readonly scrollP95: Spread;
  readonly scrollMax: Spread;
  readonly rowsInDom: number;
}

interface Run {
  readonly messages: number;
  readonly scrollFrames: number;
  readonly rounds: number;
  readonly inspector: Figures;
  readonly table: Figures;
  /** Per-round ratios of the time to draw, inspector / table. */
  readonly drawRatio: Spread;
}

async function script(): Promise<string> {
  const result = await build({
    entryPoints: [`${benchDir}browser/inspector-bench.ts`],
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['source', 'browser'],
    target: 'es2022',
    minify: true,
    tsconfig: `${benchDir}../tsconfig.base.json`,
  });
  return result.outputFiles[0]!.text;
}

const css = (path: string) => readFileSync(new URL(`../apps/workspace/src/${path}`, import.meta.url), 'utf8');

export async function benchInspector(context: BenchContext): Promise<string> {
  const { harness } = context;
  const page = await harness.browser.newPage({ viewport: { width: 1440, height: 900 } });
  const code = await script();
  const document = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>inspector bench</title>
<style>${css('styles/tokens.css')}</style><style>${css('inspector/inspector.css')}</style>
<style>html,body{margin:0;height:100%} #root{height:320px}</style></head>
<body><main id="root"></main><script type="module" src="/bench.js"></script></body></html>`;
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    return route.fulfill(
      path === '/bench.js'
        ? { contentType: 'text/javascript', body: code }
        : { contentType: 'text/html', body: document },
    );
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction('"benchInspector" in window');
  const run = await page.evaluate<Run, number>(
    (rounds) => (globalThis as unknown as { benchInspector(rounds: number): Promise<Run> }).benchInspector(rounds),
    // A round draws and scrolls 10,000 messages twice (about 9 s): --quick takes two, still a range.
    context.quick ? 2 : 3,
  );
  await page.close();
  const ms = (value: Spread) => formatSpread(value, 1);
  // Frame times are floored at 16.7 ms, so their ratio says how often the grid missed a frame; a median of ratios.
  const ratio = (value: Spread, baseline: Spread) => `${(value.median / baseline.median).toFixed(3)}×`;
  const rows: Array<Array<string | number>> = [
    ['figure', 'inspector (windowed grid)', 'baseline: plain table of every row', 'inspector / baseline'],
    [`adding ${run.messages} messages to the log while shown (ms)`, ms(run.inspector.addMs), '—', '—'],
    [
      `drawn after the last message (ms)`,
      ms(run.inspector.renderMs),
      ms(run.table.renderMs),
      formatRatio(run.drawRatio),
    ],
    ['rows in the DOM', run.inspector.rowsInDom, run.table.rowsInDom, '—'],
    ...(['scrollP50', 'scrollP95', 'scrollMax'] as const).map((key) => [
      `frame time while scrolling, ${key === 'scrollMax' ? 'worst' : key.slice(6).toLowerCase()} (ms)`,
      ms(run.inspector[key]),
      ms(run.table[key]),
      ratio(run.inspector[key], run.table[key]),
    ]),
  ];
  return writeSection('inspector', context.meta, {
    title: 'Traffic inspector benchmark',
    intro: `${run.messages} messages (requests and their answers, two views); a list 320 px high; ${run.scrollFrames} frames of scripted scrolling from top to bottom; median (range) of ${run.rounds} rounds, inspector and table alternating. Frame times are requestAnimationFrame deltas (16.7 ms at 60 Hz is the floor).`,
    rows,
    data: run,
  });
}
