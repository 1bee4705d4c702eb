/**
 * Dialogs the views open with `system.openDialog`: each holds its page in an
 * iframe served by the host under the section of the view that opened it.
 * Kept outside the rendered templates so that re-rendering never reloads them.
 */
import type { ClientFrame } from '@wwe-kit/host';
import { cssLength, loadableUrl } from './safe-values.js';
import type { Shell } from './shell.js';

const open = new Map<string, { element: HTMLDialogElement; frame: ClientFrame }>();

/** Adds the dialogs the simulator opened and removes the ones it closed. */
export function syncDialogs(shell: Shell, container: HTMLElement): void {
  const dialogs = shell.simulator.views.dialogs;
  for (const [id, shown] of open) {
    if (dialogs.has(id)) continue;
    shell.host.unregisterFrame(shown.frame);
    shown.element.remove();
    open.delete(id);
  }
  for (const dialog of dialogs.values()) {
    if (open.has(dialog.id)) continue;
    const owner = shell.host.frames.find((frame) => frame.frameId === dialog.ownerFrameId);
    const element = document.createElement('dialog');
    element.dataset['dialog'] = dialog.id;
    // A div, not a header: inside a dialog a header would be a second banner landmark.
    const header = document.createElement('div');
    header.className = 'dialog-head';
    const title = document.createElement('h2');
    title.id = `dialog-title-${dialog.id}`;
    title.textContent = dialog.options.label ?? 'A page opened by a view';
    element.setAttribute('aria-labelledby', title.id);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'secondary small';
    close.textContent = 'Close';
    close.addEventListener('click', () =>
      shell.act(`Dialog “${title.textContent}”`, () => (shell.simulator.views.dialogs.delete(dialog.id), 'closed.')),
    );
    header.append(title, close);
    const iframe = document.createElement('iframe');
    iframe.title = dialog.options.label ?? 'Dialog';
    iframe.style.setProperty('width', cssLength(dialog.options.width, '480px'));
    iframe.style.setProperty('height', cssLength(dialog.options.height, '320px'));
    // Only ever an http(s) page in an iframe: a javascript: url would run as the Workspace itself.
    const url = loadableUrl(dialog.url);
    if (url) iframe.src = url;
    const frame = shell.host.registerFrame({ iframe, section: owner?.section ?? 'dialog', mode: 'dialog', url });
    element.append(header, iframe);
    container.append(element);
    element.show();
    open.set(dialog.id, { element, frame });
  }
}
