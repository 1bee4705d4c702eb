import { expect } from '@open-wc/testing';
import { RateLimiter, readSettings, type ServiceHost } from '@wwe-kit/host';
import { openProbe, requestMessage, type Probe } from '../../../test/helpers/probe.js';
import { createTestHost, type TestBackend } from '../../../test/helpers/test-backend.js';
import { recordTraffic, type TrafficRecorder } from '../../../test/helpers/traffic.js';

const limiter = (options: Record<string, string>, clock: { now: number }) =>
  new RateLimiter(readSettings({ 'interaction-workspace': options }), () => clock.now);

/** Runs `count` checks and answers their kinds. */
const run = (rate: RateLimiter, name: Parameters<RateLimiter['check']>[0], count: number) =>
  Array.from({ length: count }, () => rate.check(name).kind);

describe('rate limits: fixed one-minute windows and quarantine (fake clock)', () => {
  it('allows the limit per minute, refuses the next with the exact message, then ignores', () => {
    const clock = { now: 0 };
    const rate = limiter(
      { 'service-client-api.rate-limit': '3', 'service-client-api.rate-limit-quarantine-delay': '30' },
      clock,
    );
    expect(run(rate, 'voice.dial', 3)).to.deep.equal(['pass', 'pass', 'pass']);
    expect(rate.check('voice.dial')).to.deep.equal({
      kind: 'refuse',
      message:
        "The rate limit for the request 'voice.dial' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.",
    });
    expect(run(rate, 'voice.dial', 5)).to.deep.equal(['ignore', 'ignore', 'ignore', 'ignore', 'ignore']);
  });

  it('counts in fixed windows of the clock minute, not a sliding window', () => {
    const clock = { now: 59_000 };
    const rate = limiter({ 'service-client-api.rate-limit': '2' }, clock);
    expect(run(rate, 'agent.get', 2)).to.deep.equal(['pass', 'pass']);
    clock.now = 60_000; // one second later, but a new minute: a sliding window would still refuse
    expect(run(rate, 'agent.get', 2)).to.deep.equal(['pass', 'pass']);
    expect(rate.check('agent.get').kind).to.equal('refuse');
  });

  it('counts each request type on its own', () => {
    const clock = { now: 0 };
    const rate = limiter({ 'service-client-api.rate-limit': '1' }, clock);
    expect([
      rate.check('agent.get').kind,
      rate.check('agent.getState').kind,
      rate.check('voice.dial').kind,
    ]).to.deep.equal(['pass', 'pass', 'pass']);
    expect(rate.check('agent.get').kind).to.equal('refuse');
    expect(rate.check('agent.getState').kind).to.equal('refuse');
  });

  it('ends the quarantine after the delay; within the same minute the count still stands', () => {
    const clock = { now: 0 };
    const rate = limiter(
      { 'service-client-api.rate-limit': '1', 'service-client-api.rate-limit-quarantine-delay': '10' },
      clock,
    );
    expect(run(rate, 'voice.dial', 2)).to.deep.equal(['pass', 'refuse']);
    clock.now = 9_999;
    expect(rate.check('voice.dial').kind).to.equal('ignore');
    clock.now = 10_000; // quarantine over, same minute: refused again, with the message, and quarantined again
    expect(rate.check('voice.dial').kind).to.equal('refuse');
    clock.now = 60_000;
    expect(rate.check('voice.dial').kind).to.equal('pass');
  });

  it('quarantine 0 ignores for ever', () => {
    const clock = { now: 0 };
    const rate = limiter(
      { 'service-client-api.rate-limit': '1', 'service-client-api.rate-limit-quarantine-delay': '0' },
      clock,
    );
    expect(run(rate, 'voice.dial', 2)).to.deep.equal(['pass', 'refuse']);
    clock.now = 365 * 24 * 3600_000;
    expect(rate.check('voice.dial').kind).to.equal('ignore');
  });

  it('limit 0 is unlimited, globally and per request', () => {
    const clock = { now: 0 };
    const global = limiter({ 'service-client-api.rate-limit': '0' }, clock);
    expect(run(global, 'voice.dial', 500).every((kind) => kind === 'pass')).to.equal(true);
    const perRequest = limiter(
      { 'service-client-api.rate-limit': '1', 'service-client-api.rate-limit.agent.get': '0' },
      clock,
    );
    expect(run(perRequest, 'agent.get', 500).every((kind) => kind === 'pass')).to.equal(true);
    expect(run(perRequest, 'agent.getState', 2)).to.deep.equal(['pass', 'refuse']);
  });

  it("follows the seeds' sample: no global limit, voice.dial 4 and email.create 2 per minute", () => {
    const clock = { now: 0 };
    const rate = limiter(
      {
        'service-client-api.rate-limit': '0',
        'service-client-api.rate-limit.voice.dial': '4',
        'service-client-api.rate-limit.email.create': '2',
      },
      clock,
    );
    expect(run(rate, 'voice.dial', 5)).to.deep.equal(['pass', 'pass', 'pass', 'pass', 'refuse']);
    expect(run(rate, 'email.create', 3)).to.deep.equal(['pass', 'pass', 'refuse']);
    expect(run(rate, 'agent.get', 100).every((kind) => kind === 'pass')).to.equal(true);
  });

  it('per-request limits override the global one, both ways', () => {
    const clock = { now: 0 };
    const rate = limiter(
      { 'service-client-api.rate-limit': '2', 'service-client-api.rate-limit.voice.dial': '5' },
      clock,
    );
    expect(run(rate, 'voice.dial', 6).filter((kind) => kind === 'pass')).to.have.length(5);
    expect(run(rate, 'agent.get', 3).filter((kind) => kind === 'pass')).to.have.length(2);
  });

  it('counts both spellings of a sipEndpoint request as one type, and names the one sent', () => {
    const clock = { now: 0 };
    const rate = limiter({ 'service-client-api.rate-limit.voice.muteMicrophone': '1' }, clock);
    expect(rate.check('voice.muteMicrophone').kind).to.equal('pass');
    const refused = rate.check('sipEndpoint.muteMicrophone');
    expect(refused).to.deep.equal({
      kind: 'refuse',
      message:
        "The rate limit for the request 'sipEndpoint.muteMicrophone' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.",
    });
  });

  it('reports an unreadable limit and keeps a safe default', () => {
    const settings = readSettings({
      'interaction-workspace': {
        'service-client-api.rate-limit': 'fifty',
        'service-client-api.rate-limit.voice.dail': '3',
      },
    });
    expect(settings.rateLimit).to.equal(0);
    expect(settings.problems.join('\n')).to.contain('"fifty"').and.contain('voice.dail names no request');
  });
});

describe('rate limits through the host', () => {
  let host: ServiceHost;
  let backend: TestBackend;
  let probe: Probe;
  let clock: { now: number };
  let recorder: TrafficRecorder;
  beforeEach(async () => {
    recorder = recordTraffic();
    ({ host, backend, clock } = createTestHost(
      {
        'service-client-api.accepted-web-content-origins': '*',
        'service-client-api.rate-limit.voice.dial': '2',
        'service-client-api.rate-limit-quarantine-delay': '30',
      },
      { onTraffic: recorder.onTraffic },
    ));
    probe = await openProbe(host);
  });
  afterEach(() => {
    probe.remove();
    host.dispose();
  });

  it('answers the first refused request with request and the exact message, then stays silent', async () => {
    for (let index = 0; index < 2; index++) {
      expect(await probe.ask(requestMessage('voice.dial', ['5001'])))
        .to.include({ request: 'voice.dial' })
        .and.not.have.property('errorMessage');
    }
    const refused = await probe.ask(requestMessage('voice.dial', ['5001']));
    expect(refused).to.deep.include({
      request: 'voice.dial',
      errorMessage:
        "The rate limit for the request 'voice.dial' has been reached.\nFurther requests of the same type will be ignored for 30 seconds.",
    });
    // In quarantine: the host drops the request (its own log says so), and a later request's answer
    // arrives alone, so no answer to the dropped one is on its way.
    const dropped = requestMessage('voice.dial', ['5001']);
    await probe.send(dropped);
    expect(await probe.ask(requestMessage('agent.get'))).to.have.property('data');
    const about = (message: unknown) => (message as { referenceId?: unknown }).referenceId === dropped['referenceId'];
    expect(
      recorder.traffic.filter((entry) => entry.direction === 'out' && about(entry.message)).map((entry) => entry.kind),
    ).to.deep.equal(['ignored']);
    expect((await probe.received()).filter(about)).to.deep.equal([]);
    const dials = () => backend.calls.filter((call) => call.name === 'voice.dial');
    expect(dials()).to.have.length(2);
    clock.now = 60_000;
    expect(await probe.ask(requestMessage('voice.dial', ['5001'])))
      .to.include({ request: 'voice.dial' })
      .and.not.have.property('errorMessage');
    expect(dials()).to.have.length(3);
  });

  it('lets the bridge fail fast in quarantine instead of waiting for its timeout', async () => {
    await probe.call('voice.dial', ['1']);
    await probe.call('voice.dial', ['2']);
    expect((await probe.call('voice.dial', ['3'])).error?.code).to.equal('rate-limited');
    expect((await probe.call('voice.dial', ['4'])).error?.message).to.contain('in rate-limit quarantine');
  });
});
