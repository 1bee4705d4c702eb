/** The example scenarios bundled with the shell (apps/workspace/scenarios/), offered in the Scenarios panel. */
import consultTransfer from '../../scenarios/consult-transfer.yaml?raw';
import inboundCallLookup from '../../scenarios/inbound-call-lookup.yaml?raw';
import pushPreviewReschedule from '../../scenarios/push-preview-reschedule.yaml?raw';
import type { ChosenScript } from './index.js';

export const bundledScripts: readonly ChosenScript[] = [
  { file: 'inbound-call-lookup.yaml', text: inboundCallLookup },
  { file: 'consult-transfer.yaml', text: consultTransfer },
  { file: 'push-preview-reschedule.yaml', text: pushPreviewReschedule },
];
