/**
 * The object types of the Service Client API reference (002): agent, media,
 * interaction, configuration and outbound namespaces, plus the parameter
 * objects that requests take. Property names and comments follow the reference.
 */

/** Any value that survives `postMessage` and JSON: what user data, messages and records hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A plain key/value object, as used for `userData`, `extensions` and toast `keyValues`. */
export type KeyValues = Record<string, JsonValue>;

/** Agent namespace: the agent's attributes (`agent.get`). */
export interface Agent {
  /** The agent's unique identifier used for routing purposes. */
  employeeId: string;
  firstname: string;
  lastname: string;
  /** The agent's username. This is a global unique ID. */
  username: string;
}

/**
 * The types a media `State` can take. Reference 002 (line 1404) lists four `NOT_READY_A…` rows,
 * each truncated in the PDF to those letters. Three are known from Workspace's events and samples:
 * `NOT_READY_ACTION_CODE`, `NOT_READY_AFTER_CALL_WORK` and `NOT_READY_AFTER_CALL_WORK_ACTION_CODE`.
 * The fourth cannot be read from the text, so it is not listed here.
 * `OUT_OF_SERVICE` and `LOGOUT_DND` are limited to events: they can't be applied by code.
 */
export const stateTypes = [
  'LOGOUT',
  'READY',
  'PARTIAL_READY',
  'NOT_READY',
  'NOT_READY_ACTION_CODE',
  'NOT_READY_AFTER_CALL_WORK',
  'NOT_READY_AFTER_CALL_WORK_ACTION_CODE',
  'DND_ON',
  'OUT_OF_SERVICE',
  'LOGOUT_DND',
] as const;
export type StateType = (typeof stateTypes)[number];

/**
 * The call types of a voice interaction: the five the reference lists (002:1290-1293) and the
 * outbound table's (002:376-388). Other values may come from a newer Workspace: the type stays open.
 */
export const callTypes = [
  'INTERNAL',
  'INBOUND',
  'OUTBOUND',
  'CONSULT',
  'UNKNOWN',
  'OUTBOUND_PREVIEW',
  'OUTBOUND_PUSH_PREVIEW',
] as const;
// `string & {}` keeps the listed values in editors' completion while accepting any other string.
export type CallType = (typeof callTypes)[number] | (string & {});

/** Media namespace: a media state; `operationName` is what `agent.setState`/`media.setState` take. */
export interface State {
  type: StateType;
  displayName: string;
  operationName: string;
}

/** Media namespace: the device configured for a media (voice only). */
export interface Device {
  /** The physical DN configured for the agent. */
  number: string;
  /** The alternate phone number for this session, when there is one. */
  dynamicPhoneNumber?: string;
}

/** Media namespace: a media (voice, chat, email, workitem…) with its state. */
export interface Media {
  name: string;
  state: State;
  device?: Device;
}

/** Interaction namespace: a party of an interaction. */
export interface Party {
  name: string;
}

/** Interaction namespace: the contact attached to an interaction. */
export interface Contact {
  displayName?: string;
  /** Spelled `firstNname` in the reference's table; Workspace sends `firstName`. */
  firstName?: string;
  lastName?: string;
}

/** The interaction states listed in the reference. */
export const interactionStates = [
  'UNKNOWN',
  'IDLE',
  'RINGING',
  'DIALING',
  'TALKING',
  'HELD',
  'PREVIEW',
  'PREVIEWING',
  'INVITED',
  'ACCEPTED',
  'CREATED',
  'PULLED',
  'REVOKED',
  'COMPLETED',
  'ERROR',
  'SAVED',
  'TRANSFERRING',
  'TRANSFER_COMPLETED',
  'INVITED_CONFERENCE',
  'LEFT_CONFERENCE',
  'USER_DATA_ATTACHED',
  'USER_DATA_UPDATED',
  'JOIN_PENDING',
  'JOIN_FAILED',
  'HISTORY_IN_PROGRESS',
  'HISTORY_DONE',
  'CANCELLED',
  'SENT',
  'READY',
  'CANCELED',
  'REJECTED',
] as const;
export type InteractionState = (typeof interactionStates)[number];

/** The capabilities an outbound preview interaction advertises (preview-event table). */
export const outboundCapabilities = [
  'CALL',
  'REJECT_RECORD',
  'CANCEL_RECORD',
  'HANGUP',
  'HOLD',
  'MARK_DONE',
  'ACCEPT',
  'REJECT',
] as const;
export type OutboundCapability = (typeof outboundCapabilities)[number];

/** Interaction namespace: an interaction, with the voice and outbound attributes where they apply. */
export interface Interaction {
  /** Client-side id, lost on the next session or refresh. */
  interactionId: string;
  parentInteractionId?: string | null;
  caseId?: string;
  userData: KeyValues;
  state: InteractionState;
  previousState?: InteractionState;
  parties?: Party[];
  isConsultation?: boolean;
  isMainCaseInteraction?: boolean;
  /** Voice only. */
  callUuid?: string;
  /** Voice only: IN, OUT or UNKNOWN. */
  direction?: 'IN' | 'OUT' | 'UNKNOWN';
  /** Voice: INTERNAL, INBOUND, OUTBOUND, CONSULT or UNKNOWN; outbound: OUTBOUND_PREVIEW, OUTBOUND_PUSH_PREVIEW. */
  callType?: CallType;
  ani?: string;
  dnis?: string;
  recordingState?: 'STOPPED' | 'RECORDING' | 'PAUSED';
  isCaseSelected?: boolean;
  isCaseExpanded?: boolean;
  /** Set on RELEASED when an inbound call was not answered. */
  ronaCallState?: 'REDIRECTED' | 'NO_ANSWER';
  interactionUUID?: string;
  connId?: string;
  contact?: Contact;
  /** The media of the interaction (voice, chat, email, workitem…). */
  media?: string;
  /** Outbound preview interactions: what the agent may do now. */
  capabilities?: OutboundCapability[];
  /** Outbound: the records of the chain, once retrieved. */
  chainedRecords?: OutboundRecord[];
  startDate?: string | null;
  endDate?: string | null;
}

/** Configuration namespace: one option and its value (reference type `Section`). */
export interface Section {
  name: string;
  value: string | string[];
}

/** What `configuration.getOption` answers: option values grouped by section name, as in the samples. */
export type OptionValues = Record<string, Record<string, string | string[]>>;

/** Outbound namespace: a field of an outbound record (`getRecordFields`). */
export interface Field {
  name: string;
  displayName?: string;
  value?: string | number | boolean | null;
  isEditable: boolean;
  isMandatory: boolean;
  /** Present for `enum` fields: value → label. */
  options?: Record<string, string>;
  fieldType?: 'int' | 'float' | 'char' | 'var-char' | 'date' | 'time' | 'bool' | 'enum';
  /** The sample response spells `fieldType` as `type` on one field. */
  type?: string;
  valueType: 'string' | 'number' | 'boolean';
}

/** Outbound namespace: one record of a calling list (`GSW_*` and custom fields). */
export type OutboundRecord = Record<string, JsonValue>;

/** Outbound namespace: what `getChainedRecords` answers. */
export interface ChainedRecords {
  records: OutboundRecord[];
}

/** Outbound namespace: a campaign of the agent (`getCampaigns`). */
export interface Campaign {
  name: string;
  /** Loaded or running, and in which dialing mode once started. */
  state?: 'Loaded' | 'Started' | 'Stopped' | 'Unloaded';
  mode?: string;
  description?: string;
}

/** Outbound namespace: call result name → numeric value (`getListOfCallResults`). */
export type CallResults = Record<string, number>;

/** Auth namespace: the session's JWT (`getJwtToken`). */
export interface JwtToken {
  jwtToken: string;
  /** ISO 8601 date. */
  expiration: string;
}

/** The kinds of target a consult, transfer or conference reaches. */
export type TargetType = 'AGENT' | 'AGENT_GROUP' | 'SKILL' | 'INTERACTION_QUEUE' | 'ROUTING_POINT' | 'CUSTOM_CONTACT';

/**
 * Interaction namespace: the target of a consult, transfer or conference. The consult page
 * of the reference names the kind `target`, the transfer and conference pages `type`: both are accepted.
 */
export type TargetQuery = {
  destination: string;
  /** The media of the consultation, when it differs from the interaction's. */
  media?: string;
} & ({ type: TargetType; target?: TargetType } | { target: TargetType; type?: TargetType });

/** System namespace: what `popupToast` and `updateToast` take. */
export interface ToastParameters {
  title?: string;
  iconUrl?: string;
  subject?: string;
  message?: string;
  keyValues?: KeyValues;
  /** Shown as buttons in the order [Button 2] [Button 3] … [Button N] [Button 1]. */
  buttons?: string[];
  buttonShowDismiss?: boolean;
  /** Milliseconds; 0 or absent keeps the toast open. */
  autoCloseTimeout?: number;
  sendToMyMessage?: boolean;
  /** Pixels; wins over `service-client-api.toast.width`. */
  width?: number;
}

/** System namespace: what `openDialog` takes as options (never null: pass `{}`). */
export interface DialogOptions {
  label?: string;
  /** `px` or `%`. */
  width?: string;
  height?: string;
}

/** System namespace: a custom view of the application menu bar. */
export interface MenuBarView {
  name: string;
  iconUrl?: string;
  label?: string;
  shortLabel?: string;
  tooltip?: string;
  labelColor?: string;
  backgroundColor?: string;
}
