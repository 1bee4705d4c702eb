// The shell's contract with the servers that serve it lives in @wwe-kit/testing, which ships the shell
// prebuilt and serves the same endpoint; `npm start` and the shell read it from there.
export {
  expandPlaceholders,
  optionsEndpoint,
  type LoadedOptions,
} from '../../../packages/testing/src/shell/options-endpoint.js';
