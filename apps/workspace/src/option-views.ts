/**
 * The web-content views an option file describes: `interaction.web-content`
 * and `workspace.web-content` list sections; each section gives `label`,
 * `url` and `mode`. Mistakes are reported and the view left out, never guessed.
 */
import { optionList, WORKSPACE_SECTION, type OptionData } from '@wwe-kit/host';

/** How a view is shown. The seeds name four ways; `mode` is the shell's option for it. */
export const viewModes = ['tab', 'popup', 'background', 'hidden'] as const;
export type ViewMode = (typeof viewModes)[number];

export interface ViewSpec {
  /** The option section that describes the view. */
  readonly section: string;
  readonly label: string;
  /** The url with its `$Variable$` placeholders. */
  readonly url: string;
  readonly mode: ViewMode;
  /** `interaction`: one per interaction, for its life; `workspace`: one for the session. */
  readonly level: 'interaction' | 'workspace';
}

export interface ViewList {
  readonly views: readonly ViewSpec[];
  readonly problems: readonly string[];
}

const LISTS = { interaction: 'interaction.web-content', workspace: 'workspace.web-content' } as const;

/** Reads the views of both lists, in order. A section listed twice at one level is shown once. */
export function readViews(data: OptionData): ViewList {
  const views: ViewSpec[] = [];
  const problems: string[] = [];
  const workspace = data[WORKSPACE_SECTION] ?? {};
  for (const level of ['workspace', 'interaction'] as const) {
    const listed = optionList(workspace[LISTS[level]]);
    for (const section of new Set(listed)) {
      const view = readView(data, section, level, problems);
      if (view) views.push(view);
    }
  }
  return { views, problems };
}

function readView(
  data: OptionData,
  section: string,
  level: ViewSpec['level'],
  problems: string[],
): ViewSpec | undefined {
  const where = `${WORKSPACE_SECTION}/${LISTS[level]} lists '${section}'`;
  const options = data[section];
  if (!options) {
    problems.push(
      `${where}, but there is no section '${section}'. Add it with label, url and mode, or take it out of the list.`,
    );
    return undefined;
  }
  const url = typeof options['url'] === 'string' ? options['url'].trim() : '';
  if (!url) {
    problems.push(`Section '${section}' has no url. Add url: https://your-server/page.html.`);
    return undefined;
  }
  if (!/^https?:\/\//i.test(url)) {
    problems.push(
      `Section '${section}' has url '${url}', which is not an http(s) address. Write the full address, e.g. http://127.0.0.1:5174/tab/.`,
    );
    return undefined;
  }
  const modeText =
    typeof options['mode'] === 'string' && options['mode'].trim() ? options['mode'].trim().toLowerCase() : 'tab';
  if (!(viewModes as readonly string[]).includes(modeText)) {
    problems.push(`Section '${section}' has mode '${modeText}'. Use one of ${viewModes.join(', ')}.`);
    return undefined;
  }
  const label = typeof options['label'] === 'string' && options['label'].trim() ? options['label'].trim() : section;
  return { section, label, url, mode: modeText as ViewMode, level };
}
