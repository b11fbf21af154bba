/**
 * Visible text of an HTML document, without a DOM: a small linear tokenizer that drops script, style,
 * template, head and hidden elements (hidden attribute, display:none, visibility:hidden, aria-hidden), turns
 * block boundaries into line breaks, decodes character references, and collects links with their text.
 * It only needs visible words, not a faithful tree: unclosed hidden elements hide the rest (the safe side).
 */

export interface HtmlText {
	text: string;
	links: { href: string; text: string }[];
}

const RAW_TEXT = new Set([
	'script',
	'style',
	'template',
	'noscript',
	'textarea',
	'title',
	'xmp',
	'iframe',
	'noembed',
	'noframes',
]);
const INVISIBLE = new Set([
	'script',
	'style',
	'template',
	'noscript',
	'head',
	'title',
	'svg',
	'math',
	'iframe',
	'object',
	'noembed',
	'noframes',
]);
const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'param',
	'source',
	'track',
	'wbr',
]);
const BLOCK = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'br',
	'dd',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'td',
	'th',
	'tr',
	'ul',
	'option',
	'button',
	'label',
]);

const NAMED: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	yen: '¥',
	copy: '©',
	reg: '®',
	middot: '·',
	hellip: '…',
	mdash: '—',
	ndash: '–',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	times: '×',
	zwj: '\u200d',
	zwnj: '\u200c',
	shy: '\u00ad',
};

/** Decodes character references (&amp; &#x5b89; &#23433;). */
export function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});?/g, (whole, body: string) => {
		if (body[0] === '#') {
			const cp =
				body[1] === 'x' || body[1] === 'X'
					? Number.parseInt(body.slice(2), 16)
					: Number.parseInt(body.slice(1), 10);
			return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)
				? String.fromCodePoint(cp)
				: '\ufffd';
		}
		return NAMED[body.toLowerCase()] ?? whole;
	});
}

/** Attributes of a tag, names lower-cased; values with references decoded. */
export function parseAttributes(source: string): Map<string, string> {
	const attrs = new Map<string, string>();
	const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
	for (let m = re.exec(source); m !== null; m = re.exec(source)) {
		const name = m[1]!.toLowerCase();
		if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	}
	return attrs;
}

function isHidden(name: string, attrs: Map<string, string>): boolean {
	if (INVISIBLE.has(name)) return true;
	if (attrs.has('hidden')) return true;
	if (attrs.get('aria-hidden')?.toLowerCase() === 'true') return true;
	if (name === 'input' && attrs.get('type')?.toLowerCase() === 'hidden') return true;
	const style = attrs.get('style')?.toLowerCase().replace(/\s+/g, '');
	if (style && (style.includes('display:none') || style.includes('visibility:hidden'))) return true;
	return false;
}

/** The charset a document declares in a meta element, if any (first 4 KB, as the HTML standard looks). */
export function sniffHtmlCharset(head: string): string | null {
	const slice = head.slice(0, 4096);
	const m = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)/i.exec(slice);
	return m ? m[1]! : null;
}

export function htmlToText(html: string): HtmlText {
	const out: string[] = [];
	const links: { href: string; text: string }[] = [];
	const stack: string[] = [];
	let hiddenAt = -1;
	let openLink: { href: string; from: number } | null = null;
	const emit = (s: string) => {
		if (hiddenAt >= 0 || s.length === 0) return;
		out.push(s);
	};
	const n = html.length;
	let i = 0;
	while (i < n) {
		const lt = html.indexOf('<', i);
		const textEnd = lt < 0 ? n : lt;
		if (textEnd > i) emit(decodeEntities(html.slice(i, textEnd)));
		if (lt < 0) break;
		i = lt;
		if (html.startsWith('<!--', i)) {
			const end = html.indexOf('-->', i + 4);
			i = end < 0 ? n : end + 3;
			continue;
		}
		if (html[i + 1] === '!' || html[i + 1] === '?') {
			const end = html.indexOf('>', i + 2);
			i = end < 0 ? n : end + 1;
			continue;
		}
		const closing = html[i + 1] === '/';
		const nameMatch = /^[a-zA-Z][^\s/>]*/.exec(html.slice(i + (closing ? 2 : 1), i + (closing ? 2 : 1) + 64));
		if (!nameMatch) {
			emit('<');
			i++;
			continue;
		}
		const name = nameMatch[0].toLowerCase();
		// End of the tag: the first '>' outside quotes.
		let j = i + (closing ? 2 : 1) + nameMatch[0].length;
		let quote = '';
		for (; j < n; j++) {
			const c = html[j]!;
			if (quote) {
				if (c === quote) quote = '';
			} else if (c === '"' || c === "'") quote = c;
			else if (c === '>') break;
		}
		const tagBody = html.slice(i + (closing ? 2 : 1) + nameMatch[0].length, j);
		i = j + 1;
		if (BLOCK.has(name)) emit('\n');
		if (closing) {
			const at = stack.lastIndexOf(name);
			if (at >= 0) {
				stack.length = at;
				if (hiddenAt >= at) hiddenAt = -1;
			}
			if (name === 'a' && openLink) {
				const text = out.slice(openLink.from).join('').replace(/\s+/g, ' ').trim();
				links.push({ href: openLink.href, text });
				openLink = null;
			}
			continue;
		}
		const attrs = parseAttributes(tagBody);
		const selfClosing = tagBody.trimEnd().endsWith('/');
		if (name === 'a' && attrs.has('href') && hiddenAt < 0)
			openLink = { href: attrs.get('href')!, from: out.length };
		if (name === 'img' && hiddenAt < 0) {
			const alt = attrs.get('alt');
			if (alt) emit(` ${alt} `);
		}
		if (VOID.has(name) || selfClosing) continue;
		if (RAW_TEXT.has(name)) {
			// Raw text runs to its own end tag, whatever it contains.
			const closeRe = new RegExp(`</${name}`, 'gi');
			closeRe.lastIndex = i;
			const close = closeRe.exec(html)?.index ?? -1;
			const rawEnd = close < 0 ? n : close;
			if (!isHidden(name, attrs)) emit(decodeEntities(html.slice(i, rawEnd)));
			const gt = close < 0 ? n : html.indexOf('>', close);
			i = gt < 0 ? n : gt + 1;
			continue;
		}
		// Absurd nesting is not followed further (bounded memory); text stays visible or hidden as it was.
		if (stack.length >= 4096) continue;
		stack.push(name);
		if (hiddenAt < 0 && isHidden(name, attrs)) hiddenAt = stack.length - 1;
	}
	const text = out
		.join('')
		.replace(/[ \t\f\r\u00a0]+/g, ' ')
		.replace(/ ?\n[ \n]*/g, '\n')
		.trim();
	return { text, links };
}
