/** The case process: the registry's model of one child's case, its state machine and its controls. */
export * from './model.js';
export { CaseHistory, createCaseHistory, ELEMENT_COLLECTIONS, type ElementCollection } from './history.js';
export { CaseCommand, CASE_COMMAND_TYPES, type CaseCommandType, type CommandOf } from './commands.js';
export { checkTransition, type TransitionError, type TransitionResult } from './state-machine.js';
export { applyCommand, type ApplyResult } from './apply.js';
export { VEDTAK_STATUS_TRANSITIONS } from './transitions-vedtak.js';
export { UNDERSOKELSESPLAN_REQUIRED_FROM } from './transitions-melding.js';
export { planSources } from './transitions-other.js';
export {
  CASE_CONTROLS,
  runControls,
  type Control,
  type ControlFinding,
  type ControlOptions,
  type Severity,
} from './controls.js';
export { delegationCovers, formatHjemmel, mayDecideVedtak, type VedtakDelegation } from './delegation.js';
