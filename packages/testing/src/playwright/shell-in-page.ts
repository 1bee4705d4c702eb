/**
 * The shell as the fixture reaches it in the page (`window.wweShell`, apps/workspace/src/shell.ts):
 * only what the fixture calls, typed loosely enough not to tie the package's typings to the app's (the
 * simulator's own types bring the host's DOM types, which a Node test project does not have).
 * Every call crosses `page.evaluate` with plain data, so nothing of the page leaks into the test.
 */
import type { Page } from '@playwright/test';
import type { Agent, Interaction, KeyValues, State } from '@wwe-kit/protocol';
import type { TrafficExpectation, TrafficVerdict } from '../shell/expectations.js';

interface ViewInPage {
  readonly key: string;
  readonly spec: { readonly section: string; readonly label: string; readonly mode: string };
  readonly interactionId: string | undefined;
  readonly url: string;
  readonly iframe: unknown;
  readonly frame: { readonly frameId: number } | undefined;
}

/** `window.wweShell`. */
export interface ShellInPage {
  readonly simulator: {
    readonly scenario: {
      inboundCall(from: string, userData?: KeyValues): string;
      chat(from: string, userData?: KeyValues): string;
      email(from: string, userData?: KeyValues): string;
      customerHangUp(interactionId: string): void;
      remoteAnswer(interactionId: string): void;
      campaign(name: string, mode?: string): void;
      pushPreview(campaign: string): string;
    };
    readonly desk: Record<'answer' | 'accept' | 'reject' | 'markDone', (interactionId: string) => void>;
    readonly voice: Record<'hold' | 'resume' | 'release', (interactionId: string) => void>;
    readonly faults: {
      fail(request: string, message: string): void;
      delay(request: string, milliseconds: number): void;
      drop(request: string): void;
      clear(request?: string): void;
    };
    readonly agent: { readonly agent: Agent; state(): State };
    readonly interactions: {
      get(interactionId: string): { readonly interaction: Interaction };
      list(): ReadonlyArray<{ readonly interaction: Interaction }>;
    };
    readonly runtime: { readonly clock: { now(): number } };
  };
  readonly clock: { advance(milliseconds: number): void } | undefined;
  readonly views: { readonly views: readonly ViewInPage[] };
  readonly expectations: { wait(expected: TrafficExpectation, timeout: number): Promise<TrafficVerdict> };
  readonly problems: readonly string[];
  readonly hostProblems: readonly string[];
  sync(): void;
  select(interactionId: string): void;
  /** Brings a view forward as the agent would (its tab selected); answers what it did. */
  showView(frameId: number): string;
}

/**
 * Runs `fn` in the shell's page with the live shell and `arg` (plain data, sent as JSON). `fn` crosses
 * as its source text, so it may use nothing but its parameters. A throw in the page is thrown here
 * with the page's message, without the page's stack.
 */
export async function inShell<A, R>(page: Page, fn: (shell: ShellInPage, arg: A) => R, arg: A): Promise<Awaited<R>> {
  try {
    return (await page.evaluate(
      `(${fn.toString()})(window.wweShell, ${JSON.stringify(arg) ?? 'undefined'})`,
    )) as Awaited<R>;
  } catch (error) {
    const message = (error as Error).message;
    // Playwright prefixes "page.evaluate: " and adds the page's stack: the first line is what the page threw.
    throw new Error(
      message
        .replace(/^page\.evaluate: /, '')
        .replace(/^Error: /, '')
        .split('\n')[0]!,
      { cause: error },
    );
  }
}
