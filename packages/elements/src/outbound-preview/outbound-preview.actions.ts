import type { OutboundCapability, RequestName } from '@wwe-kit/protocol';
import { html } from 'lit';
import type { WweOutboundPreviewElement as Preview } from './outbound-preview.js';

type Client = NonNullable<Preview['store']['client']>;
/** The record's actions: label, the capability that enables it, its request, and how to call it. */
const ACTIONS: Array<[string, OutboundCapability, RequestName, (client: Client, id: string, handle: number) => Promise<unknown>]> = [
  ['Accept', 'ACCEPT', 'interaction.accept', (client, id) => client.interaction.accept(id)],
  ['Decline', 'REJECT', 'interaction.reject', (client, id) => client.interaction.reject(id)],
  ['Call', 'CALL', 'outbound.callPreviewRecord', (client, id, handle) => client.outbound.callPreviewRecord(id, handle)],
  ['Reject', 'REJECT_RECORD', 'outbound.rejectPreviewRecord', (client, id) => client.outbound.rejectPreviewRecord(id)],
  ['Cancel', 'CANCEL_RECORD', 'outbound.cancelPreviewRecord', (client, id) => client.outbound.cancelPreviewRecord(id)],
  ['Hang up', 'HANGUP', 'voice.hangUp', (client, id) => client.voice.hangUp(id)],
  ['Mark done', 'MARK_DONE', 'interaction.markdone', (client, id) => client.interaction.markdone(id)],
];

/** The record's action buttons, each enabled by its capability and the page's allowed services. */
export function actions(preview: Preview) {
  const handle = Number(preview.chain[0]?.['GSW_RECORD_HANDLE']);
  return html`<div part="actions">${ACTIONS.map(([label, capability, request, run]) => html`<button
 ?disabled=${Boolean(preview.pending) || !preview.can(capability) || !preview.allows(request)} aria-busy=${preview.pending === request ? 'true' : 'false'}
 @click=${() => preview.act(request, (client, id) => run(client, id, handle))}>${label}</button>`)}</div>`;
}
