/**
 * Test harness for `<wwe-toast-trigger>`: drives it as a page does (a click on its trigger, its methods)
 * and resolves once Workspace answered and the element rendered the outcome.
 */
import type { ToastButtonDetail } from '@wwe-kit/elements';
import { ElementHarness } from '../interaction-page.js';
import type { ElementsTestPage } from './bridge.js';

export class ToastTriggerHarness extends ElementHarness {
  constructor(
    override readonly page: ElementsTestPage,
    path = 'wwe-toast-trigger',
  ) {
    super(page, path);
  }

  /** Resolves once the element knows what the page may call, and shows it (its button, or why it is disabled). */
  async loaded(): Promise<void> {
    await this.page.answered('system.getAllowedServices');
    await this.updated();
  }

  /** Clicks the element at `selector` in the light DOM (default: the slotted trigger); resolves once Workspace answered the toast and the element rendered. */
  async click(selector = `${this.path} > button`): Promise<void> {
    const count = this.page.sent('system.popupToast').length + 1;
    await this.page.control('click', { path: selector });
    await this.page.answered('system.popupToast', count);
    await this.updated();
  }

  /** Calls `show()`, `updateToast()` or `close()`, answering what it answered. */
  invoke<T = unknown>(method: 'show' | 'updateToast' | 'close'): Promise<T> {
    return this.page.control<T>('invoke', { path: this.path, method });
  }

  /** The detail of the `count`th `wwe-toast-button` event, once the page has heard it. */
  buttonClicked(count = 1): Promise<ToastButtonDetail> {
    return this.page.event<ToastButtonDetail>('wwe-toast-button', count);
  }

  error = () => this.text('[part=error]');
  reason = () => this.text('[part=reason]');
}
