import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/cli');

function run(args: string[], input?: string) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), ...args], {
		cwd: ROOT,
		input,
		encoding: 'utf8',
		env: { ...process.env, LANG: 'en_US.UTF-8' },
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('refund-guard command line', { timeout: 60_000 }, () => {
	it('prints help and version', () => {
		expect(run(['--help']).stdout).toContain('refund-guard scan');
		const v = run(['--version']);
		expect(v.code).toBe(0);
		expect(v.stdout).toMatch(/^refund-guard \S+ \(signal catalogue \S+\)/);
	});

	it('scans every input format and reports each file', () => {
		const files = [
			'refund-gbk.txt',
			'benign-utf8.txt',
			'refund-page-big5.html',
			'hidden-only.html',
			'lost-parcel-claim.eml',
			'installment-big5.eml',
			'genuine-refund.eml',
		].map((f) => join(FIXTURES, f));
		const r = run(['scan', '--json', ...files]);
		expect(r.code).toBe(0);
		const lines = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		const levels = Object.fromEntries(lines.map((l) => [l.file.split('/').pop(), l.level]));
		expect(levels['refund-gbk.txt']).not.toBe('none');
		expect(levels['benign-utf8.txt']).toBe('none');
		expect(levels['refund-page-big5.html']).not.toBe('none');
		expect(levels['hidden-only.html']).toBe('none');
		expect(levels['lost-parcel-claim.eml']).toBe('danger');
		expect(levels['installment-big5.eml']).not.toBe('none');
		expect(levels['genuine-refund.eml']).toBe('none');
	});

	it('reads stdin for - and prints a readable report', () => {
		const r = run(['scan', '-'], '您的账户异常，资金已冻结，请马上把钱转到安全账户。');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^\(stdin\) \[text\]: (CAUTION|DANGER)/);
		expect(r.stdout).toContain('account-safe-account');
	});

	it('exits 1 when a file cannot be read and still reports the others', () => {
		const r = run(['scan', join(FIXTURES, 'no-such-file.txt'), join(FIXTURES, 'benign-utf8.txt')]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('cannot read');
		expect(r.stdout).toContain('benign-utf8.txt');
	});

	it('exits 2 on bad usage with a message', () => {
		const r = run(['scan', '--nope']);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('unknown option: --nope');
	});

	it('streams JSON lines in input order with error lines', () => {
		const input = [
			'{"id":1,"text":"您好，您的快递丢失了，加我微信给您双倍赔偿，把验证码发给我"}',
			'not json',
			'{"id":"b","url":"https://www.taobao.com/"}',
			'{"id":[3],"text":"好的谢谢","context":["您的商品存在质量问题"]}',
		].join('\n');
		const r = run(['scan', '--jsonl'], input);
		expect(r.code).toBe(0);
		const out = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(out.map((o) => o.id)).toEqual([1, null, 'b', [3]]);
		expect(out[0].level).toBe('danger');
		expect(out[1]).toMatchObject({ line: 2 });
		expect(out[2].level).toBe('none');
		for (const o of [out[0], out[2], out[3]])
			expect(Object.keys(o)).toEqual(expect.arrayContaining(['level', 'score', 'family', 'signals']));
	});

	it('checks URLs, readable and as JSON', () => {
		const r = run(['check', 'http://taobao-refund.xyz/claim', 'https://www.jd.com/', '--json']);
		expect(r.code).toBe(0);
		const [fake, real] = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(fake.level).not.toBe('none');
		expect(real.level).toBe('none');
		expect(run(['check', 'https://www.jd.com/', '--text', 'taobao.com']).stdout).toContain(
			'https://www.jd.com/',
		);
	});
});
