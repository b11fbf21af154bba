/**
 * `npm run bench`: engine speed on a generated 5 MB mixed Chinese/English chat corpus, side by side with a
 * naive baseline (one RegExp per catalogue pattern, run over each message) in the same run, plus the
 * automaton's build time and memory, and analyzeUrl time per URL over test/fixtures/urls/ when present.
 * Throughput counts UTF-8 bytes of input (the size of the corpus as a file).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getFoldTable } from '../src/engine/normalize/fold-table';
import { TEXT_SIGNAL_DEFINITIONS } from '../src/engine/rules/text-signals';
import { buildTextAutomaton, getTextAutomaton, scanText } from '../src/engine/text-scan';

function cpuMs(): number {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_BYTES = 5 * 1024 * 1024;

/** Deterministic generator so every run measures the same corpus. */
function rng(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ZH_CHAT = [
	'亲，您的包裹已经在派送中了，预计今天下午送达，请保持电话畅通。',
	'好的，谢谢，我下午在家。',
	'这件衣服有没有大一码的？我平时穿L，想换XL。',
	'您好，退货申请已收到，请在订单详情页填写快递单号，我们收到货后会尽快原路退回款项。',
	'晚上一起吃火锅吗？我订了七点的位子。',
	'会议改到明天上午十点，记得带上季度报表。',
	'您的验证码是 483920，5分钟内有效，切勿告知他人。',
	'这个价格可以再便宜一点吗？我买两件。',
	'已经帮您备注了，仓库今天会优先发货。',
	'孩子的家长会在周五下午三点，请家长准时参加。',
];
const ZH_SCAM = [
	'您好，我是淘宝客服，您购买的商品存在质量问题，我们给您办理三倍赔偿，请提供一下收到的验证码。',
	'因系统错误您被开通了代理商会员，每月自动扣费800元，请把钱转到安全账户验证流水。',
	'亲，快递丢了，加我 V 信 lipei8899 给您双倍理赔。',
	'您在校期间开通了学生账户，需要注销，否则影响征信，请在借呗把额度借出来。',
	'為了辦理退款，請下載向日葵並開啟遠端控制，我來幫您操作。',
];
const EN_CHAT = [
	'Hey, are we still on for lunch tomorrow? I can book the place near the office.',
	'Your order has shipped and will arrive on Thursday. Track it in the app.',
	'Thanks for the update, I will check the invoice and get back to you.',
	'Can you send me the slides before the meeting? I want to review the numbers.',
	'Your refund of $25.00 has been issued to your original payment method.',
	'Happy birthday! Hope you have a great day with the family.',
];
const EN_SCAM = [
	'We refunded $50 but an extra zero was added. Please send back the difference with Google Play gift cards.',
	'Your Norton subscription has been renewed for $499. If you did not authorize this, call +1 888 555 0199.',
	'To process your refund please install AnyDesk and give me remote access.',
];

function generateCorpus(): string[] {
	const next = rng(20261125);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
	const messages: string[] = [];
	let bytes = 0;
	while (bytes < CORPUS_BYTES) {
		const r = next();
		const parts: string[] = [];
		const pool = r < 0.45 ? ZH_CHAT : r < 0.8 ? EN_CHAT : r < 0.93 ? ZH_SCAM : EN_SCAM;
		// Messages of about 200 characters: one to four sentences.
		const count = 1 + Math.floor(next() * 4);
		for (let i = 0; i < count; i++) parts.push(pick(pool));
		const message = parts.join(pool === EN_CHAT || pool === EN_SCAM ? ' ' : '');
		messages.push(message);
		bytes += Buffer.byteLength(message, 'utf8');
	}
	return messages;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The naive detector: every pattern of the same catalogue as its own case-insensitive RegExp. */
function buildNaive(): RegExp[] {
	const out: RegExp[] = [];
	for (const def of TEXT_SIGNAL_DEFINITIONS)
		for (const p of def.patterns) out.push(new RegExp(escapeRegExp(p), 'giu'));
	return out;
}

function naiveScan(regexps: readonly RegExp[], text: string): number {
	let hits = 0;
	for (const re of regexps) {
		re.lastIndex = 0;
		while (re.exec(text) !== null) hits++;
	}
	return hits;
}

function percentile(sorted: Float64Array, p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

function fmt(n: number, digits = 1): string {
	return n.toFixed(digits);
}

async function main(): Promise<void> {
	const { analyzeText, analyzeUrl } = await import('../src/engine/index');
	let t = performance.now();
	getFoldTable();
	const foldMs = performance.now() - t;
	const heapBefore = process.memoryUsage().heapUsed;
	const builds: number[] = [];
	for (let i = 0; i < 7; i++) {
		t = performance.now();
		buildTextAutomaton();
		builds.push(performance.now() - t);
	}
	builds.sort((a, b) => a - b);
	const automaton = getTextAutomaton();
	const heapAfter = process.memoryUsage().heapUsed;

	const messages = generateCorpus();
	const totalBytes = messages.reduce((a, m) => a + Buffer.byteLength(m, 'utf8'), 0);
	const totalChars = messages.reduce((a, m) => a + m.length, 0);
	const mb = totalBytes / (1024 * 1024);

	// Warm up the JIT on a slice, then measure whole passes.
	for (const m of messages.slice(0, 2000)) analyzeText(m);
	const perMessage = new Float64Array(messages.length);
	const cpuStart = cpuMs();
	t = performance.now();
	for (let i = 0; i < messages.length; i++) {
		const s = performance.now();
		analyzeText(messages[i]!);
		perMessage[i] = performance.now() - s;
	}
	const analyzeMs = performance.now() - t;
	const analyzeCpuMs = cpuMs() - cpuStart;
	t = performance.now();
	for (const m of messages) scanText(m);
	const scanMs = performance.now() - t;
	const joined = messages.join('\n');
	t = performance.now();
	automaton.scan(joined);
	const oneStringMs = performance.now() - t;

	const naive = buildNaive();
	for (const m of messages.slice(0, 500)) naiveScan(naive, m.toLowerCase());
	const naiveCpuStart = cpuMs();
	t = performance.now();
	for (const m of messages) naiveScan(naive, m.toLowerCase());
	const naiveMs = performance.now() - t;
	const naiveCpuMs = cpuMs() - naiveCpuStart;

	// Per-message time for 200-character messages specifically.
	const msg200 = messages
		.map((m) => (m.length >= 200 ? m.slice(0, 200) : m.padEnd(200, ' 好的')))
		.slice(0, 20000);
	for (const m of msg200.slice(0, 2000)) analyzeText(m);
	const c200 = cpuMs();
	t = performance.now();
	for (const m of msg200) analyzeText(m);
	const per200Us = ((performance.now() - t) * 1000) / msg200.length;
	const per200CpuUs = ((cpuMs() - c200) * 1000) / msg200.length;

	const sorted = perMessage.slice().sort();
	const meanUs = (analyzeMs * 1000) / messages.length;
	const lines = [
		`corpus: ${messages.length} messages, ${fmt(mb, 2)} MB UTF-8, ${totalChars} UTF-16 units, mean ${fmt(totalChars / messages.length, 0)} chars`,
		`machine load average:    ${loadavg()
			.map((x) => fmt(x, 1))
			.join(' ')} on ${availableParallelism()} CPUs (wall times suffer on a busy machine; CPU times less)`,
		`engine analyzeText:      ${fmt(mb / (analyzeMs / 1000))} MB/s wall, ${fmt(mb / (analyzeCpuMs / 1000))} MB/s CPU   (${fmt(analyzeMs, 0)} ms)`,
		`  per message:           mean ${fmt(meanUs, 2)} µs, p50 ${fmt(percentile(sorted, 0.5) * 1000, 2)} µs, p99 ${fmt(percentile(sorted, 0.99) * 1000, 2)} µs`,
		`  per 200-char message:  mean ${fmt(per200Us, 2)} µs wall, ${fmt(per200CpuUs, 2)} µs CPU (target < 5 µs)`,
		`text scan only:          ${fmt(mb / (scanMs / 1000))} MB/s   (${fmt(scanMs, 0)} ms)`,
		`automaton, one string:   ${fmt(mb / (oneStringMs / 1000))} MB/s   (${fmt(oneStringMs, 0)} ms)`,
		`naive per-pattern RegExp: ${fmt(mb / (naiveMs / 1000))} MB/s   (${fmt(naiveMs, 0)} ms, ${naive.length} patterns)`,
		`ratio engine / naive:    ${fmt(naiveMs / analyzeMs)}x wall, ${fmt(naiveCpuMs / analyzeCpuMs)}x CPU (analyzeText); ${fmt(naiveMs / scanMs)}x (scan only)   (target >= 10x)`,
		`automaton build:         median ${fmt(builds[3]!, 2)} ms, min ${fmt(builds[0]!, 2)} ms (target < 10 ms); fold table once ${fmt(foldMs, 2)} ms`,
		`automaton size:          ${automaton.stateCount} states, ${automaton.patternCount} patterns, ${fmt(automaton.byteSize / 1024, 0)} KiB typed arrays (+128 KiB fold table); heap delta of 7 builds ${fmt((heapAfter - heapBefore) / 1024 / 1024, 1)} MiB`,
	];

	const urlDir = join(ROOT, 'test/fixtures/urls');
	if (existsSync(urlDir)) {
		const urls: { url: string; text?: string }[] = [];
		for (const f of readdirSync(urlDir).filter((n) => n.endsWith('.jsonl'))) {
			for (const line of readFileSync(join(urlDir, f), 'utf8').split('\n')) {
				if (!line.trim()) continue;
				try {
					const o = JSON.parse(line) as { url?: unknown; text?: unknown };
					if (typeof o.url === 'string')
						urls.push(typeof o.text === 'string' ? { url: o.url, text: o.text } : { url: o.url });
				} catch {
					// Not a case line.
				}
			}
		}
		if (urls.length > 0) {
			for (const u of urls.slice(0, 500)) analyzeUrl(u.url, u.text === undefined ? {} : { text: u.text });
			t = performance.now();
			for (const u of urls) analyzeUrl(u.url, u.text === undefined ? {} : { text: u.text });
			const urlUs = ((performance.now() - t) * 1000) / urls.length;
			lines.push(
				`analyzeUrl:              mean ${fmt(urlUs, 2)} µs per URL over ${urls.length} fixture URLs (target < 20 µs)`,
			);
		}
	}
	console.log(lines.join('\n'));
}

await main();
