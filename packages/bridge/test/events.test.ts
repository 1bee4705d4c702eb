import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { useResponderClient } from '../../../test/helpers/client.js';

type Sent = Record<string, unknown>;
const subscribes = (sent: Sent[]) => sent.filter((message) => message['event'] === 'subscribe');
const unsubscribes = (sent: Sent[]) => sent.filter((message) => message['event'] === 'unsubscribe');

describe('ServiceClient events', () => {
  const setup = useResponderClient();

  /** The first subscription was replaced by one for the grown union: sub-0 dropped, sub-1 the only one held. */
  async function expectReplaced(first: string[], union: string[]) {
    const sent = await setup.responder.received();
    expect(subscribes(sent).map((message) => message['data'])).to.deep.equal([first, union]);
    expect(unsubscribes(sent).map((message) => message['data'])).to.deep.equal(['sub-0']);
    expect(await setup.responder.control('subscriptions')).to.deep.equal({ 'sub-1': union });
  }

  it('hands every listener of a name the data and the whole envelope', async () => {
    const first = sinon.spy();
    const second = sinon.spy();
    const other = sinon.spy();
    setup.client.on('agent', first);
    setup.client.on('agent', second);
    setup.client.on('system', other);
    await setup.client.whenSubscribed();
    const data = {
      eventType: 'STATE_CHANGED',
      mediaState: 'NOT_READY_ACTION_CODE',
      reason: 'Break',
      reasonCode: '1511',
    };
    await setup.responder.control('emit', { name: 'agent', data });
    await setup.responder.received();
    expect(first.calledOnceWith(data)).to.equal(true);
    expect(second.calledOnceWith(data)).to.equal(true);
    expect(first.firstCall.args[1]).to.deep.equal({
      event: 'agent',
      data,
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
    expect(other.called).to.equal(false);
  });

  it('merges listeners added in one tick into exactly one subscribe message', async () => {
    setup.client.on('interaction', () => undefined);
    setup.client.on('agent', () => undefined);
    setup.client.on('system', () => undefined);
    await setup.client.whenSubscribed();
    const sent = await setup.responder.received();
    expect(subscribes(sent)).to.deep.equal([
      {
        event: 'subscribe',
        data: ['agent', 'interaction', 'system'],
        referenceId: '0',
        userAgent: 'WWE Client',
        protocolVersion: 2,
      },
    ]);
  });

  it('adds no subscription for a name already covered', async () => {
    setup.client.on('agent', () => undefined);
    await setup.client.whenSubscribed();
    setup.client.on('agent', () => undefined);
    await setup.client.whenSubscribed();
    expect(subscribes(await setup.responder.received())).to.have.length(1);
  });

  it('replaces the subscription when the union grows, and never holds two', async () => {
    setup.client.on('agent', () => undefined);
    await setup.client.whenSubscribed();
    setup.client.on('messenger:crm', () => undefined);
    await setup.client.whenSubscribed();
    await expectReplaced(['agent'], ['agent', 'messenger:crm']);
  });

  it('drops a replaced subscription whose answer was still on the way', async () => {
    setup.client.on('agent', () => undefined);
    // Let the first subscribe go out, then change the union before its answer can arrive.
    await Promise.resolve();
    await Promise.resolve();
    setup.client.on('system', () => undefined);
    await setup.client.whenSubscribed();
    await expectReplaced(['agent'], ['agent', 'system']);
  });

  it('shrinks the subscription when the last listener of a name leaves, and drops it when none is left', async () => {
    const offAgent = setup.client.on('agent', () => undefined);
    const offSystem = setup.client.on('system', () => undefined);
    await setup.client.whenSubscribed();
    offAgent();
    offAgent();
    await setup.client.whenSubscribed();
    expect(await setup.responder.control('subscriptions')).to.deep.equal({ 'sub-1': ['system'] });
    offSystem();
    await setup.client.whenSubscribed();
    expect(await setup.responder.control('subscriptions')).to.deep.equal({});
    expect(subscribes(await setup.responder.received())).to.have.length(2);
  });

  it('stops delivering to a listener once it unsubscribed, while others still receive', async () => {
    const leaving = sinon.spy();
    const staying = sinon.spy();
    const off = setup.client.on('interaction', leaving);
    setup.client.on('interaction', staying);
    await setup.client.whenSubscribed();
    off();
    await setup.responder.control('emit', {
      name: 'interaction',
      data: { eventType: 'ADDED', interaction: { interactionId: '1' } },
    });
    await setup.responder.received();
    expect(leaving.called).to.equal(false);
    expect(staying.calledOnce).to.equal(true);
  });

  it('delivers messenger channels with their payload', async () => {
    const listener = sinon.spy();
    setup.client.on('messenger:caller-lookup', listener);
    await setup.client.whenSubscribed();
    await setup.responder.control('emit', { name: 'messenger:caller-lookup', data: { foo: 'A foo text.', bar: 1234 } });
    await setup.responder.received();
    expect(listener.calledOnceWith({ foo: 'A foo text.', bar: 1234 })).to.equal(true);
  });

  it('keeps serving the other listeners when one throws', async () => {
    const uncaught = sinon.spy();
    const previous = window.onerror;
    window.onerror = (message) => {
      uncaught(message);
      return true;
    };
    try {
      const after = sinon.spy();
      setup.client.on('system', () => {
        throw new Error('listener bug');
      });
      setup.client.on('system', after);
      await setup.client.whenSubscribed();
      await setup.responder.control('emit', { name: 'system', data: { frameState: 'LEADING' } });
      // reportError() fires window.onerror synchronously, inside the event's dispatch: the emit's reply is enough.
      expect(after.calledOnce).to.equal(true);
      expect(String(uncaught.firstCall?.args[0])).to.contain('listener bug');
    } finally {
      window.onerror = previous;
    }
  });

  it('reports a subscribe the host never answers through whenSubscribed', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      await setup.responder.control('configure', { silent: { subscribe: true } });
      setup.client.on('agent', () => undefined);
      const subscribed = setup.client.whenSubscribed();
      const outcome = subscribed.then(
        () => 'subscribed',
        (error: { code: string }) => error.code,
      );
      await clock.tickAsync(10_000);
      expect(await outcome).to.equal('timeout');
    } finally {
      clock.restore();
    }
  });

  it('drops the host subscription on dispose', async () => {
    setup.client.on('agent', () => undefined);
    await setup.client.whenSubscribed();
    setup.client.dispose();
    await setup.responder.received();
    expect(await setup.responder.control('subscriptions')).to.deep.equal({});
  });
});
