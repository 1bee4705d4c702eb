/**
 * The shell's second line: the host's policy already refuses a url, colour or length that a
 * page hands Workspace unless it is safe, and the shell draws page values only through these,
 * so a value that reached the simulator some other way (a scenario, a custom backend) is
 * dropped rather than loaded or painted.
 */
import { cssColorProblem, cssLengthProblem, webUrlProblem } from '@wwe-kit/host';

/** An http(s) url to load in an iframe or an img, or undefined: nothing is loaded. */
export const loadableUrl = (url: string | undefined): string | undefined =>
  url && webUrlProblem(url) === undefined ? url : undefined;

/** A CSS colour to set through the CSSOM, or undefined: the default colour stays. */
export const paintableColour = (colour: string | undefined): string | undefined =>
  colour && cssColorProblem(colour) === undefined ? colour : undefined;

/** A px or % length to set through the CSSOM, or `fallback`. */
export const cssLength = (length: string | undefined, fallback: string): string =>
  length && cssLengthProblem(length) === undefined ? length : fallback;
