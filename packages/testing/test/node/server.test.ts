// startTestWorkspace: the prebuilt shell served by a plain Node server on its own origin, with the
// option data a test gives (a file read at each load, or an object), placeholders expanded; nothing
// outside the shell's folder, however the path is spelt. Needs the build (npm run build writes dist/shell-app).
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import { startTestWorkspace, type TestWorkspace } from '../../src/index.js';
import { resolveShellFile, shellDir } from '../../src/server/shell-files.js';
import { optionsEndpoint, type LoadedOptions } from '../../src/shell/options-endpoint.js';

let dir = '';
let optionFile = '';
let workspace: TestWorkspace;

/** A raw GET: the path goes out exactly as written (fetch would normalise `..` away). */
function get(
  origin: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: hostname === 'localhost' ? '127.0.0.1' : hostname, port, path, method: 'GET', headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wwe-kit-testing-'));
  optionFile = join(dir, 'options.yaml');
  writeFileSync(
    optionFile,
    'interaction-workspace:\n  service-client-api.accepted-web-content-origins: ${CRM_ORIGIN} (agent.*)\nCrm:\n  url: ${CRM_ORIGIN}/?ws=${SHELL_ORIGIN}\n  note: ${UNKNOWN}\n',
  );
  workspace = await startTestWorkspace({ options: optionFile, variables: { CRM_ORIGIN: 'http://127.0.0.1:4173' } });
});

after(async () => {
  await workspace?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the shell is served on localhost, with its pages and assets under their content types', async () => {
  assert.match(workspace.origin, /^http:\/\/localhost:\d+$/);
  const index = await get(workspace.origin, '/');
  assert.equal(index.status, 200);
  assert.equal(index.type, 'text/html; charset=utf-8');
  const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(index.body)?.[1];
  assert.ok(script, 'index.html loads its script by a relative url');
  const asset = await get(workspace.origin, `/${script}`);
  assert.equal(asset.status, 200);
  assert.equal(asset.type, 'text/javascript; charset=utf-8');
  assert.equal((await get(workspace.origin, '/inspector.html')).status, 200);
});

test('the options endpoint answers the file with the variables and the shell origin expanded, read at each load', async () => {
  const first = JSON.parse((await get(workspace.origin, optionsEndpoint)).body) as LoadedOptions;
  assert.equal(first.path, optionFile);
  assert.match(first.text!, /accepted-web-content-origins: http:\/\/127\.0\.0\.1:4173 \(agent\.\*\)/);
  assert.ok(first.text!.includes(`url: http://127.0.0.1:4173/?ws=${workspace.origin}`));
  assert.ok(first.text!.includes('note: ${UNKNOWN}'), 'an unknown placeholder stays as written');
  assert.ok(first.source!.includes('${CRM_ORIGIN}'), 'the source keeps its placeholders for the editor');
  assert.deepEqual(first.variables, { CRM_ORIGIN: 'http://127.0.0.1:4173', SHELL_ORIGIN: workspace.origin });
  writeFileSync(optionFile, 'Crm:\n  url: ${CRM_ORIGIN}/changed\n');
  const second = JSON.parse((await get(workspace.origin, optionsEndpoint)).body) as LoadedOptions;
  assert.equal(second.text, 'Crm:\n  url: http://127.0.0.1:4173/changed\n');
});

test('option data given as an object is served as YAML', async () => {
  const options = { 'interaction-workspace': { 'workspace.web-content': 'Crm' }, Crm: { url: '${SHELL_ORIGIN}/x' } };
  const served = await startTestWorkspace({ options });
  try {
    const loaded = JSON.parse((await get(served.origin, optionsEndpoint)).body) as LoadedOptions;
    assert.deepEqual(parse(loaded.text!), { ...options, Crm: { url: `${served.origin}/x` } });
  } finally {
    await served.close();
  }
});

test('an option file that cannot be read fails at start, naming the path', async () => {
  await assert.rejects(
    startTestWorkspace({ options: join(dir, 'missing.yaml') }),
    (error: Error) => error.message.includes(join(dir, 'missing.yaml')) && error.message.includes('relative to'),
  );
});

test('no path leaves the shell folder, however it is spelt', async () => {
  for (const path of [
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/assets/%00index.html',
    '/%252e%252e/package.json',
    '//etc/passwd',
  ]) {
    const answer = await get(workspace.origin, path);
    assert.equal(answer.status, 404, `${path} answered ${answer.status}`);
    assert.doesNotMatch(answer.body, /"name"|root:/, `${path} leaked a file`);
  }
  assert.equal(resolveShellFile('/../package.json', shellDir), undefined);
  assert.equal(resolveShellFile('/assets', shellDir), undefined, 'a folder is no file');
  assert.equal((await get(workspace.origin, '/nothing-here.js')).status, 404);
});

test('only GET and HEAD are served', async () => {
  const { hostname, port } = new URL(workspace.origin);
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(
      { host: hostname === 'localhost' ? '127.0.0.1' : hostname, port, path: '/', method: 'POST' },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
  assert.equal(status, 405);
});

test('answers no other host name than its own: a rebound DNS name cannot read the option data', async () => {
  const { port } = new URL(workspace.origin);
  const rebound = await get(workspace.origin, optionsEndpoint, { host: `attacker.example:${port}` });
  assert.equal(rebound.status, 421);
  assert.doesNotMatch(rebound.body, /CRM_ORIGIN|options\.yaml/);
  assert.equal((await get(workspace.origin, optionsEndpoint, { host: `localhost:${port}` })).status, 200);
});

test('refuses option data that is not valid YAML at once, with the line and column', async () => {
  const broken = join(dir, 'broken.yaml');
  writeFileSync(broken, 'interaction-workspace:\n  interaction.web-content: [Crm\n');
  await assert.rejects(startTestWorkspace({ options: broken }), (error: Error) => {
    assert.match(
      error.message,
      new RegExp(`the option file ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid YAML`),
    );
    assert.match(error.message, /line \d+, column \d+/);
    return true;
  });
});
