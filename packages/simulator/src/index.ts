/**
 * @wwe-kit/simulator — the embedded default Workspace behind `@wwe-kit/host`:
 * every request of the reference answered as documented, every event at its
 * moment, with seeded ids, an injectable clock, scenarios and fault injection.
 */
export { WorkspaceSimulator, type SimulatorOptions } from './simulator.js';
export { ManualClock, realClock, type SimulatorClock } from './clock.js';
export { IdSource } from './ids.js';
export { FaultInjector, type Fault } from './faults.js';
export { Runtime } from './runtime.js';
export { AgentModel, PARTIAL_READY_OPERATION, type AgentSetup } from './agent/agent.js';
export { defaultActionCodes, knownActions, stateList, type ActionCode, type ListedState } from './agent/state-list.js';
export { ToastModel, displayedButtons, type MyMessage, type Toast } from './system/toasts.js';
export { SystemViews, type Dialog } from './system/views.js';
export { ConfigurationModel, parsePattern, type Transactions } from './configuration.js';
export { AuthModel, TOKEN_LIFETIME_MS } from './auth.js';
export { InteractionStore, type InteractionRecord } from './interactions/store.js';
export { VoiceModel, type InboundCall, type VoiceSetup } from './interactions/voice.js';
export { OpenMediaModel, type OpenMediaArrival } from './interactions/open-media.js';
export { TransferModel } from './interactions/transfers.js';
export { checkPhoneNumber, destinationOf, isPhoneNumber, keyValues, type Destination } from './interactions/targets.js';
export { InteractionRequests, type MarkdoneHook } from './interactions/requests.js';
export { errors } from './errors.js';
export { CampaignModel } from './outbound/campaigns.js';
export { PreviewModel } from './outbound/preview.js';
export { RecordRequests } from './outbound/records-requests.js';
export { callResults, createChain, recordUserData, type RecordSeed } from './outbound/records.js';
export {
  defaultFields,
  phoneTypes,
  recordFields,
  validateUpdate,
  parseDate,
  type FieldDefinition,
} from './outbound/fields.js';
export { contextOf, previewCallType, type PreviewMode, type RecordContext } from './outbound/context.js';
export { Scenarios } from './scenarios.js';
export { Desk, type DeskAction, type DeskActions, type DeskModels } from './desk.js';
