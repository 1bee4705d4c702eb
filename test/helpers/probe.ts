/** Test helpers: the probe view, registered with a host. It lives in @wwe-kit/testing's contract suite. */
export {
  openProbe,
  requestMessage,
  until,
  type Probe,
  type ProbeOptions,
} from '../../packages/testing/src/contract/probe.js';
