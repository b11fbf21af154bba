/**
 * The warnings' own style sheet, applied inside their closed shadow roots only (nothing global). Colours are chosen
 * for WCAG AA contrast (4.5:1 for text, 3:1 for borders and focus rings) in light and dark schemes; sizes are in
 * px of the page's zoom so 200% zoom scales everything; long URLs and phrases wrap in 320 px columns.
 */
export const WARNING_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.rg {
	--fg: #1b1b1b;
	--muted: #3d3d3d;
	--bg: #fffaeb;
	--edge: #b54708;
	--accent: #7a2e0e;
	--quote-bg: #fef0c7;
	--btn-bg: #ffffff;
	--btn-fg: #1b1b1b;
	--btn-edge: #6b6b6b;
	--focus: #1849a9;
	--link: #1849a9;
	display: block;
	margin: 6px 0;
	padding: 10px 12px;
	max-width: 44rem;
	border: 1px solid var(--edge);
	border-inline-start-width: 5px;
	border-radius: 8px;
	background: var(--bg);
	color: var(--fg);
	font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
		"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif;
	text-align: start;
	overflow-wrap: anywhere;
	word-break: normal;
	animation: rg-in 160ms ease-out;
}
.rg.danger {
	--bg: #fef3f2;
	--edge: #b42318;
	--accent: #912018;
	--quote-bg: #fee4e2;
}
@media (prefers-color-scheme: dark) {
	.rg {
		--fg: #f2f2f2;
		--muted: #d6d6d6;
		--bg: #2b2112;
		--edge: #fdb022;
		--accent: #fec84b;
		--quote-bg: #4e3a12;
		--btn-bg: #1f1f1f;
		--btn-fg: #f2f2f2;
		--btn-edge: #a3a3a3;
		--focus: #84adff;
		--link: #84adff;
	}
	.rg.danger {
		--bg: #2e1514;
		--edge: #f97066;
		--accent: #fda29b;
		--quote-bg: #55201c;
	}
}
@keyframes rg-in { from { opacity: 0; } to { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .rg { animation: none; } }

.head { display: flex; gap: 8px; align-items: flex-start; }
.icon { flex: none; width: 20px; height: 20px; margin-top: 1px; color: var(--edge); }
.title { margin: 0; font-weight: 700; font-size: 15px; color: var(--accent); }
.level {
	display: inline-block;
	margin-inline-end: 6px;
	padding: 0 6px;
	border-radius: 4px;
	background: var(--edge);
	color: #ffffff;
	font-size: 12px;
	line-height: 20px;
	vertical-align: 1px;
}
@media (prefers-color-scheme: dark) { .level { color: #1b1b1b; } }
.brand { display: block; font-size: 12px; font-weight: 400; color: var(--muted); }
.summary { margin: 4px 0 0; color: var(--fg); }
.body { margin-top: 8px; }
h3 { margin: 10px 0 2px; font-size: 13px; font-weight: 700; color: var(--accent); }
ul { margin: 0; padding-inline-start: 20px; }
li { margin: 2px 0; }
q, .quote {
	quotes: "“" "”";
	padding: 0 3px;
	border-radius: 3px;
	background: var(--quote-bg);
	color: var(--fg);
}
.domain { font-weight: 700; }
.muted { color: var(--muted); }
a { color: var(--link); text-decoration: underline; text-underline-offset: 2px; }
.tel { font-weight: 700; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
button {
	all: unset;
	box-sizing: border-box;
	display: inline-flex;
	align-items: center;
	min-height: 32px;
	padding: 4px 10px;
	border: 1px solid var(--btn-edge);
	border-radius: 6px;
	background: var(--btn-bg);
	color: var(--btn-fg);
	font: inherit;
	font-size: 13px;
	line-height: 1.3;
	cursor: pointer;
}
button:hover { border-color: var(--fg); }
button.primary { border-color: var(--edge); font-weight: 700; }
a:focus-visible, button:focus-visible {
	outline: 3px solid var(--focus);
	outline-offset: 2px;
}
.sr {
	position: absolute;
	width: 1px;
	height: 1px;
	margin: -1px;
	padding: 0;
	overflow: hidden;
	clip-path: inset(50%);
	white-space: nowrap;
	border: 0;
}
.banner { margin: 0; max-width: none; border-radius: 0; border-width: 0 0 2px; border-inline-start-width: 0; }
.banner .inner { max-width: 72rem; margin: 0 auto; }
.field { margin: 0; max-width: min(22rem, calc(100vw - 16px)); box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25); }
@media (forced-colors: active) {
	.rg { border-color: CanvasText; }
	.level { forced-color-adjust: none; background: Mark; color: MarkText; }
}
`;
