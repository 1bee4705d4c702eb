/**
 * Test driver of test/fixtures/legacy-page.html: an existing page that loads the drop-in
 * `wwe-service-client-api.js` (built by `npm run build`) in a cross-origin frame, steered with
 * `control: 'legacy'` messages. By default the test page plays Workspace: it records what the
 * page sends and answers as Workspace would. With `answer: false` the real ServiceHost answers,
 * and the driver only records.
 */
import { expect } from '@open-wc/testing';
import { crossOrigin } from '../../../test/helpers/responder.js';

export interface Report {
  id: string;
  outcome: 'done' | 'fail' | 'event' | 'message' | 'returned';
  result?: unknown;
  contextKept?: boolean;
  /** subscribe, unsubscribe: whether the call returned the service. */
  chained?: boolean;
  /** subscribe: the errors the script reported instead of throwing. */
  errors?: string[];
}

export interface LegacyPageOptions {
  /** The page's query: `?timeout=50`, `?file=wws`… */
  readonly query?: string;
  /** Whether the test page answers as Workspace (true by default). */
  readonly answer?: boolean;
  /** How the fake Workspace answers subscribe: `data` only (older hosts), or also at the `top` (the reference's). */
  readonly subscribeAnswer?: 'data' | 'top' | 'both';
  /** Called with the iframe before it loads, e.g. to register it with a real host. */
  readonly register?: (iframe: HTMLIFrameElement) => void;
}

const server = { userAgent: 'WWE Server', protocolVersion: 2 };

export class LegacyPage {
  readonly received: Array<Record<string, unknown>> = [];
  readonly reports: Report[] = [];
  failures: Record<string, string> = {};
  silent = new Set<string>();
  readonly frame = document.createElement('iframe');
  private nextId = 0;
  private waiters: Array<() => void> = [];

  constructor(private readonly options: LegacyPageOptions = {}) {
    this.frame.src = `${crossOrigin()}/test/fixtures/legacy-page.html${options.query ?? ''}`;
    addEventListener('message', this.onMessage);
    options.register?.(this.frame);
    document.body.append(this.frame);
  }

  get window(): Window {
    return this.frame.contentWindow!;
  }

  private readonly onMessage = (event: MessageEvent) => {
    if (event.source !== this.window) return;
    const message = event.data as Record<string, unknown>;
    if (message['control'] === 'legacy-report') {
      this.reports.push(message as unknown as Report);
    } else {
      expect(event.origin).to.equal(crossOrigin());
      this.received.push(message);
      if (this.options.answer !== false) this.answer(message);
    }
    this.waiters.forEach((wake) => wake());
  };

  private answer(message: Record<string, unknown>) {
    const { request, referenceId } = message;
    if (message['event'] === 'subscribe') {
      const subscriptionId = `sub-${String(referenceId)}`;
      const shape = this.options.subscribeAnswer ?? 'data';
      this.post({
        referenceId,
        ...(shape === 'data' ? {} : { subscriptionId }),
        ...(shape === 'top' ? {} : { data: { subscriptionId } }),
        ...server,
      });
    } else if (typeof request !== 'string' || this.silent.has(request)) return;
    else if (request in this.failures)
      this.post({ request, referenceId, errorMessage: this.failures[request], ...server });
    else this.post({ request, referenceId, data: { answered: request }, ...server });
  }

  post(message: unknown) {
    this.window.postMessage(message, crossOrigin());
  }

  /** Resolves with the first report of this id. */
  report(id: string): Promise<Report> {
    return this.first(() => this.reports.find((report) => report.id === id));
  }

  /** Resolves with the first message the page sent that fits, once it has come. */
  sent(fits: (message: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    return this.first(() => this.received.find(fits));
  }

  private first<T>(find: () => T | undefined): Promise<T> {
    return new Promise((resolve) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        this.waiters = this.waiters.filter((wake) => wake !== check);
        resolve(found);
      };
      this.waiters.push(check);
      check();
    });
  }

  async command(command: string, fields: Record<string, unknown> = {}): Promise<Report> {
    const id = this.send(command, fields);
    return this.report(id);
  }

  /** Posts a command without waiting; returns its id. */
  send(command: string, fields: Record<string, unknown> = {}): string {
    const id = `c${this.nextId++}`;
    this.post({ control: 'legacy', command, id, ...fields });
    return id;
  }

  /** Calls `genesys.wwe.service.<path>(...args, done, fail)` and resolves with the first callback's report. */
  call(path: string, args: unknown[], callbacks = true) {
    return this.command('call', { path, args, callbacks });
  }

  /**
   * Calls `path` with `args` as given ('@done' and '@fail' stand for the callbacks), then a request
   * the fake Workspace answers, as a barrier: every callback of the first call has run by its answer.
   * Resolves with what the call returned, its callback's report (if any) and the message it sent.
   */
  async callAsIs(path: string, args: unknown[]) {
    const id = this.send('call', { path, args, callbacks: false });
    const returned = (await this.report(`${id}/returned`)).result;
    const sentBefore = this.received.length;
    await this.call('agent.getState', []);
    const message = this.received.slice(0, sentBefore).at(-1);
    return { returned, report: this.reports.find((report) => report.id === id), message };
  }

  remove() {
    removeEventListener('message', this.onMessage);
    this.frame.remove();
  }
}

/** A request envelope as the legacy script sends it, referenceId from its counter. */
export const requestEnvelope = (name: string, referenceId: number, parameters?: unknown[]) => ({
  request: name,
  ...(parameters ? { parameters } : {}),
  referenceId: String(referenceId),
  userAgent: 'WWE Client',
  protocolVersion: 2,
});
