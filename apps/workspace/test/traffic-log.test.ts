import { expect } from '@open-wc/testing';
import { notAllowedMessage, rateLimitMessage } from '@wwe-kit/protocol';
import { TRAFFIC_ENTRY_MAX, TRAFFIC_KEPT, TRAFFIC_MAX_WEIGHT, TrafficLog } from '../src/traffic-log.js';
import { summariseMessage } from '@wwe-kit/host';
import { everything as noFilter, FilteredTraffic, type InspectorFilter } from '../src/inspector/filtered-traffic.js';
import { describeMessage, SEARCHED_CHARACTERS } from '../src/inspector/traffic-entry.js';
import { trafficEntry } from './traffic-entries.js';

const entry = trafficEntry;
const matching = (log: TrafficLog, filter: Partial<InspectorFilter> = {}) =>
  new FilteredTraffic(log, { ...noFilter, ...filter }).rows;

describe('traffic log', () => {
  it('tells refusals (origin, filter, allowlist, rate limit) from failures in Workspace', () => {
    const log = new TrafficLog();
    log.add(
      entry('error', {
        request: 'voice.dial',
        errorMessage: notAllowedMessage('voice.dial', 'origin x is not accepted', 'Add it'),
      }),
    );
    log.add(entry('error', { request: 'voice.dial', errorMessage: rateLimitMessage('voice.dial', 30) }));
    log.add(entry('error', { request: 'interaction.markdone', errorMessage: 'Error: Interaction not found.' }));
    expect(matching(log).map((logged) => [logged.kind, logged.name])).to.deep.equal([
      ['refusal', 'voice.dial'],
      ['refusal', 'voice.dial'],
      ['error', 'interaction.markdone'],
    ]);
  });

  it('names requests and events, and filters by kind and by text anywhere in the entry', () => {
    const log = new TrafficLog();
    log.add(entry('request', { operation: 'request', request: 'agent.get', referenceId: 1 }));
    log.add(entry('event', { event: 'interaction', data: { eventType: 'ADDED' } }, { section: 'CallerLookup' }));
    log.add(entry('answer', { request: 'agent.get', data: { firstname: 'Ada' } }, { elapsed: 1.5 }));
    expect(matching(log, { kind: 'event' }).map((logged) => logged.name)).to.deep.equal(['interaction']);
    expect(matching(log, { kind: 'event' })[0]!.eventType).to.equal('ADDED');
    expect(matching(log, { text: 'callerlookup' })).to.have.length(1);
    expect(matching(log, { text: 'ada' }).map((logged) => logged.kind)).to.deep.equal(['answer']);
    expect(matching(log, { text: 'ada', kind: 'request' })).to.deep.equal([]);
    expect(matching(log, { section: 'CallerLookup' }).map((logged) => logged.kind)).to.deep.equal(['event']);
    expect(matching(log, { namespace: 'agent' }).map((logged) => logged.kind)).to.deep.equal(['request', 'answer']);
    expect(matching(log, { namespace: 'interaction' }).map((logged) => logged.kind)).to.deep.equal(['event']);
  });

  it('keeps a copy, so the host changing its message later changes nothing', () => {
    const log = new TrafficLog();
    const message = { request: 'agent.get', data: { firstname: 'Ada' } };
    log.add(entry('answer', message));
    message.data.firstname = 'Changed';
    expect((matching(log)[0]!.message as typeof message).data.firstname).to.equal('Ada');
  });

  it('keeps the newest TRAFFIC_KEPT entries (at least 10,000), each found by its number', () => {
    expect(TRAFFIC_KEPT).to.be.at.least(10_000);
    const log = new TrafficLog();
    for (let index = 0; index < TRAFFIC_KEPT + 3; index += 1)
      log.add(entry('request', { request: 'agent.get', referenceId: index }, { time: 86_400_000 }));
    expect(log.size).to.equal(TRAFFIC_KEPT);
    expect(log.firstSeq).to.equal(4);
    expect(log.bySeq(4)!.referenceId).to.equal('3');
    expect(log.bySeq(3)).to.equal(undefined);
    expect(matching(log, { text: '"referenceid":3}' }).map((logged) => logged.seq)).to.deep.equal([4]);
  });

  it('keeps a message over the entry bound as its size and first characters, not a copy of it', () => {
    const log = new TrafficLog();
    const big = 'x'.repeat(TRAFFIC_ENTRY_MAX * 4);
    const logged = log.add(
      entry('request', { request: 'messenger.broadcastMessage', parameters: ['crm', big] }, { size: big.length + 60 }),
    );
    expect(logged.message).to.include({
      request: 'messenger.broadcastMessage',
      summarised: true,
      size: big.length + 60,
    });
    expect(JSON.stringify(logged.message).length).to.be.lessThan(1024);
    expect(logged.name).to.equal('messenger.broadcastMessage');
  });

  it('stays under its weight bound however large the messages a view sends', () => {
    const log = new TrafficLog();
    const nearBound = 'y'.repeat(TRAFFIC_ENTRY_MAX - 100);
    for (let index = 0; index < 400; index += 1)
      log.add(entry('request', { request: 'agent.get', parameters: [nearBound] }));
    expect(log.weight).to.be.at.most(TRAFFIC_MAX_WEIGHT);
    expect(log.size).to.be.lessThan(400);
    expect(matching(log).at(-1)!.seq).to.equal(400);
  });

  it("keeps the host's summary of a refused message as it is", () => {
    const log = new TrafficLog();
    const refused = 'z'.repeat(8 * 1024 * 1024);
    const summary = summariseMessage(
      { request: 'agent.get', parameters: [refused] },
      refused.length + 40,
      'Message refused: too large.',
    );
    const logged = log.add(entry('invalid', summary, { size: refused.length + 40 }));
    expect(logged.message).to.deep.equal(summary);
    expect(log.weight).to.be.lessThan(1024);
  });

  it('pairs each request and subscribe with the answer of the same frame and referenceId', () => {
    const log = new TrafficLog();
    const dial = log.add(
      entry('request', { request: 'voice.dial', referenceId: '0', parameters: ['5001'] }, { time: 10 }),
    );
    const other = log.add(entry('request', { request: 'voice.dial', referenceId: '0' }, { frameId: 2, time: 11 }));
    const subscribe = log.add(
      entry('subscribe', { event: 'subscribe', referenceId: '1', data: ['agent'] }, { time: 12 }),
    );
    expect(log.isPending(dial)).to.equal(true);
    const answer = log.add(
      entry('answer', { request: 'voice.dial', referenceId: '0', data: null }, { time: 15, elapsed: 5 }),
    );
    const subscribed = log.add(
      entry('answer', { referenceId: '1', subscriptionId: 3, data: { subscriptionId: 3 } }, { time: 20 }),
    );
    expect(log.partnerOf(dial)).to.equal(answer);
    expect(log.partnerOf(answer)).to.equal(dial);
    expect(log.partnerOf(other)).to.equal(undefined);
    expect(log.isPending(other)).to.equal(true);
    expect(log.partnerOf(subscribe)).to.equal(subscribed);
    // The subscribe's answer names nothing itself: it is shown as the answer to 'subscribe'.
    expect(subscribed.name).to.equal('subscribe');
    const view = new FilteredTraffic(log, noFilter);
    expect(view.slowest).to.equal(8);
  });

  it('takes in new messages without starting over, and starts again when the log is cleared', () => {
    const log = new TrafficLog();
    const view = new FilteredTraffic(log, { ...noFilter, kind: 'request' });
    log.add(entry('request', { request: 'agent.get', referenceId: '0' }));
    log.add(entry('answer', { request: 'agent.get', referenceId: '0', data: {} }));
    view.update();
    expect(view.count).to.equal(1);
    expect(view.indexOf(1)).to.equal(0);
    expect(view.indexOf(2)).to.equal(-1);
    log.clear();
    view.update();
    expect(view.count).to.equal(0);
    log.add(entry('request', { request: 'agent.get', referenceId: '1' }));
    view.update();
    expect(view.at(0)!.referenceId).to.equal('1');
  });

  it("labels each message with its view's label, and keeps what the host ignored with the reason", () => {
    const log = new TrafficLog((section) => (section === 'CustomerTab' ? 'Customer' : section));
    expect(log.add(entry('request', { request: 'agent.get', referenceId: '0' })).label).to.equal('Customer');
    const ignored = log.addIgnored({
      reason: 'not-a-view',
      explanation:
        'Service Client API traffic came from a window of http://evil.test, which is not a web-content view.',
      origin: 'http://evil.test',
      frameId: undefined,
      section: undefined,
      summary: summariseMessage({ request: 'agent.get' }, 40),
      time: 5,
    });
    expect(ignored).to.include({ kind: 'ignored-in', frameId: undefined, label: 'a window of http://evil.test' });
    expect(ignored.ignored!.reason).to.equal('not-a-view');
    expect(matching(log, { text: 'not a web-content view' })).to.deep.equal([ignored]);
    expect([...log.sections]).to.deep.equal([['CustomerTab', 'Customer']]);
  });

  it('searches the start of a message, read no further than the searched characters', () => {
    let read = 0;
    const values = new Proxy(
      Array.from({ length: 100_000 }, (_, index) => `value ${index}`),
      {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) read += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      },
    );
    const described = describeMessage({
      seq: 1,
      direction: 'in',
      kind: 'request',
      frameId: 1,
      section: 'CustomerTab',
      label: 'Customer',
      origin: 'http://127.0.0.1:5174',
      time: 0,
      elapsed: undefined,
      message: { request: 'messenger.broadcastMessage', parameters: values },
      weight: 1,
    });
    expect(described.search).to.contain('"value 0"');
    expect(described.search).to.not.contain('"value 5000"');
    expect(read).to.be.at.most(SEARCHED_CHARACTERS);
  });
});
