// The shipped-client contract: an existing page that loads the drop-in wwe-service-client-api.js,
// in a cross-origin frame, served by the real ServiceHost (run `npm run build` first, as for legacy.test.ts).
import { expect } from '@open-wc/testing';
import type { ServiceHost, TrafficEntry } from '@wwe-kit/host';
import { until } from '../helpers/probe.js';
import { crossOrigin } from '../helpers/responder.js';
import { createTestHost } from '../helpers/test-backend.js';

interface Report { id: string; outcome: string; result?: Record<string, unknown> }

describe('wwe-service-client-api.js against the real ServiceHost', () => {
  let host: ServiceHost;
  let frame: HTMLIFrameElement;
  let traffic: TrafficEntry[];
  const reports: Report[] = [];
  let nextId = 0;
  const onReport = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.data?.control === 'legacy-report') reports.push(event.data as Report);
  };
  const report = async (id: string) => {
    await until(() => reports.some((entry) => entry.id === id), `report ${id}`);
    return reports.find((entry) => entry.id === id)!;
  };
  const command = (name: string, fields: Record<string, unknown> = {}) => {
    const id = `c${nextId++}`;
    frame.contentWindow!.postMessage({ control: 'legacy', command: name, id, ...fields }, crossOrigin());
    return report(id);
  };

  beforeEach(async () => {
    traffic = [];
    ({ host } = createTestHost({
      'service-client-api.accepted-web-content-origins': `${crossOrigin()} (agent.*, interaction.getInteractions)`,
      'service-client-api.user-data.read-allowed': 'Key1',
    }, { onTraffic: (entry) => traffic.push(entry) }));
    addEventListener('message', onReport);
    frame = document.createElement('iframe');
    frame.src = `${crossOrigin()}/test/fixtures/legacy-page.html`;
    host.registerFrame({ iframe: frame, section: 'Legacy', mode: 'tab' });
    document.body.append(frame);
    await report('loaded');
  });
  afterEach(() => {
    removeEventListener('message', onReport);
    reports.length = 0;
    frame.remove();
    host.dispose();
  });

  it('gets done with the whole envelope, without referenceId', async () => {
    const done = await command('call', { path: 'agent.get', args: [] });
    expect(done.outcome).to.equal('done');
    expect(done.result).to.deep.equal({ request: 'agent.get', data: { employeeId: 'E1', firstname: 'Ada', lastname: 'Agent', username: 'ada' }, userAgent: 'WWE Server', protocolVersion: 2 });
  });

  it('gets fail with the refusal of the origin filter', async () => {
    const failed = await command('call', { path: 'voice.dial', args: ['5001'] });
    expect(failed.outcome).to.equal('fail');
    expect(failed.result?.['errorMessage']).to.match(/^Request 'voice\.dial' refused: origin http:\/\/127\.0\.0\.1:\d+ is not allowed this request/);
  });

  it('receives subscribed events with the read allowlist applied, and stamps the frameId', async () => {
    await command('subscribe', { names: ['interaction'], handler: 'h' });
    await until(() => traffic.some((entry) => entry.kind === 'subscribe'), 'the subscription reaches the host');
    host.emit('interaction', { eventType: 'ADDED', media: 'voice', interaction: { interactionId: '1', userData: { Key1: 'a', Secret: 's' } } as never });
    const event = await report('event-h');
    expect(event.result).to.deep.include({ event: 'interaction' });
    expect(event.result?.['data']).to.deep.equal({ eventType: 'ADDED', media: 'voice', interaction: { interactionId: '1', userData: { Key1: 'a' } } });
    await command('call', { path: 'interaction.getInteractions', args: [] });
    const stamped = traffic.filter((entry) => entry.direction === 'in' && entry.kind === 'request').at(-1)!;
    expect((stamped.message as { frameId?: number }).frameId).to.equal(stamped.frameId);
    const answer = traffic.filter((entry) => entry.kind === 'answer').at(-1)!;
    expect(answer.elapsed).to.be.a('number');
    expect(answer.section).to.equal('Legacy');
  });
});
