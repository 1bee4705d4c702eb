// Generated from custom-elements.json by `npm run manifest`. Do not edit.
//
// React 19 JSX typings for the wwe-kit elements. React 19 passes a prop to a custom element this way
// (react-dom, setPropOnCustomElement): `on` + the event name listens to that event, so the
// `wwe-toast-button` event is `onwwe-toast-button`; a prop the element has as a property is assigned to
// the property (`buttons={['Call now', 'Later']}`); any other prop becomes an attribute
// (`icon-url="…"`). Import the define modules (`@wwe-kit/elements/define/<name>`) before React renders:
// an element not yet defined has none of its properties, and React would set attributes instead.
// Bring them in with a type-only import, which leaves nothing in the bundle: `import type {} from '@wwe-kit/elements/jsx';`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { WweAgentStateElement } from '@wwe-kit/elements';
import type { WweBridgeElement } from '@wwe-kit/elements';
import type { WweCallRecordingElement } from '@wwe-kit/elements';
import type { WweCaseListElement } from '@wwe-kit/elements';
import type { WweDialPadElement } from '@wwe-kit/elements';
import type { WweOutboundPreviewElement } from '@wwe-kit/elements';
import type { WweRecordFieldsElement } from '@wwe-kit/elements';
import type { WweToastTriggerElement } from '@wwe-kit/elements';
import type { WweUserDataElement } from '@wwe-kit/elements';

/** The event an element declares for `name` in the global event map (`declare global`), else a plain Event. */
type WweEventOf<Name extends string> = Name extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[Name] : Event;

/** React's props for any element, with this element's own props in place of any of the same name. */
// (Wwe-prefixed: inside `declare module 'react'` a name like `Element` would resolve to React's JSX.Element.)
type WweProps<T, Own> = Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, keyof Own> & Partial<Own>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** The agent's state, and a menu of the states to change to. */
      "wwe-agent-state": WweProps<WweAgentStateElement, {
        /** See the `media` attribute. */
        "media": WweAgentStateElement["media"];
        /** See the `label` attribute. */
        "label": WweAgentStateElement["label"];
        /** Reflects the current state's type (`READY`, `NOT_READY`…), for styling. */
        "type": WweAgentStateElement["type"];
        /** A state the agent chose was applied by Workspace. */
        "onwwe-state-change": (event: WweEventOf<"wwe-state-change">) => void;
      }>;
      /** The page's one connection to Workspace, shared by the elements inside. */
      "wwe-bridge": WweProps<WweBridgeElement, {
        /** The Workspace origin to pin, e.g. `https://wwe.example.com`. Default: inferred from the embedding page. */
        "host-origin": string;
        /** The `host-origin` attribute, as a property. */
        "hostOrigin": WweBridgeElement["hostOrigin"];
        /** Milliseconds before a request fails; 0 for never. Default 10000. */
        "timeout": WweBridgeElement["timeout"];
        /** `connecting`, `ready` or `error`; reflected as the `state` attribute. */
        "state": WweBridgeElement["state"];
        /** The bridge; set it to share a client you made, or read the one this element made. */
        "client": WweBridgeElement["client"];
        /** What went wrong when `state` is `error`. */
        "message": WweBridgeElement["message"];
        /** The connection state changed. */
        "onwwe-bridge-state": (event: WweEventOf<"wwe-bridge-state">) => void;
      }>;
      /** Start, pause, resume and stop the recording of a call. */
      "wwe-call-recording": WweProps<WweCallRecordingElement, {
        /** The voice call whose recording is shown. */
        "interaction-id": string;
        /** The voice call whose recording is shown. */
        "interactionId": WweCallRecordingElement["interactionId"];
        /** The call's recording state, reflected as `recording-state` (read-only). */
        "recording-state": string;
        /** The call's recording state, reflected as `recording-state` (read-only). */
        "recordingState": WweCallRecordingElement["recordingState"];
        /** Workspace accepted a start, pause, resume or stop. */
        "onwwe-recording-change": (event: WweEventOf<"wwe-recording-change">) => void;
      }>;
      /** The agent's cases, and the one selected in Workspace. */
      "wwe-case-list": WweProps<WweCaseListElement, {
        /** The accessible name of the list. */
        "label": WweCaseListElement["label"];
        /** Workspace selected the case the user chose. */
        "onwwe-case-select": (event: WweEventOf<"wwe-case-select">) => void;
      }>;
      /** Dial a number through Workspace. */
      "wwe-dial-pad": WweProps<WweDialPadElement, {
        /** The destination. */
        "value": WweDialPadElement["value"];
        /** The label of the destination field. Unset: "Number to dial", or "Number to consult" with `consult-for`. */
        "label": WweDialPadElement["label"];
        /** Attached data for the call. */
        "user-data": string;
        /** Attached data for the call. */
        "userData": WweDialPadElement["userData"];
        /** Extensions for the call; `voice.dialEx` is used when set. */
        "extensions": WweDialPadElement["extensions"];
        /** An interaction id: the pad consults from that interaction (interaction.consult) instead of dialling. Unset, it dials. */
        "consult-for": string;
        /** An interaction id: the pad consults from that interaction (interaction.consult) instead of dialling. Unset, it dials. */
        "consultFor": WweDialPadElement["consultFor"];
        /** Workspace accepted the call or the consultation (`detail.consultFor` names the interaction consulted from). */
        "onwwe-dial": (event: WweEventOf<"wwe-dial">) => void;
      }>;
      /** Work an outbound preview record from request to reschedule. */
      "wwe-outbound-preview": WweProps<WweOutboundPreviewElement, {
        /** See the `campaign` attribute. */
        "campaign": WweOutboundPreviewElement["campaign"];
        /** An interaction of the record to show and act on (its preview or its call); '' for the record the agent is working on. Set by `interaction-id`. */
        "interaction-id": string;
        /** An interaction of the record to show and act on (its preview or its call); '' for the record the agent is working on. Set by `interaction-id`. */
        "interactionId": WweOutboundPreviewElement["interactionId"];
        /** A request the agent made succeeded. */
        "onwwe-preview-action": (event: WweEventOf<"wwe-preview-action">) => void;
      }>;
      /** Edit the fields of an outbound record. */
      "wwe-record-fields": WweProps<WweRecordFieldsElement, {
        /** An interaction of the record to show (its preview or its call); '' for the record the agent is working on. Set by `interaction-id`. */
        "interaction-id": string;
        /** An interaction of the record to show (its preview or its call); '' for the record the agent is working on. Set by `interaction-id`. */
        "interactionId": WweRecordFieldsElement["interactionId"];
        /** Workspace accepted an update. */
        "onwwe-fields-saved": (event: WweEventOf<"wwe-fields-saved">) => void;
      }>;
      /** Pops up a Workspace toast and reports its button clicks. */
      "wwe-toast-trigger": WweProps<WweToastTriggerElement, {
        /** The toast's title (this element's own tooltip is not shown). */
        "title": WweToastTriggerElement["title"];
        /** The subject line. */
        "subject": WweToastTriggerElement["subject"];
        /** The message. */
        "message": WweToastTriggerElement["message"];
        /** The icon of the title bar. */
        "icon-url": string;
        /** The `icon-url` attribute, as a property. */
        "iconUrl": WweToastTriggerElement["iconUrl"];
        /** Button labels, as a JSON array or a comma-separated list. Workspace shows them [2]…[N] [1]. */
        "buttons": WweToastTriggerElement["buttons"];
        /** Show "Show" and "Dismiss" instead of the buttons. */
        "button-show-dismiss": boolean;
        /** The `button-show-dismiss` attribute, as a property. */
        "buttonShowDismiss": WweToastTriggerElement["buttonShowDismiss"];
        /** Milliseconds before the toast closes by itself; 0 keeps it. */
        "auto-close-timeout": number | string;
        /** The `auto-close-timeout` attribute, as a property. */
        "autoCloseTimeout": WweToastTriggerElement["autoCloseTimeout"];
        /** Also send the toast to the agent's My Messages. */
        "send-to-my-message": boolean;
        /** The `send-to-my-message` attribute, as a property. */
        "sendToMyMessage": WweToastTriggerElement["sendToMyMessage"];
        /** Width in pixels (wins over service-client-api.toast.width). */
        "width": WweToastTriggerElement["width"];
        /** Key/value pairs, as a JSON object. */
        "key-values": string;
        /** The `key-values` attribute, as a property. */
        "keyValues": WweToastTriggerElement["keyValues"];
        /** The agent clicked a button of this element's toast. */
        "onwwe-toast-button": (event: WweEventOf<"wwe-toast-button">) => void;
      }>;
      /** The attached data of an interaction, with the editable keys as inputs. */
      "wwe-user-data": WweProps<WweUserDataElement, {
        /** The interaction whose attached data is shown. */
        "interaction-id": string;
        /** The interaction whose attached data is shown. */
        "interactionId": WweUserDataElement["interactionId"];
        /** The keys to show, in that order; empty: every key this page may read. */
        "keys": WweUserDataElement["keys"];
        /** The keys the user may set and remove. */
        "editable": WweUserDataElement["editable"];
        /** The caption of the table. */
        "label": WweUserDataElement["label"];
        /** Workspace accepted a save (`interaction.setUserData`). */
        "onwwe-user-data-saved": (event: WweEventOf<"wwe-user-data-saved">) => void;
        /** Workspace accepted a removal (`interaction.deleteUserData`). */
        "onwwe-user-data-deleted": (event: WweEventOf<"wwe-user-data-deleted">) => void;
      }>;
    }
  }
}
