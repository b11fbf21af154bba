import type { FamilyId, LocalizedText, SignalKind } from '../types';

/**
 * What every signal, from text, link, contact or QR analysis, is defined by. Scoring reads `kind` and
 * `weight`; warnings show `explanation` in the UI language.
 */
export interface SignalDefinition {
	id: string;
	family: FamilyId;
	kind: SignalKind;
	/** Contribution to the score before combination rules (lure+action), roughly 0-60. */
	weight: number;
	explanation: LocalizedText;
}

/** A text signal: anchors fed to the Aho-Corasick automaton, optionally confirmed by a bounded regex. */
export interface TextSignalDefinition extends SignalDefinition {
	/** Literal anchors, written in Simplified Chinese or lower-case English; folded like the input. */
	patterns: readonly string[];
	/** Optional confirmation run only in a window around an anchor hit, on normalised text. */
	confirm?: { pattern: RegExp; window: number };
}
