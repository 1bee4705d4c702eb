// One copy: the mount frame's selector paths, which the repository's fixtures use too.
export { findInShadowPath } from '../../packages/testing/src/mount/frame-dom.js';
