import {
  backendFromHandlers,
  type EventSink,
  type HostLink,
  type HostBackend,
  type OptionInput,
  type RequestContext,
  type BackendHandlers,
  type HandlersFor,
} from '@wwe-kit/host';
import type { RequestName, RequestParams, RequestResult } from '@wwe-kit/protocol';
import type { InteractionRecord } from './interactions/store.js';
import { errors } from './errors.js';
import { AgentModel, type AgentSetup } from './agent/agent.js';
import { AuthModel } from './auth.js';
import { realClock, type SimulatorClock } from './clock.js';
import { ConfigurationModel, type Transactions } from './configuration.js';
import { Desk } from './desk.js';
import { FaultInjector } from './faults.js';
import { IdSource } from './ids.js';
import { InteractionRequests } from './interactions/requests.js';
import { OpenMediaModel } from './interactions/open-media.js';
import { InteractionStore } from './interactions/store.js';
import { TransferModel } from './interactions/transfers.js';
import { VoiceModel, type VoiceSetup } from './interactions/voice.js';
import { CampaignModel } from './outbound/campaigns.js';
import type { FieldDefinition } from './outbound/fields.js';
import { PreviewModel } from './outbound/preview.js';
import { RecordRequests } from './outbound/records-requests.js';
import { Runtime } from './runtime.js';
import { Scenarios } from './scenarios.js';
import { ToastModel } from './system/toasts.js';
import { SystemViews } from './system/views.js';

export interface SimulatorOptions extends AgentSetup, VoiceSetup {
  /** Workspace option data: the same the host reads (YAML, sections, or the `interaction-workspace` section). */
  readonly options?: OptionInput;
  /** Seed of every generated id: the same seed replays the same ids. Default 1. */
  readonly seed?: number;
  /** Time; a `ManualClock` makes timers deterministic. Default: the real clock. */
  readonly clock?: SimulatorClock;
  /** Routing-strategy transactions whose annexes override options for `getContextualOption`. */
  readonly transactions?: Transactions;
  /** Milliseconds without activity before the session ends (`triggerActivity` restarts it); 0: never. Default 30 min. */
  readonly inactivityMs?: number;
  /** The calling list's fields, as `getRecordFields` shows them. */
  readonly recordFields?: readonly FieldDefinition[];
}

/** The handlers of an invitation's accept and reject. */
type Invitations = HandlersFor<'interaction.accept' | 'interaction.reject'>;

/**
 * The embedded default Workspace: a `HostBackend` that models an agent's
 * Workspace for every request of the reference, deterministic (seeded ids,
 * injectable clock) and scriptable (scenarios, faults).
 */
export class WorkspaceSimulator implements HostBackend {
  readonly runtime: Runtime;
  readonly agent: AgentModel;
  readonly interactions: InteractionStore;
  readonly voice: VoiceModel;
  readonly openMedia: OpenMediaModel;
  readonly transfers: TransferModel;
  readonly interaction: InteractionRequests;
  readonly toasts: ToastModel;
  readonly views: SystemViews;
  readonly configuration: ConfigurationModel;
  readonly auth: AuthModel;
  readonly campaigns: CampaignModel;
  readonly previews: PreviewModel;
  readonly records: RecordRequests;
  /** Delay, drop or fail chosen requests. */
  readonly faults: FaultInjector;
  /** What happens to the agent without being asked: calls, chats, campaigns, hang-ups, disconnections. */
  readonly scenario: Scenarios;
  /** What the agent does at the desk (answer, accept, reject, mark done) and whether each is possible now. */
  readonly desk: Desk;
  readonly #serve: HostBackend;

  constructor(options: SimulatorOptions = {}) {
    const clock = options.clock ?? realClock;
    this.runtime = new Runtime(clock, new IdSource(options.seed ?? 1), options.options ?? {});
    this.faults = new FaultInjector(clock);
    this.agent = new AgentModel(this.runtime, options);
    this.interactions = new InteractionStore(this.runtime);
    this.voice = new VoiceModel(this.runtime, this.interactions, this.agent, options);
    this.openMedia = new OpenMediaModel(this.runtime, this.interactions);
    this.transfers = new TransferModel(this.runtime, this.interactions, this.voice, this.openMedia, this.agent);
    this.interaction = new InteractionRequests(this.runtime, this.interactions, this.voice, this.openMedia);
    this.toasts = new ToastModel(this.runtime);
    this.views = new SystemViews(this.runtime, this.agent, options.inactivityMs);
    this.configuration = new ConfigurationModel(this.runtime, this.interactions, options.transactions);
    this.auth = new AuthModel(this.runtime, this.agent);
    this.campaigns = new CampaignModel(this.runtime);
    this.previews = new PreviewModel(this.runtime, this.interactions, this.voice, this.campaigns);
    this.desk = new Desk(this);
    this.records = new RecordRequests(this.runtime, this.interactions, options.recordFields);
    this.interaction.markdoneHooks.push((record) => this.previews.markdone(record));
    // Spread in this order, the outbound invitations last (they override accept and reject). `satisfies`
    // makes the simulator complete: a backend request of the catalogue without a handler does not compile.
    const handlers = {
      ...this.agent.handlers(),
      ...this.interaction.handlers(),
      ...this.voice.handlers(),
      ...this.openMedia.handlers(),
      ...this.transfers.handlers(),
      ...this.toasts.handlers(),
      ...this.views.handlers(),
      ...this.configuration.handlers(),
      ...this.auth.handlers(),
      ...this.campaigns.handlers(),
      ...this.previews.handlers(),
      ...this.records.handlers(),
      ...this.#outboundInvitations(this.interaction.handlers()),
    } satisfies BackendHandlers;
    this.#serve = backendFromHandlers(handlers);
    this.scenario = new Scenarios(this);
  }

  /** interaction.accept / reject on an invited preview record follow the preview table, not the voice one. */
  #outboundInvitations(base: Invitations): Invitations {
    const previewOr =
      (name: 'interaction.accept' | 'interaction.reject', onPreview: (record: InteractionRecord) => void) =>
      (parameters: [interactionId: string], context: RequestContext): void => {
        const record = this.interactions.get(parameters[0]);
        if (record === record.outbound?.preview) onPreview(record);
        else void base[name](parameters, context);
      };
    return {
      'interaction.accept': previewOr('interaction.accept', (record) => this.previews.accept(record)),
      'interaction.reject': previewOr('interaction.reject', (record) => this.previews.decline(record)),
    };
  }

  /**
   * Replaces the simulator's own option data, which it uses on its own. Connected to a `ServiceHost`, it
   * reads the host's instead: the host owns them, so this refuses and says to call `host.setOptions`.
   */
  setOptions(options: OptionInput): void {
    if (this.runtime.hostOwnsOptions) throw new Error(errors.optionsOwnedByHost());
    this.runtime.setOptions(options);
  }

  handle<N extends RequestName>(
    name: N,
    parameters: RequestParams<N>,
    context: RequestContext,
  ): RequestResult<N> | Promise<RequestResult<N>> {
    return this.faults.apply(name, () => this.#serve.handle(name, parameters, context)) as RequestResult<N>;
  }

  connect(events: EventSink | HostLink): () => void {
    return this.runtime.connect(events);
  }
}
