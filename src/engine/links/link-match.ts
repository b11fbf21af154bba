import { LINK_SIGNAL_DEFINITIONS } from '../rules/link-signals';
import type { Match, SignalSource } from '../types';

const BY_ID = new Map(LINK_SIGNAL_DEFINITIONS.map((d) => [d.id, d]));

/** A Match of a link/contact/QR signal whose text is not a span of the analysed text. */
export function linkMatch(id: string, text: string, source: SignalSource = 'link'): Match {
	const def = BY_ID.get(id);
	if (!def) throw new Error(`unknown link signal ${id}`);
	return { id, family: def.family, kind: def.kind, source, start: -1, end: -1, text };
}

/** A Match with offsets into the analysed text. */
export function spanMatch(id: string, text: string, start: number, end: number, source: SignalSource): Match {
	const def = BY_ID.get(id);
	if (!def) throw new Error(`unknown link signal ${id}`);
	return { id, family: def.family, kind: def.kind, source, start, end, text: text.slice(start, end) };
}
