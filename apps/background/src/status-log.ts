/**
 * The background view's record of what it did, for whoever opens the page
 * (or inspects the hidden frame): newest first, bounded so a long session
 * does not grow the page without end.
 */

/** What an entry is about, as `data-kind` for styles and tests. */
export type LogKind = 'info' | 'identified' | 'attached' | 'refused' | 'toast' | 'broadcast' | 'error';

/** Entries kept on the page; older ones are dropped. */
const KEPT = 200;

/** Appends entries to an `<ol>`: each `<li data-kind data-interaction>` with its time and text. */
export class StatusLog {
  readonly #list: HTMLOListElement;

  constructor(list: HTMLOListElement) {
    this.#list = list;
  }

  /** Adds one entry; `interactionId` ties it to a call. */
  add(kind: LogKind, text: string, interactionId?: string): void {
    const item = document.createElement('li');
    item.dataset['kind'] = kind;
    if (interactionId !== undefined) item.dataset['interaction'] = interactionId;
    const time = document.createElement('time');
    const now = new Date();
    time.dateTime = now.toISOString();
    time.textContent = now.toLocaleTimeString();
    item.append(time, ` ${text}`);
    this.#list.prepend(item);
    while (this.#list.children.length > KEPT) this.#list.lastElementChild?.remove();
  }
}
