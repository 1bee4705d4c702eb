/**
 * `workspace.traffic`: the shell's traffic log, for the matchers (`expect(workspace.traffic)…`) and for
 * a test that wants to read the messages itself.
 */
import type { Page } from '@playwright/test';
import type { TrafficExpectation, TrafficVerdict } from '../shell/expectations.js';
import { inShell } from './shell-in-page.js';

/** One message between Workspace and a view, as the shell's traffic log keeps it. */
export interface TrafficMessage {
  /** `request`, `answer`, `error`, `refusal`, `event`, `subscribe`… */
  readonly kind: string;
  /** `in`: from the view to Workspace; `out`: from Workspace to the view. */
  readonly direction: 'in' | 'out';
  /** The view's option section ('' for a window that is no view). */
  readonly section: string;
  /** The request or event name. */
  readonly name: string;
  /** An event's eventType ('' when none). */
  readonly eventType: string;
  /** The view's origin, as the browser reported it. */
  readonly origin: string;
  /** The message as sent (a summary for a refused or very large one). */
  readonly message: unknown;
}

/** The traffic between the shell and its views. */
export class WorkspaceTraffic {
  /** @internal The shell's page. */
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Every message so far, oldest first. */
  messages(): Promise<TrafficMessage[]> {
    return inShell(
      this.page,
      (shell) =>
        (shell as unknown as { traffic: { entries: TrafficMessage[] } }).traffic.entries.map(
          ({ kind, direction, section, name, eventType, origin, message }) => ({
            kind,
            direction,
            section,
            name,
            eventType,
            origin,
            message,
          }),
        ),
      undefined,
    );
  }

  /**
   * @internal Waits in the page up to `timeout` ms for a message matching `expected`; answers what
   * was found, or what was seen instead with the refusals and the view's diagnosis.
   */
  wait(expected: TrafficExpectation, timeout: number): Promise<TrafficVerdict> {
    return inShell(this.page, (shell, [what, ms]: [TrafficExpectation, number]) => shell.expectations.wait(what, ms), [
      expected,
      timeout,
    ] as [TrafficExpectation, number]);
  }
}
