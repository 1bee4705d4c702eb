// Requests through the real host, from a really cross-origin frame, over real postMessage.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { backendFromHandlers, ServiceHost } from '@wwe-kit/host';
import { openProbe, requestMessage, type Probe } from '../../../test/helpers/probe.js';
import { crossOrigin } from '../../../test/helpers/responder.js';
import { createTestHost, type TestBackend } from '../../../test/helpers/test-backend.js';
import { recordTraffic } from '../../../test/helpers/traffic.js';

describe('ServiceHost: requests from a cross-origin frame', () => {
  let host: ServiceHost;
  let backend: TestBackend;
  let probe: Probe;

  const start = async (origins: string, extra: Record<string, string> = {}) => {
    ({ host, backend } = createTestHost({
      'interaction-workspace': {
        'service-client-api.accepted-web-content-origins': origins,
        'service-client-api.user-data.read-allowed': 'Key1,Key2',
        'service-client-api.user-data.write-allowed': 'Key1',
        ...extra,
      },
    }));
    probe = await openProbe(host);
  };
  afterEach(() => {
    probe?.remove();
    host?.dispose();
  });

  it('answers the frame with the documented envelope', async () => {
    await start(crossOrigin());
    const message = requestMessage('agent.get');
    const answer = await probe.ask(message);
    expect(answer).to.deep.equal({
      request: 'agent.get',
      referenceId: message['referenceId'],
      data: { employeeId: 'E1', firstname: 'Ada', lastname: 'Agent', username: 'ada' },
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
  });

  it('announces the frameId, and the bridge stamps it', async () => {
    await start(crossOrigin());
    const result = await probe.call('agent.getState');
    expect(result.data).to.deep.include({ operationName: 'Ready' });
    expect(await probe.control('frameId')).to.equal(probe.frame.frameId);
    const received = await probe.received();
    expect(received).to.deep.include({ frameId: probe.frame.frameId, userAgent: 'WWE Server' });
  });

  it('logs the frameId it sends a view as it loads, before the view says anything', async () => {
    const { onTraffic, when } = recordTraffic();
    ({ host, backend } = createTestHost(
      { 'interaction-workspace': { 'service-client-api.accepted-web-content-origins': crossOrigin() } },
      { onTraffic },
    ));
    probe = await openProbe(host);
    const announced = await when((entry) => entry.kind === 'frame-id' && entry.frameId === probe.frame.frameId);
    expect(announced.message).to.deep.equal({ frameId: probe.frame.frameId, userAgent: 'WWE Server' });
    expect(backend.calls).to.deep.equal([]);
  });

  it('refuses a request its origin may not make, names the fix, and runs nothing', async () => {
    await start(`${crossOrigin()} (agent.*)`);
    const result = await probe.call('voice.dial', ['5001']);
    expect(result.error?.code).to.equal('not-allowed');
    expect(result.error?.errorMessage).to.equal(
      `Request 'voice.dial' refused: origin ${crossOrigin()} is not allowed this request by its filter (agent.*) in service-client-api.accepted-web-content-origins. Allow it in service-client-api.accepted-web-content-origins, e.g. "${crossOrigin()} (agent.*, voice.dial)".`,
    );
    expect(backend.calls).to.deep.equal([]);
  });

  it('refuses everything to an unlisted origin; getAllowedServices fails for it', async () => {
    await start('http://localhost:1');
    const services = await probe.call('system.getAllowedServices');
    expect(services.error?.errorMessage).to.contain(
      `origin ${crossOrigin()} is not listed in service-client-api.accepted-web-content-origins`,
    );
    expect((await probe.call('agent.get')).error?.code).to.equal('not-allowed');
    expect(backend.calls).to.deep.equal([]);
  });

  it('getAllowedServices answers what the calling origin may call', async () => {
    await start(`http://other.example, ${crossOrigin()} (agent.*, voice.dial)`);
    const services = await probe.call('system.getAllowedServices');
    expect(services.data).to.deep.equal([
      'agent.get',
      'agent.getState',
      'agent.getStateList',
      'agent.setState',
      'system.getAllowedServices',
      'voice.dial',
    ]);
  });

  it('gives a workspace-level tab the dial operation only', async () => {
    ({ host, backend } = createTestHost({ 'service-client-api.accepted-web-content-origins': '*' }));
    probe = await openProbe(host, { mode: 'workspace-tab', section: 'Directory' });
    expect((await probe.call('voice.dial', ['5001'])).data).to.equal(undefined);
    expect((await probe.call('agent.get')).error?.errorMessage).to.contain('workspace-level tab');
    expect((await probe.call('system.getAllowedServices')).data).to.deep.equal([
      'system.getAllowedServices',
      'voice.dial',
    ]);
    expect(backend.calls.map((call) => call.name)).to.deep.equal(['voice.dial']);
  });

  it('allows auth.getJwtToken only where it is named', async () => {
    await start(`${crossOrigin()} (*)`);
    expect((await probe.call('auth.getJwtToken')).error?.errorMessage).to.contain(
      'allowed only where it is named explicitly',
    );
    host.setOptions({ 'service-client-api.accepted-web-content-origins': `${crossOrigin()} (*, auth.getJwtToken)` });
    expect((await probe.call('auth.getJwtToken')).data).to.deep.equal({
      jwtToken: 'token',
      expiration: '2030-01-01T00:00:00.000Z',
    });
  });

  it('hands the backend canonical names, and tells it how the page spelled them', async () => {
    await start(crossOrigin());
    await probe.call('sipEndpoint.muteMicrophone');
    expect(backend.calls).to.deep.equal([
      {
        name: 'voice.muteMicrophone',
        parameters: [],
        frameId: probe.frame.frameId,
        requestedAs: 'sipEndpoint.muteMicrophone',
      },
    ]);
  });

  it('names the bad parameter, and runs nothing', async () => {
    await start(crossOrigin());
    const answer = await probe.ask(requestMessage('voice.dial', [5001]));
    expect(answer?.['errorMessage']).to.equal(
      "Request 'voice.dial': the 1st parameter 'destination' must be a string (got number). Call it as voice.dial(destination: string, userData?: keyValues).",
    );
    expect(backend.calls).to.deep.equal([]);
  });

  it('turns a backend exception into an errorMessage answer', async () => {
    await start(crossOrigin());
    const result = await probe.call('agent.setState', ['Explode']);
    expect(result.error).to.deep.include({
      code: 'host-error',
      errorMessage: "Request 'agent.setState' failed in the Workspace: backend exploded",
    });
  });

  it('answers a backend that never answers once its deadline passes, not before (fake timers)', async () => {
    const { traffic, onTraffic, when } = recordTraffic();
    ({ host, backend } = createTestHost({ 'service-client-api.accepted-web-content-origins': '*' }, { onTraffic }));
    probe = await openProbe(host);
    // Only this page's timers are fake, so the host's deadline (30 s by default) runs on them; the probe's stay real.
    const timers = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const request = requestMessage('agent.setState', ['Slow']);
      const about = (entry: { message: unknown }) =>
        (entry.message as { referenceId?: unknown }).referenceId === request['referenceId'];
      const answer = probe.ask(request);
      await when((entry) => entry.kind === 'request' && about(entry));
      await timers.tickAsync(29_999);
      expect(traffic.filter((entry) => entry.direction === 'out' && about(entry))).to.deep.equal([]);
      await timers.tickAsync(1);
      expect((await answer)?.['errorMessage']).to.equal(
        "Request 'agent.setState' got no answer from the Workspace within 30 s. Try again; if it persists, the Workspace backend is stuck.",
      );
    } finally {
      timers.restore();
    }
  });

  it('passes a BackendError message through verbatim', async () => {
    await start(crossOrigin());
    const answer = await probe.ask(requestMessage('interaction.getByInteractionId', ['missing']));
    expect(answer?.['data']).to.equal(null);
    const failed = await probe.ask(requestMessage('interaction.deleteUserData', ['missing', 'Key1']));
    expect(failed?.['errorMessage']).to.equal("Interaction 'missing' not found.");
  });

  it('answers a request no backend handler serves as not supported', async () => {
    await start(crossOrigin());
    const answer = await probe.ask(requestMessage('auth.getPureCloudToken'));
    expect(answer?.['errorMessage']).to.contain('refused'); // token requests need their full name first
    host.setOptions({
      'service-client-api.accepted-web-content-origins': `${crossOrigin()} (*, auth.getPureCloudToken)`,
    });
    const unsupported = await probe.ask(requestMessage('auth.getPureCloudToken'));
    expect(unsupported?.['errorMessage']).to.equal(
      "Request 'auth.getPureCloudToken' is not supported by this Workspace. It needs a backend that implements it (the simulator implements every request of the reference).",
    );
  });

  it('answers a result that cannot be sent to a page with an errorMessage', async () => {
    host = new ServiceHost({
      options: { 'service-client-api.accepted-web-content-origins': '*' },
      backend: backendFromHandlers({ 'agent.get': () => ({ callback: () => 1 }) as never }),
      session: false,
      onProblem: () => undefined,
    });
    probe = await openProbe(host);
    const answer = await probe.ask(requestMessage('agent.get'));
    expect(answer?.['errorMessage']).to.match(
      /^Request 'agent\.get' failed in the Workspace: its result cannot be sent to a page/,
    );
  });

  it('refuses a window it does not serve, saying how to be served', async () => {
    await start('*');
    const stranger = await openProbe(host);
    host.unregisterFrame(stranger.frame);
    const answer = await stranger.ask(requestMessage('agent.get'));
    expect(answer?.['errorMessage'])
      .to.contain('is not a web-content view of this Workspace')
      .and.contain('registerFrame');
    stranger.remove();
    expect(backend.calls).to.deep.equal([]);
  });
});
