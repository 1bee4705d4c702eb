/**
 * A message as a collapsible JSON tree: each object and list is a `<details>` whose `<summary>` a
 * keyboard opens and closes (Enter, Space), the first levels open. Large messages are cut, so a
 * 64 kB envelope never becomes thousands of elements.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** How many values the tree draws at most; the rest is counted in a last line. */
const MAX_NODES = 400;
/** Levels open at first. */
const OPEN_LEVELS = 2;

const scalar = (value: unknown) => {
  const type = value === null ? 'null' : typeof value;
  return html`<span class="wk-json-${type}">${typeof value === 'string' ? JSON.stringify(value) : String(value)}</span>`;
};

export function jsonTree(value: unknown, label = 'message'): TemplateResult {
  let budget = MAX_NODES;
  const node = (key: string, item: unknown, depth: number): TemplateResult | typeof nothing => {
    if (budget <= 0) return nothing;
    budget -= 1;
    const name = html`<span class="wk-json-key">${key}</span>`;
    if (item === null || typeof item !== 'object') return html`<li>${name}: ${scalar(item)}</li>`;
    const entries = Array.isArray(item)
      ? item.map((child, index) => [String(index), child] as const)
      : Object.entries(item);
    const shape = Array.isArray(item) ? `[${entries.length}]` : `{${entries.length}}`;
    if (!entries.length)
      return html`<li>${name}: <span class="wk-json-empty">${Array.isArray(item) ? '[]' : '{}'}</span></li>`;
    const children = entries.map(([childKey, child]) => node(childKey, child, depth + 1));
    const left = entries.length - children.filter((child) => child !== nothing).length;
    return html`<li>
      <details ?open=${depth < OPEN_LEVELS}>
        <summary>${name} <span class="wk-json-shape">${shape}</span></summary>
        <ul>${children}${left > 0 ? html`<li class="wk-json-more">${left} more not shown; Export keeps them all.</li>` : nothing}</ul>
      </details>
    </li>`;
  };
  return html`<ul class="wk-json" aria-label=${`${label} as JSON`}>${node(label, value, 0)}</ul>`;
}
