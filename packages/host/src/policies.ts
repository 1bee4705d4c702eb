import type { OptionData } from './options.js';
import { AccessPolicy } from './policy/access.js';
import { EventPolicy } from './policy/events.js';
import { OptionReadPolicy } from './policy/option-reading.js';
import type { HostReporter } from './reporter.js';
import { readSettings, type ServiceClientSettings } from './settings.js';

/** The rules the option data decides, built together so that none outlives the options it came from. */
export interface Policies {
  readonly settings: ServiceClientSettings;
  /** Who may call what: the origin filter, explicit-only requests, the workspace-tab rule. */
  readonly access: AccessPolicy;
  /** Who may read options, and which they see. */
  readonly optionReads: OptionReadPolicy;
  /** Who may see which event, and what of it. */
  readonly events: EventPolicy;
}

/** The policies of `data`. Problems found in the options are reported, never thrown: a host keeps serving. */
export function readPolicies(data: OptionData, report: HostReporter): Policies {
  const settings = readSettings(data);
  const access = new AccessPolicy(settings.acceptedOrigins);
  const optionReads = new OptionReadPolicy(settings.optionReaders);
  for (const problem of [...settings.problems, ...access.problems, ...optionReads.problems]) report.problem(problem);
  return { settings, access, optionReads, events: new EventPolicy(access, settings.readAllowed) };
}
