/**
 * `npm run bench -- inspector`: the shell's traffic inspector with 10,000 messages in headless Chromium:
 * the time to draw after the last of them, and the frame times while a script scrolls the list, against
 * the same rows drawn whole in a plain table in the same run. Writes bench/results/inspector.{json,md}.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { benchDir, markdownTable, type Harness } from './harness.js';

/** Where the bench page is served from, inside the browser only (`page.route`). */
const ORIGIN = 'http://inspector.bench';

interface Figures {
  readonly addMs: number;
  readonly renderMs: number;
  readonly totalMs: number;
  readonly scrollP50: number;
  readonly scrollP95: number;
  readonly scrollMax: number;
  readonly rowsInDom: number;
}

interface Run {
  readonly messages: number;
  readonly scrollFrames: number;
  readonly rounds: number;
  readonly inspector: Figures;
  readonly table: Figures;
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

export async function benchInspector(harness: Harness): Promise<string> {
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
  const run = await page.evaluate<Run>('window.benchInspector()');
  await page.close();
  const results = { date: new Date().toISOString(), browser: harness.browser.version(), ...run };
  mkdirSync(`${benchDir}results`, { recursive: true });
  writeFileSync(`${benchDir}results/inspector.json`, `${JSON.stringify(results, null, 2)}\n`);
  const ms = (value: number) => value.toFixed(1);
  const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(3)}×`;
  const rows: Array<Array<string | number>> = [
    ['figure', 'inspector (windowed grid)', 'baseline: plain table of every row', 'inspector / baseline'],
    [`adding ${run.messages} messages to the log while shown (ms)`, ms(run.inspector.addMs), '—', '—'],
    [
      `drawn after the last message (ms)`,
      ms(run.inspector.renderMs),
      ms(run.table.renderMs),
      ratio(run.inspector.renderMs, run.table.renderMs),
    ],
    ['rows in the DOM', run.inspector.rowsInDom, run.table.rowsInDom, '—'],
    ...(['scrollP50', 'scrollP95', 'scrollMax'] as const).map((key) => [
      `frame time while scrolling, ${key === 'scrollMax' ? 'worst' : key.slice(6).toLowerCase()} (ms)`,
      ms(run.inspector[key]),
      ms(run.table[key]),
      ratio(run.inspector[key], run.table[key]),
    ]),
  ];
  const text = `# Traffic inspector benchmark\n\n${results.date}, ${results.browser}. ${run.messages} messages (requests and their answers, two views); a list 320 px high; ${run.scrollFrames} frames of scripted scrolling from top to bottom; medians of ${run.rounds} rounds. Frame times are requestAnimationFrame deltas (16.7 ms at 60 Hz is the floor).\n\n${markdownTable(rows)}\n`;
  writeFileSync(`${benchDir}results/inspector.md`, text);
  return text;
}
