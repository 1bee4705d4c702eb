import { createContext } from '@lit/context';
import type { ServiceClient } from '@wwe-kit/bridge';

/**
 * The one bridge of a page, provided by `<wwe-bridge>` and consumed by every
 * wwe-kit element inside it (`@consume({ context: bridgeContext, subscribe: true })`).
 */
export const bridgeContext = createContext<ServiceClient | undefined>(Symbol('wwe-bridge'));
