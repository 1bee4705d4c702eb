import type { BackendHandlers } from '@wwe-kit/host';
import type { ToastParameters } from '@wwe-kit/protocol';
import { errors } from '../errors.js';
import type { Runtime } from '../runtime.js';

/** A custom toast on screen, as the shell draws it. */
export interface Toast {
  readonly id: string;
  /** The frame that popped it up: it alone hears the button clicks. */
  readonly ownerFrameId: number;
  parameters: ToastParameters;
  /** The width to draw: the toast's own, else `service-client-api.toast.width`; undefined: the UI default. */
  width: number | undefined;
  /** Cancels the auto-close timer. */
  cancelAutoClose?: () => void;
}

/** A message sent to the agent's My Messages panel (`sendToMyMessage`). */
export interface MyMessage {
  readonly toastId: string;
  readonly title?: string;
  readonly subject?: string;
  readonly message?: string;
  readonly iconUrl?: string;
  readonly keyValues?: Record<string, unknown>;
  readonly time: number;
}

/**
 * The button labels in display order: [Button 2] [Button 3] … [Button N] [Button 1], as the
 * reference says; "OK" alone without buttons; Show and Dismiss with `buttonShowDismiss`.
 * Each entry keeps the index a click reports (the index in `buttons`; -1 for Show and Dismiss).
 */
export function displayedButtons(parameters: ToastParameters): Array<{ label: string; index: number }> {
  if (parameters.buttonShowDismiss)
    return [
      { label: 'Show', index: -1 },
      { label: 'Dismiss', index: -1 },
    ];
  const buttons = parameters.buttons ?? [];
  if (!buttons.length) return [{ label: 'OK', index: 0 }];
  return [...buttons.slice(1).map((label, offset) => ({ label, index: offset + 1 })), { label: buttons[0]!, index: 0 }];
}

/**
 * `popupToast`, `updateToast`, `closeToast`: ids `wweCustomToast0`, `1`…; auto close after
 * `autoCloseTimeout` ms; `sendToMyMessage` copies the toast to My Messages; a button click
 * raises CUSTOM_TOAST_BUTTON_CLICK to the owner frame and closes the toast.
 */
export class ToastModel {
  readonly #runtime: Runtime;
  readonly toasts = new Map<string, Toast>();
  readonly myMessages: MyMessage[] = [];

  constructor(runtime: Runtime) {
    this.#runtime = runtime;
  }

  popup(parameters: ToastParameters, ownerFrameId: number): string {
    const id = `wweCustomToast${this.#runtime.ids.next('toast')}`;
    const toast: Toast = { id, ownerFrameId, parameters: { ...parameters }, width: undefined };
    this.toasts.set(id, toast);
    this.#apply(toast);
    return id;
  }

  update(id: string, parameters: ToastParameters): boolean {
    const toast = this.toasts.get(id);
    if (!toast) return false;
    toast.parameters = { ...toast.parameters, ...parameters };
    this.#apply(toast);
    return true;
  }

  close(id: string): boolean {
    const toast = this.toasts.get(id);
    if (!toast) return false;
    toast.cancelAutoClose?.();
    this.toasts.delete(id);
    return true;
  }

  /** The agent clicks a button (its index in `buttons`; 0 for the lone OK): the owner frame hears it. */
  click(id: string, buttonIndex: number): void {
    const toast = this.toasts.get(id) ?? this.#runtime.fail(errors.toastNotOnScreen(id));
    this.#runtime.emit(
      'system',
      { eventType: 'CUSTOM_TOAST_BUTTON_CLICK', customToastId: id, buttonIndex },
      { frameId: toast.ownerFrameId },
    );
    this.close(id);
  }

  #apply(toast: Toast): void {
    const { parameters } = toast;
    const optionWidth = Number(this.#runtime.option('service-client-api.toast.width'));
    toast.width = parameters.width ?? (optionWidth > 0 ? optionWidth : undefined);
    toast.cancelAutoClose?.();
    toast.cancelAutoClose = undefined;
    if ((parameters.autoCloseTimeout ?? 0) > 0)
      toast.cancelAutoClose = this.#runtime.clock.after(parameters.autoCloseTimeout!, () => this.close(toast.id));
    if (parameters.sendToMyMessage) {
      const { title, subject, message, iconUrl, keyValues } = parameters;
      this.myMessages.push({
        toastId: toast.id,
        title,
        subject,
        message,
        iconUrl,
        keyValues,
        time: this.#runtime.clock.now(),
      });
    }
  }

  handlers() {
    return {
      'system.popupToast': ([parameters], context) => this.popup(parameters, context.frame.frameId),
      'system.updateToast': ([id, parameters]) => this.update(id, parameters),
      'system.closeToast': ([id]) => this.close(id),
    } satisfies Partial<BackendHandlers>;
  }
}
