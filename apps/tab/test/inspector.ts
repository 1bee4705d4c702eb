// The app pages carry no test code: this page, loaded on their origin as a sibling frame, reaches the
// app frame's DOM (same origin) and serves the test page the DOM vocabulary every fixture shares.
import { serveControls } from '../../../test/helpers/controls.js';
import { domControls } from '../../../test/helpers/dom-controls.js';

/** The document of the sibling frame named `frame`; frames of other origins cannot be read and are skipped. */
function appDocument(message: Record<string, unknown>): Document {
  const name = String(message['frame']);
  for (let index = 0; index < parent.frames.length; index++) {
    try {
      const candidate = parent.frames[index]!;
      if (candidate.name === name) return candidate.document;
    } catch {
      // Another origin: not one of the app frames.
    }
  }
  throw new Error(`No app frame named '${name}' on this origin.`);
}

serveControls(domControls(appDocument), parent);
