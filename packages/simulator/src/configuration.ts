import { WORKSPACE_SECTION, optionList, type OptionData, type BackendHandlers } from '@wwe-kit/host';
import type { OptionValues } from '@wwe-kit/protocol';
import { errors } from './errors.js';
import type { InteractionStore } from './interactions/store.js';
import type { Runtime } from './runtime.js';

/** Transaction objects of the routing strategy: name → annex (section → option → value). */
export type Transactions = Readonly<Record<string, OptionData>>;

interface Pattern {
  readonly section: string;
  readonly option: string;
}

/** A word may end with `*` and nowhere else has one: `voice.*`, `voice.auto*`, `Custom*`. */
const validWord = (word: string) => word !== '' && !word.slice(0, -1).includes('*') && !word.startsWith('*');

/**
 * `[Section/]option`, `interaction-workspace` by default; `*` only at the end of a word. The option
 * may be `*` alone after a section: Genesys' own sample asks `["voice.*", "MySection/*"]`, every
 * option of MySection.
 */
export function parsePattern(text: string): Pattern | undefined {
  const slash = text.indexOf('/');
  const section = slash < 0 ? WORKSPACE_SECTION : text.slice(0, slash).trim();
  const option = (slash < 0 ? text : text.slice(slash + 1)).trim();
  const optionOk = validWord(option) || (slash >= 0 && option === '*');
  return validWord(section) && optionOk ? { section, option } : undefined;
}

const matches = (word: string, name: string) =>
  word.endsWith('*') ? name.startsWith(word.slice(0, -1)) : name === word;

/** The options of `data` that `pattern` names, grouped by section. */
function select(data: OptionData, pattern: Pattern, into: Record<string, Record<string, string>>): void {
  for (const [section, options] of Object.entries(data)) {
    if (!matches(pattern.section, section)) continue;
    for (const [name, value] of Object.entries(options)) {
      // Built without prototypes: an option section or name such as '__proto__' stays plain data.
      if (matches(pattern.option, name))
        (into[section] ??= Object.create(null) as Record<string, string>)[name] = value;
    }
  }
}

/**
 * The configuration namespace over the option data the host reads:
 * `getOption` with the reference's wildcard rules, and `getContextualOption`
 * with overrides from `interaction.override-option-key` and transaction annexes.
 */
export class ConfigurationModel {
  readonly #runtime: Runtime;
  readonly #store: InteractionStore;
  readonly transactions: Record<string, OptionData>;

  constructor(runtime: Runtime, store: InteractionStore, transactions: Transactions = {}) {
    this.#runtime = runtime;
    this.#store = store;
    this.transactions = { ...transactions };
  }

  #patterns(options: string | string[]): Pattern[] {
    return ([] as string[])
      .concat(options)
      .map((text) => parsePattern(text) ?? this.#runtime.fail(errors.invalidOptionPattern(text)));
  }

  getOption(options: string | string[]): OptionValues {
    const result: Record<string, Record<string, string>> = Object.create(null);
    for (const pattern of this.#patterns(options)) select(this.#runtime.options, pattern, result);
    return result;
  }

  /**
   * The reference's example: the interaction's user data names, under the key that
   * `interaction.override-option-key` gives, a transaction whose annex overrides options.
   * With several transactions listed, the first that sets an option wins.
   */
  getContextualOption(options: string | string[], interactionId: string): OptionValues {
    const patterns = this.#patterns(options);
    const record = this.#store.get(interactionId);
    const key = this.#runtime.option('interaction.override-option-key');
    const names = key ? optionList(String(record.interaction.userData[key] ?? '')) : [];
    const annexes = names
      .map((name) => this.transactions[name])
      .filter((annex): annex is OptionData => annex !== undefined);
    const result: Record<string, Record<string, string>> = Object.create(null);
    for (const pattern of patterns) {
      select(this.#runtime.options, pattern, result);
      for (const annex of [...annexes].reverse()) select(annex, pattern, result);
    }
    return result;
  }

  handlers() {
    return {
      'configuration.getOption': ([options]) => this.getOption(options),
      'configuration.getContextualOption': ([options, interactionId]) =>
        this.getContextualOption(options, interactionId),
    } satisfies Partial<BackendHandlers>;
  }
}
