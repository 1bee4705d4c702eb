import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementDefines } from '../../scripts/bundles.js';
import { cdnBundleName, cdnUrl, readmePage, readmeSnippet } from '../../scripts/cdn.js';

// README's plain-HTML example is what test/e2e/cdn.test.ts serves: the e2e reads it from README.md at
// each run (scripts/cdn.ts readmePage), rather than from a fixture copy that this test would compare
// with README. That is the more honest variant: the browser runs the text readers copy, and no copy can
// go stale between two runs of this test. What is left to check here, without a browser: that the
// extraction finds exactly one block, and that the page differs from it only where README says to.

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

test('README has exactly one html example loading the CDN bundle, at the version of @wwe-kit/elements', () => {
  const { version } = JSON.parse(readFileSync(`${root}packages/elements/package.json`, 'utf8')) as { version: string };
  assert.equal(cdnUrl, `https://cdn.jsdelivr.net/npm/@wwe-kit/elements@${version}/cdn/${cdnBundleName}`);
  const snippet = readmeSnippet(readme); // throws unless exactly one block loads cdnUrl
  // One script tag, a module (the bundle is an ES module), and nothing else to load.
  assert.deepEqual(snippet.match(/<script\b[^>]*>/g), [`<script type="module" src="${cdnUrl}">`]);
  // README tells readers a copy next to the page works too: the src the e2e test serves.
  assert.match(readme, new RegExp(`src="\\./${cdnBundleName.replace('.', '\\.')}"`));
});

test('the example uses only tags the bundle defines, inside one <wwe-bridge> that pins the Workspace origin', () => {
  const snippet = readmeSnippet(readme);
  const tags = [...new Set([...snippet.matchAll(/<(wwe-[a-z-]+)/g)].map(([, tag]) => tag))];
  assert.deepEqual(
    tags.filter((tag) => !elementDefines.some((name) => `wwe-${name}` === tag)),
    [],
  );
  assert.deepEqual(tags.slice(0, 1), ['wwe-bridge']);
  assert.equal(snippet.match(/ host-origin="https:\/\/[^"]+"/g)?.length, 1);
});

test('the page the e2e test serves is the example, but for the script src and host-origin', () => {
  const snippet = readmeSnippet(readme);
  const page = readmePage(readme, 'http://localhost:1234');
  assert.ok(page.includes(`src="./${cdnBundleName}"`) && !page.includes(cdnUrl), page);
  assert.ok(page.includes(' host-origin="http://localhost:1234"'), page);
  // Putting both values back gives README's text exactly: nothing else was changed.
  const pinned = / host-origin="[^"]*"/.exec(snippet)?.[0] ?? '';
  assert.equal(
    page.replace(`src="./${cdnBundleName}"`, `src="${cdnUrl}"`).replace(' host-origin="http://localhost:1234"', pinned),
    snippet,
  );
});
