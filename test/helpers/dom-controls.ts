/**
 * The one vocabulary for reading and driving a page's DOM from a test, served as fixture controls
 * (see controls.ts): the elements page serves it for its own document, the apps' inspector for an app
 * frame's. A path is selectors joined by ' >> ', each after the first looked up in the previous one's
 * shadow root. Texts are trimmed with their white space collapsed, as a reader sees them.
 *
 * `waitFor` is how a test awaits what a page shows when nothing else tells it: it resolves in the page,
 * on the DOM mutation that makes the condition hold (observed in the document and every shadow root),
 * instead of the test polling across frames.
 */
import type { Controls } from './controls.js';
import { findInShadowPath } from './shadow-path.js';

type Message = Record<string, unknown>;
interface AxeResults {
  violations: Array<{ id: string; help: string }>;
}
type AxeWindow = Window & { axe?: { run(context: Element): Promise<AxeResults> } };

/** What `waitFor` reads at its path: a text, an attribute or property (`name`), or whether it is visible. */
export type Reading = 'text' | 'attribute' | 'property' | 'visible';

const squeeze = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? null;

/** The page's document for a control message: the fixture's own, or an app frame's for the inspector. */
export type DocumentOf = (message: Message) => Document;

export function domControls(documentOf: DocumentOf): Controls {
  const find = (message: Message) => findInShadowPath(documentOf(message), String(message['path']));
  const present = (message: Message): HTMLElement => {
    const element = find(message);
    if (!element) throw new Error(`no element at ${String(message['path'])}`);
    return element as HTMLElement;
  };
  /** Every element matching the last selector of the path. */
  const findAll = (message: Message): Element[] => {
    const selectors = String(message['path']).split(' >> ');
    const last = selectors.pop()!;
    const scope = selectors.length
      ? findInShadowPath(documentOf(message), selectors.join(' >> '))
      : documentOf(message);
    const root = scope && 'shadowRoot' in scope && scope.shadowRoot ? scope.shadowRoot : scope;
    return root ? [...root.querySelectorAll(last)] : [];
  };
  /** The focused element, through shadow roots. */
  const activeElement = (message: Message) => {
    let active = documentOf(message).activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };
  const read = (message: Message, reading: Reading): unknown => {
    const element = find(message);
    switch (reading) {
      case 'text':
        return squeeze(element?.textContent);
      case 'attribute':
        return element?.getAttribute(String(message['name'])) ?? null;
      case 'property':
        return (element as unknown as Message | null)?.[String(message['name'])] ?? null;
      case 'visible':
        return element?.checkVisibility() ?? false;
    }
  };
  const input = (message: Message, events: string[]) => {
    const field = present(message) as HTMLInputElement;
    field.value = String(message['value'] ?? message['text']);
    for (const type of events) field.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    return true;
  };

  return {
    text: (message) => read(message, 'text'),
    texts: (message) => findAll(message).map((element) => squeeze(element.textContent) ?? ''),
    attribute: (message) => read(message, 'attribute'),
    property: (message) => read(message, 'property'),
    visible: (message) => read(message, 'visible'),
    matches: (message) => find(message)?.matches(String(message['selector'])) ?? null,
    /** The computed value of a CSS property at a path, after setting inline styles (`set`) on the path's first element. */
    style: (message) => {
      if (message['set'])
        (documentOf(message).querySelector(String(message['path']).split(' >> ')[0]!) as HTMLElement).style.cssText =
          String(message['set']);
      const element = find(message);
      return element ? getComputedStyle(element).getPropertyValue(String(message['property'])) : null;
    },
    click: (message) => {
      present(message).click();
      return true;
    },
    /** Sets an input's value as typing does: an input event (`fill` also sends change, as leaving the field does). */
    type: (message) => input(message, ['input']),
    fill: (message) => input(message, ['input', 'change']),
    /** Chooses a select's option, or checks a checkbox, as the user does: a change event. */
    select: (message) => {
      const field = present(message) as HTMLSelectElement | HTMLInputElement;
      if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = Boolean(message['value']);
      else field.value = String(message['value']);
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      return true;
    },
    /** Submits a form as its submit button does (validation and submit event). */
    submit: (message) => {
      (present(message) as unknown as HTMLFormElement).requestSubmit();
      return true;
    },
    /** Dispatches a keydown of `key` on the element (no focus needed). */
    key: (message) =>
      present(message).dispatchEvent(
        new KeyboardEvent('keydown', { key: String(message['key']), bubbles: true, composed: true, cancelable: true }),
      ),
    /** Focuses the element at a path; answers whether it then has the focus. */
    focus: (message) => {
      const element = present(message);
      element.focus();
      return (element.getRootNode() as Document | ShadowRoot).activeElement === element;
    },
    /** The focused element, as `tag[part=…]`; null when none is. */
    focused: (message) => {
      const active = activeElement(message);
      return active
        ? `${active.localName}${active.getAttribute('part') ? `[part=${active.getAttribute('part')}]` : ''}`
        : null;
    },
    /** The text of the focused element; null when none (or only the body) has the focus. */
    focusedText: (message) => {
      const active = activeElement(message);
      return active && active !== documentOf(message).body ? (squeeze(active.textContent) ?? '') : null;
    },
    /** Clicks the button of an element's shadow root whose text is `text`; answers whether there is one. */
    clickText: (message) => {
      const button = [...(find(message)?.shadowRoot?.querySelectorAll('button') ?? [])].find(
        (entry) => squeeze(entry.textContent) === message['text'],
      );
      button?.click();
      return Boolean(button);
    },
    disabledText: (message) =>
      [...(find(message)?.shadowRoot?.querySelectorAll('button') ?? [])].find(
        (entry) => squeeze(entry.textContent) === message['text'],
      )?.disabled ?? null,
    /** axe-core's violations inside the element at a path (the body by default), axe loaded into the page once. */
    axe: async (message) => {
      const document = documentOf(message);
      const axe = await axeIn(document.defaultView as AxeWindow);
      const context = findInShadowPath(document, String(message['path'] ?? 'body'));
      if (!context) throw new Error(`no element at ${String(message['path'])}`);
      return (await axe.run(context)).violations.map((violation) => `${violation.id}: ${violation.help}`);
    },
    /**
     * Resolves once the `reading` at a path equals `equals` (or, with `not`, differs from it), answering
     * what it read; rejects after `within` ms (default 20 s, only a hang's report) saying what it saw.
     */
    waitFor: (message) =>
      new Promise((resolve, reject) => {
        const reading = String(message['reading'] ?? 'text') as Reading;
        const holds = (value: unknown) =>
          (JSON.stringify(value) === JSON.stringify(message['equals'])) !== Boolean(message['not']);
        const document = documentOf(message);
        const observers: MutationObserver[] = [];
        const observed = new Set<Node>();
        let timer = 0;
        const done = (settle: () => void) => {
          for (const observer of observers) observer.disconnect();
          clearTimeout(timer);
          settle();
        };
        const check = () => {
          observeShadowRoots(document, observed, observers, check);
          const value = read(message, reading);
          if (holds(value)) done(() => resolve(value));
        };
        timer = window.setTimeout(
          () =>
            done(() =>
              reject(
                new Error(
                  `${reading} at ${String(message['path'])} is ${JSON.stringify(read(message, reading))}, not ${message['not'] ? 'other than ' : ''}${JSON.stringify(message['equals'])}`,
                ),
              ),
            ),
          Number(message['within'] ?? 20_000),
        );
        check();
      }),
  };
}

/** Observes the document and every open shadow root in it (new ones as they appear) for any change. */
function observeShadowRoots(
  document: Document,
  observed: Set<Node>,
  observers: MutationObserver[],
  onChange: () => void,
) {
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    const observer = new MutationObserver(onChange);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    observers.push(observer);
  };
  observe(document);
  for (const element of document.querySelectorAll('*')) collectShadowRoots(element, observe);
}

function collectShadowRoots(element: Element, observe: (root: Node) => void) {
  if (!element.shadowRoot) return;
  observe(element.shadowRoot);
  for (const inner of element.shadowRoot.querySelectorAll('*')) collectShadowRoots(inner, observe);
}

/** Loads axe-core into a page once. */
async function axeIn(win: AxeWindow): Promise<NonNullable<AxeWindow['axe']>> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = new URL('/node_modules/axe-core/axe.min.js', location.href).href;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    win.document.head.append(script);
    await loaded;
  }
  return win.axe!;
}
