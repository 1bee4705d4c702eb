/**
 * Tells the frame registry that a registered iframe may have left its document, without watching the
 * whole document. An iframe leaves only when it, or one of its ancestors, is taken out of its parent,
 * and that parent is on the iframe's ancestor chain; so a `childList` observation of each node of the
 * chains (no `subtree`) hears every removal, and nothing else of the page. A page doing heavy DOM work
 * elsewhere, in a large single-page app, creates no mutation records for the host. The chains cross
 * shadow roots to their hosts, which a document-wide observation never saw into.
 *
 * An iframe registered before it is attached has no chain yet: until it is attached, its document is
 * observed whole (`subtree`), so its insertion is heard, and then its chain replaces that. One attached
 * inside a shadow root, which a document's observer cannot see into, gets its chain when it loads.
 */
export class DetachWatcher {
  readonly #observer: MutationObserver | undefined;
  readonly #changed: (moved: boolean) => void;
  /** Each observed node, and whether its whole subtree is observed. */
  #observed = new Map<Node, boolean>();

  /**
   * `changed`: called after a mutation that may have taken a watched iframe out (a removal on a chain, or
   * any change while an iframe waits to be attached); it sweeps, then calls `watch` again when `moved`:
   * a removed node is in the document again (moved, e.g. by `moveBefore`, which keeps the page). Additions
   * on a chain (a dialog appended to the body) and nodes removed for good cost no re-watch.
   */
  constructor(changed: (moved: boolean) => void) {
    this.#changed = changed;
    this.#observer =
      typeof MutationObserver === 'function'
        ? new MutationObserver((records) => {
            const removals = records.filter((record) => record.removedNodes.length > 0);
            if (removals.length === 0 && !this.waitingForAttachment) return;
            changed(removals.some((record) => [...record.removedNodes].some((node) => node.isConnected)));
          })
        : undefined;
  }

  /** Whether an iframe registered before it was attached is still waiting: its document is observed whole. */
  get waitingForAttachment(): boolean {
    for (const subtree of this.#observed.values()) if (subtree) return true;
    return false;
  }

  /** Watches exactly what `iframes` need: call it whenever a registered iframe is added, removed, moved or loaded. */
  watch(iframes: Iterable<HTMLIFrameElement>): void {
    const observer = this.#observer;
    if (!observer) return;
    const wanted = new Map<Node, boolean>();
    for (const iframe of iframes) {
      if (!iframe.isConnected) wanted.set(iframe.ownerDocument, true);
      // Chains meet at the document: stop at the first node another chain already holds.
      for (let node = ancestorOf(iframe); node && !wanted.has(node); node = ancestorOf(node)) wanted.set(node, false);
    }
    // Observing a node again replaces its options; only a node no longer wanted needs starting over.
    const dropped = [...this.#observed.keys()].some((node) => !wanted.has(node));
    if (!dropped) {
      for (const [node, subtree] of wanted) {
        if (this.#observed.get(node) !== subtree) observer.observe(node, { childList: true, subtree });
      }
      this.#observed = wanted;
      return;
    }
    // A node is unobserved only by starting over, and disconnecting drops the records not yet delivered.
    const pending = observer.takeRecords().length > 0;
    observer.disconnect();
    for (const [node, subtree] of wanted) observer.observe(node, { childList: true, subtree });
    this.#observed = wanted;
    if (pending) this.#changed(true);
  }

  dispose(): void {
    this.#observer?.disconnect();
    this.#observed.clear();
  }
}

const DOCUMENT_FRAGMENT_NODE = 11;

/** The parent of `node`, or a shadow root's host element; `null` at a document or a detached root. */
function ancestorOf(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return node.nodeType === DOCUMENT_FRAGMENT_NODE && 'host' in node ? ((node as ShadowRoot).host ?? null) : null;
}
