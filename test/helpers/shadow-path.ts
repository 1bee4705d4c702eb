/** The element at a path of selectors joined by ' >> ', each after the first looked up inside the previous one's shadow root. */
export function findInShadowPath(root: ParentNode, path: string): Element | null {
  let scope: ParentNode = root;
  let found: Element | null = null;
  for (const selector of path.split(' >> ')) {
    found = scope.querySelector(selector);
    if (!found) return null;
    scope = found.shadowRoot ?? found;
  }
  return found;
}
