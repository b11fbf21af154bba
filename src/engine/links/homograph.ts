/**
 * Look-alike letters in host names. A small confusable map (the letters that pass for Latin in the
 * Cyrillic, Greek and Latin-extended blocks, plus full-width forms) turns a host into its Latin skeleton,
 * so `аррӏе` reads as `apple`; script detection finds labels that mix Latin with another alphabet.
 */

const CONFUSABLES: Record<string, string> = {
	// Cyrillic
	а: 'a',
	в: 'b',
	е: 'e',
	ё: 'e',
	к: 'k',
	м: 'm',
	н: 'h',
	о: 'o',
	р: 'p',
	с: 'c',
	т: 't',
	у: 'y',
	х: 'x',
	ѕ: 's',
	і: 'i',
	ї: 'i',
	ј: 'j',
	ԁ: 'd',
	һ: 'h',
	ӏ: 'l',
	ԛ: 'q',
	ԝ: 'w',
	ɡ: 'g',
	ո: 'n',
	ս: 'u',
	// Greek
	α: 'a',
	β: 'b',
	ε: 'e',
	η: 'n',
	ι: 'i',
	κ: 'k',
	ν: 'v',
	ο: 'o',
	ρ: 'p',
	τ: 't',
	υ: 'u',
	χ: 'x',
	ω: 'w',
	// Latin extended look-alikes
	ɑ: 'a',
	à: 'a',
	á: 'a',
	â: 'a',
	ä: 'a',
	å: 'a',
	ã: 'a',
	ç: 'c',
	è: 'e',
	é: 'e',
	ê: 'e',
	ë: 'e',
	ì: 'i',
	í: 'i',
	î: 'i',
	ï: 'i',
	ı: 'i',
	ĺ: 'l',
	ḷ: 'l',
	ñ: 'n',
	ò: 'o',
	ó: 'o',
	ô: 'o',
	ö: 'o',
	õ: 'o',
	ø: 'o',
	ù: 'u',
	ú: 'u',
	û: 'u',
	ü: 'u',
	ý: 'y',
	ÿ: 'y',
	ʏ: 'y',
	ș: 's',
	ş: 's',
	ţ: 't',
	ż: 'z',
	ź: 'z',
	ƅ: 'b',
	ɩ: 'i',
	ɪ: 'i',
	ʟ: 'l',
};

function isLatinExtended(code: number): boolean {
	return (code >= 0xc0 && code <= 0x2af) || (code >= 0x1e00 && code <= 0x1eff);
}

export interface HostScripts {
	/** The host with look-alike letters replaced by Latin ones (full-width folded too). */
	skeleton: string;
	/** Some label mixes Latin letters with look-alike letters from another script. */
	mixed: boolean;
	/** Every non-ASCII letter of the host has a Latin look-alike: the host imitates a Latin name. */
	allConfusable: boolean;
	/** The host has non-ASCII characters at all. */
	nonAscii: boolean;
}

export function analyseHostScripts(host: string): HostScripts {
	let skeleton = '';
	let mixed = false;
	let nonAscii = false;
	let allConfusable = true;
	let labelLatin = false;
	let labelOther = false;
	for (const ch of host) {
		const code = ch.codePointAt(0)!;
		if (ch === '.') {
			if (labelLatin && labelOther) mixed = true;
			labelLatin = false;
			labelOther = false;
			skeleton += ch;
			continue;
		}
		if (code < 0x80) {
			if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) labelLatin = true;
			skeleton += ch;
			continue;
		}
		nonAscii = true;
		// Full-width ASCII forms fold to ASCII.
		if (code >= 0xff01 && code <= 0xff5e) {
			const folded = String.fromCharCode(code - 0xfee0).toLowerCase();
			labelOther = true;
			skeleton += folded;
			continue;
		}
		const latin = CONFUSABLES[ch.toLowerCase()];
		if (latin !== undefined) {
			// Accented Latin letters are ordinary in European names (münchen.de); only another alphabet
			// passing for Latin makes a label mixed.
			if (isLatinExtended(code)) labelLatin = true;
			else labelOther = true;
			skeleton += latin;
		} else {
			allConfusable = false;
			skeleton += ch;
		}
	}
	if (labelLatin && labelOther) mixed = true;
	return { skeleton, mixed, allConfusable: nonAscii && allConfusable, nonAscii };
}
