/**
 * @wwe-kit/protocol — the catalogue of every Service Client API request and
 * event, the wire envelopes, and the runtime parameter checks.
 */
export * from './objects.js';
export * from './value-types.js';
export * from './catalogue/index.js';
// Apart from the catalogue, so the bridge can ship the namespaces without the catalogue's tables.
export * from './namespaces.js';
export * from './check.js';
export * from './events.js';
export * from './envelopes.js';
export * from './errors.js';
