/**
 * Which rule of Workspace refused a request, and the option to change, read from the refusal's
 * own text: the host's refusals (packages/host/src/policy/*.ts, envelope.ts) name the option they
 * apply, and the few rules without an option are told by their wording.
 */
import { optionNames, SECURITY_OPTION_PREFIX } from '@wwe-kit/host';
import { classifyErrorMessage, quarantineSecondsOf } from '@wwe-kit/protocol';

export interface RefusalRule {
  /** The rule, in words. */
  readonly rule: string;
  /** The options that set it (section interaction-workspace), most specific first; none for a fixed rule. */
  readonly options: readonly string[];
  /** What to do, from the refusal's own text when it says. */
  readonly fix: string;
}

/** The rule behind each Service Client API option a refusal may name. */
const optionRules: Readonly<Record<keyof typeof optionNames, string>> = {
  acceptedOrigins: 'Accepted origins and their request filters',
  rateLimit: 'Rate limit',
  quarantineDelay: 'Rate-limit quarantine',
  readAllowed: 'User data a page may read',
  writeAllowed: 'User data a page may write',
  optionReaders: 'Origins allowed to read options',
};

/** The rules no option changes, told by the wording of their refusals. */
const fixedRules: ReadonlyArray<{ readonly pattern: RegExp; readonly rule: string; readonly options?: string[] }> = [
  { pattern: /is shown as a workspace-level tab/, rule: 'Workspace-level tabs may call few requests' },
  {
    pattern: /is not a web-content view of this Workspace/,
    rule: 'Only the views Workspace opened are served',
    options: ['interaction.web-content', 'workspace.web-content'],
  },
  { pattern: /belongs to another web application/, rule: 'A page changes only the UI items its own origin created' },
  { pattern: /^Request '[^']*' refused: the (?:'[^']*' of )?parameter '/, rule: 'Rendered values must be safe' },
  { pattern: /^Subscribe refused: /, rule: 'Subscription limits and event names' },
  { pattern: /^Message refused: /, rule: 'The Service Client API message format' },
];

/** The sentence after the reason: the host writes "<what>: <why>. <fix>". */
const fixOf = (text: string): string => {
  const at = text.search(/\.\s+[A-Z]/);
  return at < 0 ? '' : text.slice(at + 1).trim();
};

/**
 * The rule that refused a request and the option to change, or undefined when `errorMessage` is no
 * refusal (a failure in Workspace, e.g. "Interaction not found").
 */
export function refusalRule(errorMessage: string, request: string): RefusalRule | undefined {
  if (classifyErrorMessage(errorMessage) === 'rate-limited') {
    const seconds = quarantineSecondsOf(errorMessage);
    return {
      rule: optionRules.rateLimit,
      options: [`${optionNames.rateLimit}.${request}`, optionNames.rateLimit, optionNames.quarantineDelay],
      fix: `Send fewer '${request}' requests, or raise the limit for it; Workspace ignores it for ${seconds ? `${seconds} seconds` : 'the rest of the session'}.`,
    };
  }
  const named = (Object.keys(optionNames) as Array<keyof typeof optionNames>)
    .filter((key) => errorMessage.includes(optionNames[key]))
    .sort((a, b) => optionNames[b].length - optionNames[a].length)[0];
  if (named && classifyErrorMessage(errorMessage) === 'not-allowed')
    return { rule: optionRules[named], options: [optionNames[named]], fix: fixOf(errorMessage) };
  const fixed = fixedRules.find((candidate) => candidate.pattern.test(errorMessage));
  if (fixed) return { rule: fixed.rule, options: fixed.options ?? [], fix: fixOf(errorMessage) };
  if (classifyErrorMessage(errorMessage) === 'not-allowed') {
    // A refusal of ours that names a security option this table does not know yet.
    const option = new RegExp(`${SECURITY_OPTION_PREFIX.replace('.', '\\.')}[\\w.-]+`).exec(errorMessage)?.[0];
    return { rule: 'A Service Client API policy', options: option ? [option] : [], fix: fixOf(errorMessage) };
  }
  return undefined;
}
