import type { ServiceClient, ServiceClientError } from '@wwe-kit/bridge';
import {
  eventNames,
  type CampaignEvent,
  type EventPayload,
  type InteractionEvent,
  type Media,
  type RequestName,
} from '@wwe-kit/protocol';
import { campaignsAfter, changedInteractionIds, interactionsAfter, stateOf } from './event-effects.js';
import { resourceRequests, type ResourceName, type ResourceStatus, type ResourceValue } from './resources.js';

/** Every event of the catalogue (messenger channels aside): subscribed at once, so a page makes exactly one host subscription. */
type StoreEvent = (typeof eventNames)[number];
type Listener<N extends StoreEvent> = (data: EventPayload<N>) => void;

/**
 * What a watcher can follow: a shared resource, the options read with `option()`, or one
 * interaction of the `interactions` resource (`interaction:<id>`), for an element that shows one.
 */
export type Watched = ResourceName | 'options' | `interaction:${string}`;

/** Woken by a (re)load of `interactions`: every `interaction:<id>` follower. */
const EVERY_INTERACTION = 'interaction:*';

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
  /** Each watcher with what it follows; `undefined`: everything. */
  readonly #watchers = new Map<() => void, ReadonlySet<Watched> | undefined>();
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
      this.#options.set(
        name,
        this.client.configuration
          .getOption(name)
          .then(
            (values) => {
              const value = values['interaction-workspace']?.[name];
              return Array.isArray(value) ? value.join(',') : value;
            },
            (error: ServiceClientError) => {
              // A timeout is no answer: the next render asks again. A refusal is one: it stands.
              if (error.code === 'timeout' || error.code === 'aborted') this.#options.delete(name);
              return undefined;
            },
          )
          .then((value) => {
            if (this.#options.has(name)) this.#optionValues.set(name, value);
            this.#notify(['options']);
            return value;
          }),
      );
    }
    return this.#optionValues.get(name);
  }

  /**
   * Calls `onChange` when one of `resources` changes (its value, by `Object.is`, or its status),
   * or on every change when none are named; answers the function that stops it. An event wakes
   * only the watchers of what it changed, as `@lit/context`'s value notifier does.
   */
  watch(onChange: () => void, resources?: readonly Watched[]): () => void {
    this.#subscribe();
    this.#watchers.set(onChange, resources ? new Set(resources) : undefined);
    return () => this.#watchers.delete(onChange);
  }

  /** Follows more resources with a watcher given to `watch`. */
  follow(onChange: () => void, resources: readonly Watched[]): void {
    const followed = this.#watchers.get(onChange);
    if (followed) this.#watchers.set(onChange, new Set([...followed, ...resources]));
  }

  /** Follows exactly `resources` with a watcher given to `watch`, from now on. */
  refollow(onChange: () => void, resources: readonly Watched[]): void {
    if (this.#watchers.has(onChange)) this.#watchers.set(onChange, new Set(resources));
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
    load = subscribed
      .then(() => this.client.request(resourceRequests[resource]))
      .then(
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
      )
      .finally(() => this.#notify(resource === 'interactions' ? [resource, EVERY_INTERACTION] : [resource]));
    this.#loads.set(resource, load);
    this.#notify(resource === 'interactions' ? [resource, EVERY_INTERACTION] : [resource]);
    return load;
  }

  #subscribe(): void {
    if (this.#subscribed) return;
    this.#subscribed = true;
    for (const name of eventNames) {
      this.client.on(name, (data: unknown) => {
        const changed = this.#apply(name, data);
        for (const listener of this.#listeners.get(name) ?? []) listener(data);
        this.#notify(changed);
      });
    }
  }

  /** Keeps a resource's new value; answers whether it changed. */
  #set(resource: ResourceName, value: unknown): boolean {
    if (Object.is(this.#values.get(resource), value)) return false;
    this.#values.set(resource, value);
    return true;
  }

  /** Applies an event to the resources it changes; answers those (and the interactions it changed). */
  #apply(name: StoreEvent, data: unknown): Watched[] {
    if (name === 'agent')
      return this.#set('state', stateOf(this.get('stateList') ?? [], data as EventPayload<'agent'>)) ? ['state'] : [];
    if (name === 'media') {
      const event = data as EventPayload<'media'>;
      const media = this.get('media');
      if (!media) return [];
      const state = stateOf(this.get('stateList') ?? [], event);
      return this.#set(
        'media',
        media.map((entry: Media) => (entry.name === event.media ? { ...entry, state } : entry)),
      )
        ? ['media']
        : [];
    }
    if (name === 'interaction') {
      const before = this.get('interactions');
      if (!before || !this.#set('interactions', interactionsAfter(before, data as InteractionEvent))) return [];
      return [
        'interactions',
        ...changedInteractionIds(before, this.get('interactions')!).map((id): Watched => `interaction:${id}`),
      ];
    }
    if (name === 'outbound') {
      const campaigns = this.get('campaigns');
      return campaigns && this.#set('campaigns', campaignsAfter(campaigns, data as CampaignEvent)) ? ['campaigns'] : [];
    }
    return [];
  }

  #notify(changed: Iterable<Watched>): void {
    const names = new Set(changed);
    if (names.size === 0) return;
    const everyInteraction = names.has(EVERY_INTERACTION);
    for (const [watcher, followed] of [...this.#watchers]) {
      if (
        !followed ||
        [...followed].some((name) => names.has(name) || (everyInteraction && name.startsWith('interaction:')))
      )
        watcher();
    }
  }
}
