// Attacks on the envelope check (issue 11, findings 3 to 5), from real cross-origin frames:
// messages whose objects share references (exponential to walk as a tree), messages from windows
// the host does not serve, values hidden as named properties of arrays, and megabytes of refused
// payload that the traffic log must not keep.
import { expect } from '@open-wc/testing';
import { inspectMessage, type ServiceHost, type TrafficEntry } from '@wwe-kit/host';
import { openProbe, requestMessage, type Probe } from '../../../test/helpers/probe.js';
import { crossOrigin, sameOrigin } from '../../../test/helpers/responder.js';
import { createTestHost, type TestBackend } from '../../../test/helpers/test-backend.js';

/** `levels` objects, each with two keys that both reference the next: 2^levels paths, levels + 1 objects. */
function sharedChain(levels: number): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf: 'x' };
  for (let level = 0; level < levels; level++) node = { a: node, b: node };
  return node;
}

/** An array carrying `value` under a named property, as structured clone keeps it. */
function withNamedProperty(name: string, value: unknown): unknown[] {
  const array: unknown[] = ['1'];
  Object.defineProperty(array, name, { value, enumerable: true, configurable: true, writable: true });
  return array;
}

describe('envelope check: attacks', () => {
  let host: ServiceHost;
  let backend: TestBackend;
  let traffic: TrafficEntry[];
  let probe: Probe;
  beforeEach(async () => {
    traffic = [];
    ({ host, backend } = createTestHost(
      {
        'service-client-api.accepted-web-content-origins': `${crossOrigin()}, ${sameOrigin()}`,
        'service-client-api.user-data.write-allowed': 'Key1',
      },
      { onTraffic: (entry) => traffic.push(entry) },
    ));
    probe = await openProbe(host);
  });
  afterEach(() => {
    probe.remove();
    host.dispose();
  });

  it('walks each shared object once: a 40-level chain of 2^40 paths takes under 100 visits, yet measures as JSON would', () => {
    const unlimited = { maxSize: Infinity, maxDepth: 64, maxNodes: 100 };
    // {leaf:'x'} counts 5; each level adds its two one-letter keys to twice the level below.
    expect(inspectMessage(sharedChain(40), unlimited)).to.deep.equal({ problem: undefined, size: 2 ** 40 * 7 - 2 });
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle['self'] = { back: cycle };
    expect(inspectMessage(cycle, unlimited).problem).to.equal(
      'holds a reference to an object that contains it at .self.back (a cycle)',
    );
  });

  it('refuses a request whose 26 objects reference each other by the size JSON would see, and serves the next', async () => {
    const answer = await probe.ask(requestMessage('interaction.setUserData', ['1', { Key1: sharedChain(25) }]), 10_000);
    expect(answer?.['errorMessage']).to.equal(
      "Message refused: it is larger than the host's limit of 524288 characters. Send plain JSON-like data without such keys.",
    );
    expect(await probe.ask(requestMessage('agent.get'))).to.have.nested.property('data.firstname', 'Ada');
    expect(backend.calls.map((call) => call.name)).to.deep.equal(['agent.get']);
  });

  it("refuses a window it does not serve from the message's top level alone: fifteen costly messages cost it nothing", async () => {
    const stranger = await openProbe(host, { origin: sameOrigin() });
    host.unregisterFrame(stranger.frame);
    // What the host logged while it still served the frame (its frame id, sent on load) is not the stranger's doing.
    const servedUntil = traffic.length;
    try {
      const costly = sharedChain(25);
      for (let index = 0; index < 15; index++) {
        const answer = await stranger.ask(requestMessage('agent.get', [costly]), 10_000);
        expect(answer?.['errorMessage']).to.contain('is not a web-content view of this Workspace');
      }
      expect(await probe.ask(requestMessage('agent.get'))).to.have.nested.property('data.firstname', 'Ada');
      expect(
        traffic
          .slice(servedUntil)
          .filter((entry) => entry.section === stranger.frame.section && entry.frameId === stranger.frame.frameId),
      ).to.deep.equal([]);
    } finally {
      stranger.remove();
    }
  });

  const hidden: Array<[string, () => unknown]> = [
    ['__proto__', () => ({ polluted: true })],
    ['constructor', () => ({ prototype: { polluted: true } })],
    ['map', () => new Map([['a', 1]])],
    [
      'cycle',
      () => {
        const loop: Record<string, unknown> = {};
        loop['self'] = loop;
        return loop;
      },
    ],
    ['text', () => 'x'.repeat(2 * 1024 * 1024)],
    ['plain', () => 1],
  ];
  for (const [name, value] of hidden) {
    it(`refuses an array hiding '${name}' as a named property, and runs nothing`, async () => {
      const answer = await probe.ask(requestMessage('interaction.setUserData', withNamedProperty(name, value())));
      expect(answer?.['errorMessage']).to.equal(
        `Message refused: it holds an array with the named property '${name}' at .parameters; arrays travel as lists of values only. Send plain JSON-like data without such keys.`,
      );
      expect(backend.calls).to.deep.equal([]);
    });
  }

  it('refuses a MessagePort hidden on an array of a broadcast: another origin never receives it', async () => {
    const listener = await openProbe(host, { origin: sameOrigin() });
    try {
      await listener.listen(['messenger:crm']);
      const { port1 } = new MessageChannel();
      const answer = await probe.ask(
        requestMessage('messenger.broadcastMessage', ['crm', withNamedProperty('port', port1)]),
        3000,
        [port1],
      );
      expect(answer?.['errorMessage']).to.equal(
        "Message refused: it holds an array with the named property 'port' at .parameters[1]; arrays travel as lists of values only. Send plain JSON-like data without such keys.",
      );
      // The marker is the first broadcast the listener hears: the refused one never went out.
      const heard = listener.nextEvent();
      await probe.ask(requestMessage('messenger.broadcastMessage', ['crm', 'marker']));
      expect(await heard).to.deep.equal({ event: 'messenger:crm', data: 'marker' });
    } finally {
      listener.remove();
    }
  });

  it('logs a refused message as its size and first characters, never its payload', async () => {
    const unaccepted = await openProbe(host, { origin: sameOrigin() });
    host.setOptions({ 'service-client-api.accepted-web-content-origins': crossOrigin() });
    try {
      const payload = 'x'.repeat(8 * 1024 * 1024);
      for (let index = 0; index < 6; index++) {
        const answer = await unaccepted.ask(
          requestMessage('interaction.setUserData', ['1', { Key1: payload }]),
          10_000,
        );
        expect(answer?.['errorMessage']).to.contain("larger than the host's limit");
      }
      const refused = traffic.filter((entry) => entry.kind === 'invalid');
      expect(refused).to.have.length(6);
      for (const entry of refused) {
        const summary = entry.message as {
          summarised: boolean;
          size: number;
          preview: string;
          request: string;
          errorMessage: string;
        };
        expect(summary.summarised).to.equal(true);
        expect(summary.request).to.equal('interaction.setUserData');
        expect(summary.errorMessage).to.contain("larger than the host's limit");
        expect(summary.size).to.be.greaterThan(512 * 1024);
        expect(entry.size).to.equal(summary.size);
        expect(JSON.stringify(summary).length).to.be.lessThan(1024);
      }
    } finally {
      unaccepted.remove();
    }
  });
});
