// System namespace through the real bridge, host and simulator; the reference's samples as fixtures.
import { expect } from '@esm-bundle/chai';
import { requestMessage, type Probe } from '../probe.js';
import { sample } from '../samples.js';
import { sameOrigin } from '../origins.js';
import { type Workspace, openOptions } from '../workspace.js';
import { displayedButtons } from '@wwe-kit/simulator';
import { allEvents, answerTo, eventsSent } from '../events.js';
import type { AreaContext } from '../area.js';
import type { RegisteredFrame, StartedHost } from '../host-under-test.js';

/** The sample request sent as the reference shows it, and the answer without its referenceId. */
async function replay(probe: Probe<RegisteredFrame>, request: string, line: number) {
  const { parameters, response } = sample(request, line);
  return { answer: await answerTo(probe, requestMessage(request, parameters)), response };
}

/** Registers the system area of the contract suite. */
export function systemArea(ctx: AreaContext): void {
  const { describe, it, beforeEach, afterEach } = ctx.mocha;
  describe('contract: system', () => {
    let workspace: Workspace<StartedHost>;
    let probe: Probe<RegisteredFrame>;
    const call = <T>(name: string, ...parameters: unknown[]) => workspace.call<T>(probe, name, ...parameters);

    beforeEach(async () => {
      workspace = await ctx.createWorkspace();
      probe = await workspace.open();
    });
    afterEach(() => workspace.dispose());

    for (const [request, line] of [
      ['system.amIVisible', 1482],
      ['system.openDialog', 1651],
      ['system.updateViewInApplicationMenuBar', 1740],
    ] as const) {
      it(`answers the reference's sample of ${request} (002:${line})`, async () => {
        const { answer, response } = await replay(probe, request, line);
        expect(answer).to.deep.equal(response);
      });
    }

    it('closes what it opened, as the samples do (closeDialog, closeViewInApplicationMenuBar)', async () => {
      await replay(probe, 'system.openDialog', 1651);
      expect((await replay(probe, 'system.closeDialog', 1554)).answer).to.deep.equal(
        sample('system.closeDialog', 1554).response,
      );
      expect(await call('system.closeDialog', 'wweCustomDialog1')).to.equal(false);
      await replay(probe, 'system.updateViewInApplicationMenuBar', 1740);
      expect((await replay(probe, 'system.closeViewInApplicationMenuBar', 1539)).answer).to.deep.equal(
        sample('system.closeViewInApplicationMenuBar', 1539).response,
      );
      expect(await call('system.closeViewInApplicationMenuBar', 'view1')).to.equal(false);
    });

    it('expands $Agent.FullName$ in a dialog label, and answers null without a url', async () => {
      await call('system.openDialog', 'https://crm.example.com/card', { label: 'Dialog $Agent.FullName$' });
      expect([...workspace.simulator.views.dialogs.values()][0]!.options.label).to.equal('Dialog Ada Lovelace');
      expect(await call('system.openDialog', null, {})).to.equal(null);
    });

    it("replaces $Dialog.Id$ in a dialog's url, so its page, from another origin, closes its own dialog with it", async () => {
      const opened = await call<string>(
        'system.openDialog',
        `${sameOrigin()}/test/fixtures/probe.html?close=$Dialog.Id$`,
        {},
      );
      const { url } = workspace.simulator.views.dialogs.get(opened)!;
      expect(url).to.equal(`${sameOrigin()}/test/fixtures/probe.html?close=${opened}`);
      // The shell loads the page in a dialog frame; the page reads its id from its url and closes itself.
      const page = await workspace.open({ origin: sameOrigin(), mode: 'dialog', section: 'Probe' });
      const ownId = new URL(url).searchParams.get('close');
      expect(await workspace.call(page, 'system.closeDialog', ownId)).to.equal(true);
      expect(workspace.simulator.views.dialogs.size).to.equal(0);
    });

    it('amIVisible follows the mode and what the shell reports', async () => {
      const hidden = await workspace.open({ mode: 'hidden' });
      expect(await workspace.call(hidden, 'system.amIVisible')).to.equal(false);
      workspace.simulator.views.visibility.set(probe.frame.frameId, false);
      expect(await call('system.amIVisible')).to.equal(false);
    });

    it('toasts: ids from wweCustomToast0, update and close answer whether the toast was there', async () => {
      expect(
        await call('system.popupToast', { title: 'Caller', message: 'Grace', buttons: ['Open', 'Ignore'] }),
      ).to.equal('wweCustomToast0');
      expect(await call('system.popupToast', { title: 'Second' })).to.equal('wweCustomToast1');
      expect(await call('system.updateToast', 'wweCustomToast0', { message: 'Grace Hopper' })).to.equal(true);
      expect(workspace.simulator.toasts.toasts.get('wweCustomToast0')!.parameters).to.deep.include({
        title: 'Caller',
        message: 'Grace Hopper',
      });
      expect(await call('system.closeToast', 'wweCustomToast1')).to.equal(true);
      expect(await call('system.closeToast', 'wweCustomToast1')).to.equal(false);
      expect(await call('system.updateToast', 'wweCustomToast9', {})).to.equal(false);
    });

    it('a button click reaches the owner frame only, with the index in buttons, and closes the toast', async () => {
      const other = await workspace.open();
      await probe.listen(['system']);
      await other.listen(['system']);
      const id = await call<string>('system.popupToast', { title: 'Caller', buttons: ['Open', 'Ignore'] });
      workspace.simulator.toasts.click(id, 1);
      expect(await allEvents(workspace, probe, 1)).to.deep.equal([
        { event: 'system', data: { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', customToastId: id, buttonIndex: 1 } },
      ]);
      // The other frame heard nothing: the host sent it nothing, and its bridge received nothing before a
      // later answer (the host posts a frame its events before the answer to a request that comes after them).
      expect(eventsSent(workspace, other)).to.equal(0);
      await other.call('agent.get');
      expect(await other.events()).to.deep.equal([]);
      expect(workspace.simulator.toasts.toasts.has(id)).to.equal(false);
    });

    it('shows buttons as [Button 2] … [Button N] [Button 1]; OK alone; Show and Dismiss', () => {
      expect(
        displayedButtons({ buttons: ['One', 'Two', 'Three'] }).map((button) => `${button.label}:${button.index}`),
      ).to.deep.equal(['Two:1', 'Three:2', 'One:0']);
      expect(displayedButtons({})).to.deep.equal([{ label: 'OK', index: 0 }]);
      expect(
        displayedButtons({ buttons: ['One'], buttonShowDismiss: true }).map((button) => button.label),
      ).to.deep.equal(['Show', 'Dismiss']);
    });

    it('closes a toast after autoCloseTimeout, sends it to My Messages, and sizes it', async () => {
      workspace.host.setOptions({
        'interaction-workspace': { ...openOptions, 'service-client-api.toast.width': '420' },
      });
      const id = await call<string>('system.popupToast', {
        title: 'T',
        subject: 'S',
        autoCloseTimeout: 5000,
        sendToMyMessage: true,
      });
      const wide = await call<string>('system.popupToast', { title: 'W', width: 600 });
      expect(workspace.simulator.toasts.toasts.get(id)!.width).to.equal(420);
      expect(workspace.simulator.toasts.toasts.get(wide)!.width).to.equal(600);
      expect(workspace.simulator.toasts.myMessages).to.have.length(1);
      expect(workspace.simulator.toasts.myMessages[0]).to.deep.include({ toastId: id, title: 'T', subject: 'S' });
      workspace.clock.advance(4999);
      expect(workspace.simulator.toasts.toasts.has(id)).to.equal(true);
      workspace.clock.advance(1);
      expect(workspace.simulator.toasts.toasts.has(id)).to.equal(false);
    });

    it('REALTIME_CONNECTION: DISCONNECTED, then RECONNECTED, or DOWN after a minute', async () => {
      await probe.listen(['system']);
      workspace.simulator.views.disconnect();
      workspace.simulator.views.reconnect();
      workspace.simulator.views.disconnect();
      workspace.clock.advance(60_000);
      expect((await allEvents(workspace, probe, 4)).map((entry) => entry.data['state'])).to.deep.equal([
        'DISCONNECTED',
        'RECONNECTED',
        'DISCONNECTED',
        'DOWN',
      ]);
    });

    it('triggerActivity keeps the session; without it the agent is logged out', async () => {
      workspace.clock.advance(29 * 60_000);
      await call('system.triggerActivity');
      workspace.clock.advance(29 * 60_000);
      expect(workspace.simulator.views.expired).to.equal(false);
      workspace.clock.advance(60_000);
      expect(workspace.simulator.views.expired).to.equal(true);
      expect((await call<{ type: string }>('agent.getState')).type).to.equal('LOGOUT');
    });
  });
}
