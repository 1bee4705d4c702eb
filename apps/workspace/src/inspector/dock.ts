/**
 * The bottom dock's size: a separator that a pointer drags and the arrow keys move, setting
 * `--dock-height` on `:root` (the page grid reserves that much), remembered in localStorage.
 */
import { html } from 'lit';

const STORAGE_KEY = 'wwe-kit.inspector.dock-height';
export const DEFAULT_DOCK_HEIGHT = 280;
const MIN_HEIGHT = 120;
/** What the views keep at least, above the dock. */
const VIEWS_MIN = 200;
const STEP = 24;

const maxHeight = () => Math.max(MIN_HEIGHT, window.innerHeight - VIEWS_MIN);
const clamp = (height: number) => Math.round(Math.min(maxHeight(), Math.max(MIN_HEIGHT, height)));

function stored(): number {
  try {
    const value = Number(localStorage.getItem(STORAGE_KEY));
    return value > 0 ? value : DEFAULT_DOCK_HEIGHT;
  } catch {
    return DEFAULT_DOCK_HEIGHT;
  }
}

/** The dock's height now. */
export const dockHeight = (): number => clamp(stored());

/** Sets the dock's height (or `auto` when collapsed: its header row alone) on `:root`, and remembers a height. */
export function applyDockHeight(height: number, collapsed: boolean): void {
  const value = clamp(height);
  document.documentElement.style.setProperty('--dock-height', collapsed ? 'auto' : `${value}px`);
  try {
    localStorage.setItem(STORAGE_KEY, String(value));
  } catch {
    // Storage may be denied (private mode); the size holds for this page.
  }
}

/** The resize handle; `changed` hears each new height so the inspector can draw its rows. */
export function dockHandle(collapsed: boolean, changed: () => void) {
  const height = dockHeight();
  const set = (next: number) => {
    applyDockHeight(next, false);
    changed();
  };
  const keydown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowUp: height + STEP,
      ArrowDown: height - STEP,
      PageUp: height + STEP * 4,
      PageDown: height - STEP * 4,
      Home: maxHeight(),
      End: MIN_HEIGHT,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    set(next);
  };
  const pointerdown = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const move = (moved: PointerEvent) => set(window.innerHeight - moved.clientY);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  };
  return html`<div
    class="wk-dock-handle"
    id="inspector-resize"
    role="separator"
    tabindex=${collapsed ? '-1' : '0'}
    ?hidden=${collapsed}
    aria-label="Resize the traffic inspector (arrow keys)"
    aria-orientation="horizontal"
    aria-valuemin=${MIN_HEIGHT}
    aria-valuemax=${maxHeight()}
    aria-valuenow=${height}
    aria-valuetext=${`${height} pixels high`}
    @keydown=${keydown}
    @pointerdown=${pointerdown}
  ></div>`;
}
