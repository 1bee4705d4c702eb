import {
  notAllowedMessage,
  renderedValueKinds,
  requests,
  type RenderedKind,
  type RequestName,
} from '@wwe-kit/protocol';

/** What is wrong with a string Workspace would render or load; `undefined` when it is safe. */
type Grammar = (text: string) => string | undefined;

const WEB_SCHEMES = new Set(['http:', 'https:']);

/**
 * A url Workspace may load (a dialog's page, an icon): absolute, `http:` or `https:`, parsed
 * as the browser parses it, so `JAVASCRIPT:`, ` javascript:` and `java\nscript:` are all
 * `javascript:`. The empty string means "no page" (the reference's own openDialog sample).
 */
export const webUrlProblem: Grammar = (text) => {
  if (text === '') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not an absolute url';
  }
  return WEB_SCHEMES.has(url.protocol)
    ? undefined
    : `has the scheme ${url.protocol}, and Workspace loads only http: and https: urls`;
};

/** Hex digits as the reference writes colours: `#FFF`, `#FFFFFF`, and its own sample's five-digit `#FFFFF`. */
const HEX_COLOUR = /^#[0-9a-f]{3,8}$/i;
/** A colour keyword (`red`, `transparent`, `currentcolor`): letters alone cannot leave the property. */
const NAMED_COLOUR = /^[a-z]{3,32}$/i;
/** `rgb()`, `rgba()`, `hsl()`, `hsla()` of numbers, percentages, angles, commas and slashes. */
const FUNCTION_COLOUR =
  /^(?:rgba?|hsla?)\(\s*[-+]?[\d.]+(?:%|deg|rad|grad|turn)?(?:\s*[,/\s]\s*[-+]?[\d.]+(?:%|deg|rad|grad|turn)?){2,3}\s*\)$/i;

/**
 * A CSS colour, by a strict grammar rather than by what the CSS parser forgives: a value that
 * can only ever be one colour, never a second declaration (`;`), a rule (`{`), or a url().
 */
export const cssColorProblem: Grammar = (text) =>
  HEX_COLOUR.test(text) || NAMED_COLOUR.test(text) || FUNCTION_COLOUR.test(text) ? undefined : 'is not a CSS colour';

/** A dialog's width or height: pixels or a percentage, as the reference allows. */
export const cssLengthProblem: Grammar = (text) =>
  /^\d{1,5}(?:\.\d{1,3})?(?:px|%)$/.test(text) ? undefined : 'is not a length in px or %';

const rules: Readonly<Record<RenderedKind, { readonly problem: Grammar; readonly fix: string }>> = {
  url: {
    problem: webUrlProblem,
    fix: 'Give an absolute http: or https: url, e.g. "https://crm.example.com/dialog.html".',
  },
  color: {
    problem: cssColorProblem,
    fix: 'Give a colour as #RGB, #RRGGBB, a colour name, rgb(…) or hsl(…), e.g. "#1E6BB8".',
  },
  length: { problem: cssLengthProblem, fix: 'Give pixels or a percentage, e.g. "430px" or "50%".' },
};

/** One string of a request that Workspace would render or load. */
interface RenderedValue {
  readonly where: string;
  readonly kind: RenderedKind;
  readonly value: unknown;
}

function* renderedValues(name: RequestName, parameters: readonly unknown[]): Generator<RenderedValue> {
  for (const [index, spec] of requests[name].params.entries()) {
    const kinds = renderedValueKinds[spec.type];
    const value = parameters[index];
    if (kinds === undefined || value === undefined || value === null) continue;
    if (typeof kinds === 'string') {
      yield { where: `parameter '${spec.name}'`, kind: kinds, value };
      continue;
    }
    for (const [field, kind] of Object.entries(kinds)) {
      const fieldValue = (value as Record<string, unknown>)[field];
      if (fieldValue !== undefined) yield { where: `'${field}' of parameter '${spec.name}'`, kind, value: fieldValue };
    }
  }
}

const shown = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * `undefined` when every url, colour and length the request hands Workspace is safe to load or
 * paint; else the refusal, naming the value, why, and the fix. The catalogue says which values
 * these are (`renderedValueKinds`), so every backend and every shell is covered alike.
 * Runs after the parameter types are checked: every such value is a string.
 */
export function renderedValueRefusal(name: RequestName, parameters: readonly unknown[]): string | undefined {
  for (const { where, kind, value } of renderedValues(name, parameters)) {
    const problem = rules[kind].problem(value as string);
    if (problem) return notAllowedMessage(name, `the ${where}, ${shown(value as string)}, ${problem}`, rules[kind].fix);
  }
  return undefined;
}
