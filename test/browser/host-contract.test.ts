// The shipped-client contract: an existing page that loads the drop-in wwe-service-client-api.js,
// in a cross-origin frame, served by the real ServiceHost (run `npm run build` first, as for legacy.test.ts).
// The page's driver awaits each report as it arrives; the host's traffic log says what reached the host.
import { expect } from '@open-wc/testing';
import type { ServiceHost } from '@wwe-kit/host';
import { LegacyPage } from '../../packages/bridge/test/legacy-page.js';
import { crossOrigin } from '../helpers/responder.js';
import { createTestHost } from '../helpers/test-backend.js';
import { recordTraffic, type TrafficRecorder } from '../helpers/traffic.js';

describe('wwe-service-client-api.js against the real ServiceHost', () => {
  let host: ServiceHost;
  let page: LegacyPage;
  let recorder: TrafficRecorder;

  beforeEach(async () => {
    recorder = recordTraffic();
    ({ host } = createTestHost(
      {
        'service-client-api.accepted-web-content-origins': `${crossOrigin()} (agent.*, interaction.getInteractions)`,
        'service-client-api.user-data.read-allowed': 'Key1',
      },
      { onTraffic: recorder.onTraffic },
    ));
    // The host answers; the driver only records and hands on the page's reports.
    page = new LegacyPage({
      answer: false,
      register: (iframe) => host.registerFrame({ iframe, section: 'Legacy', mode: 'tab' }),
    });
    await page.report('loaded');
  });
  afterEach(() => {
    page.remove();
    host.dispose();
  });

  it('gets done with the whole envelope, without referenceId', async () => {
    const done = await page.call('agent.get', []);
    expect(done.outcome).to.equal('done');
    expect(done.result).to.deep.equal({
      request: 'agent.get',
      data: { employeeId: 'E1', firstname: 'Ada', lastname: 'Agent', username: 'ada' },
      userAgent: 'WWE Server',
      protocolVersion: 2,
    });
  });

  it('gets fail with the refusal of the origin filter', async () => {
    const failed = await page.call('voice.dial', ['5001']);
    expect(failed.outcome).to.equal('fail');
    expect((failed.result as Record<string, unknown>)['errorMessage']).to.match(
      /^Request 'voice\.dial' refused: origin http:\/\/127\.0\.0\.1:\d+ is not allowed this request/,
    );
  });

  it('receives subscribed events with the read allowlist applied, and stamps the frameId', async () => {
    await page.command('subscribe', { names: ['interaction'], handler: 'h' });
    // The host records the subscription as it logs the subscribe message.
    await recorder.when((entry) => entry.direction === 'in' && entry.kind === 'subscribe');
    host.emit('interaction', {
      eventType: 'ADDED',
      media: 'voice',
      interaction: { interactionId: '1', userData: { Key1: 'a', Secret: 's' } } as never,
    });
    const event = await page.report('event-h');
    expect(event.result).to.deep.include({ event: 'interaction' });
    expect((event.result as Record<string, unknown>)['data']).to.deep.equal({
      eventType: 'ADDED',
      media: 'voice',
      interaction: { interactionId: '1', userData: { Key1: 'a' } },
    });
    await page.call('interaction.getInteractions', []);
    const stamped = recorder.traffic.filter((entry) => entry.direction === 'in' && entry.kind === 'request').at(-1)!;
    expect((stamped.message as { frameId?: number }).frameId).to.equal(stamped.frameId);
    const answer = recorder.traffic.filter((entry) => entry.kind === 'answer').at(-1)!;
    expect(answer.elapsed).to.be.a('number');
    expect(answer.section).to.equal('Legacy');
  });
});
