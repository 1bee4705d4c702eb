import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ServiceClient } from '@wwe-kit/bridge';
import { useResponderClient } from '../../../test/helpers/client.js';
import { crossOrigin, navigateResponder, openResponder, sameOrigin } from '../../../test/helpers/responder.js';

/** Plays Workspace for a bridge page in a frame or popup: answers its requests, resolves with its report. */
function serveBridgePage(): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const message = event.data as Record<string, unknown>;
      if (message?.['control'] === 'bridge-page') {
        removeEventListener('message', onMessage);
        resolve({ ...message, senderOrigin: event.origin });
      } else if (typeof message?.['request'] === 'string') {
        const answer = { request: message['request'], referenceId: message['referenceId'], data: { username: 'ada' } };
        (event.source as Window).postMessage({ ...answer, userAgent: 'WWE Server', protocolVersion: 2 }, event.origin);
      }
    };
    addEventListener('message', onMessage);
  });
}

describe('ServiceClient security', () => {
  const setup = useResponderClient();

  beforeEach(async () => {
    await setup.responder.control('configure', {
      silent: { 'agent.get': true },
      answers: { 'agent.getState': 'real' },
    });
  });

  it('ignores answers and events forged by another frame of the same origin', async () => {
    const forger = await openResponder(setup.responder.origin);
    const listener = sinon.spy();
    setup.client.on('agent', listener);
    await setup.client.whenSubscribed();
    const request = setup.client.agent.getState();
    const pendingGet = setup.client.agent.get();
    const settled = sinon.spy();
    void pendingGet.then(settled, settled);
    const sent = await setup.responder.received();
    const getId = sent.find((message) => message['request'] === 'agent.get')!['referenceId'];
    await forger.control('post', {
      message: { request: 'agent.get', referenceId: getId, data: 'forged', userAgent: 'WWE Server' },
    });
    await forger.control('emit', { name: 'agent', data: { eventType: 'STATE_CHANGED', mediaState: 'READY' } });
    await setup.responder.received();
    expect(settled.called).to.equal(false);
    expect(listener.called).to.equal(false);
    expect(await request).to.equal('real');
    forger.remove();
  });

  it('ignores messages the page posts to itself', async () => {
    const listener = sinon.spy();
    setup.client.on('agent', listener);
    await setup.client.whenSubscribed();
    const pendingGet = setup.client.agent.get();
    const settled = sinon.spy();
    void pendingGet.then(settled, settled);
    const [, sent] = await setup.responder.received();
    window.postMessage({ request: 'agent.get', referenceId: sent!['referenceId'], data: 'forged' }, '*');
    window.postMessage({ event: 'agent', data: { eventType: 'STATE_CHANGED', mediaState: 'READY' } }, '*');
    await setup.responder.received();
    expect(settled.called).to.equal(false);
    expect(listener.called).to.equal(false);
  });

  it('ignores the right frame once it shows another origin, and takes it back when it returns', async () => {
    const pendingGet = setup.client.agent.get();
    const settled = sinon.spy();
    void pendingGet.then(settled, settled);
    const [sent] = await setup.responder.received();
    const forged = { request: 'agent.get', referenceId: sent!['referenceId'], data: 'forged', userAgent: 'WWE Server' };
    await navigateResponder(setup.responder, sameOrigin());
    await setup.responder.control('post', { message: forged });
    await setup.responder.control('emit', { name: 'agent', data: {} });
    expect(settled.called).to.equal(false);
    await navigateResponder(setup.responder, crossOrigin());
    await setup.responder.control('post', { message: { ...forged, data: 'real' } });
    expect(await pendingGet).to.equal('real');
  });

  it('posts with the pinned origin, so a frame of another origin never reads a request', async () => {
    const misdirected = new ServiceClient({
      target: setup.responder.window,
      hostOrigin: 'http://127.0.0.1:1',
      timeout: 0,
    });
    void misdirected.agent.getState().catch(() => undefined);
    await setup.client.agent.getState();
    const sent = await setup.responder.received();
    expect(sent.map((message) => message['referenceId'])).to.deep.equal(['0']);
    misdirected.dispose();
  });

  it("accepts any origin from the host window only when hostOrigin: '*' is explicit", async () => {
    const open = new ServiceClient({ target: setup.responder.window, hostOrigin: '*' });
    expect(await open.agent.getState()).to.equal('real');
    open.dispose();
  });

  it('infers the parent window and its origin in a frame', async () => {
    const report = serveBridgePage();
    const frame = document.createElement('iframe');
    frame.src = `${crossOrigin()}/test/fixtures/bridge-page.html`;
    document.body.append(frame);
    expect(await report).to.deep.include({
      hostOrigin: location.origin,
      agent: { username: 'ada' },
      viaOpener: false,
      senderOrigin: crossOrigin(),
    });
    frame.remove();
  });

  it('infers the opener window and its origin in a popup', async () => {
    const report = serveBridgePage();
    const popup = window.open(`${crossOrigin()}/test/fixtures/bridge-page.html`, '_blank', 'popup');
    expect(popup, 'the browser opened the popup').to.not.equal(null);
    expect(await report).to.deep.include({ hostOrigin: location.origin, agent: { username: 'ada' }, viaOpener: true });
    popup!.close();
  });

  it('says what to pass when it cannot find the Workspace window or origin', function () {
    if (window.parent !== window || window.opener || document.referrer) this.skip();
    expect(() => new ServiceClient()).to.throw('not in a frame or popup: pass `target`');
    expect(() => new ServiceClient({ target: setup.responder.window })).to.throw(
      'unknown Workspace origin: pass `hostOrigin`',
    );
  });

  it('logs nothing unless debug asks for it', async () => {
    const spies = (['debug', 'log', 'info', 'warn', 'error'] as const).map((level) => sinon.spy(console, level));
    try {
      await setup.client.agent.getState();
      window.postMessage({ request: 'agent.get', referenceId: '99' }, '*');
      await setup.responder.received();
      expect(spies.map((spy) => spy.callCount)).to.deep.equal([0, 0, 0, 0, 0]);
      const logger = sinon.spy();
      const verbose = new ServiceClient({
        target: setup.responder.window,
        hostOrigin: setup.responder.origin,
        debug: logger,
      });
      await verbose.agent.getState();
      expect(logger.callCount).to.equal(2);
      expect(logger.firstCall.args[0]).to.equal('->');
      verbose.dispose();
    } finally {
      spies.forEach((spy) => spy.restore());
    }
  });
});
