import { parse as parseYaml } from 'yaml';

/** One option section: option name → value, as Workspace's option data holds them (strings). */
export type OptionSection = Readonly<Record<string, string>>;

/** Workspace option data: section name → section, e.g. `interaction-workspace`, `CrmTab`. */
export type OptionData = Readonly<Record<string, OptionSection>>;

/** The section that holds the Service Client API options. */
export const WORKSPACE_SECTION = 'interaction-workspace';

/** What `ServiceHost` accepts as options: YAML text, whole option data, or the `interaction-workspace` section alone. */
export type OptionInput = string | Readonly<Record<string, unknown>>;

/** A configuration mistake found while reading option data. */
export class OptionDataError extends Error {
  override readonly name = 'OptionDataError';
}

const scalarText = (value: unknown, where: string): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Option data writes lists as comma-separated strings; a YAML list means the same.
  if (Array.isArray(value) && value.every((item) => ['string', 'number'].includes(typeof item))) return value.join(',');
  throw new OptionDataError(
    `Option ${where} must be a string (or a list of strings), got ${Array.isArray(value) ? 'a nested list' : typeof value}. Write it as "key: value".`,
  );
};

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const toSection = (value: unknown, name: string): OptionSection => {
  if (!isMapping(value)) {
    throw new OptionDataError(
      `Option section '${name}' must be a mapping of option names to values, got ${value === null ? 'nothing' : typeof value}.`,
    );
  }
  // Object.fromEntries defines own properties, so a '__proto__' option name stays a plain key.
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, scalarText(item, `'${key}' in section '${name}'`)]),
  );
};

/**
 * Reads Workspace option data: YAML text (as `yaml` parses it) or an object.
 * A mapping whose keys are option names (`service-client-api.…`) is taken as the
 * `interaction-workspace` section alone.
 * @throws OptionDataError naming the section and option at fault.
 */
export function readOptionData(input: OptionInput): OptionData {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = parseYaml(input, { maxAliasCount: 100 }) ?? {};
    } catch (error) {
      throw new OptionDataError(`Option data is not valid YAML: ${(error as Error).message}`);
    }
  }
  if (!isMapping(value))
    throw new OptionDataError(
      'Option data must be a mapping of section names to sections, e.g. "interaction-workspace:\\n  service-client-api.accepted-web-content-origins: http://localhost:5174".',
    );
  const looksLikeSection = Object.entries(value).some(([key, item]) => key.includes('.') && !isMapping(item));
  if (looksLikeSection) return { [WORKSPACE_SECTION]: toSection(value, WORKSPACE_SECTION) };
  return Object.fromEntries(Object.entries(value).map(([name, section]) => [name, toSection(section, name)]));
}

/** A comma-separated option value as a list: trimmed, empty items dropped. */
export const optionList = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
