import { namespaceOf, requestNames, requests } from '@wwe-kit/protocol';

/**
 * The catalogue as the legacy global needs it: each namespace with its methods and their
 * parameter counts, e.g. `agent get0getState0getStateList0setState1,media getMediaList0…`.
 * The count ends each method name, which holds no digit. scripts/bundles.ts inlines this
 * string when it builds wwe-service-client-api.js, so the page ships the names alone, not
 * the catalogue's summaries and checks.
 */
export function arities(): string {
  const methods = new Map<string, string>();
  for (const name of requestNames) {
    const namespace = namespaceOf(name);
    const method = name.slice(namespace.length + 1);
    // A digit in a method name would end it early when the legacy global reads the table.
    if (/\d/.test(method)) throw new Error(`arities: '${name}' holds a digit; change the table's format.`);
    methods.set(namespace, `${methods.get(namespace) ?? ''}${method}${requests[name].params.length}`);
  }
  return [...methods].map(([namespace, list]) => `${namespace} ${list}`).join();
}
