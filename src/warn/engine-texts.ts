import * as engine from '../engine';
import type { Locale, ReminderId } from '../engine/types';

/**
 * The engine's explanation and reminder texts, in the UI language. Looked up by name so that the warnings keep
 * rendering (without those lines) while the engine's text tables are not there; an empty string means "none".
 */
type TextLookup = (id: string, locale: Locale) => string | undefined | null;

function lookup(name: 'explainSignal' | 'reminderText'): TextLookup | null {
	const fn = (engine as unknown as Record<string, unknown>)[name];
	return typeof fn === 'function' ? (fn as TextLookup) : null;
}

export function signalExplanation(id: string, locale: Locale): string {
	try {
		return lookup('explainSignal')?.(id, locale) ?? '';
	} catch {
		return '';
	}
}

export function reminderLine(id: ReminderId, locale: Locale): string {
	try {
		return lookup('reminderText')?.(id, locale) ?? '';
	} catch {
		return '';
	}
}
