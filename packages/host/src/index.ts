/**
 * @wwe-kit/host — the workspace side of the Service Client API: `ServiceHost`
 * serves web-content frames with WWE's security model (accepted origins and
 * filters, rate limits with quarantine, user-data allowlists, multi-tab election).
 */
export { ServiceHost, type ServiceHostOptions } from './host.js';
export {
  BackendError,
  backendFromHandlers,
  notSupportedMessage,
  type EmitOptions,
  type EventSink,
  type HostLink,
  type HostBackend,
  type BackendHandlers,
  type HandlersFor,
  type RequestContext,
  type RequestHandler,
  type RequestHandlers,
} from './backend.js';
export type { ClientFrame, FrameRegistration, FrameWindow } from './frames.js';
export { POPUP_POLL_MS } from './frame-registry.js';
export { peekIncoming, readIncoming, type Incoming, type Peek } from './envelope.js';
export { defaultMessageLimits, inspectMessage, type Inspection, type MessageLimits } from './inspect.js';
export { ignoredReasons, type IgnoredMessage, type IgnoredReason } from './ignored.js';
export { measureMessage, previewMessage, summariseMessage, type MessageSummary } from './message-summary.js';
export {
  OptionDataError,
  WORKSPACE_SECTION,
  optionList,
  readOptionData,
  type OptionData,
  type OptionInput,
  type OptionSection,
} from './options.js';
export {
  DEFAULT_QUARANTINE_SECONDS,
  SECURITY_OPTION_PREFIX,
  optionNames,
  readSettings,
  type ServiceClientSettings,
} from './settings.js';
export {
  AccessPolicy,
  ALWAYS_ANSWERED,
  WORKSPACE_TAB_REQUEST,
  frameModes,
  type FrameMode,
  type Grant,
} from './policy/access.js';
export { explicitOnlyRequests, parseAcceptedOrigins, type OriginRule } from './policy/origins.js';
export { EventPolicy, type EventAudience } from './policy/events.js';
export { SUBSCRIPTION_LIMITS, subscribeNamesRefusal, subscribeRefusal, type Subscriber } from './policy/subscribe.js';
export { OptionReadPolicy, readsOptions } from './policy/option-reading.js';
export { cssColorProblem, cssLengthProblem, renderedValueRefusal, webUrlProblem } from './policy/rendered-values.js';
export { MAX_ITEMS_PER_KIND, UiItemOwners, type OwnershipDecision } from './policy/ui-items.js';
export { RateLimiter, type Clock, type RateDecision, type RateSettings } from './policy/rate-limit.js';
export { filterUserData } from './policy/read-filter.js';
export { writeRefusal, writtenKeys } from './policy/user-data.js';
export { TabCoordinator, type FrameState, type TabCoordinatorOptions } from './tabs.js';
export { trafficKinds, type TrafficEntry, type TrafficKind } from './traffic.js';
