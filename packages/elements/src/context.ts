import { ContextRoot, createContext } from '@lit/context';
import type { ServiceClient } from '@wwe-kit/bridge';

/**
 * The one bridge of a page, provided by `<wwe-bridge>` and consumed by every
 * wwe-kit element inside it (`@consume({ context: bridgeContext, subscribe: true })`).
 * The key is global (`Symbol.for`), so two copies of the package on one page (the CDN
 * bundle and an npm one) still meet.
 */
export const bridgeContext = createContext<ServiceClient | undefined>(Symbol.for('wwe-kit.bridge'));

// One ContextRoot per page, whichever copy of the package comes first: an element that asks
// before its <wwe-bridge> is defined or attached gets the bridge when that provider appears.
const rootKey = Symbol.for('wwe-kit.context-root');
const page = globalThis as { [rootKey]?: ContextRoot };
if (typeof document !== 'undefined' && !page[rootKey]) {
  page[rootKey] = new ContextRoot();
  page[rootKey].attach(document.documentElement);
}
