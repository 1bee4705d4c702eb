import { nullable, param, type Catalogue } from './spec.js';

const frameQuestion = (summary: string) => ({ summary, params: [], result: 'boolean' }) as const;
/** A question about the browser tab's election, which the host answers itself. */
const tabQuestion = (summary: string) => ({ ...frameQuestion(summary), answeredBy: 'host' }) as const;

/** System namespace. */
export const systemRequests = {
  'system.amIVisible': frameQuestion('Gets the current visibility state of the frame.'),
  'system.closeDialog': {
    summary: 'Closes a dialog opened by openDialog; false when it is not found.',
    params: [param('dialogId', 'string')],
    result: 'boolean',
    uiItem: { kind: 'dialog', id: 'parameter', closes: true },
  },
  'system.closeToast': {
    summary: 'Closes a toast opened by popupToast; false when it is not found.',
    params: [param('id', 'string')],
    result: 'boolean',
    uiItem: { kind: 'toast', id: 'parameter', closes: true },
  },
  'system.closeViewInApplicationMenuBar': {
    summary: 'Removes a custom view from the application menu bar; false when it is not found.',
    params: [param('name', 'string')],
    result: 'boolean',
    uiItem: { kind: 'menu-bar view', id: 'parameter', closes: true },
  },
  'system.getAllowedServices': {
    summary: 'Gets the requests this origin may call; fails for an origin that is not accepted.',
    params: [],
    result: 'string[]',
    answeredBy: 'host',
  },
  'system.isFrameLeading': tabQuestion('Tells whether the browser tab is leading.'),
  'system.isFrameFollowing': tabQuestion('Tells whether the browser tab is following.'),
  'system.isFrameNegotiating': tabQuestion('Tells whether a leader election is in progress.'),
  'system.isFrameLeadingOrNegotiating': tabQuestion('Tells whether the tab is leading or an election is in progress.'),
  'system.isLastActiveFrame': tabQuestion('Tells whether this is the last active browser tab.'),
  'system.openDialog': {
    summary: 'Opens an iframe in a dialog; answers the dialog id, or null without a url.',
    // The reference answers null "if the url parameter is not defined", so it may be left undefined.
    params: [nullable('url', 'url'), param('options', 'dialogOptions')],
    result: 'string|null',
    uiItem: { kind: 'dialog', id: 'result', pageParameter: 0 },
  },
  'system.popupToast': {
    summary: 'Pops up a custom toast; answers its unique id.',
    params: [param('parameters', 'toastParameters')],
    result: 'string',
    uiItem: { kind: 'toast', id: 'result' },
  },
  'system.triggerActivity': {
    summary: 'Triggers a fake activity so the inactivity timer does not close the session.',
    params: [],
    result: 'void',
  },
  'system.updateViewInApplicationMenuBar': {
    summary: 'Creates or updates a custom view in the application menu bar; answers its name.',
    params: [param('parameters', 'menuBarView')],
    result: 'string',
    uiItem: { kind: 'menu-bar view', id: 'name' },
  },
  'system.updateToast': {
    summary: 'Updates a toast; false when it is not found.',
    params: [param('id', 'string'), param('parameters', 'toastParameters')],
    result: 'boolean',
    uiItem: { kind: 'toast', id: 'parameter' },
  },
} as const satisfies Catalogue;
