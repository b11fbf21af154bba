/**
 * bench:page - the content script's cost on a large chat page, in real Chromium at 4x CPU throttling
 * (CDP Emulation.setCPUThrottlingRate). Run `npm run build` first, then `npm run bench:page`.
 *
 * Measures, for a generated ~2 MB chat page under a real chat host name:
 * - the extension's CPU time for the initial scan: the sum of its work slices (self-timed in the content script,
 *   wall clock, so it includes the throttler's pauses and, on a busy machine, the renderer waiting for a core),
 *   the page's main-thread task time (CDP Performance.getMetrics TaskDuration, wall clock) and main-thread CPU time
 *   (ThreadTime) with the extension minus the same page without it (baseline, same run);
 * - CPU time per arriving message (mean, p99) as one message is appended at a time;
 * - the longest task it caused: its longest slice, the engine's cold start (its first call, made in an idle
 *   callback of its own before the first judgement), and the longest main-thread task (PerformanceObserver
 *   'longtask') with and without the extension;
 * - for the engine placement decision: the engine's time per message in the content script and the round trip of
 *   a message to the background.
 *
 * Scam scripts are mixed in at a realistic share so that placing and mounting warnings is measured too: on the page,
 * one 3-message fake-refund script per 500 messages (same message count, replacing ordinary ones; the page stays
 * ~2 MB); among the arriving messages, 3 scripts whose last message completes the pattern. Per-arrival costs are
 * split into arrivals that mounted a warning and those that did not, each with its longest single step.
 */
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { register } from 'tsx/esm/api';

register();
const { launch, CHROME_PATH, CONTENT_STATE_EXPRESSION } = await import('./harness.ts');
const { startFixtureServer } = await import('./fixture-server.ts');

// THROTTLE=1 runs the same measurement unthrottled: Chromium's throttler busy-waits in the renderer's main thread
// (a signal handler spinning ~3x the wall time since it last let the thread run, OS descheduling included), so on a
// loaded machine a step's wall time grows far beyond its own work; the unthrottled run separates the two.
const THROTTLE = Number(process.env.THROTTLE) || 4;
const TARGET_BYTES = 2 * 1024 * 1024;
const ARRIVALS = Number(process.env.BENCH_ARRIVALS) || 100;
const HOST = 'amos.alicdn.com';
const PATH = '/bench/chat.html';

const LINES = [
	'您好，请问这款还有货吗？',
	'亲，有货的，今天下单明天发货哦',
	'可以便宜一点吗，买两件',
	'两件可以给您包邮，优惠券在店铺首页领取',
	'好的，我已经拍下了，麻烦尽快发货',
	'收到，仓库已经在打包了，物流单号稍后更新',
	'请问退货运费谁承担？',
	'七天无理由退货，运费险会自动理赔，您在订单页申请售后就可以',
	'Is this available in blue? I would like two of them.',
	'Yes, blue is in stock. Your order will ship tomorrow.',
];

// The fake-refund script of the content-scan e2e test: only its last message completes the pattern.
const SCAM = [
	'您好，我是淘宝官方客服，您在我们店铺购买的商品因质量问题被召回',
	'我们将为您办理三倍赔偿，需要您配合操作',
	'请添加客服微信 kf-tb8899 进群，扫码填写银行卡号和验证码领取理赔款',
];
const SCAM_EVERY = 500;
const SCAM_AT = 250; // position of a script's first message within each block of SCAM_EVERY messages
// Arrivals whose message is a scam line: three scripts, completed at arrivals 32, 62 and 92.
const ARRIVAL_SCAM_STARTS = [30, 60, 90];

function arrivalScamLine(i) {
	for (const start of ARRIVAL_SCAM_STARTS) if (i >= start && i < start + SCAM.length) return SCAM[i - start];
	return undefined;
}

function escapeHtml(s) {
	return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

function item(i, scamLine) {
	const who = scamLine ? '官方客服小蜜' : i % 2 ? '店铺客服' : '买家';
	const text = scamLine ?? `${LINES[i % LINES.length]} (#${i})`;
	return `<div class="message-item"><div class="message-nick">${who}</div><div class="message-content"><span class="message-text">${escapeHtml(text)}</span></div><div class="message-time">10:${String(i % 60).padStart(2, '0')}</div></div>\n`;
}

function pageScamLine(i) {
	const k = (i % SCAM_EVERY) - SCAM_AT;
	return k >= 0 && k < SCAM.length ? SCAM[k] : undefined;
}

function chatPage() {
	// The message count is that of the page without scam messages (so figures stay comparable with earlier runs);
	// the scam lines then replace ordinary messages in place.
	let bytes = 0;
	let count = 0;
	while (bytes < TARGET_BYTES) bytes += Buffer.byteLength(item(count++));
	const parts = [];
	let scripts = 0;
	for (let i = 0; i < count; i += 1) {
		const line = pageScamLine(i);
		if (line === SCAM[0]) scripts += 1;
		parts.push(item(i, line));
	}
	const body = parts.join('');
	return {
		count,
		scripts,
		html: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>淘宝 旺旺 - 在线聊天</title></head><body><div class="chat-main"><div class="message-list">\n${body}</div></div></body></html>`,
	};
}

async function pageMetrics(cdp) {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

const LONGTASK_PROBE = `(() => { window.__longest = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: true }); })()`;

/** Loads the page, throttled, waits for quiet, then appends messages one by one. */
async function run(page, cdp, settle, onArrival) {
	await cdp.send('Performance.enable');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	await page.addInitScript(LONGTASK_PROBE);
	await page.goto(`https://${HOST}${PATH}`, { waitUntil: 'load', timeout: 120_000 });
	await settle();
	const afterLoad = await pageMetrics(cdp);
	const longestInitial = await page.evaluate(() => window.__longest);
	const arrivals = [];
	for (let i = 0; i < ARRIVALS; i += 1) {
		const before = await onArrival.before();
		await page.evaluate(
			(html) => {
				document.querySelector('.message-list').insertAdjacentHTML('beforeend', html);
			},
			item(1_000_000 + i, arrivalScamLine(i)),
		);
		await settle();
		arrivals.push(await onArrival.after(before));
	}
	const end = await pageMetrics(cdp);
	// ThreadTime: CPU time of the renderer's main thread (the throttler's pauses use none); DevTools commands
	// (this script's own probes) are subtracted as far as the browser accounts them.
	const cpu = (m) => (m.ThreadTime - (m.DevToolsCommandDuration ?? 0)) * 1000;
	return {
		initialCpuMs: cpu(afterLoad),
		arrivalCpuMs: (cpu(end) - cpu(afterLoad)) / ARRIVALS,
		initialTaskMs: afterLoad.TaskDuration * 1000,
		initialScriptMs: afterLoad.ScriptDuration * 1000,
		arrivalTaskMs: ((end.TaskDuration - afterLoad.TaskDuration) * 1000) / ARRIVALS,
		longestTaskMs: await page.evaluate(() => window.__longest),
		longestInitial,
		arrivals,
		// Style recalculations and layouts (count, wall ms): a warning's placement check (checkVisibility) and its
		// mount may force them over the whole document.
		styleLayout: {
			initial: styleLayoutOf(afterLoad),
			arrivals: styleLayoutOf(end, afterLoad),
		},
	};
}

function styleLayoutOf(m, from) {
	const d = (k) => (m[k] ?? 0) - (from?.[k] ?? 0);
	return {
		recalcs: d('RecalcStyleCount'),
		recalcMs: d('RecalcStyleDuration') * 1000,
		layouts: d('LayoutCount'),
		layoutMs: d('LayoutDuration') * 1000,
	};
}

const sl = (x) => `${x.recalcs} style recalcs ${f(x.recalcMs)} ms, ${x.layouts} layouts ${f(x.layoutMs)} ms`;

function stats(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
	const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
	return { mean, p99, max: sorted.at(-1) ?? 0 };
}

const f = (n) => (Math.round(n * 100) / 100).toFixed(2);

const { html, count, scripts } = chatPage();
const load = loadavg()
	.map((n) => n.toFixed(2))
	.join(' ');
console.log(
	`page: ${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB, ${count} messages; CPU throttling ${THROTTLE}x; ${ARRIVALS} arriving messages; load average ${load}`,
);
console.log(
	`scam messages (new since earlier runs): ${scripts} scripts of ${SCAM.length} messages on the page (1 per ${SCAM_EVERY} messages, replacing ordinary ones); ${ARRIVAL_SCAM_STARTS.filter((s) => s < ARRIVALS).length} scripts among the arrivals, completed at arrivals ${ARRIVAL_SCAM_STARTS.map((s) => s + SCAM.length - 1).join(', ')}`,
);

// --- with the extension ---
const h = await launch({ hosts: [HOST] });
h.server.setResponse(HOST, PATH, html, { 'Content-Type': 'text/html; charset=utf-8' });
const page = await h.context.newPage();
const cdp = await h.cdp(page);
const S = `${CONTENT_STATE_EXPRESSION}?.session`;
const state = (expr) => h.evaluateInContentScript(page, expr);
const settleExt = async () => {
	const deadline = Date.now() + 300_000;
	await h.waitForContentScript(page, undefined, 60_000);
	while (Date.now() < deadline) {
		if (await state(`!!${S} && ${S}.queue.idle && ${S}.queue.rescans > 0`)) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	await page.waitForTimeout(100);
};
const initialWarnings = { n: 0 };
let arrivalIndex = 0;
const ext = await run(page, cdp, settleExt, {
	// The queue's longest step is a running maximum; it is read and reset around each arrival so that each
	// arrival's own longest step is known (the initial scan's is kept first).
	before: async () => {
		const b = await state(
			`(() => { const q = ${S}.queue; const w = ${S}.batch; const r = { busy: q.busyMs + (w?.busyMs ?? 0), batch: w?.busyMs ?? 0, batchRead: w?.readMs ?? 0, warnings: ${S}.warningsShown, longestStep: q.longestStepMs, longestRun: w?.longestRunMs ?? 0 }; q.longestStepMs = 0; if (w) w.longestRunMs = 0; return r; })()`,
		);
		if (initialWarnings.longestStep === undefined) {
			initialWarnings.n = b.warnings;
			initialWarnings.longestStep = b.longestStep;
			initialWarnings.longestRun = b.longestRun;
			initialWarnings.batchMs = b.batch;
			initialWarnings.batchReadMs = b.batchRead;
		}
		return b;
	},
	after: async (b) => {
		const a = await state(
			`({ busy: ${S}.queue.busyMs + (${S}.batch?.busyMs ?? 0), warnings: ${S}.warningsShown, longestStep: ${S}.queue.longestStepMs, longestRun: ${S}.batch?.longestRunMs ?? 0 })`,
		);
		return {
			ms: a.busy - b.busy,
			warned: a.warnings > b.warnings,
			longestStep: a.longestStep,
			longestRun: a.longestRun,
			index: arrivalIndex++,
		};
	},
});
const warningsTotal = await state(`${S}.warningsShown`);
const self = await state(
	`({ batchMs: ${S}.batch?.busyMs ?? 0, batchRuns: ${S}.batch?.runs ?? 0, longestRun: ${S}.batch?.longestRunMs ?? 0, busyMs: ${S}.queue.busyMs, slices: ${S}.queue.slices, longest: ${S}.queue.longestSliceMs, longestStep: ${S}.queue.longestStepMs, units: ${S}.scanner.unitsJudged, judgeMs: ${S}.scanner.judgeMs, warmMs: ${S}.engineWarmMs, warmStages: ${S}.engineWarmStagesMs })`,
);
// Round trip content script -> background -> content script (the alternative engine placement), 30 pings.
const rtt = await state(
	`(async () => { const t = []; for (let i = 0; i < 30; i++) { const s = performance.now(); await chrome.runtime.sendMessage({ protocol: 'refund-guard/1', type: 'ping', request: { from: 'test' } }); t.push(performance.now() - s); } t.sort((a, b) => a - b); return { median: t[15], max: t[29] }; })()`,
);
await h.close();

// --- baseline: the same page, same browser build, no extension ---
const server = await startFixtureServer();
server.setResponse(HOST, PATH, html, { 'Content-Type': 'text/html; charset=utf-8' });
const browser = await chromium.launch({
	executablePath: CHROME_PATH,
	headless: true,
	args: [
		'--no-sandbox',
		'--ignore-certificate-errors',
		`--host-resolver-rules=MAP ${HOST} 127.0.0.1:${server.port}, MAP * ~NOTFOUND`,
	],
});
const bctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const bpage = await bctx.newPage();
const bcdp = await bctx.newCDPSession(bpage);
const base = await run(bpage, bcdp, async () => bpage.waitForTimeout(300), {
	before: async () => 0,
	after: async () => 0,
});
await browser.close();
await server.close();

const arrival = stats(ext.arrivals.map((a) => a.ms));
const warnedArrivals = ext.arrivals.filter((a) => a.warned);
const plainArrivals = ext.arrivals.filter((a) => !a.warned);
const warned = stats(warnedArrivals.map((a) => a.ms));
const plain = stats(plainArrivals.map((a) => a.ms));
const warnedStep = stats(warnedArrivals.map((a) => a.longestStep));
const plainStep = stats(plainArrivals.map((a) => a.longestStep));
const warnedRun = stats(warnedArrivals.map((a) => a.longestRun));
const initialLongestStep = initialWarnings.longestStep ?? self.longestStep;
console.log('');
console.log('initial scan of the 2 MB chat page');
console.log(
	`  extension CPU (own slices, self-timed):        ${f(self.busyMs)} ms in ${self.slices} slices, ${self.units} messages judged`,
);
// Placing and mounting warnings runs once per frame outside the slices (src/content/frame-batch.ts); its time
// was inside the slices before.
const initialBatchMs = initialWarnings.batchMs ?? self.batchMs;
console.log(
	`  warning placement + mounting (per frame, outside the slices): ${f(initialBatchMs)} ms (reads ${f(initialWarnings.batchReadMs ?? 0)} ms), longest run ${f(initialWarnings.longestRun ?? 0)} ms; with the arrivals' ${f(self.batchMs)} ms in ${self.batchRuns} runs`,
);
console.log(
	`  extension CPU, slices + warning batches:       ${f(self.busyMs + self.batchMs)} ms (both counted to the end of the arrivals, as the slices always were)`,
);
console.log(`  main-thread task time, with extension:         ${f(ext.initialTaskMs)} ms`);
console.log(`  main-thread task time, baseline (no extension): ${f(base.initialTaskMs)} ms`);
console.log(
	`  difference (extension's share incl. observer):  ${f(ext.initialTaskMs - base.initialTaskMs)} ms`,
);
console.log(
	`  main-thread CPU (ThreadTime), with / baseline:  ${f(ext.initialCpuMs)} / ${f(base.initialCpuMs)} ms, difference ${f(ext.initialCpuMs - base.initialCpuMs)} ms`,
);
console.log(
	`  engine cold start (first call, in idle callbacks of its own, outside the slices): ${f(self.warmMs)} ms (stages ${self.warmStages.map(f).join(' / ')} ms)`,
);
console.log(`  extension CPU incl. the cold start:              ${f(self.busyMs + self.warmMs)} ms`);
console.log(
	`  engine: ${f(self.judgeMs)} ms for ${self.units} messages = ${f((self.judgeMs / Math.max(1, self.units)) * 1000)} us/message (throttled)`,
);
console.log(
	`  warnings mounted by the initial scan: ${initialWarnings.n} (for ${scripts} scam scripts); longest single step: ${f(initialLongestStep)} ms`,
);
console.log(
	`  style/layout, with extension: ${sl(ext.styleLayout.initial)}; baseline: ${sl(base.styleLayout.initial)}`,
);
console.log('per arriving message');
console.log(
	`  extension CPU: mean ${f(arrival.mean)} ms, p99 ${f(arrival.p99)} ms, max ${f(arrival.max)} ms`,
);
console.log(
	`  arrivals that mounted a warning (${warnedArrivals.length}): mean ${f(warned.mean)} ms, p99 ${f(warned.p99)} ms, max ${f(warned.max)} ms; longest step mean ${f(warnedStep.mean)} ms, max ${f(warnedStep.max)} ms; longest warning batch run mean ${f(warnedRun.mean)} ms, max ${f(warnedRun.max)} ms`,
);
console.log(
	`  arrivals without a warning (${plainArrivals.length}): mean ${f(plain.mean)} ms, p99 ${f(plain.p99)} ms, max ${f(plain.max)} ms; longest step mean ${f(plainStep.mean)} ms, max ${f(plainStep.max)} ms`,
);
console.log(
	`  warnings mounted in all: ${warningsTotal} (${warningsTotal - initialWarnings.n} by arrivals, at arrivals ${warnedArrivals.map((x) => x.index).join(', ')})`,
);
console.log(
	`  main-thread task time per arrival: with ${f(ext.arrivalTaskMs)} ms, baseline ${f(base.arrivalTaskMs)} ms`,
);
console.log(
	`  main-thread CPU (ThreadTime) per arrival: with ${f(ext.arrivalCpuMs)} ms, baseline ${f(base.arrivalCpuMs)} ms, difference ${f(ext.arrivalCpuMs - base.arrivalCpuMs)} ms`,
);
console.log(
	`  style/layout over all arrivals, with extension: ${sl(ext.styleLayout.arrivals)}; baseline: ${sl(base.styleLayout.arrivals)}`,
);
console.log('longest task');
console.log(
	`  longest extension slice: ${f(self.longest)} ms (wall clock, includes the renderer being descheduled); longest single step: ${f(Math.max(initialLongestStep, ...ext.arrivals.map((x) => x.longestStep)))} ms; longest warning batch run: ${f(Math.max(initialWarnings.longestRun ?? 0, ...ext.arrivals.map((x) => x.longestRun)))} ms`,
);
console.log(`  longest cold-start stage (an idle task of its own): ${f(Math.max(0, ...self.warmStages))} ms`);
console.log(
	`  longest main-thread task (longtask): with ${f(ext.longestTaskMs)} ms, baseline ${f(base.longestTaskMs)} ms`,
);
console.log('engine placement inputs');
console.log(`  content -> background round trip (ping): median ${f(rtt.median)} ms, max ${f(rtt.max)} ms`);
