import { ContextConsumer } from '@lit/context';
import type { ServiceClient } from '@wwe-kit/bridge';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bridgeContext } from '../context.js';
import type { ResourceName } from './resources.js';
import { WweStore, type Watched } from './store.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The message an element shows, and logs once per page, when no `<wwe-bridge>` provides a bridge. */
export const MISSING_PROVIDER =
  'No <wwe-bridge> around this element: wrap wwe-kit elements in <wwe-bridge host-origin="https://your-workspace.example.com">, or set its client property.';
let warned = false;

/**
 * Whether a `<wwe-bridge>` around the element (across shadow roots) is not defined yet: it will
 * provide the bridge once it is, so the element is not missing one.
 */
function awaitsProvider(element: HTMLElement): boolean {
  for (
    let node: Element | null = element.parentElement ?? hostOf(element);
    node;
    node = node.parentElement ?? hostOf(node)
  ) {
    if (node.localName === 'wwe-bridge' && !node.matches(':defined')) return true;
  }
  return false;
}

const hostOf = (node: Element): Element | null => {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
};

/**
 * Connects an element to the page's bridge (through `bridgeContext`) and its
 * shared store: loads the resources it names, re-renders it when one of them
 * changes (or an option it reads arrives), and says when there is no provider.
 */
export class StoreController implements ReactiveController {
  readonly #host: Host;
  readonly #needs: ResourceName[];
  readonly #consumer: ContextConsumer<typeof bridgeContext, Host>;
  #store: WweStore | undefined;
  #unwatch: (() => void) | undefined;
  /** What wakes the element, when not every resource it needs: see `followOnly`. */
  #followed: Watched[] | undefined;
  readonly #onChange = () => this.#host.requestUpdate();
  /** True once the element is connected and no provider answered; a late provider clears it. */
  missingProvider = false;

  constructor(host: Host, needs: readonly ResourceName[]) {
    this.#host = host;
    this.#needs = [...needs];
    host.addController(this);
    this.#consumer = new ContextConsumer(host, {
      context: bridgeContext,
      subscribe: true,
      callback: (client) => this.#use(client),
    });
  }

  /** The bridge, once provided. */
  get client(): ServiceClient | undefined {
    return this.#consumer.value;
  }

  /** The shared store, once a bridge is provided. */
  get store(): WweStore | undefined {
    return this.#store;
  }

  /** Loads more resources, now or as soon as a bridge is provided (e.g. when an attribute asks for them). */
  need(...resources: ResourceName[]): void {
    for (const resource of resources) if (!this.#needs.includes(resource)) this.#needs.push(resource);
    this.#store?.follow(this.#onChange, resources);
    void this.#store?.need(...resources);
  }

  /**
   * Wakes the element only for `watched` from now on (e.g. `interaction:<id>` rather than every
   * interaction); the resources it needs still load. Options it reads always wake it.
   */
  followOnly(watched: readonly Watched[]): void {
    this.#followed = [...watched, 'options'];
    this.#store?.refollow(this.#onChange, this.#followed);
  }

  /**
   * Before each render: a provider answers the context request synchronously when the element
   * connects, so by the first update an element without a bridge knows it has none. A provider
   * that comes later reaches it through the page's ContextRoot and clears this.
   */
  hostUpdate(): void {
    if (this.#consumer.value || this.missingProvider || !this.#host.isConnected || awaitsProvider(this.#host)) return;
    this.missingProvider = true;
    if (!warned) {
      warned = true;
      // eslint-disable-next-line no-console -- the page author must learn what to add; once per page
      console.warn(`[wwe-kit] <${this.#host.localName}>: ${MISSING_PROVIDER}`);
    }
  }

  hostDisconnected(): void {
    this.missingProvider = false;
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  #use(client: ServiceClient | undefined): void {
    this.#unwatch?.();
    this.#store = client ? WweStore.for(client) : undefined;
    this.missingProvider = false;
    if (this.#store) {
      // Only what this element renders wakes it; the options it reads arrive once.
      this.#unwatch = this.#store.watch(this.#onChange, this.#followed ?? [...this.#needs, 'options']);
      void this.#store.need(...this.#needs);
    }
    this.#host.requestUpdate();
  }
}
