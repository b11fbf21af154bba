/**
 * RefundGuard's detection engine: pure, synchronous, on the device. See types.ts for the contract.
 */
export { analyze, analyzeText, analyzeUrl } from './analyze';
export { normalize } from './normalize/normalize';
export { explainSignal, listSignalDefinitions, signalDefinition } from './registry';
export { REMINDERS, reminderText, selectReminders } from './reminders';
export type { SignalDefinition, TextSignalDefinition } from './rules/signal-definition';
export { CAUTION_AT, DANGER_AT } from './score';
export * from './types';

/** Version of the signal catalogue; changes whenever signals, patterns or weights change. */
export const catalogVersion = '2026.11.25-51';
