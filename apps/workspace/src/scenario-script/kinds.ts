/**
 * Every step kind a scenario may use, by the key that names it in the file: the acting kinds
 * (action-kinds.ts) and those that wait or look (check-kinds.ts). Look a kind up with `kindSpec`,
 * never by indexing: a step written `toString:` or `constructor:` names no kind, not Object's own.
 */
import { actionKinds } from './action-kinds.js';
import { checkKinds } from './check-kinds.js';
import type { KindSpec } from './kind-spec.js';
import { own } from './types.js';

/** Every step kind, by the key that names it in the file, in the order messages list them. */
export const stepKinds: Readonly<Record<string, KindSpec>> = { ...actionKinds, ...checkKinds };

/** The kind named `name`, or undefined when there is no such kind. */
export const kindSpec = (name: string): KindSpec | undefined => own(stepKinds, name);

/** The keys every step may carry beside its kind. */
export const commonKeys: readonly string[] = ['as', 'timeout', 'label'];
