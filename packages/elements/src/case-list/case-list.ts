import type { Interaction, InteractionEvent } from '@wwe-kit/protocol';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ActionController } from '../shared/action-controller.js';
import { WweElement } from '../shared/wwe-element.js';
import type { WweStore } from '../store/store.js';
import { caseListStyles } from './case-list.styles.js';

/** The detail of `wwe-case-select`. */
export interface CaseSelectDetail {
  /** The case Workspace selected. */
  readonly caseId: string;
}

/** One case: its id and its interactions, the main one first. */
interface Case {
  readonly id: string;
  readonly interactions: readonly Interaction[];
}

/** "Call +14155550100 · TALKING", "Consultation 5001 · DIALING", "Chat ada@example.com · ACCEPTED". */
const describe = (interaction: Interaction): string => {
  const media = interaction.media ?? 'interaction';
  const kind = interaction.isConsultation
    ? 'Consultation'
    : media === 'voice'
      ? 'Call'
      : media[0]!.toUpperCase() + media.slice(1);
  const party = interaction.parties?.[0]?.name ?? interaction.ani ?? interaction.dnis ?? interaction.interactionId;
  return `${kind} ${party} · ${interaction.state}`;
};

/**
 * The agent's interactions grouped in cases as Workspace shows them (by `caseId`, the main
 * interaction of each case, `isMainCaseInteraction`, first), with the selected case marked
 * (`isCaseSelected`) and an expanded case (`isCaseExpanded`) listing all its interactions, kept
 * current from the interaction events, CASE_SELECTED and CASE_EXPANDED included. A single-select
 * listbox: the arrow keys, Home and End move among the cases, Enter or Space (or a click) selects
 * one in Workspace with `interaction.selectCaseByCaseId`. Interactions without a `caseId` are not
 * listed: Workspace cannot select them by case.
 *
 * @tag wwe-case-list
 * @summary The agent's cases, and the one selected in Workspace.
 *
 * @attr label - The accessible name of the list. Default "Cases".
 *
 * @prop {string} label - The accessible name of the list.
 * @prop {string | undefined} selectedCaseId - The case selected in Workspace, as far as the page knows (read-only).
 *
 * @fires {CustomEvent<CaseSelectDetail>} wwe-case-select - Workspace selected the case the user chose.
 *
 * @csspart list - The listbox of cases.
 * @csspart case - One case (an option); also `selected` for the selected case and `expanded` for an expanded one.
 * @csspart marker - The check mark of the selected case.
 * @csspart interaction - One interaction of a case; also `main` for the main interaction.
 * @csspart more - How many more interactions a collapsed case holds.
 * @csspart empty - The line shown while there is no case to show (loading, none).
 * @csspart error - Why the last selection failed, or why the interactions could not be read.
 * @csspart reason - Why selecting is not available here.
 *
 * @cssprop --wwe-case-list-border - Border colour of a case.
 * @cssprop --wwe-case-list-selected - Background of the selected case.
 * @cssprop --wwe-case-list-accent - Border and marker colour of the selected case, and the focus ring.
 * @cssprop --wwe-case-list-radius - Corner radius of a case.
 *
 * @cssstate pending - An action of the element waits for Workspace's answer (`wwe-case-list:state(pending)`).
 */
export class WweCaseListElement extends WweElement {
  static override styles = caseListStyles;

  @property() label = 'Cases';

  readonly #actions = new ActionController(this, ['allowedServices', 'interactions']);
  /** The case a CASE_SELECTED (or the latest interaction event saying so) named: the events carry no interaction for the store to keep. */
  #selected: string | undefined;
  readonly #expanded = new Set<string>();
  /** The case of the roving focus. */
  #active: string | undefined;
  #listening: WweStore | undefined;
  #stop: (() => void) | undefined;

  /** The case selected in Workspace, as far as the page knows. */
  get selectedCaseId(): string | undefined {
    const cases = this.#cases();
    if (this.#selected && cases.some((entry) => entry.id === this.#selected)) return this.#selected;
    return cases.find((entry) => entry.interactions.some((interaction) => interaction.isCaseSelected))?.id;
  }

  #cases(): Case[] {
    const groups = new Map<string, Interaction[]>();
    for (const interaction of this.#actions.store?.get('interactions') ?? []) {
      if (!interaction.caseId) continue;
      groups.set(interaction.caseId, [...(groups.get(interaction.caseId) ?? []), interaction]);
    }
    return [...groups].map(([id, interactions]) => ({
      id,
      interactions: [...interactions].sort(
        (a, b) => Number(Boolean(b.isMainCaseInteraction)) - Number(Boolean(a.isMainCaseInteraction)),
      ),
    }));
  }

  protected override willUpdate(): void {
    const store = this.#actions.store;
    if (store === this.#listening) return;
    this.#stop?.();
    this.#listening = store;
    this.#stop = store?.on('interaction', (event) => this.#follow(event));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop?.();
    this.#stop = this.#listening = undefined;
  }

  #follow(event: InteractionEvent): void {
    if (event.eventType === 'CASE_SELECTED') this.#selected = event.selectedCaseId;
    else if (event.eventType === 'CASE_EXPANDED') this.#expanded.add(event.selectedCaseId);
    else if ('interaction' in event && event.interaction.isCaseSelected && event.interaction.caseId)
      this.#selected = event.interaction.caseId;
    else return;
    this.requestUpdate();
  }

  async #select(caseId: string): Promise<void> {
    this.#active = caseId;
    this.requestUpdate();
    if (this.#actions.pending || this.#actions.refusal('interaction.selectCaseByCaseId')) return;
    const done = await this.#actions.run('select', (client) =>
      client.interaction.selectCaseByCaseId(caseId).then(() => true),
    );
    if (!done) return;
    this.#selected = caseId;
    this.requestUpdate();
    this.emit('wwe-case-select', { caseId });
  }

  async #focus(caseId: string): Promise<void> {
    this.#active = caseId;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-case-id="${CSS.escape(caseId)}"]`)?.focus();
  }

  /** APG listbox keys: arrows, Home and End move; Enter and Space select. */
  #onKey(event: KeyboardEvent, cases: Case[], index: number): void {
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: cases.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) void this.#focus(cases[Math.max(0, Math.min(cases.length - 1, target))]!.id);
    else if (event.key === 'Enter' || event.key === ' ') void this.#select(cases[index]!.id);
    else return;
    event.preventDefault();
  }

  protected override render() {
    const store = this.#actions.store;
    const blocked = this.#actions.blocked('interactions');
    if (blocked) return blocked;
    if (store?.status('interactions') !== 'ready') return html`<p part="empty">Loading…</p>`;
    const cases = this.#cases();
    if (!cases.length) return html`<p part="empty">No cases.</p>`;
    return this.#renderList(cases);
  }

  #renderList(cases: Case[]) {
    const selected = this.selectedCaseId;
    const found = cases.findIndex((entry) => entry.id === this.#active);
    const active =
      found >= 0
        ? found
        : Math.max(
            0,
            cases.findIndex((entry) => entry.id === selected),
          );
    const refusal = this.#actions.refusal('interaction.selectCaseByCaseId');
    return html`<div part="list" role="listbox" aria-label=${this.label} aria-busy=${this.#actions.pending ? 'true' : 'false'}
      aria-disabled=${refusal ? 'true' : 'false'} aria-describedby=${refusal ? 'reason' : nothing}
      @keydown=${(event: KeyboardEvent) => this.#onKey(event, cases, active)}>
      ${cases.map((entry, index) => this.#renderCase(entry, entry.id === selected, index === active))}
    </div>
    ${this.#actions.status()}${refusal ? html`<span part="reason" id="reason">${refusal}</span>` : nothing}`;
  }

  #renderCase({ id, interactions }: Case, selected: boolean, active: boolean) {
    const expanded = this.#expanded.has(id) || interactions.some((interaction) => interaction.isCaseExpanded);
    const shown = expanded ? interactions : interactions.slice(0, 1);
    const parts = ['case', selected ? 'selected' : '', expanded ? 'expanded' : ''].filter(Boolean).join(' ');
    return html`<div part=${parts} role="option" aria-selected=${selected ? 'true' : 'false'} tabindex=${active ? 0 : -1}
      data-case-id=${id} @click=${() => this.#select(id)}>
      <span part="marker" aria-hidden="true">${selected ? '✓' : ''}</span>
      ${shown.map((interaction) => html`<span part=${interaction.isMainCaseInteraction ? 'interaction main' : 'interaction'}>${describe(interaction)}</span> `)}
      ${shown.length < interactions.length ? html`<span part="more">+${interactions.length - shown.length} more</span>` : nothing}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wwe-case-select': CustomEvent<CaseSelectDetail>;
  }
}
