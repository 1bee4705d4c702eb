import { expect } from '@open-wc/testing';
import { namespaceOf, requestNames } from '@wwe-kit/protocol';
import { LegacyPage, requestEnvelope as request } from '../../packages/bridge/test/legacy-page.js';

const server = { userAgent: 'WWE Server', protocolVersion: 2 };

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
      expect(report.result, path).to.deep.equal({
        request: path,
        data: { answered: path },
        userAgent: 'WWE Server',
        protocolVersion: 2,
      });
    }
    expect(page.received).to.deep.equal(
      calls.map(([path, args], index) => request(path, index, args.length ? args : undefined)),
    );
  });

  it('keeps callbacks out of the parameters when optional ones are left out', async () => {
    await page.call('voice.dial', ['5001']);
    await page.call('voice.dial', ['5002', { Key: 'v' }]);
    await page.call('email.create', ['a@b.c']);
    expect(page.received.map((message) => message['parameters'])).to.deep.equal([
      ['5001'],
      ['5002', { Key: 'v' }],
      ['a@b.c'],
    ]);
  });

  it('serves sendMessage with done and fail', async () => {
    const done = await page.call('sendMessage', [{ request: 'agent.get' }]);
    expect(done.result).to.deep.include({ request: 'agent.get' });
    page.failures['interaction.markdone'] = 'Error: Interaction not found.';
    const fail = await page.call('sendMessage', [{ request: 'interaction.markdone', parameters: ['9'] }]);
    expect(fail).to.deep.include({
      outcome: 'fail',
      result: {
        request: 'interaction.markdone',
        errorMessage: 'Error: Interaction not found.',
        userAgent: 'WWE Server',
        protocolVersion: 2,
      },
    });
  });

  it("passes 'Request timeout' to fail when no answer comes", async () => {
    page.remove();
    page = new LegacyPage({ query: '?timeout=50' });
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
    const subscriptionTraffic = page.received
      .filter((message) => typeof message['event'] === 'string')
      .map((message) => [message['event'], message['data']]);
    expect(subscriptionTraffic).to.deep.equal([
      ['subscribe', ['agent']],
      ['unsubscribe', 'sub-0'],
      ['subscribe', ['agent', 'system']],
      ['unsubscribe', 'sub-3'],
      ['subscribe', ['system']],
      ['unsubscribe', 'sub-6'],
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

  it('is the very same object on genesys.wws.service, each namespace listing its requests as own functions', async () => {
    const methods: Record<string, string[]> = {};
    for (const name of requestNames) {
      const namespace = namespaceOf(name);
      const method = name.slice(namespace.length + 1);
      (methods[namespace] ??= []).push(method);
    }
    const surface = await page.command('surface', { namespaces: Object.keys(methods) });
    // `'noSuchMethod' in voice` is false: a page can feature-detect a method.
    expect(surface.result).to.deep.equal({ sameObject: true, keys: methods, noSuchMethod: false, unload: 'function' });
  });

  it("loads as wws-service-client-api.js, the developer's guide's spelling, serving genesys.wws.service", async () => {
    page.remove();
    page = new LegacyPage({ query: '?file=wws' });
    await page.report('loaded');
    expect((await page.command('surface', { namespaces: [] })).result).to.deep.include({ sameObject: true });
    expect(await page.call('agent.get', [])).to.deep.include({ outcome: 'done' });
  });

  it('returns the referenceId from sendMessage and keeps a page-chosen one, a number too, as sent', async () => {
    const counted = await page.callAsIs('sendMessage', [{ request: 'agent.get' }, '@done']);
    expect(counted.returned).to.equal('0');
    expect(counted.message).to.deep.equal(request('agent.get', 0));
    for (const chosen of [42, 'page-7']) {
      const { returned, report, message } = await page.callAsIs('sendMessage', [
        { request: 'agent.get', referenceId: chosen },
        '@done',
        '@fail',
      ]);
      expect(returned).to.equal(chosen);
      expect(message?.['referenceId']).to.equal(chosen);
      expect(report).to.deep.include({
        outcome: 'done',
        result: { request: 'agent.get', data: { answered: 'agent.get' }, ...server },
      });
    }
  });

  it('takes null or undefined in a callback slot as no callback: never a parameter, never shifting fail into done', async () => {
    const toast = { title: 'T' };
    page.failures = {
      'system.popupToast': 'Error: refused.',
      'agent.get': 'Error: no agent.',
      'agent.setState': 'Error: refused.',
    };
    for (const empty of [null, undefined]) {
      const popup = await page.callAsIs('system.popupToast', [toast, empty, '@fail']);
      expect(popup.message?.['parameters']).to.deep.equal([toast]);
      expect(popup.report).to.deep.include({
        outcome: 'fail',
        result: { request: 'system.popupToast', errorMessage: 'Error: refused.', ...server },
      });
    }
    expect((await page.callAsIs('agent.get', [null, '@fail'])).report?.outcome).to.equal('fail');
    const sent = await page.callAsIs('sendMessage', [
      { request: 'agent.setState', parameters: ['Ready'] },
      null,
      '@fail',
    ]);
    expect(sent.report?.outcome).to.equal('fail');
    page.failures = {};
    const done = await page.callAsIs('system.popupToast', [toast, '@done', null]);
    expect([done.message?.['parameters'], done.report?.outcome]).to.deep.equal([[toast], 'done']);
  });

  it('ends the parameters at the catalogue count, or earlier at a function: voice.dial(destination, done, fail)', async () => {
    const early = await page.callAsIs('voice.dial', ['5001', '@done', '@fail']);
    expect([early.message?.['parameters'], early.report?.outcome]).to.deep.equal([['5001'], 'done']);
    page.failures = { 'voice.dial': 'Error: busy.' };
    const full = await page.callAsIs('voice.dial', ['5001', null, '@done', '@fail']);
    expect([full.message?.['parameters'], full.report?.outcome]).to.deep.equal([['5001', null], 'fail']);
    const extensions = await page.callAsIs('voice.dialEx', ['5001', null, { ext: 'x' }, '@done']);
    expect([extensions.message?.['parameters'], extensions.report?.outcome]).to.deep.equal([
      ['5001', null, { ext: 'x' }],
      'done',
    ]);
  });

  it('returns the service from subscribe and unsubscribe, so pages chain them', async () => {
    const subscribed = await page.command('subscribe', { names: ['agent'], handler: 'a' });
    const unsubscribed = await page.command('unsubscribe', { handler: 'a' });
    expect([subscribed.chained, unsubscribed.chained]).to.deep.equal([true, true]);
  });

  it('unload() drops every pending callback and the message listener; a later call starts afresh', async () => {
    await page.command('listenLegacy');
    page.silent.add('agent.get');
    const pendingCall = page.send('call', { path: 'agent.get', args: [] });
    const pending = await page.sent((message) => message['request'] === 'agent.get');
    await page.command('unload');
    page.post({ request: 'agent.get', referenceId: pending['referenceId'], data: {}, ...server });
    page.post('wweRefresh');
    await page.command('ping');
    expect(page.reports.filter((report) => report.id === pendingCall || report.id === 'legacy-string')).to.deep.equal(
      [],
    );
    expect(await page.call('agent.getState', [])).to.deep.include({ outcome: 'done' });
  });

  for (const shape of ['top', 'data'] as const) {
    it(`unsubscribes with the subscriptionId answered ${shape === 'top' ? 'at the top of the envelope' : 'in data alone'}`, async () => {
      page.remove();
      page = new LegacyPage({ subscribeAnswer: shape });
      await page.report('loaded');
      await page.command('subscribe', { names: ['agent'], handler: 'a' });
      // A request after the subscribe: its answer comes after the subscribe's.
      await page.call('agent.get', []);
      await page.command('unsubscribe', { handler: 'a' });
      expect((await page.sent((message) => message['event'] === 'unsubscribe'))['data']).to.equal('sub-0');
    });
  }

  it('reports an unknown event name instead of throwing, and subscribes the valid names in one subscription', async () => {
    const subscribed = await page.command('subscribe', { names: ['agent', 'agnet', 'interaction'], handler: 'a' });
    expect(subscribed.errors).to.have.length(1);
    expect(subscribed.errors?.[0]).to.match(
      /'agnet' is no event Workspace knows: listen to agent,.*messenger:<channel>/,
    );
    expect((await page.sent((message) => message['event'] === 'subscribe'))['data']).to.deep.equal([
      'agent',
      'interaction',
    ]);
    page.post({ event: 'interaction', data: { eventType: 'ADDED' }, ...server });
    expect((await page.report('event-a')).result).to.deep.equal({
      event: 'interaction',
      data: { eventType: 'ADDED' },
      ...server,
    });
  });
});
