/**
 * How the tab was opened: Workspace opens one per interaction, in a frame, from
 * an `interaction.web-content` section whose url carries $Interaction.Id$ and
 * $Agent.FullName$. Anything else gets a message saying what is missing and how
 * the view is meant to be opened.
 */

/** What the url tells the view. */
export interface Opening {
  readonly interactionId: string;
  /** The agent's full name, when the url carries it. */
  readonly agentName: string | undefined;
}

/** The url template the option section should hold for this page. */
export const urlTemplate = (page: Location): string =>
  `${page.origin}${page.pathname}?interaction=$Interaction.Id$&agent=$Agent.FullName$`;

const howToOpen = (page: Location): string =>
  `Workspace opens this view once per interaction: list an option section in interaction.web-content whose url is ` +
  `${urlTemplate(page)} (the CustomerTab section of apps/workspace/options.yaml), then take a call.`;

/** The interaction and agent from the url, or why the view cannot show an interaction. */
export function readOpening(page: Location, self: Window): { opening: Opening } | { problem: string } {
  const parameters = new URLSearchParams(page.search);
  const interactionId = parameters.get('interaction')?.trim() ?? '';
  const agentName = parameters.get('agent')?.trim() || undefined;
  if (self.parent === self && !self.opener) {
    return {
      problem: `This view is not inside Workspace: it was opened on its own, so there is no Workspace to ask about the interaction. ${howToOpen(page)}`,
    };
  }
  if (!interactionId) {
    return {
      problem: `No interaction to show: the url has no interaction parameter (?interaction=<id>). ${howToOpen(page)}`,
    };
  }
  if (/^\$.*\$$/.test(interactionId)) {
    return {
      problem: `No interaction to show: the url still holds the variable ${interactionId}, which Workspace replaces only in interaction-level views. Name the section in interaction.web-content, not workspace.web-content.`,
    };
  }
  return { opening: { interactionId, agentName } };
}

/** Why an interaction id the url names is not among the agent's interactions. */
export const unknownInteraction = (interactionId: string, page: Location): string =>
  `Interaction '${interactionId}' is not one of the agent's interactions in Workspace: it has ended, or this url was not made by Workspace. ${howToOpen(page)}`;
