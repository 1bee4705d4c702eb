/** The bench's static server (cross-origin isolated, two origins) and its headless Chromium. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../scripts/chromium.js';
import { chromiumFlags } from '../scripts/chromium-flags.mjs';

export const benchDir = fileURLToPath(new URL('.', import.meta.url));

export interface Harness {
  readonly browser: Browser;
  /** A page of the bench on http://localhost; its frames load from http://127.0.0.1. */
  url(path: string): string;
  close(): Promise<void>;
}

const bundle = async (entry: string) =>
  (
    await build({
      entryPoints: [`${benchDir}browser/${entry}`],
      bundle: true,
      format: 'esm',
      write: false,
      conditions: ['source'],
      target: 'es2022',
      minify: true,
      tsconfig: `${benchDir}../tsconfig.base.json`,
    })
  ).outputFiles[0]!.text;

export async function startHarness(): Promise<Harness> {
  const page = (name: string): [string, string] => ['text/html', readFileSync(`${benchDir}browser/${name}`, 'utf8')];
  const files: Record<string, [string, string]> = {
    '/bench.html': page('bench.html'),
    '/echo.html': page('echo.html'),
    '/host-bench.html': page('host-bench.html'),
    '/subscriber.html': page('subscriber.html'),
    '/elements-page.html': page('elements-page.html'),
    '/renders-page.html': page('renders-page.html'),
    '/renders-page.js': ['text/javascript', await bundle('renders-page.ts')],
    '/elements-bench.html': page('elements-bench.html'),
    '/elements-page.js': ['text/javascript', await bundle('elements-page.ts')],
    '/elements-bench.js': ['text/javascript', await bundle('elements-bench.ts')],
    '/bench.js': ['text/javascript', await bundle('bench.ts')],
    '/host-bench.js': ['text/javascript', await bundle('host-bench.ts')],
  };
  // Cross-origin isolation gives performance.now() microsecond resolution; frames opt in with CORP.
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = files[path];
    response.writeHead(file ? 200 : 404, {
      'Content-Type': file?.[0] ?? 'text/plain',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    response.end(file?.[1] ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumFlags] });
  return {
    browser,
    url: (path) => `http://localhost:${port}${path}`,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** A markdown table; the first row is the header. */
export function markdownTable(rows: Array<Array<string | number>>): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const lines = cells.map((row) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`);
  lines.splice(1, 0, `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  return lines.join('\n');
}
