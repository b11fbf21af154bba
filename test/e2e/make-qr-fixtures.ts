/**
 * Writes the QR PNG fixtures of the page-scanning e2e tests with zxing-wasm's own writer (run:
 * `npx tsx test/e2e/make-qr-fixtures.ts`). The PNGs are committed; this script documents how they were made.
 * The image host is another origin than the chat pages that show them (the cross-origin case).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/writer';
import { REPO_ROOT } from './harness';

const OUT = join(REPO_ROOT, 'test/fixtures/web/img.alicdn-static.net/qr');

/**
 * Payload per file: fake claims pages (one per way the chat shows it: <img>, drawn into a <canvas>, a stylesheet
 * background), a WeChat group invitation, and a genuine platform link.
 */
const CODES: Record<string, string> = {
	'claim.png': 'http://tb-lipei-center.top/claim?order=2931',
	'claim-canvas.png': 'http://tb-lipei-center.top/claim?order=5120',
	'claim-css.png': 'http://tb-lipei-center.top/claim?order=7788',
	'wechat-group.png': 'https://weixin.qq.com/g/AQYAAJ2k-fakegroup',
	'genuine.png': 'https://www.taobao.com/',
};

async function main(): Promise<void> {
	const wasm = readFileSync(join(REPO_ROOT, 'node_modules/zxing-wasm/dist/writer/zxing_writer.wasm'));
	prepareZXingModule({
		overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
	});
	for (const [file, text] of Object.entries(CODES)) {
		// A module size of 6 px gives a ~200 px image: square, within the 80-2,000 px candidate window.
		const result = await writeBarcode(text, { format: 'QRCode', scale: 6 });
		if (!result.image) throw new Error(`no image for ${file}: ${result.error}`);
		writeFileSync(join(OUT, file), Buffer.from(await result.image.arrayBuffer()));
		console.log(file, text);
	}
}

await main();
