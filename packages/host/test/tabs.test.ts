// Two Workspace tabs of one agent session (two same-origin windows, each with its ServiceHost):
// leader election with the Web Locks API, failover, frame-state events, messenger across tabs.
import { expect } from '@open-wc/testing';
import { until } from '../../../test/helpers/probe.js';
import { controller, waitForReady } from '../../../test/helpers/controls.js';
import { samplesOf } from '../../../test/helpers/samples.js';

interface Tab {
  readonly iframe: HTMLIFrameElement;
  control<T = unknown>(name: string, fields?: Record<string, unknown>): Promise<T>;
  /** Sends a control to the tab's probe view. */
  probe<T = unknown>(name: string, fields?: Record<string, unknown>): Promise<T>;
}

async function openTab(session: string): Promise<Tab> {
  const iframe = document.createElement('iframe');
  iframe.src = `/test/fixtures/host-tab.html?session=${session}`;
  const ready = waitForReady(() => iframe.contentWindow);
  document.body.append(iframe);
  await ready;
  const control = controller(iframe.contentWindow!);
  await control('openProbe');
  return { iframe, control, probe: (name, fields = {}) => control('probe', { name, fields }) };
}

const stateOf = async (tab: Tab) => (await tab.control<{ frameState: string }>('state')).frameState;
const ask = async (tab: Tab, name: string) => (await tab.probe<{ data?: unknown }>('call', { name })).data;
const frameStateEvents = async (tab: Tab) =>
  (await tab.probe<Array<{ event: string; data: { frameState?: string } }>>('events'))
    .filter((entry) => entry.event === 'system' && entry.data.frameState).map((entry) => entry.data.frameState);

describe('ServiceHost: several Workspace tabs of one session', () => {
  const tabs: Tab[] = [];
  afterEach(() => {
    for (const tab of tabs.splice(0)) tab.iframe.remove();
  });

  it('elects one leader, answers the frame questions, and fails over when the leader closes', async () => {
    const session = `election-${Math.random().toString(36).slice(2)}`;
    const first = await openTab(session);
    tabs.push(first);
    await until(async () => (await stateOf(first)) === 'LEADING', 'the first tab leads');
    const second = await openTab(session);
    tabs.push(second);
    await until(async () => (await stateOf(second)) === 'FOLLOWING', 'the second tab follows');
    expect(await stateOf(first)).to.equal('LEADING');

    expect(await ask(first, 'system.isFrameLeading')).to.equal(true);
    expect(await ask(first, 'system.isFrameLeadingOrNegotiating')).to.equal(true);
    expect(await ask(second, 'system.isFrameLeading')).to.equal(false);
    expect(await ask(second, 'system.isFrameFollowing')).to.equal(true);
    expect(await ask(second, 'system.isFrameNegotiating')).to.equal(false);

    await second.probe('listen', { names: ['system'] });
    first.iframe.remove();
    await until(async () => (await stateOf(second)) === 'LEADING', 'the second tab takes over');
    await until(async () => (await frameStateEvents(second)).includes('LEADING'), 'the frame hears it leads');
    const states = await frameStateEvents(second);
    expect(states.at(-1)).to.equal('LEADING');
    expect(states.filter((state) => state !== 'NEGOTIATING')).to.deep.equal(['LEADING']);
    expect(await ask(second, 'system.isFrameLeading')).to.equal(true);
    // The frame-state samples of the reference (002:662, 674) are what the frame receives.
    const events = await second.probe<Array<{ event: string; data: unknown }>>('events');
    for (const { event } of samplesOf('event').filter((entry) => entry.namespace === 'system')) {
      if (((event!['data'] as { frameState?: string }).frameState) === 'LEADING') expect(events).to.deep.include({ event: event!['event'], data: event!['data'] });
    }
  });

  it('carries messenger messages across tabs', async () => {
    const session = `messenger-${Math.random().toString(36).slice(2)}`;
    const [sender, receiver] = [await openTab(session), await openTab(session)];
    tabs.push(sender, receiver);
    await receiver.probe('listen', { names: ['messenger:crm'] });
    await sender.probe('call', { name: 'messenger.broadcastMessage', parameters: ['crm', { caller: 'Ada', score: 3 }] });
    await until(async () => (await receiver.probe<unknown[]>('events')).length === 1, 'the message crosses tabs');
    expect(await receiver.probe('events')).to.deep.equal([{ event: 'messenger:crm', data: { caller: 'Ada', score: 3 } }]);
  });

  it('knows the last active tab from focus', async () => {
    const session = `active-${Math.random().toString(36).slice(2)}`;
    const first = await openTab(session);
    const second = await openTab(session);
    tabs.push(first, second);
    await first.control('focus');
    await until(async () => (await ask(second, 'system.isLastActiveFrame')) === false, 'the other tab hears of the focus');
    expect(await ask(first, 'system.isLastActiveFrame')).to.equal(true);
    await second.control('focus');
    await until(async () => (await ask(first, 'system.isLastActiveFrame')) === false, 'focus moves back');
    expect(await ask(second, 'system.isLastActiveFrame')).to.equal(true);
  });
});
