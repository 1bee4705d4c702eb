/**
 * The live web-content views: iframes for tabs, hidden iframes for background
 * and hidden views, popups from `window.open`. Each is registered with the host
 * under its section before it loads, and removed with its interaction (or with
 * the session, at workspace level). Iframes live outside the rendered templates
 * so that re-rendering never reloads a page.
 */
import type { ClientFrame, FrameMode, ServiceHost } from '@wwe-kit/host';
import type { Interaction } from '@wwe-kit/protocol';
import type { ViewSpec } from './option-views.js';
import { expandUrl, type UrlContext } from './url-variables.js';
import { loadableUrl } from './safe-values.js';

/** One view on screen (or in the background). */
export interface LiveView {
  readonly key: string;
  readonly spec: ViewSpec;
  readonly interactionId: string | undefined;
  readonly url: string;
  readonly problems: readonly string[];
  readonly iframe: HTMLIFrameElement | undefined;
  popup: Window | undefined;
  frame: ClientFrame | undefined;
}

export interface ViewContainers {
  /** Where workspace-level tabs go. */
  readonly desktop: HTMLElement;
  /** Where interaction-level tabs go. */
  readonly interactions: HTMLElement;
  /** Where background and hidden views go. */
  readonly hidden: HTMLElement;
}

const hostModes: Record<ViewSpec['mode'], { interaction: FrameMode; workspace: FrameMode }> = {
  tab: { interaction: 'tab', workspace: 'workspace-tab' },
  popup: { interaction: 'popup', workspace: 'popup' },
  background: { interaction: 'background', workspace: 'background' },
  hidden: { interaction: 'hidden', workspace: 'hidden' },
};

export class ViewManager {
  readonly #host: ServiceHost;
  readonly #containers: ViewContainers;
  readonly #context: () => Omit<UrlContext, 'interaction'>;
  readonly #onVisibility: (frame: ClientFrame, visible: boolean) => void;
  readonly #onLoaded: (frame: ClientFrame) => void;
  readonly #onClosed: (frame: ClientFrame) => void;
  readonly #views = new Map<string, LiveView>();
  #specs: readonly ViewSpec[] = [];

  constructor(
    host: ServiceHost,
    containers: ViewContainers,
    options: {
      context: () => Omit<UrlContext, 'interaction'>;
      onVisibility: (frame: ClientFrame, visible: boolean) => void;
      /** A view's document loaded (an iframe's load event), or its popup opened. */
      onLoaded?: (frame: ClientFrame) => void;
      onClosed?: (frame: ClientFrame) => void;
    },
  ) {
    this.#host = host;
    this.#containers = containers;
    this.#context = options.context;
    this.#onVisibility = options.onVisibility;
    this.#onLoaded = options.onLoaded ?? (() => undefined);
    this.#onClosed = options.onClosed ?? (() => undefined);
  }

  /** Every live view, workspace-level first. */
  get views(): LiveView[] {
    return [...this.#views.values()];
  }

  viewsOf(interactionId: string | undefined): LiveView[] {
    return this.views.filter((view) => view.interactionId === interactionId);
  }

  get specs(): readonly ViewSpec[] {
    return this.#specs;
  }

  /** New option data: every view is closed and opened again as the options now describe it. */
  setSpecs(specs: readonly ViewSpec[], interactions: readonly Interaction[]): void {
    for (const view of this.views) this.#close(view);
    this.#specs = specs;
    for (const spec of specs.filter((candidate) => candidate.level === 'workspace')) this.#open(spec, undefined);
    this.sync(interactions);
  }

  /** Opens the views of new interactions and closes those of interactions that are gone. */
  sync(interactions: readonly Interaction[]): void {
    const live = new Set(interactions.map((interaction) => interaction.interactionId));
    for (const view of this.views) {
      if (view.interactionId !== undefined && !live.has(view.interactionId)) this.#close(view);
    }
    for (const interaction of interactions) {
      for (const spec of this.#specs.filter((candidate) => candidate.level === 'interaction')) {
        if (!this.#views.has(keyOf(spec, interaction.interactionId))) this.#open(spec, interaction);
      }
    }
  }

  /** Shows one tab of a container and hides the others; the simulator hears who is visible. */
  show(container: 'desktop' | 'interactions', key: string | undefined): void {
    for (const view of this.views) {
      if (!view.iframe || view.iframe.parentElement !== this.#containers[container]) continue;
      const visible = view.key === key;
      view.iframe.hidden = !visible;
      if (view.frame) this.#onVisibility(view.frame, visible);
    }
  }

  /** Opens (or focuses) a popup view, registered with the host; called from a click, so browsers allow it. Throws when blocked. */
  openPopup(key: string): string {
    const view = this.#views.get(key);
    if (!view || view.spec.mode !== 'popup')
      throw new Error(`No popup view '${key}' is open; its interaction may be gone.`);
    if (view.popup && !view.popup.closed) {
      view.popup.focus();
      return 'popup brought to the front.';
    }
    const popup = window.open(view.url, `wwe-${view.key}`, 'popup,width=520,height=680');
    if (!popup)
      throw new Error(
        `the browser blocked the popup '${view.spec.label}'. Allow popups for ${location.origin} and click again.`,
      );
    view.popup = popup;
    if (view.frame) this.#onClosed(view.frame);
    view.frame = this.#host.registerFrame({ window: popup, section: view.spec.section, mode: 'popup', url: view.url });
    // A cross-origin popup's load cannot be heard; its opening starts the diagnosis's clock.
    this.#onLoaded(view.frame);
    return `popup open at ${view.url}.`;
  }

  dispose(): void {
    for (const view of this.views) this.#close(view);
  }

  #open(spec: ViewSpec, interaction: Interaction | undefined): void {
    const expanded = expandUrl(spec.url, { ...this.#context(), ...(interaction ? { interaction } : {}) });
    // Option data is the operator's, but the shell loads nothing that is not an http(s) page all the same.
    const url = loadableUrl(expanded.url) ?? 'about:blank';
    const problems =
      url === expanded.url
        ? expanded.problems
        : [
            ...expanded.problems,
            `The url "${expanded.url}" of section ${spec.section} is not an http: or https: url; the view stays empty. Write an absolute http(s) url.`,
          ];
    const key = keyOf(spec, interaction?.interactionId);
    const base = {
      key,
      spec,
      interactionId: interaction?.interactionId,
      url,
      problems,
      popup: undefined,
      frame: undefined,
    };
    if (spec.mode === 'popup') {
      this.#views.set(key, { ...base, iframe: undefined });
      return;
    }
    const iframe = document.createElement('iframe');
    iframe.title = spec.label;
    iframe.dataset['section'] = spec.section;
    iframe.dataset['view'] = key;
    if (interaction) iframe.dataset['interaction'] = interaction.interactionId;
    const shown = spec.mode === 'tab';
    const container = !shown
      ? this.#containers.hidden
      : interaction
        ? this.#containers.interactions
        : this.#containers.desktop;
    iframe.hidden = true;
    // Registered and pointed at its url before it is attached: an attached blank iframe would
    // fire a load that the host answers by posting the frameId to an origin it does not have yet.
    iframe.src = url;
    const view: LiveView = { ...base, iframe };
    view.frame = this.#host.registerFrame({
      iframe,
      section: spec.section,
      mode: hostModes[spec.mode][spec.level],
      url,
    });
    this.#onVisibility(view.frame, false);
    const frame = view.frame;
    iframe.addEventListener('load', () => this.#onLoaded(frame));
    container.append(iframe);
    this.#views.set(key, view);
  }

  #close(view: LiveView): void {
    this.#views.delete(view.key);
    if (view.frame) {
      this.#host.unregisterFrame(view.frame);
      this.#onClosed(view.frame);
    }
    view.iframe?.remove();
    if (view.popup && !view.popup.closed) view.popup.close();
  }
}

const keyOf = (spec: ViewSpec, interactionId: string | undefined) =>
  interactionId === undefined ? spec.section : `${spec.section}-${interactionId}`;
