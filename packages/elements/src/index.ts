/**
 * @wwe-kit/elements — custom elements for Workspace web-content pages, sharing
 * one bridge through Lit context. Import `@wwe-kit/elements/define/<name>` to
 * register a tag, or the classes from here to register them yourself.
 */
export { bridgeContext } from './context.js';
export { WweBridgeElement, type BridgeState, type BridgeStateDetail } from './bridge/bridge.js';
export { WweStore } from './store/store.js';
export { StoreController, MISSING_PROVIDER } from './store/controller.js';
export { resourceRequests, type ResourceName, type ResourceStatus, type ResourceValue } from './store/resources.js';
export { WweAgentStateElement, type StateChangeDetail } from './agent-state/agent-state.js';
export { WweDialPadElement, SUPPORTED_CHARACTERS_OPTION, type DialDetail } from './dial-pad/dial-pad.js';
export { describeFailure } from './shared/errors.js';
export { WweToastTriggerElement, type ToastButtonDetail } from './toast-trigger/toast-trigger.js';
export { WweOutboundPreviewElement, type PreviewActionDetail } from './outbound-preview/outbound-preview.js';
export { WweRecordFieldsElement, type FieldsSavedDetail } from './record-fields/record-fields.js';
export {
  WweCallRecordingElement,
  type RecordingAction,
  type RecordingChangeDetail,
  type RecordingState,
} from './call-recording/call-recording.js';
export { WweUserDataElement, type UserDataDeletedDetail, type UserDataSavedDetail } from './user-data/user-data.js';
export { WweCaseListElement, type CaseSelectDetail } from './case-list/case-list.js';
