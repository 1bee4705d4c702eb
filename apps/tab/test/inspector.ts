// The app pages carry no test code: this page, loaded on their origin as a sibling frame,
// reaches the app frame's DOM (same origin) and answers the test page's control messages.
import { serveControls, type Controls } from '../../../test/helpers/controls.js';
import { findInShadowPath } from '../../../test/helpers/shadow-path.js';

interface AxeResults { violations: Array<{ id: string; help: string }> }
type AppWindow = Window & { axe?: { run(context: Element): Promise<AxeResults> } };

/** The sibling frame named `name`; frames of other origins cannot be read and are skipped. */
function appWindow(name: string): AppWindow {
  for (let index = 0; index < parent.frames.length; index++) {
    try {
      const candidate = parent.frames[index] as AppWindow;
      if (candidate.name === name) return candidate;
    } catch {
      // Another origin: not one of the app frames.
    }
  }
  throw new Error(`No app frame named '${name}' on this origin.`);
}

/** The element at a path of selectors (' >> ' enters shadow roots) in the app frame. */
function find(frame: string, path: string): Element | null {
  return findInShadowPath(appWindow(frame).document, path);
}

/** Every element matching the last selector of a path. */
function findAll(frame: string, path: string): Element[] {
  const selectors = path.split(' >> ');
  const last = selectors.pop()!;
  const scope = selectors.length ? find(frame, selectors.join(' >> ')) : appWindow(frame).document;
  const root = scope && 'shadowRoot' in scope && scope.shadowRoot ? scope.shadowRoot : scope;
  return root ? [...root.querySelectorAll(last)] : [];
}

/** Loads axe-core into the app frame once. */
async function axeIn(win: AppWindow): Promise<NonNullable<AppWindow['axe']>> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = new URL('/node_modules/axe-core/axe.min.js', location.href).href;
    const loaded = new Promise((resolve, reject) => { script.onload = resolve; script.onerror = reject; });
    win.document.head.append(script);
    await loaded;
  }
  return win.axe!;
}

const at = (message: Record<string, unknown>) => find(String(message['frame']), String(message['path']));
const present = (message: Record<string, unknown>): Element => {
  const element = at(message);
  if (!element) throw new Error('no such element');
  return element;
};

const inspections: Controls = {
  text: (message) => at(message)?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
  texts: (message) => findAll(String(message['frame']), String(message['path'])).map((element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
  attribute: (message) => at(message)?.getAttribute(String(message['name'])) ?? null,
  property: (message) => (at(message) as unknown as Record<string, unknown> | null)?.[String(message['name'])] ?? null,
  visible: (message) => at(message)?.checkVisibility() ?? false,
  fill: (message) => {
    const input = present(message) as HTMLInputElement;
    input.value = String(message['value']);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  },
  click: (message) => { (present(message) as HTMLElement).click(); return true; },
  submit: (message) => { (present(message) as HTMLFormElement).requestSubmit(); return true; },
  axe: async (message) => {
    const win = appWindow(String(message['frame']));
    const axe = await axeIn(win);
    return (await axe.run(find(String(message['frame']), String(message['path'] ?? 'body'))!)).violations.map((violation) => `${violation.id}: ${violation.help}`);
  },
};

// Each answer is { value } or { error }, so a missing element fails the test with a reason instead of hanging it.
const controls: Controls = Object.fromEntries(Object.entries(inspections).map(([name, inspect]) => [name, async (message: Record<string, unknown>) => {
  try {
    return { value: await inspect(message) };
  } catch (error) {
    return { error: `${name} ${String(message['path'] ?? '')}: ${(error as Error).message}` };
  }
}]));

serveControls(controls, parent);
