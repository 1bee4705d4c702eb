import type { ServiceClient, ServiceClientError } from '@wwe-kit/bridge';
import type {
  EventName, EventPayload, Interaction, InteractionEvent, Media, RequestName, State, StateType,
} from '@wwe-kit/protocol';
import { resourceRequests, type ResourceName, type ResourceStatus, type ResourceValue } from './resources.js';

/** Every event the elements use: subscribed at once, so a page makes exactly one host subscription. */
const storeEvents = ['agent', 'media', 'interaction', 'system', 'outbound', 'markdone'] as const satisfies readonly EventName[];
type StoreEvent = (typeof storeEvents)[number];
type Listener<N extends StoreEvent> = (data: EventPayload<N>) => void;

const stores = new WeakMap<ServiceClient, WweStore>();

/**
 * The state the elements of a page share, over one bridge: the agent, its
 * state and state list, media, interactions, campaigns and allowed services.
 * Each resource costs one request however many elements need it; events keep
 * it current. Get the page's store with `WweStore.for(client)`.
 */
export class WweStore {
  readonly client: ServiceClient;
  readonly #values = new Map<ResourceName, unknown>();
  readonly #status = new Map<ResourceName, ResourceStatus>();
  readonly #errors = new Map<ResourceName, ServiceClientError>();
  readonly #loads = new Map<ResourceName, Promise<void>>();
  readonly #watchers = new Set<() => void>();
  readonly #listeners = new Map<StoreEvent, Set<(data: unknown) => void>>();
  readonly #options = new Map<string, Promise<string | undefined>>();
  readonly #optionValues = new Map<string, string | undefined>();
  #subscribed = false;

  private constructor(client: ServiceClient) {
    this.client = client;
  }

  /** The store of a bridge; one per ServiceClient. */
  static for(client: ServiceClient): WweStore {
    let store = stores.get(client);
    if (!store) stores.set(client, (store = new WweStore(client)));
    return store;
  }

  get<R extends ResourceName>(resource: R): ResourceValue<R> | undefined {
    return this.#values.get(resource) as ResourceValue<R> | undefined;
  }

  status(resource: ResourceName): ResourceStatus {
    return this.#status.get(resource) ?? 'idle';
  }

  error(resource: ResourceName): ServiceClientError | undefined {
    return this.#errors.get(resource);
  }

  /** Whether the page may call `request`: undefined until the allowed services are known. */
  allows(request: RequestName): boolean | undefined {
    return this.get('allowedServices')?.includes(request);
  }

  /** Loads resources not loaded or loading yet: concurrent needs share one request. */
  need(...resources: ResourceName[]): Promise<void> {
    this.#subscribe();
    return Promise.all(resources.map((resource) => this.#load(resource))).then(() => undefined);
  }

  /** Loads a resource again (after an error, or to resynchronise). */
  refresh(resource: ResourceName): Promise<void> {
    this.#loads.delete(resource);
    return this.#load(resource);
  }

  /**
   * The value of one option of the `interaction-workspace` section (`configuration.getOption`),
   * asked once per page; undefined until known, or when the option is not set or cannot be read.
   */
  option(name: string): string | undefined {
    if (!this.#options.has(name)) {
      this.#options.set(name, this.client.configuration.getOption(name).then(
        (values) => {
          const value = values['interaction-workspace']?.[name];
          return Array.isArray(value) ? value.join(',') : value;
        },
        (error: ServiceClientError) => {
          // A timeout is no answer: the next render asks again. A refusal is one: it stands.
          if (error.code === 'timeout' || error.code === 'aborted') this.#options.delete(name);
          return undefined;
        },
      ).then((value) => {
        if (this.#options.has(name)) this.#optionValues.set(name, value);
        this.#notify();
        return value;
      }));
    }
    return this.#optionValues.get(name);
  }

  /** Calls `onChange` whenever the store changes; answers the function that stops it. */
  watch(onChange: () => void): () => void {
    this.#subscribe();
    this.#watchers.add(onChange);
    return () => this.#watchers.delete(onChange);
  }

  /** Listens to a store event (through the page's single subscription); answers the function that stops it. */
  on<N extends StoreEvent>(name: N, listener: Listener<N>): () => void {
    this.#subscribe();
    let set = this.#listeners.get(name);
    if (!set) this.#listeners.set(name, (set = new Set()));
    set.add(listener as (data: unknown) => void);
    return () => set.delete(listener as (data: unknown) => void);
  }

  #load(resource: ResourceName): Promise<void> {
    let load = this.#loads.get(resource);
    if (load) return load;
    this.#status.set(resource, 'loading');
    // Ask once the subscription stands, so no event between the answer and the subscription is lost.
    const subscribed = this.client.whenSubscribed().catch(() => undefined);
    load = subscribed.then(() => this.client.request(resourceRequests[resource])).then(
      (value) => {
        if (this.#loads.get(resource) !== load) return;
        this.#values.set(resource, value);
        this.#status.set(resource, 'ready');
        this.#errors.delete(resource);
      },
      (error: ServiceClientError) => {
        if (this.#loads.get(resource) !== load) return;
        this.#status.set(resource, 'error');
        this.#errors.set(resource, error);
        // A failed load may be tried again by the next element that needs it.
        this.#loads.delete(resource);
      },
    ).finally(() => this.#notify());
    this.#loads.set(resource, load);
    this.#notify();
    return load;
  }

  #subscribe(): void {
    if (this.#subscribed) return;
    this.#subscribed = true;
    for (const name of storeEvents) {
      this.client.on(name, (data: unknown) => {
        this.#apply(name, data);
        for (const listener of this.#listeners.get(name) ?? []) listener(data);
        this.#notify();
      });
    }
  }

  #apply(name: StoreEvent, data: unknown): void {
    if (name === 'agent') {
      const state = this.#stateOf(data as EventPayload<'agent'>);
      if (state) this.#values.set('state', state);
    } else if (name === 'media') {
      const event = data as EventPayload<'media'>;
      const media = this.get('media');
      const state = this.#stateOf(event);
      if (media && state) this.#values.set('media', media.map((entry: Media) => (entry.name === event.media ? { ...entry, state } : entry)));
    } else if (name === 'interaction') {
      this.#applyInteraction(data as InteractionEvent);
    }
  }

  /** The State a STATE_CHANGED names: the list entry of that type (and reason), else one built from the event. */
  #stateOf(event: { mediaState: StateType; reason?: string }): State | undefined {
    const list = this.get('stateList') ?? [];
    const found = list.find((state) => state.type === event.mediaState && (!event.reason || state.displayName.includes(event.reason)));
    return found ?? { type: event.mediaState, displayName: event.reason ? `${event.mediaState} - ${event.reason}` : event.mediaState, operationName: '' };
  }

  #applyInteraction(event: InteractionEvent): void {
    if (!('interaction' in event)) return;
    const list = [...(this.get('interactions') ?? [])] as Interaction[];
    const index = list.findIndex((entry) => entry.interactionId === event.interaction.interactionId);
    if (event.eventType === 'REMOVED') {
      if (index >= 0) list.splice(index, 1);
    } else if (index >= 0) list[index] = event.interaction;
    else list.push(event.interaction);
    this.#values.set('interactions', list);
  }

  #notify(): void {
    for (const watcher of [...this.#watchers]) watcher();
  }
}
