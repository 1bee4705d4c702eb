import { notAllowedMessage, uiItemOf, type RequestName, type UiItemKind } from '@wwe-kit/protocol';

/** What the ownership rule says before a request runs. */
export type OwnershipDecision =
  | { readonly kind: 'pass' }
  /** Not the caller's item: answer this, as for an unknown id, and run nothing. */
  | { readonly kind: 'answer'; readonly data: unknown }
  | { readonly kind: 'refuse'; readonly message: string };

const PASS: OwnershipDecision = { kind: 'pass' };
/** What updateToast, closeToast, closeDialog and closeViewInApplicationMenuBar answer for an unknown id. */
const UNKNOWN_ID: OwnershipDecision = { kind: 'answer', data: false };

/** Items remembered per kind; past it the oldest are forgotten, and their owners can no longer act on them (fail closed). */
export const MAX_ITEMS_PER_KIND = 2000;

/** The origin of an absolute url, or undefined. */
const originOf = (url: unknown): string | undefined => {
  if (typeof url !== 'string' || url === '') return undefined;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
};

const idIn = (parameters: readonly unknown[], where: 'parameter' | 'name'): unknown =>
  where === 'parameter' ? parameters[0] : (parameters[0] as { name?: unknown } | undefined)?.name;

/**
 * Which origin created each toast, dialog and menu-bar view. A page acts only on its own
 * origin's items: another's toast, dialog or view is answered as an unknown id (`false`), and
 * another's menu-bar view name is refused, so no web application rewrites, closes or takes
 * over another's. A dialog also belongs to the origin of the page it holds, so that page can
 * close itself. The catalogue (`uiItem`) says which requests create or act on which item.
 */
export class UiItemOwners {
  readonly #owners = new Map<UiItemKind, Map<string, ReadonlySet<string>>>();

  /** Before a request runs: whether `origin` may act on the item it names. */
  check(name: RequestName, parameters: readonly unknown[], origin: string): OwnershipDecision {
    const item = uiItemOf(name);
    if (!item || item.id === 'result') return PASS;
    const id = idIn(parameters, item.id);
    const owners = typeof id === 'string' ? this.#owners.get(item.kind)?.get(id) : undefined;
    if (item.id === 'parameter') return owners?.has(origin) ? PASS : UNKNOWN_ID;
    if (owners === undefined || owners.has(origin)) return PASS;
    return {
      kind: 'refuse',
      message: notAllowedMessage(
        name,
        `the ${item.kind} '${String(id)}' belongs to another web application, and a page may change only the ${item.kind}s its own origin created`,
        `Give your ${item.kind} a name of its own, e.g. prefixed with your application's name.`,
      ),
    };
  }

  /** After a request succeeded: note the item it created, forget the one it closed. */
  record(name: RequestName, parameters: readonly unknown[], origin: string, result: unknown): void {
    const item = uiItemOf(name);
    if (!item) return;
    const id = item.id === 'result' ? result : idIn(parameters, item.id);
    if (typeof id !== 'string') return;
    let owners = this.#owners.get(item.kind);
    if (!owners) this.#owners.set(item.kind, (owners = new Map()));
    if (item.closes) {
      if (result === true) owners.delete(id);
      return;
    }
    if (owners.has(id)) return;
    const pageOrigin = item.pageParameter === undefined ? undefined : originOf(parameters[item.pageParameter]);
    owners.set(id, new Set(pageOrigin ? [origin, pageOrigin] : [origin]));
    if (owners.size > MAX_ITEMS_PER_KIND) owners.delete(owners.keys().next().value!);
  }
}
