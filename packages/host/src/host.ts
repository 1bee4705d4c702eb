import { SERVER_USER_AGENT, type EventName, type EventPayload, type ReferenceId } from '@wwe-kit/protocol';
import type { EmitOptions } from './backend.js';
import { Delivery } from './delivery.js';
import { peekIncoming, readIncoming } from './envelope.js';
import { FanOut } from './fan-out.js';
import { defaultMessageLimits, type MessageLimits } from './inspect.js';
import { FrameRegistry } from './frame-registry.js';
import type { ClientFrame, FrameRecord, FrameRegistration, FrameWindow } from './frames.js';
import { localRequests } from './local-requests.js';
import { readOptionData, type OptionData, type OptionInput } from './options.js';
import { serveRequest, type LocalHandlers, type Pipeline } from './pipeline.js';
import { readPolicies } from './policies.js';
import type { AccessPolicy } from './policy/access.js';
import { RateLimiter, type Clock } from './policy/rate-limit.js';
import { subscribeRefusal } from './policy/subscribe.js';
import { UiItemOwners } from './policy/ui-items.js';
import { refuseStranger, SERVER } from './replies.js';
import { HostReporter } from './reporter.js';
import type { ServiceClientSettings } from './settings.js';
import { SubscriptionRegistry } from './subscriptions.js';
import { TabCoordinator, type FrameState } from './tabs.js';
import type { ServiceHostOptions } from './host-options.js';

export type { ServiceHostOptions };

/**
 * The workspace side of the Service Client API. It serves the web-content
 * views registered with it: it checks every message (origin, filters, rate
 * limit, parameters, user-data allowlists), calls the backend, answers the
 * sending frame only, and fans events out to subscribed frames that may see them.
 *
 * It is a dispatcher: each kind of message goes to the module that owns it (requests to the
 * pipeline, subscribes to the subscribe policy, events to the fan-out), and every rule about
 * what a frame may do or see lives in policy/.
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
  readonly #delivery: Delivery;
  readonly #fanOut: FanOut;
  readonly #local: LocalHandlers;
  #pipeline!: Pipeline;
  #optionData: OptionData;
  #detachBackend: (() => void) | undefined;

  constructor(options: ServiceHostOptions) {
    this.#options = options;
    this.#window = options.window ?? window;
    this.#clock = options.clock ?? Date.now;
    this.#limits = { ...defaultMessageLimits, ...options.limits };
    this.#report = new HostReporter({
      clock: this.#clock,
      onTraffic: options.onTraffic,
      onProblem: options.onProblem,
      onIgnored: options.onIgnored,
    });
    this.#delivery = new Delivery(this.#report);
    this.#local = localRequests(() => ({
      access: this.#pipeline.access,
      frameState: this.frameState,
      isLastActiveTab: this.#tabs?.isLastActive ?? true,
      broadcast: (channel, message, sender) => {
        this.emit(`messenger:${channel}`, message, { exceptFrameId: sender.frameId });
        this.#tabs?.broadcastMessenger(channel, message);
      },
    }));
    this.#optionData = readOptionData(options.options);
    this.#applyOptions(this.#optionData, undefined, new UiItemOwners());
    this.#frames = new FrameRegistry({
      dropped: (frame) => this.#subscriptions.dropFrame(frame),
      newDocument: (frame) => this.#subscriptions.dropFrame(frame),
      announced: (frame) =>
        this.#report.traffic('out', 'frame-id', frame, { frameId: frame.frameId, userAgent: SERVER_USER_AGENT }),
    });
    this.#fanOut = new FanOut({
      subscriptions: this.#subscriptions,
      policy: () => this.#pipeline.events,
      delivery: this.#delivery,
      report: this.#report,
    });
    this.#tabs = TabCoordinator.forSession(
      options.session ?? 'default',
      {
        window: this.#window,
        onState: (frameState) => this.emit('system', { frameState }),
        onMessenger: (channel, message) => this.emit(`messenger:${channel}`, message),
      },
      (problem) => this.#report.problem(problem),
    );
    this.#window.addEventListener('message', this.#onMessage);
    this.#detachBackend =
      options.backend.connect?.({
        emit: (name, data, emitOptions) => this.emit(name, data, emitOptions),
        options: () => this.#optionData,
      }) ?? undefined;
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
    this.#applyOptions(this.#optionData, this.#pipeline.limiter, this.#pipeline.uiItems);
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
    this.#fanOut.emit(name, data, options);
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
    if (peek.kind === 'ignore') {
      // Anything may post to the Workspace window (extensions, dev servers): only a view's stray message is news.
      const view = this.#frames.known(source);
      if (view) this.#report.ignored('not-protocol', origin, view, data);
      return;
    }
    const frame = this.#frames.find(source);
    if (!frame) {
      this.#report.ignored('not-a-view', origin, undefined, data);
      refuseStranger(peek, source as FrameWindow | null, origin);
      return;
    }
    const incoming = readIncoming(data, this.#limits, peek);
    if (incoming.kind === 'ignore') {
      this.#report.ignored('malformed', origin, frame, data);
      return;
    }
    this.#frames.noteSender(frame, origin, (data as { frameId?: unknown }).frameId);
    this.#report.received(frame, data, incoming);
    switch (incoming.kind) {
      case 'invalid':
        this.#delivery.answer(frame, origin, incoming.request, incoming.referenceId, {
          errorMessage: incoming.errorMessage,
        });
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
        this.#delivery.answer(frame, origin, incoming.name, incoming.referenceId, outcome, started);
      }
    }
  }

  #subscribe(frame: FrameRecord, origin: string, names: readonly string[], referenceId: ReferenceId): void {
    const refusal = subscribeRefusal(this.#pipeline.access.grant(origin, frame.mode), frame, names);
    if (refusal) {
      this.#delivery.answer(frame, origin, 'subscribe', referenceId, { errorMessage: refusal });
      return;
    }
    const subscriptionId = this.#subscriptions.subscribe(frame, names);
    // The reference library reads the id from the top of the envelope; older clients from data.
    const answer = { referenceId, subscriptionId, data: { subscriptionId }, ...SERVER };
    this.#delivery.post(frame, origin, answer, 'answer');
  }

  /** Puts `data`'s policies in force; the rate-limit counts and the UI items' owners carry on across option changes. */
  #applyOptions(data: OptionData, limiter: RateLimiter | undefined, uiItems: UiItemOwners): void {
    const policies = readPolicies(data, this.#report);
    if (limiter) limiter.settings = policies.settings;
    this.#pipeline = {
      ...policies,
      limiter: limiter ?? new RateLimiter(policies.settings, this.#clock),
      uiItems,
      backend: this.#options.backend,
      backendTimeout: this.#options.backendTimeout ?? 30_000,
      local: this.#local,
    };
  }
}
