import { ContextConsumer } from '@lit/context';
import type { ServiceClient } from '@wwe-kit/bridge';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bridgeContext } from '../context.js';
import type { ResourceName } from './resources.js';
import { WweStore } from './store.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The message an element shows, and logs once per page, when no `<wwe-bridge>` provides a bridge. */
export const MISSING_PROVIDER = 'No <wwe-bridge> around this element: wrap wwe-kit elements in <wwe-bridge host-origin="https://your-workspace.example.com">, or set its client property.';
let warned = false;

/**
 * Connects an element to the page's bridge (through `bridgeContext`) and its
 * shared store: loads the resources it names, re-renders it on every change,
 * and says when there is no provider.
 */
export class StoreController implements ReactiveController {
  readonly #host: Host;
  readonly #needs: ResourceName[];
  readonly #consumer: ContextConsumer<typeof bridgeContext, Host>;
  #store: WweStore | undefined;
  #unwatch: (() => void) | undefined;
  #missingCheck = 0;
  /** True once the element is connected and no provider answered. */
  missingProvider = false;

  constructor(host: Host, needs: readonly ResourceName[]) {
    this.#host = host;
    this.#needs = [...needs];
    host.addController(this);
    this.#consumer = new ContextConsumer(host, { context: bridgeContext, subscribe: true, callback: (client) => this.#use(client) });
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
    void this.#store?.need(...resources);
  }

  hostConnected(): void {
    const check = ++this.#missingCheck;
    // Providers answer the context request synchronously on connection; give upgrades a frame anyway.
    requestAnimationFrame(() => {
      if (check !== this.#missingCheck || this.#consumer.value) return;
      this.missingProvider = true;
      if (!warned) {
        warned = true;
        // eslint-disable-next-line no-console -- the page author must learn what to add; once per page
        console.warn(`[wwe-kit] <${this.#host.localName}>: ${MISSING_PROVIDER}`);
      }
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#missingCheck++;
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  #use(client: ServiceClient | undefined): void {
    this.#unwatch?.();
    this.#store = client ? WweStore.for(client) : undefined;
    this.missingProvider = false;
    if (this.#store) {
      this.#unwatch = this.#store.watch(() => this.#host.requestUpdate());
      void this.#store.need(...this.#needs);
    }
    this.#host.requestUpdate();
  }
}
