/**
 * One tab strip as the WAI-ARIA APG tabs pattern describes it (automatic activation): a tablist of
 * tabs that say which is selected and which panel each controls, a roving tabindex (only the
 * selected tab is in the Tab order), and Left/Right/Home/End that move to a tab and select it.
 * Every strip of the shell (desktop, interaction views, side panel) is drawn by `tabList`.
 */
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';

export interface Tab {
  /** What `onSelect` receives; unique in its strip. */
  readonly key: string;
  readonly label: unknown;
  /** The id of the tabpanel this tab controls. */
  readonly panel: string;
  /** A `data-*` hook for tests and scripts, e.g. `['sideTab', 'options']` for data-side-tab="options". */
  readonly hook?: readonly [string, string];
  readonly title?: string;
}

export interface TabStrip {
  /** Prefixes the tabs' ids; unique on the page. */
  readonly id: string;
  /** The accessible name of the tablist. */
  readonly label: string;
  readonly tabs: readonly Tab[];
  readonly selected: string;
  onSelect(key: string): void;
}

/** The id of a strip's tab, for a panel's `aria-labelledby`. */
export function tabId(stripId: string, key: string): string {
  return `${stripId}-tab-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The key the arrow keys and Home/End move to, wrapping at both ends; undefined for any other key. */
export function movedKey(keys: readonly string[], current: string, key: string): string | undefined {
  const index = Math.max(0, keys.indexOf(current));
  const last = keys.length - 1;
  const next =
    key === 'ArrowRight'
      ? (index + 1) % keys.length
      : key === 'ArrowLeft'
        ? (index - 1 + keys.length) % keys.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : undefined;
  return next === undefined ? undefined : keys[next];
}

/** The tablist; the caller draws (or marks with `markPanel`) the panels the tabs control. */
export function tabList(strip: TabStrip, extraClass = '') {
  const keys = strip.tabs.map((tab) => tab.key);
  const onKeydown = (event: KeyboardEvent) => {
    const current = (event.target as HTMLElement).closest('[role="tab"]')?.getAttribute('data-tab-key');
    if (current === null || current === undefined) return;
    const next = movedKey(keys, current, event.key);
    if (next === undefined) return;
    event.preventDefault();
    strip.onSelect(next);
    // Every tab is already drawn, so focus moves now; the selection is drawn on the next frame.
    document.getElementById(tabId(strip.id, next))?.focus();
  };
  return html`<div role="tablist" class="tablist ${extraClass}" aria-label=${strip.label} @keydown=${onKeydown}>
    ${strip.tabs.map((tab) => {
      const selected = tab.key === strip.selected;
      return html`<button type="button" role="tab" id=${tabId(strip.id, tab.key)} data-tab-key=${tab.key}
        aria-selected=${selected ? 'true' : 'false'} aria-controls=${tab.panel} tabindex=${selected ? '0' : '-1'}
        title=${tab.title ?? nothing} ${ref(hook(tab.hook))} @click=${() => strip.onSelect(tab.key)}>${tab.label}</button>`;
    })}
  </div>`;
}

/** Lit binds no attribute by a computed name, so a tab's data-* hook is set on the element itself. */
const hook = (pair: Tab['hook']) => (element: Element | undefined) => {
  if (pair && element instanceof HTMLElement) element.dataset[pair[0]] = pair[1];
};

/** Makes a panel the page already holds (iframes that must never be re-rendered) the tabpanel of the selected tab. */
export function markPanel(panel: HTMLElement, strip: TabStrip | undefined): void {
  if (!strip || !strip.tabs.some((tab) => tab.key === strip.selected)) {
    panel.removeAttribute('role');
    panel.removeAttribute('aria-labelledby');
    return;
  }
  panel.setAttribute('role', 'tabpanel');
  panel.setAttribute('aria-labelledby', tabId(strip.id, strip.selected));
}
