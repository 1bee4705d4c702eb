// <wwe-toast-trigger> in a cross-origin page, against the real host and simulator.
import { expect } from '@open-wc/testing';
import { openOptions } from '../../../test/helpers/workspace.js';
import { openElementsTestPage, type ElementsTestPage } from './harness/bridge.js';
import { ToastTriggerHarness } from './harness/toast-trigger.js';
import { accepting, mayNotCall } from './interaction-page.js';

describe('<wwe-toast-trigger>', () => {
  let page: ElementsTestPage;
  let trigger: ToastTriggerHarness;
  const show = async (options: Record<string, string> = openOptions) => {
    page = await openElementsTestPage(options);
    await page.render(`
      <wwe-toast-trigger title="Caller" subject="Grace Hopper" message="Premium customer" buttons='["Open record","Ignore"]'
        auto-close-timeout="30000" send-to-my-message width="420" key-values='{"Account":"42-7"}'>
        <data value="+33123456789">Phone</data>
        <button>Notify the agent</button>
      </wwe-toast-trigger>`);
    trigger = new ToastTriggerHarness(page);
    await trigger.loaded();
  };
  const toasts = () => [...page.simulator.toasts.toasts.values()];
  afterEach(() => page.dispose());

  it('pops the toast up from a click on the slotted trigger, with every attribute and child key/value', async () => {
    await show();
    await trigger.click();
    expect(toasts()).to.have.length(1);
    expect(toasts()[0]!.parameters).to.deep.equal({
      title: 'Caller',
      subject: 'Grace Hopper',
      message: 'Premium customer',
      keyValues: { Account: '42-7', Phone: '+33123456789' },
      buttons: ['Open record', 'Ignore'],
      buttonShowDismiss: false,
      autoCloseTimeout: 30000,
      sendToMyMessage: true,
      width: 420,
    });
    expect(toasts()[0]!.width).to.equal(420);
    expect(await trigger.axe()).to.deep.equal([]);
  });

  it('fires wwe-toast-button with the index and label of the clicked button', async () => {
    await show();
    await trigger.click();
    page.simulator.scenario.clickToast(toasts()[0]!.id, 1);
    expect(await trigger.buttonClicked()).to.deep.equal({ toastId: 'wweCustomToast0', index: 1, label: 'Ignore' });
  });

  it('updateToast() and close() act on the toast on screen', async () => {
    await show();
    expect(await trigger.invoke('show')).to.equal('wweCustomToast0');
    expect(toasts()).to.have.length(1);
    page.simulator.toasts.toasts.get('wweCustomToast0')!.parameters.message = 'changed elsewhere';
    expect(await trigger.invoke('updateToast')).to.equal(true);
    expect(toasts()[0]!.parameters.message).to.equal('Premium customer');
    expect(await trigger.invoke('close')).to.equal(true);
    expect(toasts()).to.deep.equal([]);
    expect(await trigger.invoke('close')).to.equal(false);
  });

  it("shows the toast on its way: aria-busy, :state(pending) for the page's CSS, and one toast however often it is clicked meanwhile", async () => {
    await show();
    page.simulator.faults.delay('system.popupToast', 60_000);
    await page.control('click', { path: 'wwe-toast-trigger > button' });
    await page.control('click', { path: 'wwe-toast-trigger > button' });
    await page.asked('system.popupToast');
    await trigger.updated();
    // The page's postMessage of each click's request precedes its answer to the control message.
    expect(page.sent('system.popupToast')).to.have.length(1);
    expect(await page.control('matches', { path: 'wwe-toast-trigger', selector: ':state(pending)' })).to.equal(true);
    page.clock.advance(60_000);
    await page.answered('system.popupToast');
    await trigger.updated();
    expect(toasts()).to.have.length(1);
    expect(await page.control('matches', { path: 'wwe-toast-trigger', selector: ':state(pending)' })).to.equal(false);
    // Once answered, a click pops a new toast.
    page.simulator.faults.clear('system.popupToast');
    expect(await trigger.invoke('show')).to.equal('wweCustomToast1');
  });

  it('shows why the toast failed', async () => {
    await show();
    page.simulator.faults.fail('system.popupToast', 'Error: Toasts are off for this agent.');
    await trigger.click();
    expect(await trigger.error()).to.equal('Error: Toasts are off for this agent.');
  });

  it('says why it is disabled where the page may not pop toasts', async () => {
    await show(accepting('agent.*'));
    expect(await trigger.reason()).to.equal(mayNotCall('system.popupToast'));
  });
});
