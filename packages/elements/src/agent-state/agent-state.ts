import type { State } from '@wwe-kit/protocol';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeFailure } from '../shared/errors.js';
import { MISSING_PROVIDER, StoreController } from '../store/controller.js';
import { agentStateStyles } from './agent-state.styles.js';

/** The detail of `wwe-state-change`. */
export interface StateChangeDetail {
  /** The operationName that was applied. */
  readonly operationName: string;
  /** The media it was applied to; absent for the agent's global state. */
  readonly media?: string;
}

let nextId = 0;

/**
 * Shows the agent's state and lets the agent change it from the state list: the whole agent
 * (`agent.setState`), or one channel with `media` (`media.setState`). A select-only combobox with a listbox,
 * fully keyboard-operable (arrows, Home, End, Enter, Space, Escape).
 *
 * @tag wwe-agent-state
 * @summary The agent's state, and a menu of the states to change to.
 *
 * @attr media - A channel (`voice`, `chat`…) to show and set instead of the agent's global state.
 * @attr label - The accessible name of the control. Default "Agent state".
 * @attr type - Reflects the current state's type (`READY`, `NOT_READY`…), for styling.
 *
 * @prop {string | undefined} media - See the `media` attribute.
 * @prop {string} label - See the `label` attribute.
 * @prop {State | undefined} current - The state shown (read-only).
 *
 * @fires {CustomEvent<StateChangeDetail>} wwe-state-change - A state the agent chose was applied by Workspace.
 *
 * @csspart trigger - The select-only combobox showing the current state.
 * @csspart indicator - The coloured dot of the state type.
 * @csspart name - The state's display name (with the reason, for states that carry one).
 * @csspart type - The state's type, in words.
 * @csspart menu - The list of states.
 * @csspart option - One state of the list; also `active` when keyboard-focused.
 * @csspart error - The message of a failed change.
 * @csspart reason - Why the control is disabled.
 *
 * @cssprop --wwe-agent-state-background - Background of the button and the menu.
 * @cssprop --wwe-agent-state-border - Border colour.
 * @cssprop --wwe-agent-state-active - Background of the keyboard-focused option.
 * @cssprop --wwe-agent-state-ready - Indicator colour of READY.
 * @cssprop --wwe-agent-state-not-ready - Indicator colour of the other states.
 * @cssprop --wwe-agent-state-logout - Indicator colour of LOGOUT.
 * @cssprop --wwe-agent-state-radius - Corner radius.
 */
export class WweAgentStateElement extends LitElement {
  static override styles = agentStateStyles;

  @property({ reflect: true }) media: string | undefined;
  @property() label = 'Agent state';
  @property({ reflect: true }) type: string | undefined;
  @state() private open = false;
  @state() private active = 0;
  @state() private pending = false;
  @state() private error = '';

  readonly #store = new StoreController(this, ['allowedServices', 'state', 'stateList']);
  readonly #id = `wwe-agent-state-${nextId++}`;

  /** The state shown: the agent's, or the channel's with `media`. */
  get current(): State | undefined {
    const store = this.#store.store;
    if (!this.media) return store?.get('state');
    return store?.get('media')?.find((entry) => entry.name === this.media)?.state;
  }

  get #request() {
    return this.media ? 'media.setState' : 'agent.setState';
  }

  /** Why the agent cannot change the state here, if it cannot. */
  get #disabledReason(): string {
    const allowed = this.#store.store?.allows(this.#request);
    return allowed === false ? `This page may not call ${this.#request} (service-client-api.accepted-web-content-origins).` : '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('media') && this.media) this.#store.need('media');
    this.type = this.current?.type;
  }

  #states(): State[] {
    return this.#store.store?.get('stateList') ?? [];
  }

  #toggle(open = !this.open): void {
    if (this.pending || !this.current || this.#disabledReason) return;
    this.open = open;
    if (open) this.active = Math.max(0, this.#states().findIndex((entry) => entry.operationName === this.current?.operationName));
  }

  async #choose(choice: State | undefined): Promise<void> {
    if (!choice || !this.#store.client) return;
    this.open = false;
    this.pending = true;
    this.error = '';
    try {
      const client = this.#store.client;
      if (this.media) await client.media.setState(this.media, choice.operationName);
      else await client.agent.setState(choice.operationName);
      this.dispatchEvent(new CustomEvent<StateChangeDetail>('wwe-state-change', {
        detail: { operationName: choice.operationName, ...(this.media ? { media: this.media } : {}) }, bubbles: true, composed: true,
      }));
    } catch (failure) {
      this.error = describeFailure(failure);
    } finally {
      this.pending = false;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=trigger]')?.focus();
    }
  }

  #onKey(event: KeyboardEvent): void {
    const count = this.#states().length;
    const moves: Record<string, () => void> = {
      ArrowDown: () => (this.open ? (this.active = (this.active + 1) % count) : this.#toggle(true)),
      ArrowUp: () => (this.open ? (this.active = (this.active - 1 + count) % count) : this.#toggle(true)),
      Home: () => { this.active = 0; },
      End: () => { this.active = count - 1; },
      Enter: () => (this.open ? void this.#choose(this.#states()[this.active]) : this.#toggle(true)),
      ' ': () => (this.open ? void this.#choose(this.#states()[this.active]) : this.#toggle(true)),
      Escape: () => { this.open = false; },
      Tab: () => { this.open = false; },
    };
    const move = moves[event.key];
    if (!move || count === 0) return;
    if (event.key !== 'Tab') event.preventDefault();
    move();
  }

  protected override render() {
    if (this.#store.missingProvider) return html`<span part="error" role="alert">${MISSING_PROVIDER}</span>`;
    const current = this.current;
    const reason = this.#disabledReason;
    const states = this.#states();
    const loading = !current;
    const disabled = this.pending || loading || Boolean(reason);
    return html`
      <div part="trigger" role="combobox" tabindex=${disabled ? '-1' : '0'} aria-haspopup="listbox"
        aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${`${this.#id}-menu`}
        aria-label=${`${this.label}: ${current?.displayName ?? 'loading'}`} aria-busy=${this.pending || loading ? 'true' : 'false'}
        aria-disabled=${disabled ? 'true' : 'false'} aria-activedescendant=${this.open ? `${this.#id}-${this.active}` : nothing}
        @click=${() => this.#toggle()} @keydown=${(event: KeyboardEvent) => this.#onKey(event)}>
        <span part="indicator" aria-hidden="true"></span>
        <span part="name">${current?.displayName ?? 'Loading…'}</span>
        ${current ? html`<span part="type">${current.type.toLowerCase().replaceAll('_', ' ')}</span>` : nothing}
        ${this.pending ? html`<span class="visually-hidden">changing</span>` : nothing}
      </div>
      <ul part="menu" role="listbox" id=${`${this.#id}-menu`} aria-label=${this.label} ?hidden=${!this.open}>
        ${states.map((entry, index) => html`
          <li id=${`${this.#id}-${index}`} role="option" part=${index === this.active ? 'option active' : 'option'}
            aria-selected=${entry.operationName === current?.operationName ? 'true' : 'false'}
            @click=${() => this.#choose(entry)} @pointerdown=${(event: Event) => event.preventDefault()}>${entry.displayName}</li>`)}
      </ul>
      ${this.error ? html`<span part="error" role="alert">${this.error}</span>` : nothing}
      ${reason ? html`<span part="reason">${reason}</span>` : nothing}
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-state-change': CustomEvent<StateChangeDetail>;
  }
}
