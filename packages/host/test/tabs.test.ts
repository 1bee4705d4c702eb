// Two Workspace tabs of one agent session (two same-origin windows, each with its ServiceHost):
// leader election with the Web Locks API, failover, frame-state events, messenger across tabs.
// Each tab's probe view listens from the moment it opens, so every change a test waits for is an
// event it awaits in the probe: nothing polls, however slow the machine.
import { expect } from '@open-wc/testing';
import { controller, waitForReady } from '../../../test/helpers/controls.js';
import { samplesOf } from '../../../test/helpers/samples.js';

interface Tab {
  readonly iframe: HTMLIFrameElement;
  control<T = unknown>(name: string, fields?: Record<string, unknown>): Promise<T>;
  /** Sends a control to the tab's probe view. */
  probe<T = unknown>(name: string, fields?: Record<string, unknown>): Promise<T>;
}

/** An event the probe view of a tab received through its bridge. */
interface TabEvent {
  readonly event: string;
  readonly data: unknown;
}

/** What each tab's probe view listens to, from the start. */
const listened = ['system', 'messenger:crm', 'messenger:marker'];

async function openTab(session: string): Promise<Tab> {
  const iframe = document.createElement('iframe');
  iframe.src = `/test/fixtures/host-tab.html?session=${session}`;
  const ready = waitForReady(() => iframe.contentWindow);
  document.body.append(iframe);
  await ready;
  const control = controller(iframe.contentWindow!);
  await control('openProbe');
  const tab: Tab = { iframe, control, probe: (name, fields = {}) => control('probe', { name, fields }) };
  // One listen only: each adds a recorder in the probe, and a second would record every event twice.
  await tab.probe('listen', { names: listened });
  return tab;
}

const stateOf = async (tab: Tab) => (await tab.control<{ frameState: string }>('state')).frameState;
const ask = async (tab: Tab, name: string) => (await tab.probe<{ data?: unknown }>('call', { name })).data;
const eventsOf = (tab: Tab) => tab.probe<TabEvent[]>('events');
const frameStateOf = (event: TabEvent) =>
  event.event === 'system' ? (event.data as { frameState?: string }).frameState : undefined;

/**
 * Resolves with the probe's events once one at index `from` or later fits. Each step awaits the
 * next event in the probe (`events` with a count), so this waits for events, never for time.
 */
async function eventFrom(tab: Tab, fits: (event: TabEvent) => boolean, from = 0): Promise<TabEvent[]> {
  for (let index = from; ; index++) {
    const events = await tab.probe<TabEvent[]>('events', { count: index + 1 });
    if (fits(events[index]!)) return events;
  }
}

/**
 * Resolves once the tab's host is in `state`. Its probe hears system events from the start: when the
 * state does not hold yet, the change to it comes later, as a frame-state event the probe receives.
 */
async function reaches(tab: Tab, state: string): Promise<void> {
  const from = (await eventsOf(tab)).length;
  if ((await stateOf(tab)) === state) return;
  await eventFrom(tab, (event) => frameStateOf(event) === state, from);
}

/**
 * Broadcasts a marker from one tab to the other and resolves once the other's view hears it. Tabs
 * talk over one BroadcastChannel, which keeps the order of one sender's messages: the other tab
 * has handled everything `from` posted before the marker.
 */
async function marker(from: Tab, to: Tab): Promise<void> {
  const seen = (await eventsOf(to)).length;
  expect(
    await from.probe('call', { name: 'messenger.broadcastMessage', parameters: ['marker', seen] }),
  ).to.not.have.property('error');
  await eventFrom(to, (event) => event.event === 'messenger:marker', seen);
}

describe('ServiceHost: several Workspace tabs of one session', () => {
  const tabs: Tab[] = [];
  const open = async (session: string) => {
    const tab = await openTab(session);
    tabs.push(tab);
    return tab;
  };
  afterEach(() => {
    for (const tab of tabs.splice(0)) tab.iframe.remove();
  });

  it('elects one leader, answers the frame questions, and fails over when the leader closes', async () => {
    const session = `election-${Math.random().toString(36).slice(2)}`;
    const first = await open(session);
    await reaches(first, 'LEADING');
    const second = await open(session);
    await reaches(second, 'FOLLOWING');
    expect(await stateOf(first)).to.equal('LEADING');

    expect(await ask(first, 'system.isFrameLeading')).to.equal(true);
    expect(await ask(first, 'system.isFrameLeadingOrNegotiating')).to.equal(true);
    expect(await ask(second, 'system.isFrameLeading')).to.equal(false);
    expect(await ask(second, 'system.isFrameFollowing')).to.equal(true);
    expect(await ask(second, 'system.isFrameNegotiating')).to.equal(false);

    const before = (await eventsOf(second)).length;
    first.iframe.remove();
    const events = await eventFrom(second, (event) => frameStateOf(event) === 'LEADING', before);
    expect(await stateOf(second)).to.equal('LEADING');
    // On the way it may pass NEGOTIATING (the leader said it resigns), and nothing else.
    const states = events
      .slice(before)
      .map(frameStateOf)
      .filter((state) => state !== undefined);
    expect(states.filter((state) => state !== 'NEGOTIATING')).to.deep.equal(['LEADING']);
    expect(await ask(second, 'system.isFrameLeading')).to.equal(true);
    // The frame-state sample of the reference (002:662) is what the frame receives.
    const [leading] = samplesOf('event').filter(
      (entry) =>
        entry.namespace === 'system' && (entry.event!['data'] as { frameState?: string }).frameState === 'LEADING',
    );
    expect(leading, 'the reference has a LEADING sample').to.not.equal(undefined);
    expect(events).to.deep.include({ event: leading!.event!['event'], data: leading!.event!['data'] });
  });

  it('carries messenger messages across tabs, once each', async () => {
    const session = `messenger-${Math.random().toString(36).slice(2)}`;
    const [sender, receiver] = [await open(session), await open(session)];
    const message = { caller: 'Ada', score: 3 };
    expect(
      await sender.probe('call', { name: 'messenger.broadcastMessage', parameters: ['crm', message] }),
    ).to.not.have.property('error');
    expect(
      await sender.probe('call', { name: 'messenger.broadcastMessage', parameters: ['crm', 'marker'] }),
    ).to.not.have.property('error');
    // The marker, sent later on the same channel, arrives later: by then the message came, and came once.
    const events = await eventFrom(receiver, (event) => event.event === 'messenger:crm' && event.data === 'marker');
    expect(events.filter((event) => event.event === 'messenger:crm')).to.deep.equal([
      { event: 'messenger:crm', data: message },
      { event: 'messenger:crm', data: 'marker' },
    ]);
  });

  it('knows the last active tab from focus', async () => {
    const session = `active-${Math.random().toString(36).slice(2)}`;
    const first = await open(session);
    const second = await open(session);
    await first.control('focus');
    await marker(first, second);
    expect(await ask(second, 'system.isLastActiveFrame')).to.equal(false);
    expect(await ask(first, 'system.isLastActiveFrame')).to.equal(true);
    await second.control('focus');
    await marker(second, first);
    expect(await ask(first, 'system.isLastActiveFrame')).to.equal(false);
    expect(await ask(second, 'system.isLastActiveFrame')).to.equal(true);
  });
});
