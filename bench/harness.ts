/** The bench's static server (cross-origin isolated, two origins) and its headless Chromium. */
import { existsSync, readFileSync } from 'node:fs';
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

/**
 * Serves bench/browser/: `/<name>.html` as written, `/<name>.js` as `<name>.ts` bundled by esbuild
 * (once, on first request), so a new bench page needs no entry here.
 */
export async function startHarness(): Promise<Harness> {
  const bundles = new Map<string, Promise<string>>();
  const file = async (path: string): Promise<[string, string] | undefined> => {
    const match = /^\/([\w-]+)\.(html|js)$/.exec(path);
    if (!match) return undefined;
    const [, name, extension] = match;
    if (extension === 'html') {
      const html = `${benchDir}browser/${name}.html`;
      return existsSync(html) ? ['text/html', readFileSync(html, 'utf8')] : undefined;
    }
    if (!existsSync(`${benchDir}browser/${name}.ts`)) return undefined;
    if (!bundles.has(name!)) bundles.set(name!, bundle(`${name}.ts`));
    return ['text/javascript', await bundles.get(name!)!];
  };
  // Cross-origin isolation gives performance.now() microsecond resolution; frames opt in with CORP.
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    let found: [string, string] | undefined;
    try {
      found = await file(path);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
      return;
    }
    response.writeHead(found ? 200 : 404, {
      'Content-Type': found?.[0] ?? 'text/plain',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    response.end(found?.[1] ?? 'not found');
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
