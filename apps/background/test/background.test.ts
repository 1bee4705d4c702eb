// The background view (apps/background) in a real cross-origin hidden frame, against the real host and
// simulator with the shell's default option data: lookups, user data, toasts and broadcasts.
import { expect } from '@open-wc/testing';
import { callerChannel, callerRequestChannel } from '../../shared/customers.js';
import {
  deliveredTo,
  exchange,
  openApp,
  requested,
  optionsWith,
  defaultOptions,
  type AppFrame,
} from '../../tab/test/app-frame.js';
import type { Probe } from '../../../test/helpers/probe.js';
import { createWorkspace, type Workspace } from '../../../test/helpers/workspace.js';

const numbers = {
  mary: '+442071234567',
  grace: '+12025550143',
  alan: '+441619876543',
  katherine: '+17575550188',
  edsger: '+31205550111',
  unknown: '+15550000000',
};

describe('apps/background: caller lookup', () => {
  let workspace: Workspace;
  let view: AppFrame;
  let subscriber: Probe;

  /**
   * A workspace with the given option data, a probe (a tab view) listening on the caller channel
   * (`listen: false` where Workspace refuses the origin), the calls `before` rings, then the background view.
   */
  const start = async (
    options: Awaited<ReturnType<typeof defaultOptions>>,
    { before = () => undefined, listen = true }: { before?: () => void; listen?: boolean } = {},
  ) => {
    workspace = createWorkspace(options);
    subscriber = await workspace.open({ section: 'CustomerTab' });
    if (listen) await subscriber.listen([`messenger:${callerChannel}`]);
    before();
    view = await openApp(workspace.host, 'background/index.html', 'CallerLookup', 'background');
    // The status line leaves 'connecting' once the view listens, or once Workspace refused it.
    await view.waitFor('#status', 'attribute', 'connecting', { name: 'data-state', not: true });
  };
  afterEach(() => {
    // A test that failed in start() may have neither.
    view?.remove();
    workspace?.dispose();
  });

  const crmDataOf = (id: string) =>
    Object.fromEntries(
      Object.entries(workspace.simulator.interactions.get(id).interaction.userData).filter(([key]) =>
        key.startsWith('CRM_'),
      ),
    );
  const toastSubjects = () => [...workspace.simulator.toasts.toasts.values()].map((toast) => toast.parameters.subject);
  const broadcasts = async () =>
    (await subscriber.events())
      .filter((event) => event.event === `messenger:${callerChannel}`)
      .map(
        (event) =>
          event.data as unknown as { interactionId: string; phoneNumber: string; customer: { name: string } | null },
      );
  /** Resolves once the subscriber has received the `count`th broadcast about `interactionId`. */
  const broadcastReached = (interactionId: string, count = 1) =>
    deliveredTo(
      workspace,
      subscriber,
      (message) =>
        message['event'] === `messenger:${callerChannel}` &&
        (message['data'] as { interactionId?: unknown } | null)?.interactionId === interactionId,
      count,
    );
  /**
   * A call that rings last: once Workspace has answered its toast and the subscriber has its broadcast,
   * everything the view did for the calls before it has arrived too (the view sends each call's requests
   * in the order the calls rang, and Workspace answers them in that order).
   */
  const sentinel = async (ani = numbers.edsger, subject = 'Edsger Dijkstra') => {
    const id = workspace.simulator.scenario.inboundCall(ani);
    const toast = await exchange(
      workspace,
      'system.popupToast',
      ([parameters]) => (parameters as { subject?: unknown }).subject === subject,
    );
    expect(toast.answer.kind).to.equal('answer');
    await broadcastReached(id);
    return id;
  };

  it('identifies several calls ringing at once, each exactly once, and ignores calls that are not ringing', async () => {
    let early = '';
    let answered = '';
    await start(await defaultOptions(), {
      before: () => {
        answered = workspace.simulator.scenario.inboundCall(numbers.grace);
        workspace.simulator.voice.answer(answered);
        early = workspace.simulator.scenario.inboundCall(numbers.alan);
      },
    });
    expect(await view.attribute('#status', 'data-state')).to.equal('listening');

    const { simulator } = workspace;
    const mary = simulator.scenario.inboundCall(numbers.mary);
    const katherine = simulator.scenario.inboundCall(numbers.katherine);
    const unknown = simulator.scenario.inboundCall(numbers.unknown);
    const dialled = simulator.voice.dial(numbers.mary).interaction.interactionId;
    // Workspace reports RINGING again for a call already looked up.
    simulator.interactions.raise(simulator.interactions.get(mary), 'RINGING');
    const edsger = await sentinel();

    expect(crmDataOf(mary)).to.deep.equal({
      CRM_CustomerId: 'C-1001',
      CRM_CustomerName: 'Mary Jackson',
      CRM_Tier: 'Gold',
      CRM_Lookup: 'found',
    });
    expect(crmDataOf(katherine)).to.deep.equal({
      CRM_CustomerId: 'C-1004',
      CRM_CustomerName: 'Katherine Johnson',
      CRM_Tier: 'Gold',
      CRM_Lookup: 'found',
    });
    expect(crmDataOf(unknown)).to.deep.equal({ CRM_Lookup: 'unknown' });
    expect(crmDataOf(early)).to.deep.equal({
      CRM_CustomerId: 'C-1003',
      CRM_CustomerName: 'Alan Turing',
      CRM_Tier: 'Bronze',
      CRM_Lookup: 'found',
    });
    expect(crmDataOf(edsger)).to.include({ CRM_CustomerId: 'C-1005' });
    expect(crmDataOf(answered)).to.deep.equal({});
    expect(crmDataOf(dialled)).to.deep.equal({});

    expect(toastSubjects().sort()).to.deep.equal([
      'Alan Turing',
      'Edsger Dijkstra',
      'Katherine Johnson',
      'Mary Jackson',
      'Unknown caller',
    ]);
    const maryToast = [...simulator.toasts.toasts.values()].find(
      (toast) => toast.parameters.subject === 'Mary Jackson',
    )!;
    expect(maryToast.parameters.message).to.equal('Gold customer since 2015 · +442071234567');
    expect(maryToast.ownerFrameId).to.equal(view.frame.frameId);

    const messages = await broadcasts();
    expect(messages.map((message) => message.interactionId).sort()).to.deep.equal(
      [mary, early, katherine, unknown, edsger].sort(),
    );
    expect(messages.find((message) => message.interactionId === mary)).to.deep.include({ phoneNumber: numbers.mary });
    expect(messages.find((message) => message.interactionId === mary)!.customer).to.deep.include({
      id: 'C-1001',
      name: 'Mary Jackson',
      tier: 'Gold',
    });
    expect(messages.find((message) => message.interactionId === unknown)).to.deep.equal({
      interactionId: unknown,
      phoneNumber: numbers.unknown,
      customer: null,
    });

    expect(await view.texts('#log li[data-kind=identified]')).to.have.length(5);
    expect(await view.axe()).to.deep.equal([]);
  });

  it('still toasts and broadcasts when Workspace refuses the user data, and logs the refusal verbatim', async () => {
    await start(await optionsWith({ 'service-client-api.user-data.write-allowed': 'CRM_Notes' }));
    const mary = workspace.simulator.scenario.inboundCall(numbers.mary);
    await sentinel();

    expect(crmDataOf(mary)).to.deep.equal({});
    expect(toastSubjects()).to.include('Mary Jackson');
    expect((await broadcasts()).map((message) => message.interactionId)).to.include(mary);
    const refusal = await view.text(`#log li[data-kind=refused][data-interaction="${mary}"]`);
    expect(refusal).to.match(
      new RegExp(
        `Interaction ${mary}: interaction\\.setUserData refused: Request 'interaction\\.setUserData' refused: .*'CRM_CustomerId'.*service-client-api\\.user-data\\.write-allowed`,
      ),
    );
    expect(await view.text(`#log li[data-kind=attached][data-interaction="${mary}"]`)).to.equal(null);
  });

  it('drops a call removed while its lookup is under way: no toast, no broadcast for it', async () => {
    await start(await defaultOptions());
    const { simulator } = workspace;
    // Workspace holds the lookup's save until the fake clock moves.
    simulator.faults.delay('interaction.setUserData', 1000);
    const doomed = simulator.scenario.inboundCall(numbers.mary);
    const isDoomed = ([interactionId]: unknown[]) => interactionId === doomed;
    // Its lookup is under way once its save reached Workspace.
    await requested(workspace, 'interaction.setUserData', isDoomed);
    await workspace.call(subscriber, 'interaction.reject', doomed);
    // The view logs the removal as it stops the lookup.
    await view.waitFor(`#log li[data-kind=info][data-interaction="${doomed}"]`, 'text', null, { not: true });
    simulator.faults.clear();
    workspace.clock.advance(1000);
    // Workspace answers the held save now, before the sentinel rings: a view that kept the call would
    // send its toast and broadcast ahead of the sentinel's.
    await exchange(workspace, 'interaction.setUserData', isDoomed);
    await sentinel(numbers.grace, 'Grace Hopper');

    expect(toastSubjects()).to.deep.equal(['Grace Hopper']);
    expect((await broadcasts()).map((message) => message.interactionId)).not.to.include(doomed);
  });

  it('tells a view that asks on the request channel what it found, for live interactions only', async () => {
    await start(await defaultOptions());
    const mary = await sentinel(numbers.mary, 'Mary Jackson');
    await workspace.call(subscriber, 'messenger.broadcastMessage', callerRequestChannel, { interactionId: mary });
    await broadcastReached(mary, 2);
    const [first, again] = (await broadcasts()).filter((message) => message.interactionId === mary);
    expect(again).to.deep.equal(first);

    // Unknown, removed, or malformed questions get no answer; the sentinel call orders the check.
    await workspace.call(subscriber, 'interaction.reject', mary);
    for (const question of [{ interactionId: mary }, { interactionId: '99' }, 'who?']) {
      await workspace.call(subscriber, 'messenger.broadcastMessage', callerRequestChannel, question);
    }
    const grace = await sentinel(numbers.grace, 'Grace Hopper');
    expect((await broadcasts()).map((message) => message.interactionId)).to.deep.equal([mary, mary, grace]);
  });

  it('says why it is not listening when Workspace does not accept its origin', async () => {
    // The probe shares the view's origin, so Workspace refuses its listening too.
    await start(
      await optionsWith({ 'service-client-api.accepted-web-content-origins': 'http://elsewhere.example.com' }),
      { listen: false },
    );
    expect(await view.attribute('#status', 'data-state')).to.equal('error');
    expect(await view.text('#status')).to.match(/^Not listening: Workspace refused .*accepted-web-content-origins/);
  });
});
