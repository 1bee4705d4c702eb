/**
 * `<wk-traffic-inspector>`: the inspector as an element in the page's light DOM (so the shell's
 * stylesheets apply), drawing itself when the log or its state changes, at most once a frame, and on
 * scroll: the shell's own render is not needed for a new message. The docked inspector and the
 * pop-out window are each one of these on the same shell.
 */
import { html, LitElement, nothing } from 'lit';
import { everything } from './filtered-traffic.js';
import { actionsFor, type InspectorShell } from './actions.js';
import { detailPane } from './detail-pane.js';
import { applyDockHeight, dockHandle, dockHeight } from './dock.js';
import { ROW_HEIGHT, trafficGrid } from './grid.js';
import { replayOf } from './replay.js';
import { toolbar } from './toolbar.js';

export type { InspectorShell } from './actions.js';

const ROW_PREFIX = 'inspector';

export class TrafficInspector extends LitElement {
  #shell: InspectorShell | undefined;
  #poppedOut = false;
  #unlisten: Array<() => void> = [];
  #frame: number | undefined;
  #scrollTop = 0;
  #height = 240;
  /** Keeps the newest message in sight until the user scrolls up, as DevTools does. */
  #followNewest = true;
  /** A row the keyboard moved to, to scroll into sight once drawn. */
  #reveal: number | undefined;

  get shell(): InspectorShell | undefined {
    return this.#shell;
  }

  set shell(shell: InspectorShell | undefined) {
    if (shell === this.#shell) return;
    this.#shell = shell;
    this.#listen();
    this.requestUpdate();
  }

  /** In its own window: no dock handle, no pop-out or collapse. */
  get poppedOut(): boolean {
    return this.#poppedOut;
  }

  set poppedOut(value: boolean) {
    this.#poppedOut = value;
    this.requestUpdate();
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen();
    if (!this.#poppedOut && this.#shell) applyDockHeight(dockHeight(), this.#shell.inspector.collapsed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.#unlisten) stop();
    this.#unlisten = [];
  }

  #listen(): void {
    for (const stop of this.#unlisten) stop();
    this.#unlisten = [];
    if (!this.isConnected || !this.#shell) return;
    const schedule = () => this.#schedule();
    this.#unlisten = [this.#shell.traffic.listen(schedule), this.#shell.inspector.listen(schedule)];
  }

  #schedule(): void {
    if (this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.requestUpdate();
    });
  }

  #grid(): HTMLElement | null {
    return this.querySelector('.wk-grid');
  }

  #keydown(event: KeyboardEvent): void {
    const shell = this.#shell!;
    const state = shell.inspector;
    const view = state.view(shell.traffic);
    if (!view.count) return;
    const current = state.selected === undefined ? -1 : view.indexOf(state.selected);
    const page = Math.max(1, Math.floor(this.#height / ROW_HEIGHT) - 1);
    const targets: Record<string, number> = {
      ArrowDown: current < 0 ? 0 : current + 1,
      ArrowUp: current < 0 ? view.count - 1 : current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: view.count - 1,
    };
    if (event.key === 'Enter' && current >= 0) {
      event.preventDefault();
      this.querySelector<HTMLElement>('#inspector-detail-title')?.focus();
      return;
    }
    if (event.key === 'Escape') return state.select(undefined);
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const index = Math.max(0, Math.min(view.count - 1, target));
    this.#reveal = index;
    this.#followNewest = index === view.count - 1;
    state.select(view.at(index)!.seq);
  }

  #scrolled(event: Event): void {
    const grid = event.currentTarget as HTMLElement;
    this.#scrollTop = grid.scrollTop;
    this.#followNewest = grid.scrollTop + grid.clientHeight >= grid.scrollHeight - ROW_HEIGHT;
    // Drawn before this frame paints (Lit updates in a microtask), so a scroll never shows a gap.
    this.requestUpdate();
  }

  protected override render() {
    const shell = this.#shell;
    if (!shell) return nothing;
    const state = shell.inspector;
    const view = state.view(shell.traffic);
    const actions = actionsFor(shell, this.#poppedOut, () => this.requestUpdate());
    const selected = state.selected === undefined ? undefined : view.log.bySeq(state.selected);
    // Collapsing is the dock's: a popped-out window always shows the list, whatever the dock does.
    const collapsed = state.collapsed && !this.#poppedOut;
    return html`<div class="wk-inspector" id="inspector" data-popped-out=${this.#poppedOut}>
      ${this.#poppedOut ? nothing : dockHandle(state.collapsed, () => this.requestUpdate())}
      ${toolbar(state, shell.traffic, view, { poppedOut: this.#poppedOut, collapsed }, actions)}
      <div id="inspector-body" class="wk-body" ?hidden=${collapsed}>
        ${trafficGrid(view, { scrollTop: this.#scrollTop, height: this.#height }, state.selected, ROW_PREFIX, {
          select: (entry) => state.select(entry.seq),
          keydown: (event) => this.#keydown(event),
          scrolled: (event) => this.#scrolled(event),
        })}
        ${
          selected
            ? detailPane(
                view.log,
                selected,
                replayOf(shell, selected, state.recording !== undefined),
                state.code,
                actions,
              )
            : html`<p class="wk-detail wk-muted" id="inspector-detail-empty">
              ${
                view.count
                  ? 'Select a message (click, or arrow keys in the list) to see it in full.'
                  : state.filter === everything
                    ? 'No messages yet: they appear as the views talk to Workspace.'
                    : 'No message matches the filter.'
              }
            </p>`
        }
      </div>
    </div>`;
  }

  protected override updated(): void {
    const grid = this.#grid();
    if (!grid) return;
    if (grid.clientHeight !== this.#height && grid.clientHeight > 0) {
      this.#height = grid.clientHeight;
      this.#schedule();
    }
    if (this.#reveal !== undefined) {
      const top = this.#reveal * ROW_HEIGHT;
      const head = ROW_HEIGHT;
      if (top < grid.scrollTop) grid.scrollTop = top;
      else if (top + ROW_HEIGHT + head > grid.scrollTop + grid.clientHeight)
        grid.scrollTop = top + ROW_HEIGHT + head - grid.clientHeight;
      this.#reveal = undefined;
    } else if (this.#followNewest && grid.scrollTop + grid.clientHeight < grid.scrollHeight) {
      grid.scrollTop = grid.scrollHeight;
    }
    if (grid.scrollTop !== this.#scrollTop) {
      this.#scrollTop = grid.scrollTop;
      this.#schedule();
    }
  }
}

if (!customElements.get('wk-traffic-inspector')) customElements.define('wk-traffic-inspector', TrafficInspector);

declare global {
  interface HTMLElementTagNameMap {
    'wk-traffic-inspector': TrafficInspector;
  }
}
