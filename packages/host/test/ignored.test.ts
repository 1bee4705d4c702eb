// What the host did not serve reaches onIgnored with the reason, from really cross-origin frames over real postMessage.
import { expect } from '@open-wc/testing';
import type { IgnoredMessage, ServiceHost } from '@wwe-kit/host';
import { openProbe, requestMessage, type Probe } from '../../../test/helpers/probe.js';
import { createTestHost } from '../../../test/helpers/test-backend.js';

describe('ServiceHost: onIgnored', () => {
  let host: ServiceHost;
  let problems: string[];
  const probes: Probe[] = [];
  const ignored: IgnoredMessage[] = [];
  /** What the test itself sent (the probe's own control channel may post other things). */
  const ours = () => ignored.filter((message) => message.summary.preview.includes('from-test'));

  const start = (onIgnored: (message: IgnoredMessage) => void = (message) => ignored.push(message)) => {
    ({ host, problems } = createTestHost(
      { 'interaction-workspace': { 'service-client-api.accepted-web-content-origins': '*' } },
      { onIgnored },
    ));
  };
  const open = async () => {
    const probe = await openProbe(host, { section: 'CrmTab' });
    probes.push(probe);
    return probe;
  };
  /** A request the host answers: once it is answered, every message the probe sent before it has been handled. */
  const settle = (probe: Probe) => probe.ask(requestMessage('agent.get'));

  afterEach(() => {
    for (const probe of probes.splice(0)) probe.remove();
    ignored.length = 0;
    host?.dispose();
  });

  it('names a view whose message is not Service Client API traffic, with a bounded summary', async () => {
    start();
    const probe = await open();
    await probe.send({ type: 'from-test', padding: 'x'.repeat(100_000) });
    await settle(probe);
    const [note, ...rest] = ours();
    expect(rest).to.deep.equal([]);
    expect(note).to.deep.include({ reason: 'not-protocol', frameId: probe.frame.frameId, section: 'CrmTab' });
    expect(note!.origin).to.equal(probe.origin);
    expect(note!.explanation).to.contain('the view CrmTab').and.contain('not Service Client API traffic');
    expect(note!.summary.preview.length).to.be.at.most(201);
    expect(note!.summary.size).to.be.at.least(4096);
  });

  it('names a window that is not a view, and still refuses its request', async () => {
    start();
    const stranger = await open();
    host.unregisterFrame(stranger.frame);
    const answer = await stranger.ask(requestMessage('agent.get', undefined, { note: 'from-test' }));
    expect(answer['errorMessage']).to.contain('is not a web-content view of this Workspace');
    const [note] = ours();
    expect(note).to.deep.include({ reason: 'not-a-view', frameId: undefined, section: undefined });
    expect(note!.explanation).to.contain(`a window of ${stranger.origin}`).and.contain('registerFrame');
  });

  it('names an unsubscribe it dropped for lacking an id', async () => {
    start();
    const probe = await open();
    await probe.send({ event: 'unsubscribe', note: 'from-test', userAgent: 'WWE Client', protocolVersion: 2 });
    await settle(probe);
    expect(ours().map((message) => message.reason)).to.deep.equal(['malformed']);
  });

  it('tells nothing of a request it served', async () => {
    start();
    const probe = await open();
    const answer = await probe.ask(requestMessage('agent.get', undefined, { note: 'from-test' }));
    expect(answer).to.have.property('data');
    expect(ours()).to.deep.equal([]);
  });

  it('carries on when the listener throws, and reports it as a problem', async () => {
    start(() => {
      throw new Error('listener broke');
    });
    const probe = await open();
    await probe.send({ type: 'from-test' });
    const answer = await settle(probe);
    expect(answer).to.have.property('data');
    expect(problems).to.include('onIgnored threw: listener broke');
  });
});
