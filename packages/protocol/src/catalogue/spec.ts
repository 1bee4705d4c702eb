import type { ResultTag, ValueTag } from '../value-types.js';

/** One positional parameter of a request. */
export interface ParamSpec {
  readonly name: string;
  readonly type: ValueTag;
  /** May be left out; only trailing parameters are optional. */
  readonly optional?: true;
  /** Must be in its place, but may be `undefined` or `null` ("set an undefined or empty object"). */
  readonly nullable?: true;
}

/** The kinds of item a page puts on the Workspace's screen. */
export type UiItemKind = 'toast' | 'dialog' | 'menu-bar view';

/**
 * How a request touches a Workspace UI item. The host lets a page act only on the items its
 * own origin created, so one web application cannot rewrite or close another's.
 */
export interface UiItemSpec {
  readonly kind: UiItemKind;
  /**
   * Where the item's id is: `result` (the request creates the item and answers its id),
   * `parameter` (the first parameter names an existing item), `name` (the first parameter's
   * `name` field names an item the request creates or updates).
   */
  readonly id: 'result' | 'parameter' | 'name';
  /** An answer of `true` means the item is gone. */
  readonly closes?: true;
  /** The parameter that holds the url of the page the item shows: that page's origin may act on the item too (a dialog closes itself). */
  readonly pageParameter?: number;
}

/** One request of the Service Client API, as the reference documents it. */
export interface RequestSpec {
  /** The reference's description. */
  readonly summary: string;
  /** Positional parameters, in the reference's order, callbacks left out. */
  readonly params: readonly ParamSpec[];
  readonly result: ResultTag;
  /** Set on alternative spellings: the request of the reference they stand for. */
  readonly aliasOf?: string;
  /** `client` marks requests the shipped client library sends that the reference does not document. */
  readonly source?: 'client';
  /** The Workspace UI item the request creates or acts on. */
  readonly uiItem?: UiItemSpec;
  /**
   * Granted only where an origin filter names it (or its alias): no filter, `(*)` and `<namespace>.*`
   * do not grant it (the reference's tokens).
   */
  readonly explicitOnly?: true;
  /** Writes interaction user data, so `service-client-api.user-data.write-allowed` applies to its keys. */
  readonly writesUserData?: UserDataWriteSpec;
  /**
   * Who answers it: the host itself (its rights, the tab election, the messenger) or the backend (Workspace,
   * the simulator). Absent means the backend, which every complete backend must then serve.
   */
  readonly answeredBy?: 'host' | 'backend';
}

/** Where a request writes user data: the parameter with the keys (a `keyValues` one: its keys; a `string` one: that key). */
export interface UserDataWriteSpec {
  readonly parameter: number;
}

export type Catalogue = Readonly<Record<string, RequestSpec>>;

/** A required parameter. */
export const param = <const N extends string, const T extends ValueTag>(name: N, type: T) => ({ name, type });

/** A trailing parameter that may be left out. */
export const optional = <const N extends string, const T extends ValueTag>(name: N, type: T) => ({
  name,
  type,
  optional: true as const,
});

/** A parameter that must be in place but may be undefined or null. */
export const nullable = <const N extends string, const T extends ValueTag>(name: N, type: T) => ({
  name,
  type,
  nullable: true as const,
});
