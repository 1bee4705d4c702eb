import type {
  Agent,
  CallResults,
  Campaign,
  ChainedRecords,
  DialogOptions,
  Field,
  Interaction,
  JsonValue,
  JwtToken,
  KeyValues,
  Media,
  MenuBarView,
  OptionValues,
  State,
  TargetQuery,
  ToastParameters,
} from './objects.js';

/**
 * The runtime types a request parameter can have, by tag. The catalogue names
 * a tag per parameter; the TypeScript type comes from here and the runtime
 * check from `valueChecks`, so both stay in step.
 */
export interface ValueTypes {
  string: string;
  /** A url Workspace loads (a dialog's page); the host accepts only http: and https: urls. */
  url: string;
  number: number;
  /** A plain object of key/value pairs (userData, extensions). */
  keyValues: KeyValues;
  /** Any JSON value; the messenger's message. */
  json: JsonValue;
  /** A phone number or a target object. */
  targetQuery: string | TargetQuery;
  /** One option name or an array of them. */
  optionNames: string | string[];
  /** The reference types it as a string "which must be a number"; the shipped client sends numbers. */
  callResult: number | string;
  toastParameters: ToastParameters;
  dialogOptions: DialogOptions;
  menuBarView: MenuBarView;
  /** Outbound field name → new value. */
  recordData: Record<string, string | number | boolean | null>;
}
export type ValueTag = keyof ValueTypes;

/** The result types of requests, by tag. `void` requests answer with no meaningful data. */
export interface ResultTypes {
  void: void;
  unknown: unknown;
  boolean: boolean;
  string: string;
  number: number;
  'string|null': string | null;
  'string[]': string[];
  Agent: Agent;
  State: State;
  'State[]': State[];
  Media: Media;
  'Media[]': Media[];
  'Interaction[]': Interaction[];
  'Interaction|null': Interaction | null;
  OptionValues: OptionValues;
  'Campaign[]': Campaign[];
  CallResults: CallResults;
  'ChainedRecords[]': ChainedRecords[];
  'Field[]': Field[];
  JwtToken: JwtToken;
}
export type ResultTag = keyof ResultTypes;

/** What a value check answers: nothing when the value fits, else what is wrong with it. */
type Check = (value: unknown) => string | undefined;

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'number' && !Number.isFinite(value)
        ? String(value)
        : typeof value;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isJson = (value: unknown, depth = 0): boolean => {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJson(item, depth + 1));
  // Undefined values inside an object are dropped by JSON and mean 'absent': accept them.
  if (isPlainObject(value)) return Object.values(value).every((item) => item === undefined || isJson(item, depth + 1));
  return false;
};

/**
 * What Workspace does with a string a page hands it, when it renders or loads it: `url` (it loads
 * it: dialog pages, icons), `color` (it paints with it), `length` (it sizes with it). Their runtime
 * type is a string; the host's policy checks their grammar (`@wwe-kit/host`'s rendered-value rule).
 */
export type RenderedKind = 'url' | 'color' | 'length';

type FieldKind = 'string' | 'number' | 'boolean' | 'string[]' | 'keyValues' | RenderedKind;
const isString = (value: unknown) => typeof value === 'string';
const fieldOk: Record<FieldKind, (value: unknown) => boolean> = {
  string: isString,
  url: isString,
  color: isString,
  length: isString,
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value) => typeof value === 'boolean',
  'string[]': (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
  keyValues: (value) => isPlainObject(value) && isJson(value),
};

/** Checks a plain object whose known fields have fixed kinds; unknown fields pass, as Workspace ignores them. */
const objectWith =
  (fields: Readonly<Record<string, FieldKind>>, required: string[] = []): Check =>
  (value) => {
    if (!isPlainObject(value)) return `got ${describe(value)}`;
    for (const name of required) {
      if (value[name] === undefined) return `needs the field '${name}' (${fields[name]})`;
    }
    for (const [name, kind] of Object.entries(fields)) {
      const field = value[name];
      if (field !== undefined && !fieldOk[kind](field)) {
        return `has '${name}' as ${describe(field)}, expected ${kind === 'string[]' ? 'an array of strings' : `a ${fieldOk[kind] === isString ? 'string' : kind}`}`;
      }
    }
    return undefined;
  };

/** The fields of the objects Workspace renders, with their kinds. */
const toastFields = {
  title: 'string',
  iconUrl: 'url',
  subject: 'string',
  message: 'string',
  keyValues: 'keyValues',
  buttons: 'string[]',
  buttonShowDismiss: 'boolean',
  autoCloseTimeout: 'number',
  sendToMyMessage: 'boolean',
  width: 'number',
} as const satisfies Record<string, FieldKind>;
const dialogFields = { label: 'string', width: 'length', height: 'length' } as const satisfies Record<
  string,
  FieldKind
>;
const menuBarFields = {
  name: 'string',
  iconUrl: 'url',
  label: 'string',
  shortLabel: 'string',
  tooltip: 'string',
  labelColor: 'color',
  backgroundColor: 'color',
} as const satisfies Record<string, FieldKind>;

/**
 * The strings Workspace renders or loads, by value tag: the tag's own kind (`url`), or the
 * kind of each such field of its object. The host's policy checks every one of them.
 */
export const renderedValueKinds: { readonly [T in ValueTag]?: RenderedKind | Readonly<Record<string, RenderedKind>> } =
  {
    url: 'url',
    toastParameters: renderedFieldsOf(toastFields),
    dialogOptions: renderedFieldsOf(dialogFields),
    menuBarView: renderedFieldsOf(menuBarFields),
  };

function renderedFieldsOf(fields: Readonly<Record<string, FieldKind>>): Readonly<Record<string, RenderedKind>> {
  const rendered: Record<string, RenderedKind> = {};
  for (const [name, kind] of Object.entries(fields))
    if (kind === 'url' || kind === 'color' || kind === 'length') rendered[name] = kind;
  return rendered;
}

/** How each value tag reads in an error message, and how it is checked at run time. */
export const valueChecks: { readonly [T in ValueTag]: { readonly expected: string; readonly check: Check } } = {
  string: { expected: 'a string', check: (v) => (typeof v === 'string' ? undefined : `got ${describe(v)}`) },
  url: { expected: 'a url string', check: (v) => (typeof v === 'string' ? undefined : `got ${describe(v)}`) },
  number: {
    expected: 'a number',
    check: (v) => (typeof v === 'number' && Number.isFinite(v) ? undefined : `got ${describe(v)}`),
  },
  keyValues: {
    expected: 'an object of key/value pairs',
    check: (v) =>
      !isPlainObject(v) ? `got ${describe(v)}` : isJson(v) ? undefined : 'holds a value that is not plain data',
  },
  json: { expected: 'any JSON value', check: (v) => (isJson(v) ? undefined : 'is not plain JSON data') },
  targetQuery: {
    expected: 'a phone number string or a target object { type, destination }',
    check: (v) => {
      if (typeof v === 'string') return undefined;
      const problem = objectWith({ type: 'string', target: 'string', destination: 'string', media: 'string' }, [
        'destination',
      ])(v);
      if (problem) return problem;
      // consult's documentation names the field `target`; the transfer and conference pages name it `type`.
      return (v as Record<string, unknown>)['type'] === undefined &&
        (v as Record<string, unknown>)['target'] === undefined
        ? "needs the field 'type' (string)"
        : undefined;
    },
  },
  optionNames: {
    expected: 'an option name or an array of option names',
    check: (v) => (typeof v === 'string' || fieldOk['string[]'](v) ? undefined : `got ${describe(v)}`),
  },
  callResult: {
    expected: 'a call result number (or a string holding one)',
    check: (v) =>
      (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d+$/.test(v))
        ? undefined
        : `got ${typeof v === 'string' ? `'${v}'` : describe(v)}`,
  },
  toastParameters: {
    expected: 'a toast object { title, iconUrl, subject, message, keyValues, buttons, … }',
    check: objectWith(toastFields),
  },
  dialogOptions: {
    expected: 'an options object { label, width, height } (pass {} for none)',
    check: objectWith(dialogFields),
  },
  menuBarView: {
    expected: 'a view object { name, iconUrl or label, … }',
    check: (v) => {
      const problem = objectWith(menuBarFields, ['name'])(v);
      if (problem) return problem;
      const view = v as Record<string, unknown>;
      return view['iconUrl'] === undefined && view['label'] === undefined ? "needs 'iconUrl' or 'label'" : undefined;
    },
  },
  recordData: {
    expected: 'an object of field name → string, number or boolean',
    check: (v) => {
      if (!isPlainObject(v)) return `got ${describe(v)}`;
      for (const [name, field] of Object.entries(v)) {
        if (field !== null && !['string', 'number', 'boolean'].includes(typeof field)) {
          return `has '${name}' as ${describe(field)}`;
        }
      }
      return undefined;
    },
  },
};
