// The host hears a view's iframe leave the document however it leaves (its own removal, an ancestor's,
// inside a shadow root, after a move), and hears nothing of the page's DOM work elsewhere.
import { expect } from '@open-wc/testing';
import type { ServiceHost } from '@wwe-kit/host';
import { DetachWatcher } from '../src/frame-watch.js';
import { waitForReady } from '../../../test/helpers/controls.js';
import { crossOrigin } from '../../../test/helpers/responder.js';
import { createTestHost } from '../../../test/helpers/test-backend.js';
import { probeUrl } from '../../testing/src/contract/origins.js';

/**
 * Runs `mutate` and resolves once every mutation observer created before this call has been told of
 * it: observers are told in the order they were created, and this one is created last, observing
 * `root` and everything below it.
 */
function mutated(root: Node, mutate: () => void): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
    mutate();
  });
}

/** A div appended to `parent`, or to the body. */
const box = (parent: ParentNode = document.body): HTMLDivElement => parent.appendChild(document.createElement('div'));

describe('ServiceHost: views leaving the document', () => {
  let host: ServiceHost;
  const boxes: Element[] = [];
  const container = (parent?: ParentNode) => {
    const element = box(parent);
    if (!parent) boxes.push(element);
    return element;
  };
  const views = new Map<HTMLIFrameElement, number>();
  const registered = (iframe: HTMLIFrameElement) => host.frames.some((frame) => frame.frameId === views.get(iframe));

  /**
   * A view in `parent`, registered with the host before it is attached, as a shell does, once its page
   * has loaded and listens. (An iframe attached inside a shadow root, which a document's observer cannot
   * see into, is watched from its load on.)
   */
  async function openView(parent: ParentNode): Promise<HTMLIFrameElement> {
    const iframe = document.createElement('iframe');
    iframe.src = probeUrl(crossOrigin());
    views.set(iframe, host.registerFrame({ iframe, section: 'Watched', mode: 'tab' }).frameId);
    const ready = waitForReady(() => iframe.contentWindow);
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    parent.appendChild(iframe);
    await Promise.all([ready, loaded]);
    return iframe;
  }

  beforeEach(() => {
    ({ host } = createTestHost({ 'service-client-api.accepted-web-content-origins': crossOrigin() }));
  });
  afterEach(() => {
    host.dispose();
    for (const element of boxes.splice(0)) element.remove();
  });

  it('drops a view when an ancestor of its iframe is removed', async () => {
    const outer = container();
    const iframe = await openView(box(box(outer)));
    const stays = await openView(container());
    expect(registered(iframe)).to.equal(true);
    await mutated(document.body, () => outer.remove());
    expect(registered(iframe), 'the removed view').to.equal(false);
    expect(registered(stays), 'the view elsewhere').to.equal(true);
  });

  it('drops a view whose iframe is removed inside a shadow root', async () => {
    const shadow = container().attachShadow({ mode: 'open' });
    const iframe = await openView(box(shadow));
    expect(registered(iframe)).to.equal(true);
    await mutated(shadow, () => iframe.parentNode!.removeChild(iframe));
    expect(registered(iframe)).to.equal(false);
  });

  it('drops a view removed before its page loaded', async () => {
    const parent = container();
    const iframe = document.createElement('iframe');
    iframe.src = probeUrl(crossOrigin());
    views.set(iframe, host.registerFrame({ iframe, section: 'Watched', mode: 'tab' }).frameId);
    await mutated(document.body, () => parent.append(iframe));
    await mutated(document.body, () => parent.remove());
    expect(registered(iframe)).to.equal(false);
  });

  it('keeps a view registered before it is attached while the removal of another is swept', async () => {
    const parent = container();
    const leaving = await openView(parent);
    // As a test or a shell replacing a view does: remove one, register the next, attach it.
    leaving.remove();
    const next = document.createElement('iframe');
    next.src = probeUrl(crossOrigin());
    views.set(next, host.registerFrame({ iframe: next, section: 'Watched', mode: 'tab' }).frameId);
    expect(registered(next), 'registered, not yet attached').to.equal(true);
    await mutated(document.body, () => parent.append(next));
    expect(registered(leaving), 'the removed view').to.equal(false);
    expect(registered(next), 'the attached view').to.equal(true);
  });

  it('drops a view whose shadow host is removed', async () => {
    const outer = container();
    const iframe = await openView(box(box(outer).attachShadow({ mode: 'open' })));
    await mutated(document.body, () => outer.remove());
    expect(registered(iframe)).to.equal(false);
  });

  it('follows a view moved to another container, and drops it when that one goes', async () => {
    const first = container();
    const second = box(container());
    const iframe = await openView(first);
    // Moving an iframe loads its page again: wait until the new document has loaded and listens.
    const reloaded = waitForReady(() => iframe.contentWindow);
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    second.append(iframe);
    await Promise.all([reloaded, loaded]);
    expect(registered(iframe), 'after the move').to.equal(true);
    // The old container goes first, and is told apart: a sweep it causes must not see the next removal.
    await mutated(document.body, () => first.remove());
    // Only the new chain holds `second`'s parent: the host hears this only if it follows the move.
    await mutated(second.parentElement!, () => second.remove());
    expect(registered(iframe), 'after its new container went').to.equal(false);
  });

  it('follows a view moved with moveBefore, which keeps its page, and drops it when its new container goes', async function () {
    if (!('moveBefore' in Element.prototype)) this.skip();
    const first = container();
    const second = box(container());
    const iframe = await openView(first);
    const page = iframe.contentWindow;
    await mutated(document.body, () =>
      (second as unknown as { moveBefore(node: Node, child: Node | null): void }).moveBefore(iframe, null),
    );
    expect(iframe.contentWindow, 'the same page').to.equal(page);
    expect(registered(iframe), 'after the move').to.equal(true);
    // The old container goes first, and is told apart: a sweep it causes must not see the next removal.
    await mutated(document.body, () => first.remove());
    // Only the new chain holds `second`'s parent: the host hears this only if it follows the move.
    await mutated(second.parentElement!, () => second.remove());
    expect(registered(iframe), 'after its new container went').to.equal(false);
  });
});

describe('DetachWatcher', () => {
  const boxes: Element[] = [];
  afterEach(() => {
    for (const element of boxes.splice(0)) element.remove();
  });

  it('is told nothing of DOM work outside the chains of the iframes it watches', async () => {
    const sidebar = box();
    const main = box();
    boxes.push(sidebar, main);
    const iframe = sidebar.appendChild(document.createElement('iframe'));
    let told = 0;
    const watcher = new DetachWatcher(() => told++);
    watcher.watch([iframe]);
    await mutated(main, () => {
      const table = main.appendChild(document.createElement('table'));
      for (let row = 0; row < 200; row++) table.insertRow().insertCell().textContent = `row ${row}`;
      table.remove();
      main.innerHTML = '<section><p>swapped</p></section>';
    });
    expect(told, 'work in another subtree').to.equal(0);
    await mutated(document.body, () => sidebar.remove());
    expect(told, 'the iframe’s container removed').to.equal(1);
    watcher.dispose();
  });

  it('keeps a removal that happened before it re-observes', async () => {
    const first = box();
    const second = box();
    boxes.push(first, second);
    const stays = first.appendChild(document.createElement('iframe'));
    const leaves = second.appendChild(document.createElement('iframe'));
    let told = 0;
    const watcher = new DetachWatcher(() => told++);
    watcher.watch([stays, leaves]);
    // The registry re-watches with fewer nodes before the removal record was delivered.
    leaves.remove();
    watcher.watch([stays]);
    expect(told, 'the pending removal is passed on').to.equal(1);
    watcher.dispose();
  });
});
