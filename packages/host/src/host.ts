import {
  SERVER_USER_AGENT,
  eventNamespace,
  notAllowedMessage,
  type EventName,
  type EventPayload,
  type ReferenceId,
} from '@wwe-kit/protocol';
import type { EmitOptions } from './backend.js';
import { peekIncoming, readIncoming } from './envelope.js';
import { defaultMessageLimits, type MessageLimits } from './inspect.js';
import { summariseMessage } from './message-summary.js';
import { FrameRegistry } from './frame-registry.js';
import {
  announceFrameId,
  noteSender,
  type ClientFrame,
  type FrameRecord,
  type FrameRegistration,
  type FrameWindow,
} from './frames.js';
import { localRequests } from './local-requests.js';
import { readOptionData, type OptionData, type OptionInput } from './options.js';
import { serveRequest, type Outcome, type Pipeline } from './pipeline.js';
import { AccessPolicy } from './policy/access.js';
import { OptionReadPolicy } from './policy/option-reading.js';
import { RateLimiter, type Clock } from './policy/rate-limit.js';
import { UiItemOwners } from './policy/ui-items.js';
import { filterUserData } from './policy/user-data.js';
import { answerEnvelope, refuseStranger, SERVER, targetOrigin } from './replies.js';
import { HostReporter } from './reporter.js';
import { readSettings, type ServiceClientSettings } from './settings.js';
import { SubscriptionRegistry } from './subscriptions.js';
import { TabCoordinator, type FrameState } from './tabs.js';
import type { TrafficEntry } from './traffic.js';
import type { ServiceHostOptions } from './host-options.js';

export type { ServiceHostOptions };

/**
 * The workspace side of the Service Client API. It serves the web-content
 * views registered with it: it checks every message (origin, filters, rate
 * limit, parameters, user-data allowlists), calls the backend, answers the
 * sending frame only, and fans events out to subscribed frames that may see them.
 */
export class ServiceHost {
  readonly #options: ServiceHostOptions;
  readonly #window: Window;
  readonly #clock: Clock;
  readonly #limits: MessageLimits;
  readonly #report: HostReporter;
  readonly #frames: FrameRegistry;
  readonly #subscriptions = new SubscriptionRegistry();
  readonly #tabs: TabCoordinator | undefined;
  #pipeline: Pipeline;
  #optionData: OptionData;
  #detachBackend: (() => void) | undefined;

  constructor(options: ServiceHostOptions) {
    this.#options = options;
    this.#window = options.window ?? window;
    this.#clock = options.clock ?? Date.now;
    this.#limits = { ...defaultMessageLimits, ...options.limits };
    this.#report = new HostReporter({ clock: this.#clock, onTraffic: options.onTraffic, onProblem: options.onProblem });
    this.#optionData = readOptionData(options.options);
    this.#pipeline = this.#buildPipeline(
      this.#optionData,
      new RateLimiter(readSettings(this.#optionData), this.#clock),
      new UiItemOwners(),
    );
    this.#frames = new FrameRegistry({ dropped: (frame) => this.#subscriptions.dropFrame(frame) });
    const session = options.session ?? 'default';
    if (session !== false && TabCoordinator.supported) {
      this.#tabs = new TabCoordinator({
        session,
        window: this.#window,
        onState: (frameState) => this.emit('system', { frameState }),
        onMessenger: (channel, message) => this.emit(`messenger:${channel}`, message),
      });
    } else if (session !== false) {
      this.#report.problem(
        'Multi-tab election is off: the Web Locks API needs a secure context (https, or http://localhost). This tab leads alone.',
      );
    }
    this.#window.addEventListener('message', this.#onMessage);
    this.#detachBackend =
      options.backend.connect?.({ emit: (name, data, emitOptions) => this.emit(name, data, emitOptions) }) ?? undefined;
    this.#tabs?.start();
  }

  /** The option data in force. */
  get optionData(): OptionData {
    return this.#optionData;
  }

  /** The Service Client API options in force, with the problems found in them. */
  get settings(): ServiceClientSettings {
    return this.#pipeline.settings;
  }

  /** The origin policy in force: `access.grant(origin, mode)` tells what a frame may do. */
  get access(): AccessPolicy {
    return this.#pipeline.access;
  }

  /** This tab's election state; `LEADING` when it is alone. */
  get frameState(): FrameState {
    return this.#tabs?.state ?? 'LEADING';
  }

  /** Every registered view. */
  get frames(): ClientFrame[] {
    return [...this.#frames.frames()];
  }

  /** Replaces the option data; rate-limit counts carry on under the new limits. */
  setOptions(input: OptionInput): void {
    this.#optionData = readOptionData(input);
    this.#pipeline = this.#buildPipeline(this.#optionData, this.#pipeline.limiter, this.#pipeline.uiItems);
  }

  /** Serves a view. Its iframe's removal, its popup's closing or `unregisterFrame` ends that. */
  registerFrame(registration: FrameRegistration): ClientFrame {
    return this.#frames.add(registration);
  }

  unregisterFrame(frame: ClientFrame): void {
    this.#frames.remove(frame as FrameRecord);
  }

  /**
   * Sends an event to every frame subscribed to `name` whose origin may use its
   * namespace, with the user-data read allowlist applied; with `frameId`, to that frame only.
   */
  emit<N extends EventName>(name: N, data: EventPayload<N>, options?: EmitOptions): void {
    try {
      const filtered = name.startsWith('messenger:') ? data : filterUserData(data, this.#pipeline.settings.readAllowed);
      this.#fanOut(name, filtered, options);
    } catch (error) {
      this.#report.problem(`Event '${name}' not sent: ${(error as Error).message}`);
    }
  }

  /** Handles one message as if the window had received it. Never throws. */
  receive(event: Pick<MessageEvent, 'data' | 'origin' | 'source'>): void {
    try {
      this.#receive(event);
    } catch (error) {
      this.#report.problem(
        `Internal error on a message from ${event.origin}: ${(error as Error)?.stack ?? String(error)}`,
      );
    }
  }

  /** Stops serving: no more messages, frames, tabs or backend events. */
  dispose(): void {
    this.#window.removeEventListener('message', this.#onMessage);
    this.#frames.dispose();
    this.#tabs?.dispose();
    this.#detachBackend?.();
  }

  readonly #onMessage = (event: MessageEvent): void => this.receive(event);

  #receive({ data, origin, source }: Pick<MessageEvent, 'data' | 'origin' | 'source'>): void {
    const peek = peekIncoming(data);
    if (peek.kind === 'ignore') return;
    const frame = this.#frames.find(source);
    if (!frame) {
      refuseStranger(peek, source as FrameWindow | null, origin);
      return;
    }
    const incoming = readIncoming(data, this.#limits);
    if (incoming.kind === 'ignore') return;
    this.#trackDocument(frame, origin, (data as { frameId?: unknown }).frameId);
    // A refused message is logged as a bounded summary, never as its payload.
    if (incoming.kind === 'invalid')
      this.#report.traffic(
        'in',
        'invalid',
        frame,
        summariseMessage(data, incoming.size, incoming.errorMessage),
        undefined,
        incoming.size,
      );
    else
      this.#report.traffic(
        'in',
        incoming.kind,
        frame,
        data,
        undefined,
        incoming.kind === 'unsubscribe' ? undefined : incoming.size,
      );
    switch (incoming.kind) {
      case 'invalid':
        this.#answer(frame, origin, incoming.request, incoming.referenceId, { errorMessage: incoming.errorMessage });
        return;
      case 'unsubscribe':
        this.#subscriptions.unsubscribe(frame, incoming.id);
        return;
      case 'subscribe':
        this.#subscribe(frame, origin, incoming.names, incoming.referenceId);
        return;
      case 'request': {
        const started = this.#clock();
        const outcome = serveRequest(this.#pipeline, frame, origin, incoming.name, incoming.parameters);
        const answer = (result: Outcome) =>
          this.#answer(frame, origin, incoming.name, incoming.referenceId, result, started);
        if (outcome instanceof Promise)
          void outcome.then(answer).catch((error: unknown) => this.#report.problem(String(error)));
        else answer(outcome);
      }
    }
  }

  /** A frame's new document loses the old one's subscriptions, and learns its frameId. */
  #trackDocument(frame: FrameRecord, origin: string, stampedId: unknown): void {
    const { newDocument, announce } = noteSender(frame, origin, stampedId);
    if (newDocument) this.#subscriptions.dropFrame(frame);
    if (!announce) return;
    announceFrameId(frame, origin);
    this.#report.traffic('out', 'frame-id', frame, { frameId: frame.frameId, userAgent: SERVER_USER_AGENT });
  }

  #subscribe(frame: FrameRecord, origin: string, names: readonly string[], referenceId: ReferenceId): void {
    if (!this.#pipeline.access.grant(origin, frame.mode).accepted) {
      const refusal = notAllowedMessage(
        'subscribe',
        `origin ${origin} is not listed in service-client-api.accepted-web-content-origins`,
        `Add "${origin}" to that option in the interaction-workspace section.`,
      );
      this.#answer(frame, origin, 'subscribe', referenceId, { errorMessage: refusal });
      return;
    }
    const tooMany = this.#subscriptions.refusal(frame, names);
    if (tooMany) {
      this.#answer(frame, origin, 'subscribe', referenceId, { errorMessage: tooMany });
      return;
    }
    const subscriptionId = this.#subscriptions.subscribe(frame, names);
    // The reference library reads the id from the top of the envelope; older clients from data.
    this.#post(frame, origin, { referenceId, subscriptionId, data: { subscriptionId }, ...SERVER }, 'answer');
  }

  #answer(
    frame: FrameRecord,
    origin: string,
    request: string,
    referenceId: unknown,
    outcome: Outcome,
    started?: number,
  ): void {
    if (outcome === undefined) this.#report.traffic('out', 'ignored', frame, { request, referenceId });
    else
      this.#post(
        frame,
        origin,
        answerEnvelope(request, referenceId, outcome),
        'errorMessage' in outcome ? 'error' : 'answer',
        started,
      );
  }

  #post(frame: FrameRecord, origin: string, message: unknown, kind: TrafficEntry['kind'], started?: number): void {
    try {
      frame.window?.postMessage(message, targetOrigin(origin));
    } catch (error) {
      this.#report.problem(
        `Could not send frame ${frame.frameId} (${frame.section}) a message: ${(error as Error).message}`,
      );
      const { request, referenceId } = message as { request?: unknown; referenceId?: unknown };
      // An answer that cannot be cloned (a function, a DOM node in the data) still gets an answer.
      if (kind === 'answer' && typeof request === 'string' && (error as Error).name === 'DataCloneError') {
        this.#post(
          frame,
          origin,
          answerEnvelope(request, referenceId, {
            errorMessage: `Request '${request}' failed in the Workspace: its result cannot be sent to a page (${(error as Error).message}).`,
          }),
          'error',
          started,
        );
        return;
      }
    }
    this.#report.traffic('out', kind, frame, message, started);
  }

  #fanOut(name: EventName, data: unknown, { frameId: onlyFrameId, exceptFrameId }: EmitOptions = {}): void {
    const namespace = eventNamespace(name);
    let envelope: Record<string, unknown> | undefined;
    for (const frame of this.#subscriptions.subscribers(name)) {
      if ((onlyFrameId !== undefined && frame.frameId !== onlyFrameId) || frame.frameId === exceptFrameId) continue;
      if (
        frame.origin === undefined ||
        !this.#pipeline.access.grant(frame.origin, frame.mode).namespaces.has(namespace)
      )
        continue;
      envelope ??= { event: name, data, ...SERVER };
      this.#post(frame, frame.origin, envelope, 'event');
    }
  }

  #buildPipeline(data: OptionData, limiter: RateLimiter, uiItems: UiItemOwners): Pipeline {
    const settings = readSettings(data);
    limiter.settings = settings;
    const access = new AccessPolicy(settings.acceptedOrigins);
    const optionReads = new OptionReadPolicy(settings.optionReaders);
    for (const problem of [...settings.problems, ...access.problems, ...optionReads.problems])
      this.#report.problem(problem);
    const local = localRequests(() => ({
      access: this.#pipeline.access,
      frameState: this.frameState,
      isLastActiveTab: this.#tabs?.isLastActive ?? true,
      broadcast: (channel, message, sender) => {
        this.emit(`messenger:${channel}`, message, { exceptFrameId: sender.frameId });
        this.#tabs?.broadcastMessenger(channel, message);
      },
    }));
    return {
      access,
      limiter,
      settings,
      optionReads,
      uiItems,
      backend: this.#options.backend,
      backendTimeout: this.#options.backendTimeout ?? 30_000,
      local,
    };
  }
}
