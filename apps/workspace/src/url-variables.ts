/**
 * The `$Name$` variables a web-content url may hold, replaced when the shell
 * opens the view. Values are URL-encoded. Interaction variables exist only for
 * interaction-level views; `$AttachedData.<Key>$` gives only keys the read
 * allowlist lets pages see, so a url cannot leak what `getByInteractionId` hides.
 */
import type { Agent, Interaction } from '@wwe-kit/protocol';

/** What the variables are taken from. */
export interface UrlContext {
  readonly agent: Agent;
  /** The shell's origin: a page may pin it as its Workspace origin. */
  readonly workspaceOrigin: string;
  /** Absent for workspace-level views. */
  readonly interaction?: Interaction;
  /** `service-client-api.user-data.read-allowed`, for `$AttachedData.<Key>$`. */
  readonly readableKeys: readonly string[];
}

type Variable = (context: UrlContext) => string | undefined;
const fromInteraction =
  (read: (interaction: Interaction) => unknown): Variable =>
  (context) =>
    context.interaction ? String(read(context.interaction) ?? '') : undefined;

/** Every variable, with what it becomes. README.md documents the same list. */
export const urlVariables: Readonly<Record<string, { readonly description: string; readonly value: Variable }>> = {
  'Agent.FullName': {
    description: 'first and last name',
    value: ({ agent }) => `${agent.firstname} ${agent.lastname}`,
  },
  'Agent.FirstName': { description: 'first name', value: ({ agent }) => agent.firstname },
  'Agent.LastName': { description: 'last name', value: ({ agent }) => agent.lastname },
  'Agent.UserName': { description: 'user name', value: ({ agent }) => agent.username },
  'Agent.EmployeeId': { description: 'employee id', value: ({ agent }) => agent.employeeId },
  'Workspace.Origin': { description: "the Workspace page's origin", value: ({ workspaceOrigin }) => workspaceOrigin },
  'Interaction.Id': {
    description: 'interaction id',
    value: fromInteraction((interaction) => interaction.interactionId),
  },
  'Interaction.CaseId': { description: 'case id', value: fromInteraction((interaction) => interaction.caseId) },
  'Interaction.Type': {
    description: 'media: voice, chat, email…',
    value: fromInteraction((interaction) => interaction.media),
  },
  'Interaction.PhoneNumber': {
    description: 'the other party’s number (voice)',
    value: fromInteraction((interaction) => (interaction.direction === 'OUT' ? interaction.dnis : interaction.ani)),
  },
  'Interaction.CallType': {
    description: 'INBOUND, OUTBOUND, INTERNAL…',
    value: fromInteraction((interaction) => interaction.callType),
  },
};

export interface ExpandedUrl {
  readonly url: string;
  /** Variables left unreplaced, each with why and what to write instead. */
  readonly problems: readonly string[];
}

const VARIABLE = /\$([A-Za-z]+(?:\.[A-Za-z0-9_-]+)+)\$/g;

/** Replaces every known variable in `template`; unknown or unavailable ones become empty and are reported. */
export function expandUrl(template: string, context: UrlContext): ExpandedUrl {
  const problems: string[] = [];
  const url = template.replace(VARIABLE, (whole, name: string) => {
    const value = valueOf(name, context, problems, whole);
    return value === undefined ? '' : encodeURIComponent(value);
  });
  return { url, problems };
}

function valueOf(name: string, context: UrlContext, problems: string[], whole: string): string | undefined {
  if (name.startsWith('AttachedData.')) {
    const key = name.slice('AttachedData.'.length);
    if (!context.interaction) {
      problems.push(`${whole} needs an interaction; use it in a view listed in interaction.web-content.`);
      return undefined;
    }
    if (!context.readableKeys.includes(key)) {
      problems.push(
        `${whole} was left empty: '${key}' is not in service-client-api.user-data.read-allowed. Add it there to pass it in the url.`,
      );
      return undefined;
    }
    const value = context.interaction.userData[key];
    return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  }
  const variable = urlVariables[name];
  if (!variable) {
    problems.push(
      `${whole} is not a variable the shell knows. Known: ${Object.keys(urlVariables)
        .map((known) => `$${known}$`)
        .join(', ')}, $AttachedData.<Key>$.`,
    );
    return undefined;
  }
  const value = variable.value(context);
  if (value === undefined)
    problems.push(`${whole} needs an interaction; use it in a view listed in interaction.web-content.`);
  return value;
}
