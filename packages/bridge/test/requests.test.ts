import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ServiceClient, ServiceClientError } from '@wwe-kit/bridge';
import { rateLimitMessage, requestNames } from '@wwe-kit/protocol';
import { useResponderClient } from '../../../test/helpers/client.js';

const rejection = async (promise: Promise<unknown>): Promise<ServiceClientError> => {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ServiceClientError);
    return error as ServiceClientError;
  }
  throw new Error('expected the promise to reject');
};

describe('ServiceClient requests', () => {
  const setup = useResponderClient();

  it('sends the exact request envelope and resolves with data', async () => {
    const agent = { employeeId: 'e1', firstname: 'Ada', lastname: 'Lovelace', username: 'ada' };
    await setup.responder.control('configure', { answers: { 'agent.get': agent } });
    expect(await setup.client.agent.get()).to.deep.equal(agent);
    expect(await setup.responder.received()).to.deep.equal([
      { request: 'agent.get', referenceId: '0', userAgent: 'WWE Client', protocolVersion: 2 },
    ]);
  });

  it('makes each namespace method once, so a call allocates no function of its own', () => {
    expect(setup.client.agent.get).to.equal(setup.client.agent.get);
    expect(setup.client.voice.dial).to.not.equal(setup.client.agent.get);
    expect((setup.client.agent as unknown as Record<string, unknown>)['then'], 'await sees no thenable').to.equal(
      undefined,
    );
  });

  it('has no request named like a member of Object.prototype, which the namespace objects inherit', () => {
    const methods = requestNames.map((name) => name.slice(name.indexOf('.') + 1));
    expect(methods.filter((method) => method in Object.prototype)).to.deep.equal([]);
  });

  it('sends positional parameters and leaves trailing optional ones out', async () => {
    await setup.client.voice.dial('5001', { Key: 'v' });
    await setup.client.voice.dial('5002');
    await setup.client.voice.dialEx('5003', undefined, { ext: 'x' });
    await setup.client.request('media.setState', ['voice', 'Ready']);
    const sent = await setup.responder.received();
    expect(sent.map((message) => message['parameters'])).to.deep.equal([
      ['5001', { Key: 'v' }],
      ['5002'],
      ['5003', undefined, { ext: 'x' }],
      ['voice', 'Ready'],
    ]);
    expect(sent.map((message) => message['referenceId'])).to.deep.equal(['0', '1', '2', '3']);
  });

  it('sends the sipEndpoint spellings as they are', async () => {
    await setup.client.sipEndpoint.muteMicrophone();
    expect((await setup.responder.received())[0]).to.include({ request: 'sipEndpoint.muteMicrophone' });
  });

  it('stamps the frameId on every message once the host announces it', async () => {
    await setup.client.agent.getState();
    await setup.responder.control('post', { message: { frameId: 7, userAgent: 'WWE Server' } });
    await setup.client.agent.getState();
    const sent = await setup.responder.received();
    expect(sent[0]).not.to.have.property('frameId');
    expect(sent[1]).to.include({ frameId: 7 });
  });

  it('matches many answers in flight to their requests', async () => {
    const values = Array.from({ length: 500 }, (_, index) => index);
    const answers = await Promise.all(values.map((value) => setup.client.exchange('test.echo', [value])));
    expect(answers.map((answer) => (answer.data as number[])[0])).to.deep.equal(values);
  });

  it('fails with host-error and the errorMessage verbatim', async () => {
    await setup.responder.control('configure', {
      failures: { 'interaction.markdone': 'Error: Interaction not found.' },
    });
    const error = await rejection(setup.client.interaction.markdone('42'));
    expect(error.code).to.equal('host-error');
    expect(error.request).to.equal('interaction.markdone');
    expect(error.errorMessage).to.equal('Error: Interaction not found.');
    expect(error.envelope).to.include({
      request: 'interaction.markdone',
      errorMessage: 'Error: Interaction not found.',
    });
  });

  it('decides failure only by the presence of errorMessage', async () => {
    await setup.responder.control('configure', { failures: { 'agent.get': '' } });
    const error = await rejection(setup.client.agent.get());
    expect(error.errorMessage).to.equal('');
    await setup.responder.control('configure', { answers: {} });
    expect(await setup.client.agent.get()).to.equal(null);
  });

  it('classifies policy refusals as not-allowed', async () => {
    const refusal =
      "Request 'voice.dial' refused: origin http://127.0.0.1 is not allowed this request. Allow it in service-client-api.accepted-web-content-origins.";
    await setup.responder.control('configure', { failures: { 'voice.dial': refusal } });
    const error = await rejection(setup.client.voice.dial('5001'));
    expect(error.code).to.equal('not-allowed');
    expect(error.errorMessage).to.equal(refusal);
  });

  describe('rate limits', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['Date'] });
    });
    afterEach(() => clock.restore());

    it('fails with rate-limited, then holds back that request until the quarantine ends', async () => {
      await setup.responder.control('configure', { failures: { 'voice.dial': rateLimitMessage('voice.dial', 30) } });
      const first = await rejection(setup.client.voice.dial('5001'));
      expect(first.code).to.equal('rate-limited');
      const held = await rejection(setup.client.voice.dial('5002'));
      expect(held.code).to.equal('rate-limited');
      expect(held.errorMessage).to.equal(rateLimitMessage('voice.dial', 30));
      await setup.client.agent.getState();
      clock.tick(30_001);
      await setup.responder.control('configure', {});
      await setup.client.voice.dial('5003');
      const sent = (await setup.responder.received()).map((message) => message['parameters'] ?? message['request']);
      expect(sent).to.deep.equal([['5001'], 'agent.getState', ['5003']]);
    });
  });

  describe('timeouts', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(async () => {
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      await setup.responder.control('configure', { silent: { 'agent.get': true } });
    });
    afterEach(() => clock.restore());

    it('fails after 10 s by default', async () => {
      const settled = sinon.spy();
      const request = setup.client.agent.get().finally(settled);
      clock.tick(9_999);
      // A round trip to the responder runs every promise callback a timeout at 9 999 ms would have queued.
      await setup.responder.received();
      expect(settled.called).to.equal(false);
      clock.tick(1);
      const error = await rejection(request);
      expect(error.code).to.equal('timeout');
      expect(error.request).to.equal('agent.get');
    });

    it('takes a timeout per client and per call; 0 waits for ever', async () => {
      const quick = new ServiceClient({
        target: setup.responder.window,
        hostOrigin: setup.responder.origin,
        timeout: 100,
      });
      const perClient = quick.agent.get();
      const perCall = setup.client.request('agent.get', [], { timeout: 50 });
      const never = setup.client.request('agent.get', [], { timeout: 0 });
      const neverSettled = sinon.spy();
      void never.catch(neverSettled);
      const perClientSettled = sinon.spy();
      void perClient.catch(perClientSettled);
      clock.tick(50);
      expect((await rejection(perCall)).code).to.equal('timeout');
      await setup.responder.received();
      expect(perClientSettled.called, 'the client-wide 100 ms ended at 50 ms').to.equal(false);
      clock.tick(50);
      expect((await rejection(perClient)).code).to.equal('timeout');
      clock.tick(60_000);
      // A round trip to the responder runs every promise callback a timeout would have queued.
      await setup.responder.received();
      expect(neverSettled.called).to.equal(false);
      quick.dispose();
    });

    // All pending requests share one timer, armed at the earliest deadline.
    it('re-arms for an earlier deadline and keeps later ones pending', async () => {
      const outcomes: string[] = [];
      const track = (label: string, request: Promise<unknown>) =>
        request.catch((error: { code: string }) => outcomes.push(`${label}:${error.code}`));
      const late = track('late', setup.client.request('agent.get', [], { timeout: 100 }));
      const early = track('early', setup.client.request('agent.get', [], { timeout: 50 }));
      await clock.tickAsync(50);
      expect(outcomes).to.deep.equal(['early:timeout']);
      expect(clock.countTimers()).to.equal(1);
      await clock.tickAsync(50);
      await Promise.all([late, early]);
      expect(outcomes).to.deep.equal(['early:timeout', 'late:timeout']);
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('abort', () => {
    it('rejects at once, without sending, for an aborted signal', async () => {
      const controller = new AbortController();
      controller.abort(new Error('user left'));
      const error = await rejection(setup.client.request('agent.get', [], { signal: controller.signal }));
      expect(error.code).to.equal('aborted');
      expect(await setup.responder.received()).to.deep.equal([]);
    });

    it('rejects a request in flight and ignores its late answer', async () => {
      await setup.responder.control('configure', { silent: { 'agent.get': true } });
      const controller = new AbortController();
      const removed = sinon.spy(controller.signal, 'removeEventListener');
      const request = setup.client.request('agent.get', [], { signal: controller.signal });
      controller.abort();
      expect((await rejection(request)).code).to.equal('aborted');
      expect(removed.withArgs('abort').callCount).to.equal(1);
      const [sent] = await setup.responder.received();
      // The late answer is a rate-limit refusal: were it still matched to the aborted request, the
      // client would settle it a second time (removing its abort listener again) and hold agent.get
      // back in quarantine. The control's reply leaves the responder after it: by then it was handled.
      const late = {
        request: 'agent.get',
        referenceId: sent!['referenceId'],
        errorMessage: rateLimitMessage('agent.get', 30),
      };
      await setup.responder.control('post', { message: { ...late, userAgent: 'WWE Server', protocolVersion: 2 } });
      expect(removed.withArgs('abort').callCount).to.equal(1);
      await setup.responder.control('configure', { answers: { 'agent.get': 'answered' } });
      expect(await setup.client.agent.get()).to.equal('answered');
    });
  });

  describe('dispose', () => {
    it('rejects every pending request with disposed and leaves no timer', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        await setup.responder.control('configure', { silent: { 'agent.get': true, 'agent.getState': true } });
        const pending = [setup.client.agent.get(), setup.client.agent.getState()];
        expect(clock.countTimers()).to.be.greaterThan(0);
        setup.client.dispose();
        for (const request of pending) expect((await rejection(request)).code).to.equal('disposed');
        expect(clock.countTimers()).to.equal(0);
        expect((await rejection(setup.client.agent.get())).code).to.equal('disposed');
        expect(() => setup.client.on('agent', () => undefined)).to.throw(ServiceClientError, 'disposed');
      } finally {
        clock.restore();
      }
    });
  });
});
