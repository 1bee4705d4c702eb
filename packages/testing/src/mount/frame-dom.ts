/**
 * Inside the mount frame: reading and driving the mounted DOM for the test page, which cannot touch it
 * (the frame is another origin). A selector is CSS; ` >> ` enters the shadow root of what the part before
 * it matched, so `my-card >> [part=name]` reads inside `<my-card>`'s shadow root.
 */
import type { FrameCalls, WaitCondition } from './wire.js';

/** The element at a path of selectors joined by ' >> ', each after the first looked up inside the previous one's shadow root. */
export function findInShadowPath(root: ParentNode, path: string): Element | null {
  let scope: ParentNode = root;
  let found: Element | null = null;
  for (const selector of path.split(' >> ')) {
    found = scope.querySelector(selector);
    if (!found) return null;
    scope = found.shadowRoot ?? found;
  }
  return found;
}

/** The element at a selector path in the frame's document; null when any step matches nothing. */
export const find = (path: string): Element | null => findInShadowPath(document, path);

const squeeze = (text: string | null | undefined): string | null => text?.replace(/\s+/g, ' ').trim() ?? null;

const present = (selector: string): HTMLElement => {
  const element = find(selector);
  if (!element) throw new Error(`no element matches '${selector}' in the mounted page (' >> ' enters a shadow root)`);
  return element as HTMLElement;
};

/** What the condition reads at the selector; `undefined` when the element is missing. */
function reading(selector: string, condition: WaitCondition): string | null | undefined {
  const element = find(selector);
  if (!element) return undefined;
  if (condition.attribute !== undefined) return element.getAttribute(condition.attribute);
  return squeeze(element.textContent);
}

function holds(selector: string, condition: WaitCondition): boolean {
  const value = reading(selector, condition);
  if (value === undefined) return false;
  if (condition.attribute !== undefined)
    return condition.value === undefined ? value !== null : value === condition.value;
  return condition.text === undefined || value === condition.text;
}

/** Observes the document and every open shadow root in it (those that appear later too) for any change. */
function observeAll(onChange: () => void): () => void {
  const observed = new Set<Node>();
  const observers: MutationObserver[] = [];
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    const observer = new MutationObserver(() => {
      visit(document);
      onChange();
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    observers.push(observer);
  };
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*'))
      if (element.shadowRoot) {
        observe(element.shadowRoot);
        visit(element.shadowRoot);
      }
  };
  observe(document);
  visit(document);
  return () => observers.forEach((observer) => observer.disconnect());
}

/**
 * Resolves, on the DOM change that makes it hold, once the condition holds at the selector, answering
 * the element's text (or the attribute's value). Rejects after `within` ms saying what it read instead:
 * the limit only turns a hang into a failure.
 */
function waitFor({ selector, ...condition }: { selector: string } & WaitCondition): Promise<string | null> {
  const within = condition.within ?? 10_000;
  return new Promise((resolve, reject) => {
    let timer = 0;
    let stop = () => undefined as void;
    const done = (settle: () => void) => {
      stop();
      clearTimeout(timer);
      settle();
    };
    const check = () => {
      if (holds(selector, condition)) done(() => resolve(reading(selector, condition) ?? null));
    };
    stop = observeAll(check);
    timer = window.setTimeout(() => {
      const seen = reading(selector, condition);
      const wanted =
        condition.attribute !== undefined
          ? `attribute ${condition.attribute}${condition.value === undefined ? '' : ` = ${JSON.stringify(condition.value)}`}`
          : condition.text !== undefined
            ? `text ${JSON.stringify(condition.text)}`
            : 'the element';
      const found =
        seen === undefined
          ? 'no element matches it'
          : `it reads ${JSON.stringify(seen)}${condition.attribute !== undefined ? ` for ${condition.attribute}` : ''}`;
      done(() => reject(new Error(`waited ${within} ms at '${selector}' for ${wanted}, but ${found}`)));
    }, within);
    check();
  });
}

/** The DOM half of the frame's calls (the runtime adds `mount`). */
export const domCalls: Omit<{ [K in keyof FrameCalls]: (args: Parameters<FrameCalls[K]>[0]) => unknown }, 'mount'> = {
  text: ({ selector }) => squeeze(find(selector)?.textContent),
  attribute: ({ selector, name }) => find(selector)?.getAttribute(name) ?? null,
  click: ({ selector }) => {
    present(selector).click();
    return true;
  },
  /** Sets a field's value as the user leaves it after typing: an input event, then change. */
  fill: ({ selector, value }) => {
    const field = present(selector) as HTMLInputElement;
    field.value = value;
    for (const type of ['input', 'change']) field.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    return true;
  },
  waitFor,
};
