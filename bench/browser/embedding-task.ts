/**
 * A DOM-heavy task of the kind a large single-page app does in its own part of the document, away from
 * the views a host serves: a table built and cleared row by row, innerHTML swaps, deep appends, and text
 * updates, every node inserted into the live document as it is built (as list renderers and incremental
 * updates do), so each insertion and removal is a mutation a document-wide observer records; and
 * overlays (dialogs, tooltips, toasts) shown and hidden as children of <body>, as portals put them,
 * which an observer of the views' ancestors hears too.
 */

const ROWS = 600;
const CELLS = 6;
const SWAPS = 60;
const SWAP_ITEMS = 60;
const DEPTH = 400;
const TEXT_UPDATES = 2000;
const OVERLAYS = 40;

/** What one task does, for the results. */
export const taskShape =
  `a ${ROWS.toLocaleString('en')}-row × ${CELLS}-cell table built cell by cell into the live document, ${TEXT_UPDATES.toLocaleString('en')} cell text updates, ` +
  `then its rows removed one by one; ${SWAPS} innerHTML swaps of a ${SWAP_ITEMS}-item list; a ${DEPTH}-deep chain ` +
  `of divs, each appended to the last; the area emptied; ${OVERLAYS} overlays appended to <body> and removed`;

function tableBuiltAndCleared(area: HTMLElement): void {
  const table = area.appendChild(document.createElement('table'));
  const body = table.appendChild(document.createElement('tbody'));
  const cells: HTMLTableCellElement[] = [];
  for (let row = 0; row < ROWS; row++) {
    const line = body.appendChild(document.createElement('tr'));
    for (let cell = 0; cell < CELLS; cell++) {
      const td = line.appendChild(document.createElement('td'));
      td.textContent = `r${row}c${cell}`;
      cells.push(td);
    }
  }
  for (let update = 0; update < TEXT_UPDATES; update++) cells[(update * 7) % cells.length]!.textContent = `u${update}`;
  while (body.lastChild) body.lastChild.remove();
  table.remove();
}

function innerHtmlSwaps(area: HTMLElement): void {
  const list = area.appendChild(document.createElement('div'));
  for (let swap = 0; swap < SWAPS; swap++) {
    let markup = '<ul>';
    for (let item = 0; item < SWAP_ITEMS; item++) markup += `<li class="item"><span>${swap}</span> item ${item}</li>`;
    list.innerHTML = `${markup}</ul>`;
  }
  list.remove();
}

function deepAppends(area: HTMLElement): void {
  let parent: HTMLElement = area;
  for (let depth = 0; depth < DEPTH; depth++) {
    const child = document.createElement('div');
    child.className = 'level';
    parent.appendChild(child);
    parent = child;
  }
}

function overlays(body: HTMLElement): void {
  for (let index = 0; index < OVERLAYS; index++) {
    const overlay = document.createElement('div');
    overlay.setAttribute('role', 'dialog');
    overlay.innerHTML = `<h2>Notice ${index}</h2><p>Something happened.</p><button>Close</button>`;
    body.append(overlay);
    overlay.remove();
  }
}

/** Runs the task once in `area` (and its document's body, for the overlays), which it leaves as it found them. */
export function domTask(area: HTMLElement): void {
  tableBuiltAndCleared(area);
  innerHtmlSwaps(area);
  deepAppends(area);
  area.replaceChildren();
  overlays(area.ownerDocument.body);
}
