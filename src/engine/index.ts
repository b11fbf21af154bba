/**
 * Placeholder engine entry created by the build set-up so that dist-node/ builds; the engine issue replaces it with
 * analyze, analyzeText, analyzeUrl, catalogVersion and the explanation/reminder texts.
 */
export * from './types';
