/**
 * Where the page's Workspace is, as the reference client finds it: an explicit
 * target, else the opener (a popup), else the parent (a frame).
 */
export function resolveTarget(self: Window): Window {
  const opener = self.opener as Window | null;
  if (opener && !opener.closed) return opener;
  if (self.parent !== self) return self.parent;
  throw new Error('wwe-kit: not in a frame or popup: pass `target`.');
}

/**
 * The origin of the Workspace window, which every message is pinned to:
 * `location.ancestorOrigins` for a frame, the opener's own origin where it can
 * be read, else the referrer.
 */
export function resolveHostOrigin(self: Window, target: Window): string {
  let origin: string | undefined;
  if (target === self.parent && target !== self) origin = self.location.ancestorOrigins?.[0];
  if (!origin && target === self.opener) {
    try {
      origin = target.location.origin;
    } catch {
      // A cross-origin opener hides its location; the referrer below names its origin.
    }
  }
  if (!origin && self.document.referrer) origin = new URL(self.document.referrer).origin;
  if (!origin || origin === 'null') {
    throw new Error('wwe-kit: unknown Workspace origin: pass `hostOrigin`.');
  }
  return origin;
}
