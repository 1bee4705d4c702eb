// Generated from custom-elements.json by `npm run manifest`. Do not edit.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WweAgentStateElement } from './src/agent-state/agent-state.js';
import type { WweBridgeElement } from './src/bridge/bridge.js';
import type { WweDialPadElement } from './src/dial-pad/dial-pad.js';
import type { WweOutboundPreviewElement } from './src/outbound-preview/outbound-preview.js';
import type { WweRecordFieldsElement } from './src/record-fields/record-fields.js';
import type { WweToastTriggerElement } from './src/toast-trigger/toast-trigger.js';

type Element<T, Attributes> = DetailedHTMLProps<HTMLAttributes<T>, T> & Partial<Attributes>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** The agent's state, and a menu of the states to change to. */
      "wwe-agent-state": Element<WweAgentStateElement, { "media": string; "label": string; "type": string; "onwweStateChange": (event: CustomEvent<StateChangeDetail>) => void }>;
      /** The page's one connection to Workspace, shared by the elements inside. */
      "wwe-bridge": Element<WweBridgeElement, { "host-origin": string; "timeout": number | string; "state": string; "onwweBridgeState": (event: CustomEvent<BridgeStateDetail>) => void }>;
      /** Dial a number through Workspace. */
      "wwe-dial-pad": Element<WweDialPadElement, { "value": string; "label": string; "user-data": string; "extensions": string; "onwweDial": (event: CustomEvent<DialDetail>) => void }>;
      /** Work an outbound preview record from request to reschedule. */
      "wwe-outbound-preview": Element<WweOutboundPreviewElement, { "campaign": string; "onwwePreviewAction": (event: CustomEvent<PreviewActionDetail>) => void }>;
      /** Edit the fields of an outbound record. */
      "wwe-record-fields": Element<WweRecordFieldsElement, { "interaction-id": string; "onwweFieldsSaved": (event: CustomEvent<FieldsSavedDetail>) => void }>;
      /** Pops up a Workspace toast and reports its button clicks. */
      "wwe-toast-trigger": Element<WweToastTriggerElement, { "title": string; "subject": string; "message": string; "icon-url": string; "buttons": string; "button-show-dismiss": boolean; "auto-close-timeout": number | string; "send-to-my-message": boolean; "width": number | string; "key-values": string; "onwweToastButton": (event: CustomEvent<ToastButtonDetail>) => void }>;
    }
  }
}
