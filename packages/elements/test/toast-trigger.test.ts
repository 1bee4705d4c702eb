// <wwe-toast-trigger> in a cross-origin page, against the real host and simulator.
import { expect } from '@open-wc/testing';
import { openElementsPage, type ElementsPage } from '../../../test/helpers/elements.js';
import { until } from '../../../test/helpers/probe.js';
import { sameOrigin } from '../../../test/helpers/responder.js';
import { openOptions } from '../../../test/helpers/workspace.js';

describe('<wwe-toast-trigger>', () => {
  let page: ElementsPage;
  const show = async (options: Record<string, string> = openOptions) => {
    page = await openElementsPage(options);
    await page.render(`<wwe-bridge host-origin="${sameOrigin()}">
      <wwe-toast-trigger title="Caller" subject="Grace Hopper" message="Premium customer" buttons='["Open record","Ignore"]'
        auto-close-timeout="30000" send-to-my-message width="420" key-values='{"Account":"42-7"}'>
        <data value="+33123456789">Phone</data>
        <button>Notify the agent</button>
      </wwe-toast-trigger></wwe-bridge>`);
    await until(() => page.sent().includes('system.getAllowedServices'), 'the page connects');
  };
  const toasts = () => [...page.simulator.toasts.toasts.values()];
  afterEach(() => page.dispose());

  it('pops the toast up from a click on the slotted trigger, with every attribute and child key/value', async () => {
    await show();
    await page.control('click', { path: 'wwe-toast-trigger > button' });
    await until(() => toasts().length === 1, 'the toast');
    expect(toasts()[0]!.parameters).to.deep.equal({
      title: 'Caller', subject: 'Grace Hopper', message: 'Premium customer', keyValues: { Account: '42-7', Phone: '+33123456789' },
      buttons: ['Open record', 'Ignore'], buttonShowDismiss: false, autoCloseTimeout: 30000, sendToMyMessage: true, width: 420,
    });
    expect(toasts()[0]!.width).to.equal(420);
    expect(await page.control('axe', { path: 'wwe-toast-trigger' })).to.deep.equal([]);
  });

  it('fires wwe-toast-button with the index and label of the clicked button', async () => {
    await show();
    await page.control('click', { path: 'wwe-toast-trigger > button' });
    await until(() => toasts().length === 1, 'the toast');
    page.simulator.scenario.clickToast(toasts()[0]!.id, 1);
    await until(async () => (await page.control<Array<{ type: string }>>('events')).some((event) => event.type === 'wwe-toast-button'), 'the event');
    const event = (await page.control<Array<{ type: string; detail: unknown }>>('events')).find((entry) => entry.type === 'wwe-toast-button');
    expect(event!.detail).to.deep.equal({ toastId: 'wweCustomToast0', index: 1, label: 'Ignore' });
  });

  it('updateToast() and close() act on the toast on screen', async () => {
    await show();
    await page.control('invoke', { path: 'wwe-toast-trigger', method: 'show' });
    await until(() => toasts().length === 1, 'the toast');
    page.simulator.toasts.toasts.get('wweCustomToast0')!.parameters.message = 'changed elsewhere';
    expect(await page.control('invoke', { path: 'wwe-toast-trigger', method: 'updateToast' })).to.equal(true);
    expect(toasts()[0]!.parameters.message).to.equal('Premium customer');
    expect(await page.control('invoke', { path: 'wwe-toast-trigger', method: 'close' })).to.equal(true);
    expect(toasts()).to.deep.equal([]);
    expect(await page.control('invoke', { path: 'wwe-toast-trigger', method: 'close' })).to.equal(false);
  });

  it('shows why the toast failed', async () => {
    await show();
    page.simulator.faults.fail('system.popupToast', 'Error: Toasts are off for this agent.');
    await page.control('click', { path: 'wwe-toast-trigger > button' });
    await until(async () => (await page.text('wwe-toast-trigger >> [part=error]')) !== null, 'the error');
    expect(await page.text('wwe-toast-trigger >> [part=error]')).to.equal('Error: Toasts are off for this agent.');
  });

  it('says why it is disabled where the page may not pop toasts', async () => {
    await show({ ...openOptions, 'service-client-api.accepted-web-content-origins': '* (agent.*)' });
    await until(async () => (await page.text('wwe-toast-trigger >> [part=reason]')) !== null, 'the reason');
    expect(await page.text('wwe-toast-trigger >> [part=reason]')).to.equal('This page may not call system.popupToast (service-client-api.accepted-web-content-origins).');
  });
});
