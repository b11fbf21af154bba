import { describe, expect, it } from 'vitest';
import { WARNING_CSS } from './styles';

/** WCAG 2 relative luminance and contrast ratio of #rrggbb colours. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
	return (x + 0.05) / (y + 0.05);
}

/** The custom properties declared in one block of the sheet (e.g. `.rg {` or `.rg.danger {`), in order. */
function vars(block: string): Record<string, string> {
	return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

const darkStart = WARNING_CSS.indexOf('@media (prefers-color-scheme: dark)');
const light = WARNING_CSS.slice(0, darkStart);
const dark = WARNING_CSS.slice(darkStart, WARNING_CSS.indexOf('@keyframes'));
const split = (css: string) => {
	const i = css.indexOf('.rg.danger');
	return { base: vars(css.slice(0, i)), danger: { ...vars(css.slice(0, i)), ...vars(css.slice(i)) } };
};

describe('warning colours meet WCAG AA', () => {
	for (const [scheme, css, badgeText] of [
		['light', light, '#ffffff'],
		['dark', dark, '#1b1b1b'],
	] as const) {
		const { base, danger } = split(css);
		const lightBase = split(light).base;
		for (const [level, own] of [
			['caution', { ...lightBase, ...base }],
			['danger', { ...lightBase, ...danger }],
		] as const) {
			it(`${scheme} ${level}`, () => {
				const c = own as Record<string, string>;
				expect(contrast(c.fg!, c.bg!)).toBeGreaterThanOrEqual(4.5);
				expect(contrast(c.muted!, c.bg!)).toBeGreaterThanOrEqual(4.5);
				expect(contrast(c.accent!, c.bg!)).toBeGreaterThanOrEqual(4.5);
				expect(contrast(c.fg!, c['quote-bg']!)).toBeGreaterThanOrEqual(4.5);
				expect(contrast(c.link!, c.bg!)).toBeGreaterThanOrEqual(4.5);
				expect(contrast(c['btn-fg']!, c['btn-bg']!)).toBeGreaterThanOrEqual(4.5);
				expect(contrast(c.edge!, c.bg!)).toBeGreaterThanOrEqual(3);
				expect(contrast(c.focus!, c.bg!)).toBeGreaterThanOrEqual(3);
				expect(contrast(badgeText, c.edge!)).toBeGreaterThanOrEqual(4.5);
			});
		}
	}

	it('respects reduced motion and shows a focus ring', () => {
		expect(WARNING_CSS).toMatch(
			/@media \(prefers-reduced-motion: reduce\) \{ \.rg \{ animation: none; \} \}/,
		);
		expect(WARNING_CSS).toMatch(/button:focus-visible \{\s*outline: 3px solid var\(--focus\)/);
	});
});
