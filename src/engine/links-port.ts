/**
 * The engine's one door to the link, contact and QR analysers (src/engine/links/, owned by the links work):
 * scoring and analyze() depend on this port only, so that side can change its internals freely.
 */
export {
	contactSignals,
	LINK_SIGNAL_DEFINITIONS,
	qrSignals,
	textUrlSignals,
	urlSignals,
	urlsInText,
} from './links/index';
