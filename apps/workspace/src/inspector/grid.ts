/**
 * The message list: a `role="grid"` of one-line rows, windowed by hand. Rows have one fixed height,
 * so the rows on screen follow from the scroll position alone and only they (and a few either side)
 * are drawn; `aria-rowcount`/`aria-rowindex` tell assistive technology the whole list, and the
 * selected row, always drawn, is the grid's `aria-activedescendant`.
 */
import { html, nothing } from 'lit';
import type { TrafficLog } from '../traffic-log.js';
import { durationOf, type FilteredTraffic } from './filtered-traffic.js';
import { clockTime, durationText, kindText, nameText, statusOf, viewText } from './row-text.js';
import type { LoggedMessage } from './traffic-entry.js';

/** The height of a row in pixels; inspector.css gives rows the same. */
export const ROW_HEIGHT = 26;
/** Rows drawn beyond each edge of the viewport, so a quick scroll shows no gap. */
const OVERSCAN = 12;

export interface GridWindow {
  readonly scrollTop: number;
  readonly height: number;
}

export interface GridActions {
  select(entry: LoggedMessage): void;
  keydown(event: KeyboardEvent): void;
  scrolled(event: Event): void;
}

export const rowId = (seq: number, prefix: string) => `${prefix}-row-${seq}`;

function row(
  log: TrafficLog,
  entry: LoggedMessage,
  index: number,
  slowest: number,
  selected: boolean,
  prefix: string,
  actions: GridActions,
) {
  const status = statusOf(log, entry);
  const duration = durationOf(log, entry);
  const partner = log.partnerOf(entry);
  const share = duration === undefined || slowest <= 0 ? 0 : Math.min(100, (duration / slowest) * 100);
  return html`<div
    role="row"
    id=${rowId(entry.seq, prefix)}
    class="wk-row"
    style="transform: translateY(${index * ROW_HEIGHT}px)"
    aria-rowindex=${index + 2}
    aria-selected=${selected ? 'true' : 'false'}
    data-row
    data-seq=${entry.seq}
    data-kind=${entry.kind}
    data-name=${entry.name}
    data-section=${entry.section}
    data-frame=${entry.frameId ?? nothing}
    data-status=${status}
    data-partner=${partner?.seq ?? nothing}
    @click=${() => actions.select(entry)}
  >
    <span role="gridcell" class="wk-time">${clockTime(entry.time)}</span>
    <span role="gridcell" class="wk-kind" data-direction=${entry.direction}>${kindText(entry)}</span>
    <span role="gridcell" class="wk-view"
      >${viewText(entry)}${entry.frameId === undefined ? nothing : html` <small>frame ${entry.frameId}</small>`}</span
    >
    <span role="gridcell" class="wk-name">${nameText(entry)}</span>
    <span role="gridcell" class="wk-status" data-status=${status}>${status}</span>
    <span role="gridcell" class="wk-duration"
      >${
        duration === undefined
          ? nothing
          : html`<span class="wk-bar" style="width: ${share.toFixed(1)}%"></span><span class="wk-ms">${durationText(duration)}</span>`
      }</span
    >
  </div>`;
}

/** The rows of `view` that `window` shows, with the selected one. */
export function trafficGrid(
  view: FilteredTraffic,
  window: GridWindow,
  selected: number | undefined,
  prefix: string,
  actions: GridActions,
) {
  const count = view.count;
  const first = Math.max(0, Math.floor(window.scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((window.scrollTop + window.height) / ROW_HEIGHT) + OVERSCAN);
  const indices: number[] = [];
  for (let index = first; index <= last; index += 1) indices.push(index);
  const selectedIndex = selected === undefined ? -1 : view.indexOf(selected);
  if (selectedIndex >= 0 && (selectedIndex < first || selectedIndex > last)) indices.push(selectedIndex);
  const slowest = view.slowest;
  return html`<div
    class="wk-grid"
    role="grid"
    aria-label="Messages, oldest first"
    aria-rowcount=${count + 1}
    aria-colcount="6"
    aria-activedescendant=${selectedIndex >= 0 ? rowId(selected!, prefix) : nothing}
    tabindex="0"
    @keydown=${actions.keydown}
    @scroll=${actions.scrolled}
  >
    <div role="rowgroup" class="wk-grid-head">
      <div role="row" class="wk-row" aria-rowindex="1">
        <span role="columnheader">Time</span><span role="columnheader">Kind</span><span role="columnheader">View</span
        ><span role="columnheader">Request or event</span><span role="columnheader">Status</span
        ><span role="columnheader">Duration</span>
      </div>
    </div>
    <div role="rowgroup" class="wk-grid-body" style="height: ${count * ROW_HEIGHT}px">
      ${indices.map((index) => {
        const entry = view.at(index)!;
        return row(view.log, entry, index, slowest, entry.seq === selected, prefix, actions);
      })}
    </div>
  </div>`;
}
