/** The sections of `npm run bench`, in the order they run; each writes bench/results/<name>.{json,md}. */
import { benchBridge } from './bridge.js';
import type { BenchContext } from './context.js';
import { benchElements } from './elements.js';
import { benchEnvelope } from './envelope.js';
import { benchFullStack } from './fullstack.js';
import { benchHost } from './host.js';
import { benchInspector } from './inspector.js';
import { benchLoopback } from './loopback.js';

export type Section = (context: BenchContext) => Promise<string> | string;

/** The sections that run in headless Chromium, one browser for all. */
export const browserSections: Readonly<Record<string, Section>> = {
  bridge: benchBridge,
  fullstack: benchFullStack,
  loopback: benchLoopback,
  host: benchHost,
  elements: benchElements,
  inspector: benchInspector,
};

/** The sections that run in Node, after the browser has closed so its processes do not share the CPU with the timings. */
export const nodeSections: Readonly<Record<string, Section>> = { envelope: benchEnvelope };

export const sectionNames: readonly string[] = [...Object.keys(browserSections), ...Object.keys(nodeSections)];
