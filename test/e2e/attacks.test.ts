import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { legacyGlobal } from '../../scripts/bundles.js';
import { startWorkspace, type WorkspaceServers } from '../../scripts/serve.js';
import { launchBrowser, optionFile, E2E_LIMIT } from './harness.js';

// A hostile view, allowed system.* by the option file, attacks the Workspace the way a real page
// would: dialogs whose url is a javascript: url in every spelling the browser forgives (it would run
// as the Workspace itself), and menu-bar colours that smuggle in more CSS (a view drawing over the
// whole Workspace). The host must refuse them all, and the shell still draw the legitimate ones.

const JAVASCRIPT_URLS = [
  'javascript:top.pwned=1',
  'JAVASCRIPT:top.pwned=2',
  ' javascript:top.pwned=3',
  'java\nscript:top.pwned=4',
  '\tjavascript:top.pwned=5',
];

/**
 * The attacker's page: the drop-in legacy script, one request at a time (so the log is in order),
 * every outcome kept, then `#done` once every callback has returned.
 */
const attackerPage = `<!doctype html><meta charset="utf-8"><title>Hostile view</title>
<pre id="log"></pre>
<script src="/wwe-service-client-api.js"></script>
<script>
  const system = genesys.wwe.service.system;
  const ask = (label, call) => new Promise((resolve) => call(
    (result) => resolve({ label, data: result.data }),
    (error) => resolve({ label, error: typeof error === 'string' ? error : error.errorMessage })));
  (async () => {
    const log = [];
    for (const url of ${JSON.stringify(JAVASCRIPT_URLS)}) log.push(await ask(url, (done, fail) => system.openDialog(url, {}, done, fail)));
    log.push(await ask('cover', (done, fail) => system.updateViewInApplicationMenuBar(
      { name: 'cover', label: 'Cover', backgroundColor: 'red; position: fixed; inset: 0; z-index: 99999' }, done, fail)));
    log.push(await ask('cover2', (done, fail) => system.updateViewInApplicationMenuBar(
      { name: 'cover2', label: 'Cover', labelColor: 'red;width:100vw' }, done, fail)));
    log.push(await ask('ok', (done, fail) => system.updateViewInApplicationMenuBar(
      { name: 'ok', label: 'OK view', labelColor: '#ffffff', backgroundColor: 'rgb(30, 107, 184)' }, done, fail)));
    log.push(await ask('legit', (done, fail) => system.openDialog(location.origin + '/dialog.html',
      { label: 'Legit', width: '300px', height: '120px' }, done, fail)));
    document.getElementById('log').textContent = JSON.stringify(log);
    document.body.insertAdjacentHTML('beforeend', '<output id="done">done</output>');
  })();
</script>`;

/** The legitimate dialog's page: no script, so it attacks nothing when the shell loads it. */
const dialogPage = '<!doctype html><meta charset="utf-8"><title>Legit</title><p id="legit">A legitimate dialog</p>';

interface Outcome {
  readonly label: string;
  readonly data?: unknown;
  readonly error?: string;
}

let attacker: Server;
let attackerOrigin: string;
let servers: WorkspaceServers;
let browser: Browser;
let page: Page;
let outcomes: readonly Outcome[];
const pageErrors: string[] = [];

before(async () => {
  const legacy = await legacyGlobal();
  attacker = createServer((request, response) => {
    const script = request.url === '/wwe-service-client-api.js';
    response.setHeader('content-type', script ? 'text/javascript' : 'text/html');
    response.end(script ? legacy : request.url === '/dialog.html' ? dialogPage : attackerPage);
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  // 127.0.0.1, apart from the shell's localhost: the attacker is a real other origin.
  attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  // A workspace-level background view: it loads with the shell, no call needed, and unlike a
  // workspace-level tab (voice.dial only) it may call system.*.
  const options = optionFile(`interaction-workspace:
  workspace.web-content: Hostile
  service-client-api.accepted-web-content-origins: ${attackerOrigin} (system.*)
Hostile:
  label: Hostile
  url: ${attackerOrigin}/hostile.html
  mode: background
`);
  servers = await startWorkspace({ port: 0, appsPort: 0, logLevel: 'silent', optionsPath: options.path });
  browser = await launchBrowser();
  // Opened here rather than by openShellPage, so that page errors are heard from the first moment:
  // the view may attack while the shell is still starting.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${servers.shellOrigin}/`);
  await page.waitForFunction('"wweShell" in window', undefined, { timeout: E2E_LIMIT });
  const view: FrameLocator = page.frameLocator('iframe[data-section="Hostile"]:not([data-interaction])');
  // A background view is hidden: its marker is attached, never visible.
  await view.locator('#done').waitFor({ state: 'attached', timeout: E2E_LIMIT });
  outcomes = JSON.parse((await view.locator('#log').textContent()) ?? '[]') as Outcome[];
});

after(async () => {
  await browser?.close();
  await servers?.close();
  attacker?.close();
});

const outcomeOf = (label: string): Outcome => {
  const outcome = outcomes.find((candidate) => candidate.label === label);
  assert.ok(outcome, `no outcome for ${JSON.stringify(label)} in ${JSON.stringify(outcomes)}`);
  return outcome;
};

test('every spelling of a javascript: dialog url is refused, and no script ran as the Workspace', async () => {
  for (const url of JAVASCRIPT_URLS) {
    const { error, data } = outcomeOf(url);
    assert.equal(data, undefined, `openDialog(${JSON.stringify(url)}) was answered: ${JSON.stringify(data)}`);
    assert.match(
      error ?? '',
      /^Request 'system\.openDialog' refused: .*scheme javascript:.*only http: and https: urls/s,
    );
  }
  assert.equal(await page.evaluate('window.pwned'), undefined);
});

test('the shell shows one dialog, the legitimate one, loading its http page', async () => {
  assert.equal(typeof outcomeOf('legit').data, 'string', JSON.stringify(outcomeOf('legit')));
  const dialogs = page.locator('#dialogs dialog[data-dialog]');
  await dialogs.first().waitFor();
  assert.equal(await dialogs.count(), 1);
  assert.match((await dialogs.locator('.dialog-head').textContent()) ?? '', /Legit/);
  await page.frameLocator('#dialogs dialog iframe').locator('#legit').waitFor();
  const sources = await Promise.all(
    (await page.locator('#dialogs iframe').all()).map((iframe) => iframe.getAttribute('src')),
  );
  assert.deepEqual(sources, [`${attackerOrigin}/dialog.html`]);
  // A javascript: src in any case, even one the shell would not have attached, would run as the shell.
  assert.ok(
    sources.every((src) => !/^\s*javascript/i.test(src ?? '')),
    JSON.stringify(sources),
  );
});

test('colours that carry more CSS are refused, and nothing of them reaches the menu bar', async () => {
  for (const label of ['cover', 'cover2']) {
    const { error, data } = outcomeOf(label);
    assert.equal(data, undefined, `${label} was answered: ${JSON.stringify(data)}`);
    assert.match(error ?? '', /^Request 'system\.updateViewInApplicationMenuBar' refused: .*is not a CSS colour/);
  }
  // The legitimate item is drawn: once it is there, the refused ones would have been too.
  await page.locator('#menu-bar [data-menu-view="ok"]').waitFor();
  assert.equal(await page.locator('#menu-bar [data-menu-view="cover"]').count(), 0);
  assert.equal(await page.locator('#menu-bar [data-menu-view="cover2"]').count(), 0);
});

test('a legitimate menu-bar item gets its colours through the CSSOM, and stays an item of the bar', async () => {
  assert.equal(outcomeOf('ok').data, 'ok');
  const item = page.locator('#menu-bar [data-menu-view="ok"]', { hasText: 'OK view' });
  await item.waitFor();
  const colours = await page.evaluate(`(() => {
    const style = getComputedStyle(document.querySelector('#menu-bar [data-menu-view="ok"]'));
    return { color: style.color, background: style.backgroundColor };
  })()`);
  assert.deepEqual(colours, { color: 'rgb(255, 255, 255)', background: 'rgb(30, 107, 184)' });
  // Every item of the bar stays small: no item, refused or not, was made to cover the Workspace.
  const viewport = page.viewportSize();
  assert.ok(viewport, 'the page has a viewport');
  for (const each of await page.locator('#menu-bar [data-menu-view]').all()) {
    const box = await each.boundingBox();
    assert.ok(
      box && box.width < viewport.width / 2 && box.height < 100,
      `${await each.getAttribute('data-menu-view')} covers ${JSON.stringify(box)} of ${JSON.stringify(viewport)}`,
    );
  }
  // And nothing is drawn over the legitimate item: a click at its centre reaches it.
  const box = await item.boundingBox();
  assert.ok(box, 'the item has a box');
  const hit = await page.evaluate(
    `document.elementFromPoint(${box.x + box.width / 2}, ${box.y + box.height / 2})?.closest('[data-menu-view]')?.dataset.menuView`,
  );
  assert.equal(hit, 'ok');
});

test('the shell page had no errors', () => {
  assert.deepEqual(pageErrors, []);
});
