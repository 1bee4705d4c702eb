// The drop-in wwe-service-client-api.js (run `npm run build` first) in a cross-origin frame,
// served by the real ServiceHost: what pages written against the reference library rely on.
import { expect } from '@open-wc/testing';
import type { ServiceHost, TrafficEntry } from '@wwe-kit/host';
import { createTestHost } from '../../../test/helpers/test-backend.js';
import { openOptions } from '../../../test/helpers/workspace.js';
import { LegacyPage } from './legacy-page.js';

const server = { userAgent: 'WWE Server', protocolVersion: 2 };
const agent = { employeeId: 'E1', firstname: 'Ada', lastname: 'Agent', username: 'ada' };
type Message = Record<string, unknown>;

describe('wwe-service-client-api.js surface against the real ServiceHost', () => {
  let host: ServiceHost;
  let page: LegacyPage;
  let traffic: TrafficEntry[];
  let waiters: Array<() => void>;

  /** Resolves with the first traffic entry that fits, once the host has logged it. */
  const logged = (fits: (entry: TrafficEntry, message: Message) => boolean) =>
    new Promise<Message>((resolve) => {
      const check = () => {
        const found = traffic.find((entry) => fits(entry, entry.message as Message));
        if (!found) return;
        waiters = waiters.filter((wake) => wake !== check);
        resolve(found.message as Message);
      };
      waiters.push(check);
      check();
    });

  async function open(query = '') {
    page = new LegacyPage({
      query,
      answer: false,
      register: (iframe) => host.registerFrame({ iframe, section: 'Legacy', mode: 'tab' }),
    });
    await page.report('loaded');
  }

  beforeEach(async () => {
    traffic = [];
    waiters = [];
    ({ host } = createTestHost(openOptions, {
      onTraffic: (entry) => {
        traffic.push(entry);
        waiters.forEach((wake) => wake());
      },
    }));
    await open();
  });

  afterEach(() => {
    page.remove();
    host.dispose();
  });

  it('answers a page-chosen referenceId, a number too, as sent; sendMessage returns it', async () => {
    for (const chosen of [42, 'page-7']) {
      const id = page.send('call', {
        path: 'sendMessage',
        args: [{ request: 'agent.get', referenceId: chosen }, '@done', '@fail'],
        callbacks: false,
      });
      expect((await page.report(`${id}/returned`)).result).to.equal(chosen);
      // The reference hands the envelope over without its referenceId.
      expect(await page.report(id)).to.deep.include({
        outcome: 'done',
        result: { request: 'agent.get', data: agent, ...server },
      });
      const answer = await logged((entry, message) => entry.kind === 'answer' && message['referenceId'] === chosen);
      expect(answer['data']).to.deep.equal(agent);
    }
  });

  it('serves genesys.wws.service from wws-service-client-api.js', async () => {
    page.remove();
    await open('?file=wws');
    expect(await page.call('sendMessage', [{ request: 'agent.get' }])).to.deep.include({
      outcome: 'done',
      result: { request: 'agent.get', data: agent, ...server },
    });
  });

  it('sends system.popupToast(toast, null, onFail) as [toast] and calls onFail alone', async () => {
    const toast = { title: 'T', message: 'M' };
    const id = page.send('call', { path: 'system.popupToast', args: [toast, null, '@fail'], callbacks: false });
    const request = await logged(
      (entry, message) => entry.kind === 'request' && message['request'] === 'system.popupToast',
    );
    expect(request['parameters']).to.deep.equal([toast]);
    // The test backend implements no toasts: the host's failure reaches onFail, in fail's own slot.
    const report = await page.report(id);
    expect(report.outcome).to.equal('fail');
    expect((report.result as Message)['errorMessage']).to.match(/^Request 'system\.popupToast' is not supported/);
  });

  it('sends voice.dial(destination, done, fail) as [destination] and calls done', async () => {
    const id = page.send('call', { path: 'voice.dial', args: ['5001', '@done', '@fail'], callbacks: false });
    const request = await logged((entry, message) => entry.kind === 'request' && message['request'] === 'voice.dial');
    expect(request['parameters']).to.deep.equal(['5001']);
    expect((await page.report(id)).outcome).to.equal('done');
  });

  it('unsubscribes with the subscriptionId the host answered, and chains subscribe and unsubscribe', async () => {
    expect((await page.command('subscribe', { names: ['agent'], handler: 'h' })).chained).to.equal(true);
    const answer = await logged((entry, message) => entry.kind === 'answer' && 'subscriptionId' in message);
    expect((await page.command('unsubscribe', { handler: 'h' })).chained).to.equal(true);
    const dropped = await logged((entry) => entry.kind === 'unsubscribe');
    expect(dropped['data']).to.equal(answer['subscriptionId']);
    // Dropped at the host: an event after it reaches no handler (the request after it is the barrier).
    host.emit('agent', { eventType: 'STATE_CHANGED', mediaState: 'READY' } as never);
    await page.call('agent.get', []);
    expect(page.reports.filter((report) => report.id === 'event-h')).to.deep.equal([]);
  });

  it('keeps the valid names subscribed when one is unknown: the host never sees the unknown one', async () => {
    const subscribed = await page.command('subscribe', { names: ['agent', 'agnet'], handler: 'h' });
    expect(subscribed.errors?.[0]).to.match(/^wwe-kit: 'agnet' is no event Workspace knows/);
    const subscribe = await logged((entry) => entry.kind === 'subscribe');
    expect(subscribe['data']).to.deep.equal(['agent']);
    await logged((entry, message) => entry.kind === 'answer' && 'subscriptionId' in message);
    const data = { eventType: 'STATE_CHANGED', mediaState: 'READY' };
    host.emit('agent', data as never);
    expect((await page.report('event-h')).result).to.deep.equal({ event: 'agent', data, ...server });
  });
});
