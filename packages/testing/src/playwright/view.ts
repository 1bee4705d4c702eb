/**
 * `workspace.view(section, { interaction })`: a view's Playwright `Frame` (its iframe, attached and
 * loaded; a tab is brought forward first, as the agent would click it), or for a popup view the popup
 * `Page` its button opens.
 */
import type { Frame, Page } from '@playwright/test';
import { viewFrameSelector } from '../shell/scenario-run.js';
import { inShell } from './shell-in-page.js';

/** How long a view's iframe may take to appear and load. */
const VIEW_LIMIT = 15_000;

interface FoundView {
  readonly key: string;
  readonly mode: string;
  readonly label: string;
  readonly url: string;
}

/** The live view of `section` (for `interactionId`), brought forward when a tab; throws naming the views there are. */
function locate(page: Page, section: string, interactionId: string | undefined): Promise<FoundView> {
  return inShell(
    page,
    (shell, [name, id]: [string, string | null]) => {
      const view = shell.views.views.find(
        (candidate) => candidate.spec.section === name && candidate.interactionId === (id ?? undefined),
      );
      if (!view) {
        const open = shell.views.views.map(
          (candidate) =>
            `${candidate.spec.section}${candidate.interactionId === undefined ? '' : ` (interaction ${candidate.interactionId})`}`,
        );
        const level = id === null ? 'workspace-level' : `of interaction ${id}`;
        throw new Error(
          `No ${level} view of section ${name} is open. Open views: ${open.join(', ') || 'none'}. Name a view by its option section; pass { interaction } for an interaction-level view, which lives only while its interaction does. Problems in the option data: ${[...shell.problems, ...shell.hostProblems].join(' ') || 'none'}.`,
        );
      }
      if (view.spec.mode === 'tab' && view.frame) shell.showView(view.frame.frameId);
      // A popup's button shows only beside its interaction, when that is the selected one.
      if (view.spec.mode === 'popup' && id !== null) shell.select(id);
      return { key: view.key, mode: view.spec.mode, label: view.spec.label, url: view.url };
    },
    [section, interactionId ?? null] as [string, string | null],
  );
}

/** The view's frame or popup page; see `Workspace.view`. */
export async function findView(page: Page, section: string, interactionId: string | undefined): Promise<Frame | Page> {
  const view = await locate(page, section, interactionId);
  if (view.mode === 'popup') {
    const button = page.locator(`button[data-open-popup="${view.key}"]`);
    const [popup] = await Promise.all([page.waitForEvent('popup', { timeout: VIEW_LIMIT }), button.click()]);
    await popup.waitForLoadState('load', { timeout: VIEW_LIMIT });
    return loadedFrom(popup, view);
  }
  const selector = viewFrameSelector(section, interactionId);
  const element = await page.waitForSelector(selector, { state: 'attached', timeout: VIEW_LIMIT });
  const frame = await element.contentFrame();
  if (!frame)
    throw new Error(`The iframe of ${view.label} (${selector}) has no frame: it was removed as the view opened.`);
  await frame.waitForLoadState('load', { timeout: VIEW_LIMIT });
  return loadedFrom(frame, view);
}

/**
 * The view's document, once it is the page at the view's url: a server that is down or a wrong url leaves
 * the browser's error page in the frame, which loads as well, and a test's locators would then only time out.
 */
function loadedFrom<T extends Frame | Page>(loaded: T, view: { readonly label: string; readonly url: string }): T {
  const origin = (url: string) => {
    try {
      return new URL(url).origin;
    } catch {
      return url;
    }
  };
  if (origin(loaded.url()) !== origin(view.url))
    throw new Error(
      `${view.label} did not load its page ${view.url}: the browser shows ${loaded.url()}. Is your page's server running at ${origin(view.url)}, and does the option file give the right url?`,
    );
  return loaded;
}
