/**
 * Content script of a test-only probe extension (built by warn-styles.e2e.ts): mounts the real warnings on a
 * fixture page and reports, through an attribute on <html>, how their closed shadow roots got styled. The product's
 * own e2e tests find warnings through the accessibility tree instead; this probe also runs in Firefox, where the
 * product's pipeline is checked by the Firefox smoke test.
 */
import { DANGER_ZH, FAKE_PAGE_ZH } from '../../src/warn/fixtures/sample-warnings';
import {
	mountFieldWarning,
	mountInlineWarning,
	mountPageBanner,
	shadowRootForTests,
} from '../../src/warn/mount';
import { installStyles } from '../../src/warn/style-install';

const signal = new AbortController().signal;

function styleOf(host: Element | null | undefined) {
	const root = host ? shadowRootForTests.get(host) : undefined;
	const section = root?.querySelector('section');
	if (!root || !section) return null;
	const cs = getComputedStyle(section);
	const button = root.querySelector('button');
	return {
		adopted: root.adoptedStyleSheets.length,
		styleElements: root.querySelectorAll('style').length,
		background: cs.backgroundColor,
		borderLeft: cs.borderLeftWidth,
		fontSize: cs.fontSize,
		buttonMinHeight: button ? getComputedStyle(button).minHeight : null,
	};
}

function run(): void {
	const report: Record<string, unknown> = {};
	const msg = document.getElementById('m-danger')?.closest('.msg');
	if (msg) {
		mountInlineWarning({
			anchor: msg,
			textRoot: document.getElementById('m-danger')!,
			...DANGER_ZH,
			locale: 'zh_CN',
			signal,
			bridge: null,
		});
		report.inline = styleOf(msg.nextElementSibling);
		const cssWithHighlights = globalThis.CSS as unknown as { highlights?: { size: number } };
		report.highlights = cssWithHighlights?.highlights?.size ?? -1;
	}
	const card = document.getElementById('card');
	if (card) {
		mountPageBanner({ ...FAKE_PAGE_ZH, locale: 'zh_CN', signal, bridge: null });
		report.banner = styleOf(document.body.firstElementChild);
		mountFieldWarning(card, { ...FAKE_PAGE_ZH, locale: 'zh_CN', signal, bridge: null });
		report.field = styleOf(card.nextElementSibling);
	}
	// The fallback path, forced: a <style> element inside a closed shadow root.
	const host = document.createElement('div');
	document.body.appendChild(host);
	const root = host.attachShadow({ mode: 'closed' });
	const method = installStyles(root, '.probe { color: rgb(1, 2, 3); }', 'style-element');
	const probe = document.createElement('span');
	probe.className = 'probe';
	root.appendChild(probe);
	report.fallback = { method, color: getComputedStyle(probe).color };
	host.remove();
	// The page's own inline style, to show the CSP is in force.
	report.pageInlineStyleApplied = getComputedStyle(document.body).backgroundColor !== 'rgba(0, 0, 0, 0)';
	document.documentElement.setAttribute('data-warn-probe', JSON.stringify(report));
}

run();
