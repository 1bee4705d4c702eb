/**
 * End-to-end harness: the real `npm start` servers (shell on localhost, apps on
 * 127.0.0.1, free ports) and real Chromium driving the shell page through Playwright.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { chromiumPath } from '../../scripts/chromium.js';
import { chromiumFlags } from '../../scripts/chromium-flags.mjs';
import { startWorkspace, type WorkspaceServers } from '../../scripts/serve.js';

/**
 * How long a real page, frame or view may take to start before a wait fails: generous, since only a
 * loaded machine makes it slow, and it only turns a hang into a failure.
 */
export const E2E_LIMIT = 60_000;

export interface ShellSession {
  readonly servers: WorkspaceServers;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The iframe of a view: workspace-level without an interaction id. */
  view(section: string, interactionId?: string): FrameLocator;
  /** Runs in the shell page with the live shell (`window.wweShell`). */
  shell<T>(read: string): Promise<T>;
  /** Closes what this session opened: the page, or with `openShell` the browser and servers too. */
  close(): Promise<void>;
}

/** A temporary option file; its text may be written once the ports are known. */
export function optionFile(text = 'interaction-workspace: {}\n'): { path: string; write(text: string): void } {
  const path = join(mkdtempSync(join(tmpdir(), 'wwe-kit-e2e-')), 'options.yaml');
  writeFileSync(path, text);
  return { path, write: (next) => writeFileSync(path, next) };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...chromiumFlags] });
}

/** Opens the shell page of running servers and waits until the shell has started. */
export async function openShellPage(
  browser: Browser,
  shellOrigin: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${shellOrigin}/`);
  try {
    await page.waitForFunction('"wweShell" in window', undefined, { timeout: E2E_LIMIT });
  } catch (error) {
    throw new Error(
      `The shell did not start (${(error as Error).message}). Page errors: ${errors.join('; ') || 'none'}; #fatal: ${await page.locator('#fatal').textContent()}`,
      { cause: error },
    );
  }
  return { context, page };
}

/** A shell session on a page of servers and a browser that already run; `close()` closes the page's context only. */
async function sessionOn(servers: WorkspaceServers, browser: Browser): Promise<ShellSession> {
  const { context, page } = await openShellPage(browser, servers.shellOrigin);
  return {
    servers,
    browser,
    context,
    page,
    view: (section, interactionId) =>
      page.frameLocator(
        interactionId === undefined
          ? `iframe[data-section="${section}"]:not([data-interaction])`
          : `iframe[data-section="${section}"][data-interaction="${interactionId}"]`,
      ),
    shell: (read) => page.evaluate(`(() => { const shell = window.wweShell; return ${read}; })()`),
    close: () => context.close(),
  };
}

/** Starts the servers on free ports with `optionsPath` (default: the repository's option file) and opens the shell. */
export async function openShell(options: { optionsPath?: string } = {}): Promise<ShellSession> {
  const servers = await startWorkspace({
    port: 0,
    appsPort: 0,
    logLevel: 'silent',
    ...(options.optionsPath ? { optionsPath: options.optionsPath } : {}),
  });
  const browser = await launchBrowser();
  const session = await sessionOn(servers, browser);
  return {
    ...session,
    async close() {
      await browser.close();
      await servers.close();
    },
  };
}

/** Waits until a view of `section` has subscribed to events: it is loaded and listening. */
export async function viewListening(session: ShellSession, section: string): Promise<void> {
  await session.page.waitForFunction(
    `window.wweShell.host.frames.some((frame) => frame.section === ${JSON.stringify(section)} && frame.subscriptions.size > 0)`,
    undefined,
    { timeout: E2E_LIMIT },
  );
}

/**
 * The default desktop, fresh for each test of a file: the servers and the browser start once for the
 * file, and each test gets its own shell page (so its own Workspace and simulator, which live in the
 * page), opened once the background view listens and closed after the test. No test depends on what
 * another left behind, so each passes alone and in any order. `current()` is the live session.
 */
export function useDefaultShell(): { current(): ShellSession } {
  let servers: WorkspaceServers | undefined;
  let browser: Browser | undefined;
  let session: ShellSession | undefined;
  before(async () => {
    servers = await startWorkspace({ port: 0, appsPort: 0, logLevel: 'silent' });
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    session = await sessionOn(servers!, browser!);
    await viewListening(session, 'CallerLookup');
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  after(async () => {
    await browser?.close();
    await servers?.close();
  });
  return {
    current() {
      if (!session) throw new Error('The shell is not open yet: use current() inside a test.');
      return session;
    },
  };
}
