import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ServiceClient } from '@wwe-kit/bridge';
import { openResponder, type Responder } from '../../../test/helpers/responder.js';

type Sent = Record<string, unknown>;
const subscribes = (sent: Sent[]) => sent.filter((message) => message['event'] === 'subscribe');
const unsubscribes = (sent: Sent[]) => sent.filter((message) => message['event'] === 'unsubscribe');

describe('ServiceClient events', () => {
  let responder: Responder;
  let client: ServiceClient;

  beforeEach(async () => {
    responder = await openResponder();
    client = new ServiceClient({ target: responder.window, hostOrigin: responder.origin });
  });

  afterEach(() => {
    client.dispose();
    responder.remove();
  });

  it('hands every listener of a name the data and the whole envelope', async () => {
    const first = sinon.spy();
    const second = sinon.spy();
    const other = sinon.spy();
    client.on('agent', first);
    client.on('agent', second);
    client.on('system', other);
    await client.whenSubscribed();
    const data = { eventType: 'STATE_CHANGED', mediaState: 'NOT_READY_ACTION_CODE', reason: 'Break', reasonCode: '1511' };
    await responder.control('emit', { name: 'agent', data });
    await responder.received();
    expect(first.calledOnceWith(data)).to.equal(true);
    expect(second.calledOnceWith(data)).to.equal(true);
    expect(first.firstCall.args[1]).to.deep.equal({ event: 'agent', data, userAgent: 'WWE Server', protocolVersion: 2 });
    expect(other.called).to.equal(false);
  });

  it('merges listeners added in one tick into exactly one subscribe message', async () => {
    client.on('interaction', () => undefined);
    client.on('agent', () => undefined);
    client.on('system', () => undefined);
    await client.whenSubscribed();
    const sent = await responder.received();
    expect(subscribes(sent)).to.deep.equal([
      { event: 'subscribe', data: ['agent', 'interaction', 'system'], referenceId: '0', userAgent: 'WWE Client', protocolVersion: 2 },
    ]);
  });

  it('adds no subscription for a name already covered', async () => {
    client.on('agent', () => undefined);
    await client.whenSubscribed();
    client.on('agent', () => undefined);
    await client.whenSubscribed();
    expect(subscribes(await responder.received())).to.have.length(1);
  });

  it('replaces the subscription when the union grows, and never holds two', async () => {
    client.on('agent', () => undefined);
    await client.whenSubscribed();
    client.on('messenger:crm', () => undefined);
    await client.whenSubscribed();
    const sent = await responder.received();
    expect(subscribes(sent).map((message) => message['data'])).to.deep.equal([['agent'], ['agent', 'messenger:crm']]);
    expect(unsubscribes(sent).map((message) => message['data'])).to.deep.equal(['sub-0']);
    expect(await responder.control('subscriptions')).to.deep.equal({ 'sub-1': ['agent', 'messenger:crm'] });
  });

  it('shrinks the subscription when the last listener of a name leaves, and drops it when none is left', async () => {
    const offAgent = client.on('agent', () => undefined);
    const offSystem = client.on('system', () => undefined);
    await client.whenSubscribed();
    offAgent();
    offAgent();
    await client.whenSubscribed();
    expect(await responder.control('subscriptions')).to.deep.equal({ 'sub-1': ['system'] });
    offSystem();
    await client.whenSubscribed();
    expect(await responder.control('subscriptions')).to.deep.equal({});
    expect(subscribes(await responder.received())).to.have.length(2);
  });

  it('stops delivering to a listener once it unsubscribed, while others still receive', async () => {
    const leaving = sinon.spy();
    const staying = sinon.spy();
    const off = client.on('interaction', leaving);
    client.on('interaction', staying);
    await client.whenSubscribed();
    off();
    await responder.control('emit', { name: 'interaction', data: { eventType: 'ADDED', interaction: { interactionId: '1' } } });
    await responder.received();
    expect(leaving.called).to.equal(false);
    expect(staying.calledOnce).to.equal(true);
  });

  it('delivers messenger channels with their payload', async () => {
    const listener = sinon.spy();
    client.on('messenger:caller-lookup', listener);
    await client.whenSubscribed();
    await responder.control('emit', { name: 'messenger:caller-lookup', data: { foo: 'A foo text.', bar: 1234 } });
    await responder.received();
    expect(listener.calledOnceWith({ foo: 'A foo text.', bar: 1234 })).to.equal(true);
  });

  it('keeps serving the other listeners when one throws', async () => {
    const uncaught = sinon.spy();
    const previous = window.onerror;
    window.onerror = (message) => { uncaught(message); return true; };
    try {
      const after = sinon.spy();
      client.on('system', () => { throw new Error('listener bug'); });
      client.on('system', after);
      await client.whenSubscribed();
      await responder.control('emit', { name: 'system', data: { frameState: 'LEADING' } });
      await responder.received();
      await new Promise((resolve) => setTimeout(resolve));
      expect(after.calledOnce).to.equal(true);
      expect(String(uncaught.firstCall?.args[0])).to.contain('listener bug');
    } finally {
      window.onerror = previous;
    }
  });

  it('reports a subscribe the host never answers through whenSubscribed', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      await responder.control('configure', { silent: { subscribe: true } });
      client.on('agent', () => undefined);
      const subscribed = client.whenSubscribed();
      const outcome = subscribed.then(() => 'subscribed', (error: { code: string }) => error.code);
      await clock.tickAsync(10_000);
      expect(await outcome).to.equal('timeout');
    } finally {
      clock.restore();
    }
  });

  it('drops the host subscription on dispose', async () => {
    client.on('agent', () => undefined);
    await client.whenSubscribed();
    client.dispose();
    await responder.received();
    expect(await responder.control('subscriptions')).to.deep.equal({});
  });
});
