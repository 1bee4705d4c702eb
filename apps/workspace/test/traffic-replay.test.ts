// Replay through a real host to a probe view in a really cross-origin iframe, over real postMessage.
import { expect } from '@open-wc/testing';
import type { ServiceHost } from '@wwe-kit/host';
import { replayOf, type ReplayTarget } from '../src/inspector/replay.js';
import type { LoggedMessage } from '../src/inspector/traffic-entry.js';
import { TrafficLog } from '../src/traffic-log.js';
import { controller, waitForReady } from '../../../test/helpers/controls.js';
import { openProbe, requestMessage, type Probe } from '../../../test/helpers/probe.js';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { createTestHost } from '../../../test/helpers/test-backend.js';

describe('replay', () => {
  let host: ServiceHost;
  let log: TrafficLog;
  let probe: Probe;

  beforeEach(async () => {
    log = new TrafficLog();
    ({ host } = createTestHost(
      { 'interaction-workspace': { 'service-client-api.accepted-web-content-origins': '*' } },
      { onTraffic: (entry) => log.add(entry) },
    ));
    probe = await openProbe(host, { section: 'CustomerTab' });
  });

  afterEach(() => {
    probe.remove();
    host.dispose();
  });

  /** The shell as replay sees it: the host, and the one view, the probe. */
  const target = (): ReplayTarget => ({
    host,
    views: { views: [{ frame: probe.frame, iframe: probe.iframe, popup: undefined }] },
  });

  /** The logged entry that matches, once the log has it. */
  const logged = (matches: (entry: LoggedMessage) => boolean) =>
    new Promise<LoggedMessage>((resolve) => {
      const check = () => {
        const found = log.entries.find(matches);
        if (!found) return;
        stop();
        resolve(found);
      };
      const stop = log.listen(check);
      check();
    });

  /** Asks agent.get from the probe and answers the logged request. */
  const askedRequest = async () => {
    const message = requestMessage('agent.get');
    await probe.ask(message);
    return logged((entry) => entry.kind === 'request' && entry.referenceId === message['referenceId']);
  };

  it('sends a request again from its view, as the origin the browser reported, and pairs the answer', async () => {
    const original = await askedRequest();
    const replay = replayOf(target(), original, false);
    if (!('send' in replay)) throw new Error(replay.reason);
    replay.send('replay-1');
    const again = await logged((entry) => entry.kind === 'request' && entry.referenceId === 'replay-1');
    expect(again).to.include({ frameId: probe.frame.frameId, origin: probe.origin, name: 'agent.get' });
    const answer = await logged((entry) => entry.kind === 'answer' && entry.referenceId === 'replay-1');
    expect(log.partnerOf(again)).to.equal(answer);
  });

  it("refuses, saying why, once the view's page is of another origin than the one that sent the request", async () => {
    const original = await askedRequest();
    // The same iframe goes to a page of the shell's own origin, which speaks to the host from there.
    const iframe = probe.iframe!;
    const ready = waitForReady(() => iframe.contentWindow);
    iframe.src = `${sameOrigin()}/test/fixtures/probe.html`;
    await ready;
    await controller(iframe.contentWindow!)('ask', { message: requestMessage('agent.get'), wait: 30_000 });
    expect(host.frames.find((frame) => frame.frameId === probe.frame.frameId)?.origin).to.equal(sameOrigin());
    const replay = replayOf(target(), original, false);
    expect(replay).to.not.have.property('send');
    expect(replay)
      .to.have.property('reason')
      .that.contains(`now shows a page of ${sameOrigin()}, not of ${probe.origin}, which sent this request`);
  });

  it('refuses, saying why, when the view is gone', async () => {
    const original = await askedRequest();
    host.unregisterFrame(probe.frame);
    const replay = replayOf(target(), original, false);
    expect(replay).to.not.have.property('send');
    expect(replay)
      .to.have.property('reason')
      .that.contains(`The view CustomerTab (frame ${probe.frame.frameId}) is gone`);
  });

  it('never replays a subscribe, which the view could not unsubscribe', async () => {
    await probe.listen(['agent']);
    const subscribe = await logged((entry) => entry.kind === 'subscribe');
    const replay = replayOf(target(), subscribe, false);
    expect(replay).to.not.have.property('send');
    expect(replay).to.have.property('reason').that.contains('could never unsubscribe');
  });
});
