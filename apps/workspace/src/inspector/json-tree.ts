/**
 * A message as a collapsible JSON tree: each object and list is a `<details>` whose `<summary>` a
 * keyboard opens and closes (Enter, Space), the first levels open. Large messages are cut, so a
 * 64 kB envelope never becomes thousands of elements: the walk stops once its node budget is spent,
 * and a value's tree is built once and kept, so a selected message costs nothing more as the
 * inspector redraws for new traffic.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';

/** How many values the tree draws at most; the rest is counted in a last line. */
export const MAX_NODES = 400;
/** Levels open at first. */
const OPEN_LEVELS = 2;

const scalar = (value: unknown) => {
  const type = value === null ? 'null' : typeof value;
  return html`<span class="wk-json-${type}">${typeof value === 'string' ? JSON.stringify(value) : String(value)}</span>`;
};

/**
 * The trees built, by the value they draw and their label. Logged messages never change (the log keeps
 * copies), so a tree stays right as long as its value lives; keyed by the value itself rather than by
 * the entry's number, which a recording read from a file shares with the live log.
 */
const built = new WeakMap<object, Map<string, TemplateResult>>();

function build(value: unknown, label: string): TemplateResult {
  let budget = MAX_NODES;
  const node = (key: string, item: unknown, depth: number): TemplateResult | typeof nothing => {
    if (budget <= 0) return nothing;
    budget -= 1;
    const name = html`<span class="wk-json-key">${key}</span>`;
    if (item === null || typeof item !== 'object') return html`<li>${name}: ${scalar(item)}</li>`;
    const isArray = Array.isArray(item);
    // A list is read by index and an object by its keys, and only as far as the budget goes.
    const keys = isArray ? undefined : Object.keys(item);
    const count = isArray ? item.length : keys!.length;
    if (!count) return html`<li>${name}: <span class="wk-json-empty">${isArray ? '[]' : '{}'}</span></li>`;
    const children: Array<TemplateResult | typeof nothing> = [];
    for (let index = 0; index < count && budget > 0; index++) {
      const childKey = isArray ? String(index) : keys![index]!;
      const child = isArray ? (item as unknown[])[index] : (item as Record<string, unknown>)[childKey];
      children.push(node(childKey, child, depth + 1));
    }
    const left = count - children.filter((child) => child !== nothing).length;
    return html`<li>
      <details ?open=${depth < OPEN_LEVELS}>
        <summary>${name} <span class="wk-json-shape">${isArray ? `[${count}]` : `{${count}}`}</span></summary>
        <ul>${children}${left > 0 ? html`<li class="wk-json-more">${left} more not shown; Export keeps them all.</li>` : nothing}</ul>
      </details>
    </li>`;
  };
  return html`<ul class="wk-json" aria-label=${`${label} as JSON`}>${node(label, value, 0)}</ul>`;
}

function treeOf(value: unknown, label: string): TemplateResult {
  if (value === null || typeof value !== 'object') return build(value, label);
  let trees = built.get(value);
  if (!trees) built.set(value, (trees = new Map()));
  let tree = trees.get(label);
  if (!tree) trees.set(label, (tree = build(value, label)));
  return tree;
}

/**
 * `value` as a tree under `label`: built once per object and label, and drawn again only when the
 * value shown in that place changes (a redraw for new traffic leaves the tree's elements alone).
 */
export const jsonTree = (value: unknown, label = 'message') => guard([value, label], () => treeOf(value, label));
