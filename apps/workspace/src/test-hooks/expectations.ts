/**
 * Waits in the page for a message a test expects (the Playwright fixture's `toHaveRequest`,
 * `toHaveBeenRefused`, `toHaveEvent`), over the shell's traffic log since it started. The same
 * matching as a scenario's `expect:` step (scenario-script/match.ts); the wait is event-driven: the
 * condition is checked again at each message the log adds, and the deadline is the only timer. When
 * nothing matches, it says what the view sent and got instead, its refusals word for word, and the
 * Views panel's diagnosis of it.
 */
import type { ServiceHost, TrafficEntry } from '@wwe-kit/host';
import { classifyErrorMessage } from '@wwe-kit/protocol';
import type {
  TrafficExpectation,
  TrafficVerdict,
  ViewDiagnosisText,
} from '../../../../packages/testing/src/shell/expectations.js';
import type { ViewWatch } from '../diagnosis/view-watch.js';
import type { LoggedMessage, TrafficLog } from '../traffic-log.js';
import { TrafficFeed, WaitTimeout } from '../scenario-script/feed.js';
import { explainMiss, watchFor, type ExpectedEvent, type ExpectedRequest } from '../scenario-script/match.js';
import type { ViewManager } from '../views.js';

/** What the expectations read of the shell. */
export interface ExpectationShell {
  readonly traffic: TrafficLog;
  readonly views: ViewManager;
  readonly watch: ViewWatch;
  readonly host: ServiceHost;
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** A logged message as the scenario feed takes it: a refusal is an error answer there, and ignored ones are no traffic. */
function asEntry(logged: LoggedMessage): TrafficEntry | undefined {
  if (logged.kind === 'ignored-in') return undefined;
  const kind = logged.kind === 'refusal' ? 'error' : logged.kind;
  return { kind, frameId: logged.frameId, section: logged.section, message: logged.message } as TrafficEntry;
}

export class TrafficExpectations {
  readonly #shell: ExpectationShell;

  constructor(shell: ExpectationShell) {
    this.#shell = shell;
  }

  /**
   * Resolves once a message since the shell started matches `expected` (`found: true`), or after
   * `timeout` ms without one (`found: false`, with what was seen instead). Never rejects for a miss.
   */
  async wait(expected: TrafficExpectation, timeout: number): Promise<TrafficVerdict> {
    const feed = new TrafficFeed();
    feed.start();
    const { traffic } = this.#shell;
    let seen = 0;
    const catchUp = () => {
      for (const logged of traffic.entries) {
        if (logged.seq <= seen) continue;
        seen = logged.seq;
        const entry = asEntry(logged);
        if (entry) feed.observe(entry);
      }
    };
    catchUp();
    const stop = traffic.listen(catchUp);
    const matched = watchFor(expected as ExpectedRequest | ExpectedEvent, feed, 0);
    try {
      const text = await feed.until(matched, Math.max(0, timeout), new AbortController().signal);
      return { found: true, text, refusals: this.#refusals(feed, expected), diagnoses: [] };
    } catch (error) {
      if (!(error instanceof WaitTimeout)) throw error;
      return {
        found: false,
        text: explainMiss(expected as ExpectedRequest | ExpectedEvent, feed, 0),
        refusals: this.#refusals(feed, expected),
        diagnoses: this.#diagnoses(expected),
      };
    } finally {
      stop();
      feed.stop();
    }
  }

  /** The refusals of the view's requests (every view's when it names none): request, view and Workspace's words. */
  #refusals(feed: TrafficFeed, expected: TrafficExpectation): string[] {
    const view = 'request' in expected ? expected.from : expected.to;
    return feed
      .since(0)
      .filter((message) => message.kind === 'request' && (view === undefined || message.section === view))
      .flatMap((request) => {
        const text = record(feed.answerTo(request)?.message)['errorMessage'];
        if (typeof text !== 'string' || classifyErrorMessage(text) === 'host-error') return [];
        return [`${String(record(request.message)['request'])} from ${request.section} was refused: ${text}`];
      });
  }

  /** The Views panel's diagnosis of each live view of the named section. */
  #diagnoses(expected: TrafficExpectation): ViewDiagnosisText[] {
    const section = 'request' in expected ? expected.from : expected.to;
    if (section === undefined) return [];
    const views = this.#shell.views.views.filter((view) => view.spec.section === section);
    if (!views.length) {
      const sections = [...new Set(this.#shell.views.views.map((view) => view.spec.section))];
      return [
        {
          view: section,
          headline: `No view of section ${section} is open.`,
          causes: [
            `The open views are ${sections.join(', ') || 'none'}. Name a view by its option section (not its label); an interaction-level view lives only while its interaction does.`,
          ],
        },
      ];
    }
    return views.map((view) => {
      const { headline, causes } = this.#shell.watch.diagnose(view, this.#shell.host);
      const where = view.interactionId === undefined ? '' : ` (interaction ${view.interactionId})`;
      return { view: `${view.spec.label} [${section}]${where}`, headline, causes };
    });
  }
}
