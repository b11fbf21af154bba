/**
 * The warnings shown on pages and in the extension's own pages.
 *
 * Content script: `mountInlineWarning`, `mountPageBanner`, `mountFieldWarning` render into closed shadow roots and
 * return a handle (`update`, `remove`, `state`); aborting the `signal` removes the warning too.
 * Extension pages (popup check-it-yourself, welcome example): render `InlineWarning` directly, with `WARNING_CSS`
 * in the page and `bridge: null`-style callbacks through `onAction`.
 */
export { Announcer } from './announcer';
export { FieldWarning, InlineWarning, PageBanner, WarningView } from './components/warning-view';
export { evidenceText } from './evidence';
export { highlightMatches } from './highlight';
export { mountFieldWarning, mountInlineWarning, mountPageBanner, setWarningsLocale } from './mount';
export { WARNING_CSS } from './styles';
export type {
	BannerMountOptions,
	BrandContact,
	Escalation,
	EscalationPageKind,
	FieldMountOptions,
	InlineMountOptions,
	WarnAction,
	WarnBridge,
	WarningData,
	WarningHandle,
	WarningState,
} from './types';
export { warnLocale } from './warn-locale';
export { buildWarningModel } from './warning-model';
