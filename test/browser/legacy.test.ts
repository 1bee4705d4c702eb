import { expect } from '@open-wc/testing';
import { crossOrigin } from '../helpers/responder.js';

interface Report {
  id: string;
  outcome: 'done' | 'fail' | 'event' | 'message';
  result?: unknown;
  contextKept?: boolean;
}

/**
 * The test page plays Workspace for an existing page that loads the drop-in
 * `wwe-service-client-api.js` in a cross-origin frame: it records what the
 * page sends and answers as Workspace would.
 */
class LegacyPage {
  readonly received: Array<Record<string, unknown>> = [];
  readonly reports: Report[] = [];
  failures: Record<string, string> = {};
  silent = new Set<string>();
  private readonly frame = document.createElement('iframe');
  private nextId = 0;
  private waiters: Array<() => void> = [];

  constructor(query = '') {
    this.frame.src = `${crossOrigin()}/test/fixtures/legacy-page.html${query}`;
    addEventListener('message', this.onMessage);
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
      this.answer(message);
    }
    this.waiters.forEach((wake) => wake());
  };

  private answer(message: Record<string, unknown>) {
    const server = { userAgent: 'WWE Server', protocolVersion: 2 };
    const { request, referenceId } = message;
    if (message['event'] === 'subscribe') this.post({ referenceId, data: { subscriptionId: `sub-${String(referenceId)}` }, ...server });
    else if (typeof request !== 'string' || this.silent.has(request)) return;
    else if (request in this.failures) this.post({ request, referenceId, errorMessage: this.failures[request], ...server });
    else this.post({ request, referenceId, data: { answered: request }, ...server });
  }

  post(message: unknown) {
    this.window.postMessage(message, crossOrigin());
  }

  /** Resolves with the first report of this id. */
  report(id: string): Promise<Report> {
    return new Promise((resolve) => {
      const check = () => {
        const found = this.reports.find((report) => report.id === id);
        if (!found) return;
        this.waiters = this.waiters.filter((wake) => wake !== check);
        resolve(found);
      };
      this.waiters.push(check);
      check();
    });
  }

  async command(command: string, fields: Record<string, unknown> = {}): Promise<Report> {
    const id = `c${this.nextId++}`;
    this.post({ control: 'legacy', command, id, ...fields });
    return this.report(id);
  }

  call(path: string, args: unknown[], callbacks = true) {
    return this.command('call', { path, args, callbacks });
  }

  remove() {
    removeEventListener('message', this.onMessage);
    this.frame.remove();
  }
}

const request = (name: string, referenceId: number, parameters?: unknown[]) => ({
  request: name,
  ...(parameters ? { parameters } : {}),
  referenceId: String(referenceId),
  userAgent: 'WWE Client',
  protocolVersion: 2,
});

describe('legacy wwe-service-client-api.js', () => {
  let page: LegacyPage;

  beforeEach(async () => {
    page = new LegacyPage();
    await page.report('loaded');
  });

  afterEach(() => page.remove());

  it('defines genesys.wwe.service with every namespace, sipEndpoint included', async () => {
    const shape = await page.command('shape');
    expect(shape.result).to.deep.equal({ sendMessage: 'function', dial: 'function', sip: 'function' });
  });

  it('sends exactly the protocol messages for a sample of every namespace', async () => {
    const toast = { title: 'T', buttons: ['Yes', 'No'] };
    const calls: Array<[string, unknown[]]> = [
      ['agent.setState', ['NotReady']],
      ['configuration.getOption', [['privilege.*']]],
      ['email.create', ['a@b.c']],
      ['interaction.setUserData', ['1', { MyKEY1: 'MyValue1' }]],
      ['media.setState', ['voice', 'Ready']],
      ['system.popupToast', [toast]],
      ['voice.dial', ['5001']],
      ['outbound.callPreviewRecord', ['1', 283]],
      ['auth.getJwtToken', []],
      ['messenger.broadcastMessage', ['my-channel', { foo: 'A foo text.', bar: 1234 }]],
      ['sipEndpoint.muteMicrophone', []],
    ];
    for (const [path, args] of calls) {
      const report = await page.call(path, args);
      expect(report.outcome, path).to.equal('done');
      // The callback gets the whole envelope, without its referenceId.
      expect(report.result, path).to.deep.equal({ request: path, data: { answered: path }, userAgent: 'WWE Server', protocolVersion: 2 });
    }
    expect(page.received).to.deep.equal(calls.map(([path, args], index) => request(path, index, args.length ? args : undefined)));
  });

  it('keeps callbacks out of the parameters when optional ones are left out', async () => {
    await page.call('voice.dial', ['5001']);
    await page.call('voice.dial', ['5002', { Key: 'v' }]);
    await page.call('email.create', ['a@b.c']);
    expect(page.received.map((message) => message['parameters'])).to.deep.equal([['5001'], ['5002', { Key: 'v' }], ['a@b.c']]);
  });

  it('serves sendMessage with done and fail', async () => {
    const done = await page.call('sendMessage', [{ request: 'agent.get' }]);
    expect(done.result).to.deep.include({ request: 'agent.get' });
    page.failures['interaction.markdone'] = 'Error: Interaction not found.';
    const fail = await page.call('sendMessage', [{ request: 'interaction.markdone', parameters: ['9'] }]);
    expect(fail).to.deep.include({ outcome: 'fail', result: { request: 'interaction.markdone', errorMessage: 'Error: Interaction not found.', userAgent: 'WWE Server', protocolVersion: 2 } });
  });

  it("passes 'Request timeout' to fail when no answer comes", async () => {
    page.remove();
    page = new LegacyPage('?timeout=50');
    await page.report('loaded');
    page.silent.add('agent.get');
    expect(await page.call('agent.get', [])).to.deep.include({ outcome: 'fail', result: 'Request timeout' });
  });

  it('merges subscribers into one subscription and calls each with its context', async () => {
    await page.command('subscribe', { names: ['agent', 'interaction'], handler: 'a' });
    await page.command('subscribe', { names: ['agent'], handler: 'b' });
    await page.call('agent.get', []);
    const data = { eventType: 'STATE_CHANGED', mediaState: 'READY' };
    page.post({ event: 'agent', data, userAgent: 'WWE Server', protocolVersion: 2 });
    const [first, second] = await Promise.all([page.report('event-a'), page.report('event-b')]);
    expect(first.result).to.deep.equal({ event: 'agent', data, userAgent: 'WWE Server', protocolVersion: 2 });
    expect([first.contextKept, second.contextKept]).to.deep.equal([true, true]);
    const subscribes = page.received.filter((message) => message['event'] === 'subscribe');
    const unsubscribes = page.received.filter((message) => message['event'] === 'unsubscribe');
    expect(subscribes.map((message) => message['data'])).to.deep.equal([['agent', 'interaction']]);
    expect(unsubscribes).to.deep.equal([]);
  });

  it('replaces the subscription as subscribers come and go, then drops it', async () => {
    // Each call after a subscribe change lets the subscribe answer reach the page first.
    await page.command('subscribe', { names: ['agent'], handler: 'a' });
    await page.call('agent.get', []);
    await page.command('subscribe', { names: ['system'], handler: 'b' });
    await page.call('agent.get', []);
    await page.command('unsubscribe', { handler: 'a' });
    await page.call('agent.get', []);
    await page.command('unsubscribe', {});
    await page.call('agent.get', []);
    const subscriptionTraffic = page.received.filter((message) => typeof message['event'] === 'string').map((message) => [message['event'], message['data']]);
    expect(subscriptionTraffic).to.deep.equal([
      ['subscribe', ['agent']], ['unsubscribe', 'sub-0'], ['subscribe', ['agent', 'system']],
      ['unsubscribe', 'sub-3'], ['subscribe', ['system']], ['unsubscribe', 'sub-6'],
    ]);
  });

  it('hands wwe… strings to onMessage and stamps the announced frameId', async () => {
    await page.command('listenLegacy');
    page.post('wweRefresh');
    expect((await page.report('legacy-string')).result).to.equal('wweRefresh');
    page.post({ frameId: 12, userAgent: 'WWE Server' });
    await page.command('target');
    await page.call('agent.get', []);
    expect(page.received.at(-1)).to.deep.equal({ ...request('agent.get', 0), frameId: 12 });
  });
});
