import type { State } from '@wwe-kit/protocol';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ActionController } from '../shared/action-controller.js';
import { WweElement } from '../shared/wwe-element.js';
import { agentStateStyles } from './agent-state.styles.js';

/** The detail of `wwe-state-change`. */
export interface StateChangeDetail {
  /** The operationName that was applied. */
  readonly operationName: string;
  /** The media it was applied to; absent for the agent's global state. */
  readonly media?: string;
}

let nextId = 0;
/** How long typed characters add up to one type-ahead search: a second, as the browser's own select. */
const TYPE_AHEAD_DELAY = 1000;

/** A state's type as words for its secondary label: "NOT_READY_ACTION_CODE" → "not ready (reason)". */
const typeWords = (type: string) =>
  type.toLowerCase().replaceAll('_', ' ').replace(' action code', ' (reason)').replace('dnd on', 'do not disturb');

/**
 * Shows the agent's state and lets the agent change it from the state list: the whole agent
 * (`agent.setState`), or one channel with `media` (`media.setState`). A select-only combobox with a listbox,
 * fully keyboard-operable (arrows, Home, End, Enter, Space, Escape), with the listbox's type-ahead: typing
 * moves to the next state whose name starts with what was typed (characters typed within a second add up).
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
 *
 * @cssstate pending - An action of the element waits for Workspace's answer (`wwe-agent-state:state(pending)`).
 */
export class WweAgentStateElement extends WweElement {
  static override styles = agentStateStyles;

  @property({ reflect: true }) media: string | undefined;
  @property() label = 'Agent state';
  @property({ reflect: true }) type: string | undefined;
  @state() private open = false;
  @state() private active = 0;

  readonly #actions = new ActionController(this, ['allowedServices', 'state', 'stateList']);
  readonly #id = `wwe-agent-state-${nextId++}`;
  /** What the agent typed for the type-ahead, until a second passes without typing. */
  #typed = '';
  #typedTimer: ReturnType<typeof setTimeout> | undefined;

  /** The state shown: the agent's, or the channel's with `media`. */
  get current(): State | undefined {
    const store = this.#actions.store;
    if (!this.media) return store?.get('state');
    return store?.get('media')?.find((entry) => entry.name === this.media)?.state;
  }

  get #request() {
    return this.media ? 'media.setState' : 'agent.setState';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('media') && this.media) this.#actions.need('media');
    this.type = this.current?.type;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forgetTyped();
  }

  #states(): State[] {
    return this.#actions.store?.get('stateList') ?? [];
  }

  #toggle(open = !this.open): void {
    if (this.#actions.pending || !this.current || this.#actions.refusal(this.#request)) return;
    this.open = open;
    if (open)
      this.active = Math.max(
        0,
        this.#states().findIndex((entry) => entry.operationName === this.current?.operationName),
      );
  }

  async #choose(choice: State | undefined): Promise<void> {
    if (!choice || !this.#actions.client) return;
    this.open = false;
    const { media } = this;
    await this.#actions.run('set', async (client) => {
      if (media) await client.media.setState(media, choice.operationName);
      else await client.agent.setState(choice.operationName);
      this.emit('wwe-state-change', { operationName: choice.operationName, ...(media ? { media } : {}) });
    });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=trigger]')?.focus();
  }

  #forgetTyped(): void {
    clearTimeout(this.#typedTimer);
    this.#typed = '';
  }

  /**
   * The listbox's type-ahead (APG): the next state whose name starts with what was typed. A first
   * character looks from the state after the active one; more characters keep the active state while it
   * still matches; the same character again goes on to the next state starting with it.
   */
  #typeAhead(character: string): void {
    if (!this.open) this.#toggle(true);
    if (!this.open) return;
    clearTimeout(this.#typedTimer);
    this.#typedTimer = setTimeout(() => this.#forgetTyped(), TYPE_AHEAD_DELAY);
    const names = this.#states().map((entry) => entry.displayName.toLowerCase());
    const find = (prefix: string, from: number) =>
      [...names.keys()]
        .map((offset) => (from + offset) % names.length)
        .find((index) => names[index]!.startsWith(prefix));
    const char = character.toLowerCase();
    let typed = this.#typed + char;
    let found = [...typed].every((each) => each === char) ? find(char, this.active + 1) : find(typed, this.active);
    // Nothing starts with all that was typed: a new search, with this character.
    if (found === undefined) found = find((typed = char), this.active + 1);
    this.#typed = typed;
    if (found !== undefined) this.active = found;
  }

  #onKey(event: KeyboardEvent): void {
    const count = this.#states().length;
    if (
      count &&
      event.key.length === 1 &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      (event.key !== ' ' || this.#typed)
    ) {
      event.preventDefault();
      this.#typeAhead(event.key);
      return;
    }
    const moves: Record<string, () => void> = {
      ArrowDown: () => (this.open ? (this.active = (this.active + 1) % count) : this.#toggle(true)),
      ArrowUp: () => (this.open ? (this.active = (this.active - 1 + count) % count) : this.#toggle(true)),
      Home: () => {
        this.active = 0;
      },
      End: () => {
        this.active = count - 1;
      },
      Enter: () => (this.open ? void this.#choose(this.#states()[this.active]) : this.#toggle(true)),
      ' ': () => (this.open ? void this.#choose(this.#states()[this.active]) : this.#toggle(true)),
      Escape: () => {
        this.open = false;
      },
      Tab: () => {
        this.open = false;
      },
    };
    const move = moves[event.key];
    if (!move || count === 0) return;
    if (event.key !== 'Tab') event.preventDefault();
    this.#forgetTyped();
    move();
  }

  protected override render() {
    if (this.#actions.missingProvider) return this.#actions.status();
    const current = this.current;
    const refusal = this.#actions.refusal(this.#request);
    const states = this.#states();
    const loading = !current;
    const pending = Boolean(this.#actions.pending);
    const disabled = pending || loading || Boolean(refusal);
    return html`
      <div part="trigger" role="combobox" tabindex=${disabled ? '-1' : '0'} aria-haspopup="listbox"
        aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${`${this.#id}-menu`}
        aria-label=${`${this.label}: ${current?.displayName ?? 'loading'}`} aria-busy=${pending || loading ? 'true' : 'false'}
        aria-disabled=${disabled ? 'true' : 'false'} aria-activedescendant=${this.open ? `${this.#id}-${this.active}` : nothing}
        @click=${() => this.#toggle()} @keydown=${(event: KeyboardEvent) => this.#onKey(event)}>
        <span part="indicator" aria-hidden="true"></span>
        <span part="name">${current?.displayName ?? 'Loading…'}</span>
        ${current ? html`<span part="type">${typeWords(current.type)}</span>` : nothing}
        ${pending ? html`<span class="visually-hidden">changing</span>` : nothing}
      </div>
      <ul part="menu" role="listbox" id=${`${this.#id}-menu`} aria-label=${this.label} ?hidden=${!this.open}>
        ${states.map(
          (entry, index) => html`
          <li id=${`${this.#id}-${index}`} role="option" part=${index === this.active ? 'option active' : 'option'}
            aria-selected=${entry.operationName === current?.operationName ? 'true' : 'false'}
            @click=${() => this.#choose(entry)} @pointerdown=${(event: Event) => event.preventDefault()}>${entry.displayName}</li>`,
        )}
      </ul>
      ${this.#actions.status(refusal)}
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-state-change': CustomEvent<StateChangeDetail>;
  }
}
