/**
 * The files of @wwe-kit/testing that tsc does not emit: the pages its browser entries load from their
 * own folder (the mount frame, the contract suite's probe view) and the reference's samples as JSON.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const testing = fileURLToPath(new URL('../packages/testing/', import.meta.url));

/** Each asset, from src to dist; a page's `.ts` module becomes the `.js` tsc writes beside it. */
const assets: ReadonlyArray<{ readonly path: string; readonly page?: true }> = [
  { path: 'mount/frame.html', page: true },
  { path: 'contract/fixtures/probe.html', page: true },
  { path: 'contract/reference-samples.json' },
];

export function copyTestingAssets(): void {
  for (const { path, page } of assets) {
    const target = `${testing}dist/${path}`;
    mkdirSync(dirname(target), { recursive: true });
    if (!page) copyFileSync(`${testing}src/${path}`, target);
    else
      writeFileSync(target, readFileSync(`${testing}src/${path}`, 'utf8').replace(/(src="\.\/[\w-]+)\.ts"/g, '$1.js"'));
  }
}
