import { LitElement } from 'lit';

/** The `wwe-*` events of `GlobalEventHandlersEventMap`: each element declares its own there. */
export type WweEventName = Extract<keyof GlobalEventHandlersEventMap, `wwe-${string}`>;
/** The detail an event of `WweEventName` carries. */
export type WweEventDetail<K extends WweEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

// Built outside the class, so the manifest analyzer, which reads `new CustomEvent(…)` in class
// bodies, does not list a stray event named after this parameter: each element's @fires documents its own.
const wweEvent = (type: string, detail: unknown, cancelable: boolean) =>
  new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });

/**
 * The base of every wwe-kit element: a LitElement with one way to tell the page what happened.
 * Its events bubble and are composed, so a listener on the page, on `<wwe-bridge>` or on a
 * framework component's root hears them wherever the element sits, shadow roots included.
 * @internal
 */
export class WweElement extends LitElement {
  /** @internal */
  #internals: ElementInternals | undefined;

  /**
   * Shows an action in flight to the page's CSS as the custom state `:state(pending)`, so a page can
   * style what it slotted (its own trigger button) while Workspace has not answered. Each element
   * documents the state with `@cssstate pending`.
   * @internal
   */
  setPending(pending: boolean): void {
    const states = (this.#internals ??= this.attachInternals()).states;
    if (pending) states.add('pending');
    else states.delete('pending');
  }

  /**
   * Dispatches the `wwe-*` event `type` with a detail of its declared type; answers whether no
   * listener cancelled it.
   */
  protected emit<K extends WweEventName>(
    type: K,
    detail: WweEventDetail<K>,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(wweEvent(type, detail, options.cancelable ?? false));
  }
}
