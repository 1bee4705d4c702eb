import { expect } from '@open-wc/testing';
import type { TrafficEntry } from '@wwe-kit/host';
import { notAllowedMessage, rateLimitMessage } from '@wwe-kit/protocol';
import { TRAFFIC_ENTRY_MAX, TRAFFIC_KEPT, TRAFFIC_MAX_WEIGHT, TrafficLog } from '../src/traffic-log.js';
import { summariseMessage } from '@wwe-kit/host';

const entry = (kind: TrafficEntry['kind'], message: unknown, extra: Partial<TrafficEntry> = {}): TrafficEntry => ({
  direction: ['request', 'subscribe', 'unsubscribe', 'invalid'].includes(kind) ? 'in' : 'out',
  kind,
  frameId: 1,
  section: 'CustomerTab',
  origin: 'http://127.0.0.1:5174',
  message,
  size: undefined,
  time: 0,
  elapsed: undefined,
  ...extra,
});
const everything = { text: '', kinds: new Set<never>() };

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
    expect(log.matching(everything).map((logged) => [logged.kind, logged.name])).to.deep.equal([
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
    expect(log.matching({ text: '', kinds: new Set(['event']) }).map((logged) => logged.name)).to.deep.equal([
      'interaction',
    ]);
    expect(log.matching({ text: 'callerlookup', kinds: new Set() })).to.have.length(1);
    expect(log.matching({ text: 'ada', kinds: new Set() }).map((logged) => logged.kind)).to.deep.equal(['answer']);
    expect(log.matching({ text: 'ada', kinds: new Set(['request']) })).to.deep.equal([]);
  });

  it('keeps a copy, so the host changing its message later changes nothing', () => {
    const log = new TrafficLog();
    const message = { request: 'agent.get', data: { firstname: 'Ada' } };
    log.add(entry('answer', message));
    message.data.firstname = 'Changed';
    expect((log.matching(everything)[0]!.message as typeof message).data.firstname).to.equal('Ada');
  });

  it('exports what matches as JSON with ISO times, and keeps the newest entries only', () => {
    const log = new TrafficLog();
    for (let index = 0; index < TRAFFIC_KEPT + 3; index += 1)
      log.add(entry('request', { request: 'agent.get', referenceId: index }, { time: 86_400_000 }));
    expect(log.size).to.equal(TRAFFIC_KEPT);
    const exported = JSON.parse(log.export({ text: '"referenceId":3}', kinds: new Set() })) as Array<{
      seq: number;
      time: string;
      message: { referenceId: number };
    }>;
    expect(exported).to.have.length(1);
    expect(exported[0]!.message.referenceId).to.equal(3);
    expect(exported[0]!.time).to.equal('1970-01-02T00:00:00.000Z');
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
    expect(log.matching(everything).at(-1)!.seq).to.equal(400);
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
});
