// Hostile and malformed input: the host answers what is shaped like a request, ignores the rest,
// never throws, and never lets a refused request touch the backend.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ServiceHost } from '@wwe-kit/host';
import { expectsAnswer, fuzzOptions, harmlessRequests, hostileMessage } from '../../../test/helpers/hostile.js';
import { openProbe, requestMessage, type Probe } from '../../../test/helpers/probe.js';
import { crossOrigin } from '../../../test/helpers/responder.js';
import { createTestHost, type TestBackend } from '../../../test/helpers/test-backend.js';

describe('ServiceHost: robustness', () => {
  let host: ServiceHost;
  let backend: TestBackend;
  let problems: string[];
  let probe: Probe;
  beforeEach(async () => {
    ({ host, backend, problems } = createTestHost(fuzzOptions(crossOrigin())));
    probe = await openProbe(host);
  });
  afterEach(() => {
    probe.remove();
    host.dispose();
  });

  const table: Array<[string, Record<string, unknown>, string]> = [
    [
      'an unknown request',
      requestMessage('agent.fly'),
      "Unknown request 'agent.fly'. Use '<namespace>.<method>' with a request of the Service Client API reference, e.g. 'agent.getState'.",
    ],
    [
      'a wrong parameter type',
      requestMessage('interaction.getByInteractionId', [7]),
      "Request 'interaction.getByInteractionId': the 1st parameter 'interactionId' must be a string (got number).",
    ],
    [
      'a wrong protocol version',
      requestMessage('agent.get', undefined, { protocolVersion: 1 }),
      'Message refused: protocol version 1 is not supported; this host speaks protocolVersion 2. Use a client library of protocol version 2.',
    ],
    [
      'a missing userAgent',
      requestMessage('agent.get', undefined, { userAgent: undefined }),
      "Message refused: userAgent must be 'WWE Client', got nothing.",
    ],
    [
      'an empty referenceId',
      requestMessage('agent.get', undefined, { referenceId: '' }),
      'Message refused: referenceId must be a non-empty string or a number, got "".',
    ],
    [
      'a __proto__ key',
      { ...requestMessage('interaction.setUserData'), parameters: ['1', JSON.parse('{"__proto__": {"polluted": 1}}')] },
      "Message refused: it holds the key '__proto__' at .parameters[1], which could pollute object prototypes.",
    ],
    [
      'a constructor key',
      { ...requestMessage('interaction.setUserData'), parameters: ['1', { constructor: { prototype: 1 } }] },
      "Message refused: it holds the key 'constructor' at .parameters[1], which could pollute object prototypes.",
    ],
    [
      'an oversized payload',
      requestMessage('agent.get', ['x'.repeat(600 * 1024)]),
      "Message refused: it is larger than the host's limit of 524288 characters.",
    ],
    [
      'a Map',
      requestMessage('interaction.setUserData', ['1', new Map()]),
      'Message refused: it holds a Map at .parameters[1]; only objects, arrays, strings, numbers, booleans and null travel.',
    ],
  ];
  for (const [what, message, expected] of table) {
    it(`answers ${what} with a clear errorMessage`, async () => {
      const answer = await probe.ask(message);
      expect(String(answer?.['errorMessage'])).to.contain(expected);
      expect(backend.calls).to.deep.equal([]);
    });
  }

  it('echoes a page-chosen referenceId exactly as sent, a number too, as the reference library keeps it', async () => {
    for (const referenceId of [12, 0, 'mine-7']) {
      const answer = await probe.ask(requestMessage('agent.get', undefined, { referenceId }));
      expect(answer).to.deep.include({ request: 'agent.get', referenceId });
      expect(answer).to.have.nested.property('data.firstname', 'Ada');
    }
    const subscribed = await probe.ask({
      ...requestMessage('x', undefined, { referenceId: 41 }),
      request: undefined,
      event: 'subscribe',
      data: ['agent'],
    });
    expect(subscribed).to.deep.include({ referenceId: 41 });
  });

  it('refuses a subscribe that mixes known and unknown event names, naming only the unknown ones', async () => {
    const answer = await probe.ask({
      ...requestMessage('x'),
      request: undefined,
      event: 'subscribe',
      data: ['agent', 'agnet', 'messenger:crm', 'Interaction'],
    });
    expect(answer?.['errorMessage']).to.equal(
      'Subscribe refused: "agnet", "Interaction" are not event names. Subscribe to agent, media, interaction, system, outbound, markdone or messenger:<channel>.',
    );
    expect(probe.frame.subscriptions.size).to.equal(0);
  });

  it('caps the subscriptions a frame may hold, saying why', async () => {
    const subscribe = (names: string[]) =>
      probe.ask({ ...requestMessage('x'), request: undefined, event: 'subscribe', data: names });
    for (let index = 0; index < 16; index++)
      expect(await subscribe([`messenger:c${index}`])).to.have.nested.property('data.subscriptionId');
    expect((await subscribe(['agent']))?.['errorMessage']).to.contain('the most a frame may keep');
    expect(
      (await subscribe(Array.from({ length: 65 }, (_, index) => `messenger:n${index}`)))?.['errorMessage'],
    ).to.contain('more than the 64');
  });

  it('answers even when its traffic listener throws', async () => {
    host.dispose();
    probe.remove();
    ({ host, backend, problems } = createTestHost(fuzzOptions(crossOrigin()), {
      onTraffic: () => {
        throw new Error('log full');
      },
    }));
    probe = await openProbe(host);
    expect(await probe.ask(requestMessage('agent.get'))).to.have.property('data');
    expect(problems.some((problem) => problem.includes('onTraffic threw: log full'))).to.equal(true);
  });

  it('ignores messages that are not Service Client API traffic', async () => {
    for (const message of [
      'wwe string',
      42,
      null,
      [1, 2],
      { hello: 'world' },
      { control: 'reply', id: 1 },
      { request: 'agent.get', referenceId: '1', userAgent: 'WWE Server', protocolVersion: 2 },
    ]) {
      await probe.send(message);
    }
    // Had the host answered any of them, that answer would have come before this one.
    const marker = requestMessage('agent.get');
    expect(await probe.ask(marker)).to.have.property('data');
    const answers = (await probe.received()).filter((message) => 'request' in message || 'errorMessage' in message);
    expect(answers).to.have.length(1);
    expect(answers[0]).to.include({ referenceId: marker['referenceId'] });
  });

  it('fuzz: 3,000 seeded hostile messages, 0 exceptions, every request-shaped one answered, the backend unchanged', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    addEventListener('error', onError);
    const before = backend.snapshot();
    const messages = fc.sample(hostileMessage, { seed: 42, numRuns: 3000 });
    for (const data of messages) {
      dispatchEvent(new MessageEvent('message', { data, origin: crossOrigin(), source: probe.window }));
    }
    const expected = messages.filter(expectsAnswer).length;
    // The host answers each synchronously as it is dispatched; a later request's answer comes after all of them.
    // Its referenceId is longer than any the fuzz makes (8 characters at most), so no fuzz answer passes for it.
    const marker = requestMessage('agent.get', undefined, { referenceId: 'fuzz-marker' });
    expect(await probe.ask(marker)).to.have.property('data');
    removeEventListener('error', onError);
    const answers = (await probe.received()).filter(
      (message) =>
        message['referenceId'] !== marker['referenceId'] &&
        ('errorMessage' in message || 'referenceId' in message || 'request' in message),
    );
    expect(answers.length).to.equal(expected);
    expect(expected).to.be.greaterThan(1500);
    expect(errors).to.deep.equal([]);
    expect(problems.filter((problem) => problem.startsWith('Internal error'))).to.deep.equal([]);
    expect(backend.calls.map((call) => call.name).filter((name) => !harmlessRequests.includes(name))).to.deep.equal([]);
    expect(backend.snapshot()).to.equal(before);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });
});
