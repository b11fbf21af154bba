import { LINK_SIGNAL_DEFINITIONS } from './links-port';
import type { SignalDefinition } from './rules/signal-definition';
import { TEXT_SIGNAL_DEFINITIONS } from './rules/text-signals';
import type { Locale } from './types';

/** Every signal the engine can report (text, link, contact, QR), by id: scoring reads kind and weight here. */
export const SIGNAL_DEFINITIONS: readonly SignalDefinition[] = [
	...TEXT_SIGNAL_DEFINITIONS,
	...LINK_SIGNAL_DEFINITIONS,
];

const byId = new Map<string, SignalDefinition>();
for (const def of SIGNAL_DEFINITIONS) if (!byId.has(def.id)) byId.set(def.id, def);

export function signalDefinition(id: string): SignalDefinition | undefined {
	return byId.get(id);
}

/** All signal definitions without their patterns (for tips and warnings). */
export function listSignalDefinitions(): readonly SignalDefinition[] {
	return SIGNAL_DEFINITIONS.map(({ id, family, kind, weight, explanation }) => ({
		id,
		family,
		kind,
		weight,
		explanation,
	}));
}

/** The explanation of a signal in one locale; an empty string for an unknown id. */
export function explainSignal(id: string, locale: Locale): string {
	return byId.get(id)?.explanation[locale] ?? '';
}
