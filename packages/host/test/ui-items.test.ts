// One web application may not touch another's Workspace UI (issue 11, finding 6): a view from
// another origin rewrites, closes or takes over nothing of another's toasts, dialogs and menu-bar
// views; it is answered as for an unknown id. Two views of two real origins, the real simulator.
import { expect } from '@open-wc/testing';
import type { Probe } from '../../../test/helpers/probe.js';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { openOptions, useWorkspace, type Workspace } from '../../../test/helpers/workspace.js';

describe('host policy: UI items belong to the origin that created them', () => {
  const context = useWorkspace({ 'interaction-workspace': openOptions });
  let workspace: Workspace;
  let owner: Probe;
  let intruder: Probe;
  let toastId: string;
  let dialogId: string;
  beforeEach(async () => {
    ({ workspace, probe: owner } = context);
    intruder = await workspace.open({ origin: sameOrigin(), section: 'Intruder' });
    toastId = await workspace.call(owner, 'system.popupToast', { title: 'Owner', buttons: ['OK'] });
    dialogId = await workspace.call(owner, 'system.openDialog', 'https://crm.example.com/dialog', {});
    await workspace.call(owner, 'system.updateViewInApplicationMenuBar', { name: 'owner-view', label: 'Owner' });
  });

  it("answers another origin's updateToast and closeToast as for an unknown id, and the toast stays the owner's", async () => {
    expect(await workspace.call(intruder, 'system.updateToast', toastId, { title: 'Pay here' })).to.equal(false);
    expect(await workspace.call(intruder, 'system.closeToast', toastId)).to.equal(false);
    expect(workspace.simulator.toasts.toasts.get(toastId)?.parameters.title).to.equal('Owner');
    expect(await workspace.call(owner, 'system.updateToast', toastId, { title: 'Updated' })).to.equal(true);
    expect(workspace.simulator.toasts.toasts.get(toastId)?.parameters.title).to.equal('Updated');
  });

  it("answers another origin's closeDialog as for an unknown id; the owner closes it", async () => {
    expect(await workspace.call(intruder, 'system.closeDialog', dialogId)).to.equal(false);
    expect(workspace.simulator.views.dialogs.has(dialogId)).to.equal(true);
    expect(await workspace.call(owner, 'system.closeDialog', dialogId)).to.equal(true);
    expect(workspace.simulator.views.dialogs.has(dialogId)).to.equal(false);
  });

  it("refuses another origin's menu-bar view name, saying why; answers its close as for an unknown name", async () => {
    const { error } = await intruder.call('system.updateViewInApplicationMenuBar', [
      { name: 'owner-view', label: 'Taken over' },
    ]);
    expect(error?.errorMessage).to.equal(
      "Request 'system.updateViewInApplicationMenuBar' refused: the menu-bar view 'owner-view' belongs to another web application, and a page may change only the menu-bar views its own origin created. Give your menu-bar view a name of its own, e.g. prefixed with your application's name.",
    );
    expect(await workspace.call(intruder, 'system.closeViewInApplicationMenuBar', 'owner-view')).to.equal(false);
    expect(workspace.simulator.views.menuBar.get('owner-view')?.label).to.equal('Owner');
    expect(await workspace.call(owner, 'system.closeViewInApplicationMenuBar', 'owner-view')).to.equal(true);
    // A closed name is free again, for any origin.
    expect(
      await workspace.call(intruder, 'system.updateViewInApplicationMenuBar', {
        name: 'owner-view',
        label: 'Mine now',
      }),
    ).to.equal('owner-view');
  });

  it('lets another view of the same origin act on its items: the rule is per origin', async () => {
    const sibling = await workspace.open({ section: 'Sibling' });
    expect(await workspace.call(sibling, 'system.closeToast', toastId)).to.equal(true);
    expect(await workspace.call(sibling, 'system.closeDialog', dialogId)).to.equal(true);
  });

  it('still sends the click on a toast to its owner only', async () => {
    await owner.listen(['system']);
    await intruder.listen(['system']);
    const ownerHeard = owner.nextEvent();
    workspace.simulator.toasts.click(toastId, 0);
    expect(await ownerHeard).to.deep.include({ event: 'system' });
    expect(
      (await intruder.events()).filter((event) => event.data['eventType'] === 'CUSTOM_TOAST_BUTTON_CLICK'),
    ).to.deep.equal([]);
  });
});
