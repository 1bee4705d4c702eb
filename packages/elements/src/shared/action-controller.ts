import type { ServiceClient } from '@wwe-kit/bridge';
import type { RequestName } from '@wwe-kit/protocol';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { MISSING_PROVIDER, StoreController } from '../store/controller.js';
import type { ResourceName } from '../store/resources.js';
import type { WweStore } from '../store/store.js';
import { describeFailure } from './errors.js';

/** The element: a WweElement shows the action in flight as `:state(pending)`. */
type Host = ReactiveControllerHost & HTMLElement & { setPending?(pending: boolean): void };

/**
 * What every element does around a request, in one place: the bridge and shared store (through
 * a `StoreController`), the action in flight, the error to show, whether the page may call a
 * request (and the reason when it may not), and the missing-bridge state. An element asks it to
 * `run` its actions and renders `status()` where it shows its messages.
 * @internal
 */
export class ActionController {
  readonly #host: Host;
  readonly #store: StoreController;
  /** The label of the action in flight, e.g. 'dial'; undefined when none is. */
  pending: string | undefined;
  /** What went wrong with the last action, in words a page user can act on; '' when nothing did. */
  error = '';

  constructor(host: Host, needs: readonly ResourceName[]) {
    this.#host = host;
    // The store controller follows the element's lifecycle; this one only acts when asked.
    this.#store = new StoreController(host, needs);
  }

  /** The bridge, once a `<wwe-bridge>` provides one. */
  get client(): ServiceClient | undefined {
    return this.#store.client;
  }

  /** The page's shared store, once a bridge is provided. */
  get store(): WweStore | undefined {
    return this.#store.store;
  }

  /** Whether no `<wwe-bridge>` provides a bridge to the element. */
  get missingProvider(): boolean {
    return this.#store.missingProvider;
  }

  /** Loads more shared resources, and re-renders on their changes too. */
  need(...resources: ResourceName[]): void {
    this.#store.need(...resources);
  }

  /**
   * For an element that shows one interaction: it wakes for that interaction's changes (and the
   * allowed services), not for every other interaction's; with no id, for every interaction.
   */
  followInteraction(interactionId: string): void {
    this.#store.followOnly(['allowedServices', interactionId ? `interaction:${interactionId}` : 'interactions']);
  }

  /** Whether the page may call `request`: true until `system.getAllowedServices` says otherwise. */
  allows(request: RequestName): boolean {
    return this.store?.allows(request) !== false;
  }

  /** Why the page may not call `request`, for the user; undefined when it may (or it is not known yet). */
  refusal(request: RequestName): string | undefined {
    return this.allows(request)
      ? undefined
      : `This page may not call ${request} (service-client-api.accepted-web-content-origins).`;
  }

  /**
   * Runs an action with the bridge: marks it pending, clears the last error, and shows the
   * failure if it fails. Resolves with its result, or undefined when it failed or there is no bridge.
   */
  async run<T>(label: string, action: (client: ServiceClient) => Promise<T>): Promise<T | undefined> {
    const client = this.client;
    if (!client) return undefined;
    this.pending = label;
    this.error = '';
    this.#host.setPending?.(true);
    this.#host.requestUpdate();
    try {
      return await action(client);
    } catch (failure) {
      this.error = describeFailure(failure);
      return undefined;
    } finally {
      this.pending = undefined;
      this.#host.setPending?.(false);
      this.#host.requestUpdate();
    }
  }

  /**
   * What the element shows instead of its content when it cannot have any: no bridge, or a shared
   * resource it renders that failed to load (with the reason). Undefined when neither is the case.
   */
  blocked(resource: ResourceName): TemplateResult | undefined {
    if (this.missingProvider) return this.status();
    const store = this.store;
    if (store?.status(resource) === 'error')
      return html`<span part="error" role="alert">${describeFailure(store.error(resource))}</span>`;
    return undefined;
  }

  /** The placeholder of an element whose interaction is not (or not yet) among the agent's interactions. */
  missingInteraction(interactionId: string): TemplateResult {
    return html`<p part="empty">${
      this.store?.status('interactions') === 'ready'
        ? `No interaction ${interactionId || '(set interaction-id)'} among the agent's interactions.`
        : 'Loading…'
    }</p>`;
  }

  /** Shows what the user must know: no bridge, the last error, and a refusal when given one. */
  status(refusal?: string): TemplateResult {
    if (this.missingProvider) return html`<span part="error" role="alert">${MISSING_PROVIDER}</span>`;
    return html`${this.error ? html`<span part="error" role="alert">${this.error}</span>` : nothing}${refusal ? html`<span part="reason">${refusal}</span>` : nothing}`;
  }
}
