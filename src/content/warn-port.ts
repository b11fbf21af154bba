import { mountFieldWarning, mountInlineWarning, mountPageBanner } from '../warn';
import type { BannerMountOptions, FieldMountOptions, InlineMountOptions, WarningHandle } from '../warn/types';

/**
 * The content script's one door to the warning UI (src/warn): inline warnings, the page banner and the field
 * warning, each in a closed shadow root. With an `elementId`, the warnings report dismiss / "this is fine" to the
 * background (`findings/resolve`) and open the tips page (`tips/open`) themselves.
 */
export interface WarnUi {
	inline(opts: InlineMountOptions): WarningHandle;
	banner(opts: BannerMountOptions): WarningHandle;
	field(field: Element, opts: FieldMountOptions): WarningHandle;
}

export const warnUi: WarnUi = {
	inline: (o) => mountInlineWarning(o),
	banner: (o) => mountPageBanner(o),
	field: (field, o) => mountFieldWarning(field, o),
};
