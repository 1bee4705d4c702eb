/**
 * The user's markup as the string the frame renders. A Lit `TemplateResult` holds live values (and the
 * frame is another origin: nothing but cloneable data crosses), so it is serialised here: its static
 * strings with each value written in as text, escaped, as Lit would show it. What Lit alone can do
 * (property `.x=`, event `@x=` bindings, directives) cannot reach the frame, and is refused by name.
 */

/** The parts of a Lit `TemplateResult` the serialiser reads; Lit's own type fits it (no Lit import needed). */
export interface TemplateLike {
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

/** What a template may be written from: known when the workspace is up, before the markup is rendered. */
export interface MountContext {
  /** The interaction created for the view (`options.interaction`), else undefined. */
  readonly interactionId: string | undefined;
  /** The frame's origin (what the host sees the view's messages come from). */
  readonly origin: string;
}

/**
 * The markup to mount: an HTML string, a Lit template (`html\`…\``), or a function of the mount's context
 * answering either, e.g. `({ interactionId }) => html\`<my-card interaction-id=${interactionId}>\``.
 */
export type MountTemplate = string | TemplateLike | ((context: MountContext) => string | TemplateLike);

const NOTHING = Symbol.for('lit-nothing');
const NO_CHANGE = Symbol.for('lit-noChange');

const isTemplate = (value: unknown): value is TemplateLike =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as TemplateLike).strings) &&
  Array.isArray((value as TemplateLike).values);

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The attribute a value is bound to when `before` (the markup up to the value) ends inside `name=`. */
const ATTRIBUTE_BINDING = /([.?@]?)([^\s"'>/=]+)\s*=\s*(["']?)$/;

/** Whether `before` leaves the parser inside a tag (after `<tag …`, before its `>`). */
const insideTag = (before: string): boolean => before.lastIndexOf('<') > before.lastIndexOf('>');

/** Why a value cannot be written into the markup, or undefined when it can. */
function refusal(value: unknown): string | undefined {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol' && value !== NOTHING) return `the symbol ${String(value)}`;
  if (typeof value === 'object' && value !== null && '_$litDirective$' in value) return 'a Lit directive';
  return undefined;
}

/** A value in text position: primitives as escaped text, nested templates and lists written in turn. */
function textOf(value: unknown, where: () => string): string {
  if (value === null || value === undefined || value === NOTHING || value === NO_CHANGE) return '';
  if (isTemplate(value)) return serialiseTemplate(value);
  if (typeof value === 'object' && Symbol.iterator in value)
    return [...(value as Iterable<unknown>)].map((item) => textOf(item, where)).join('');
  const refused = refusal(value);
  if (refused || typeof value === 'object')
    throw new TypeError(
      `mountInWorkspace: ${where()} is ${refused ?? 'an object'}, which cannot cross to the frame (another origin: only text does). Write it as text, or set it from one of the frame's \`modules\`.`,
    );
  return escapeHtml(String(value));
}

/**
 * Writes a Lit template as HTML: its strings with each value escaped in place, `?attr=${…}` as the
 * attribute present or absent, `attr=${nothing}` as no attribute.
 * @throws TypeError naming the binding when it is a property (`.x=`) or event (`@x=`) binding, a
 *   directive, a function or another object: those live only in a Lit render of this window.
 */
export function serialiseTemplate(template: TemplateLike): string {
  const { strings, values } = template;
  let html = strings[0] ?? '';
  for (let index = 0; index < values.length; index++) {
    let next = strings[index + 1] ?? '';
    const value = values[index];
    const binding = insideTag(html) ? ATTRIBUTE_BINDING.exec(html) : null;
    const where = () =>
      binding
        ? `the value of ${binding[1]}${binding[2]}= (binding ${index + 1})`
        : `the value after "${html.slice(-40)}" (binding ${index + 1})`;
    if (!binding) {
      html += textOf(value, where) + next;
      continue;
    }
    const [whole, prefix, name, quote] = binding;
    if (prefix === '.' || prefix === '@')
      throw new TypeError(
        `mountInWorkspace: ${where()} is a Lit ${prefix === '.' ? 'property' : 'event'} binding, which only a Lit render in this window can make; the markup is rendered in another origin. Use an attribute, or set the property (add the listener) in one of the frame's \`modules\`.`,
      );
    const refused = refusal(value) ?? (isTemplate(value) ? 'a template' : undefined);
    if (refused) throw new TypeError(`mountInWorkspace: ${where()} is ${refused}; an attribute takes text.`);
    // A boolean attribute, or an attribute bound to `nothing`, may vanish: drop `name=` and its quotes.
    const present = prefix === '?' ? Boolean(value) : value !== NOTHING;
    if (prefix === '?' || !present) {
      html = html.slice(0, html.length - whole.length) + (present ? name : '');
      if (quote && next.startsWith(quote ?? '')) next = next.slice(1);
      html += next;
      continue;
    }
    const text = value === null || value === undefined ? '' : escapeHtml(String(value));
    // Lit sets an unquoted binding's attribute whole; in markup, only quotes keep a value with spaces whole.
    html += (quote ? text : `"${text}"`) + next;
  }
  return html;
}

/** The markup of `template` for `context`, as the frame renders it. */
export function markupOf(template: MountTemplate, context: MountContext): string {
  const written = typeof template === 'function' ? template(context) : template;
  if (typeof written === 'string') return written;
  if (isTemplate(written)) return serialiseTemplate(written);
  throw new TypeError(
    `mountInWorkspace: the template must be an HTML string or a Lit html\`…\` template (or a function answering one), got ${written === null ? 'null' : typeof written}.`,
  );
}
