import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { decodeBytes } from './decode-bytes';
import { decodeHeader, decodeQuotedPrintable, parseEmail } from './eml';
import { htmlToText } from './html-to-text';
import { processJsonLine, rawMemberValue } from './jsonl';
import { readInput } from './read-input';

const FIXTURES = join(__dirname, '../../test/fixtures/cli');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

describe('parseArgs', () => {
	it.each([
		[[], { kind: 'help' }],
		[['--help'], { kind: 'help' }],
		[['--version'], { kind: 'version' }],
		[['scan'], { kind: 'scan', files: ['-'], jsonl: false, json: false, locale: undefined }],
		[
			['scan', 'a.txt', '-', 'b.eml'],
			{ kind: 'scan', files: ['a.txt', '-', 'b.eml'], jsonl: false, json: false, locale: undefined },
		],
		[['scan', '--jsonl'], { kind: 'scan', files: ['-'], jsonl: true, json: false, locale: undefined }],
		[
			['check', 'http://a.example', '--text', 'jd.com', '--json'],
			{ kind: 'check', urls: ['http://a.example'], text: 'jd.com', json: true, locale: undefined },
		],
		[
			['scan', '--locale=zh_TW', '--', '--odd-name.txt'],
			{ kind: 'scan', files: ['--odd-name.txt'], jsonl: false, json: false, locale: 'zh_TW' },
		],
	])('%j', (argv, expected) => {
		expect(parseArgs(argv)).toEqual(expected);
	});

	it.each([
		[['frobnicate']],
		[['scan', '--bogus']],
		[['check']],
		[['check', 'u', '--text']],
		[['scan', '--jsonl', 'file.txt']],
		[['scan', '--text', 'x']],
	])('rejects %j', (argv) => {
		expect(parseArgs(argv).kind).toBe('error');
	});
});

describe('decodeBytes', () => {
	it('sniffs UTF-8, then GB18030, and honours a declared charset and BOMs', () => {
		expect(decodeBytes(new TextEncoder().encode('退款'))).toBe('退款');
		expect(decodeBytes(fixture('refund-gbk.txt'))).toContain('淘宝客服');
		expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
		expect(decodeBytes(new Uint8Array([0xb0, 0x68]), 'big5')).toBe('退');
		expect(decodeBytes(new Uint8Array([0x61]), 'no-such-charset')).toBe('a');
	});
});

describe('htmlToText', () => {
	it('keeps visible text only and collects links', () => {
		const html =
			'<p>a&amp;b &#x5b89;&#20840;</p><script>x<y</script><style>p{}</style><div hidden><p>secret</p></div><span style="visibility: hidden">no</span><a href="http://x.example/">link <b>text</b></a><!-- c -->tail';
		const out = htmlToText(html);
		expect(out.text).toBe('a&b 安全\nlink texttail');
		expect(out.links).toEqual([{ href: 'http://x.example/', text: 'link text' }]);
	});

	it('drops hidden scam text from a fixture', () => {
		const input = readInput('hidden-only.html', fixture('hidden-only.html'));
		expect(input.text).toContain('退款已原路退回');
		expect(input.text).not.toContain('安全账户');
	});

	it('reads the charset a page declares (Big5)', () => {
		const input = readInput('refund-page-big5.html', fixture('refund-page-big5.html'));
		expect(input.format).toBe('html');
		expect(input.text).toContain('退款中心');
		expect(input.text).not.toContain('安全帳戶');
		expect(input.links[0]?.href).toBe('http://shopee-refund.xyz/claim');
	});

	it('is linear on pathological markup', () => {
		const t = performance.now();
		htmlToText(
			'<div>'.repeat(200_000) +
				'<a href="x">'.repeat(50_000) +
				'<'.repeat(100_000) +
				'<script>'.repeat(20_000),
		);
		expect(performance.now() - t).toBeLessThan(3000);
	});
});

describe('eml', () => {
	it('decodes RFC 2047 words in any charset, joining adjacent words', () => {
		expect(decodeHeader('=?UTF-8?Q?=E9=80=80=E6=AC=BE?= notice')).toBe('退款 notice');
		expect(decodeHeader('=?utf-8?B?6YCA?= =?utf-8?B?5qy+?=')).toBe('退款');
		expect(decodeQuotedPrintable('a=3Db=\r\nc')).toBe('a=bc');
	});

	it('reads a multipart/alternative mail with a GBK subject, QP text and base64 GB18030 HTML', () => {
		const mail = parseEmail(Buffer.from(fixture('lost-parcel-claim.eml')).toString('latin1'));
		expect(mail.subject).toBe('您的快递丢失理赔通知');
		expect(mail.from).toContain('顺丰理赔');
		expect(mail.text).toContain('双倍赔偿');
		expect(mail.links[0]?.href).toBe('http://sf-lipei.top/claim');
	});

	it('reads an 8-bit Big5 mail with a folded two-word subject', () => {
		const mail = parseEmail(Buffer.from(fixture('installment-big5.eml')).toString('latin1'));
		expect(mail.subject).toBe('解除分期付款通知');
		expect(mail.text).toContain('設定錯誤');
	});

	it('survives a broken message', () => {
		expect(() => parseEmail(Buffer.from(fixture('broken.eml')).toString('latin1'))).not.toThrow();
	});
});

describe('scan --jsonl lines', () => {
	it('echoes the id verbatim and reports the verdict', () => {
		const out = JSON.parse(processJsonLine('{"id": 7, "text": "请把钱转到安全账户，验证码发给我"}', 1)!);
		expect(out.id).toBe(7);
		expect(out.level).not.toBe('none');
		expect(processJsonLine('{"text":"x","id":12345678901234567890}', 1)).toMatch(
			/^\{"id":12345678901234567890,/,
		);
		expect(processJsonLine('{"id":{"a":[1,"}"]},"text":"hi"}', 1)).toMatch(
			/^\{"id":\{"a":\[1,"\}"\]\},"level":"none"/,
		);
	});

	it('turns bad lines into error lines and skips blank lines', () => {
		expect(JSON.parse(processJsonLine('{oops', 3)!)).toMatchObject({ id: null, line: 3 });
		expect(JSON.parse(processJsonLine('[1,2]', 4)!)).toMatchObject({ id: null, line: 4 });
		expect(JSON.parse(processJsonLine('{"id":"a","text":5}', 5)!)).toMatchObject({ id: 'a', line: 5 });
		expect(JSON.parse(processJsonLine('{"id":"b"}', 6)!)).toMatchObject({ id: 'b', line: 6 });
		expect(processJsonLine('   ', 7)).toBeNull();
	});

	it('finds raw member values', () => {
		expect(rawMemberValue('{"a":1,"id":"x\\"y"}', 'id')).toBe('"x\\"y"');
		expect(rawMemberValue('{"a":1}', 'id')).toBeNull();
	});
});
