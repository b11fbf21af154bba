import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/**
 * QR decoding with zxing-wasm, bundled: the reader's .wasm is a file of the extension package, located through
 * `locateFile` (the library's default would fetch it from a CDN). Runs in the background (service worker, Firefox
 * event page, or the offscreen document), never on the page's thread: a page's CSP blocks WebAssembly in content
 * scripts, and cross-origin pixels read there would taint the canvas anyway.
 */

let prepared = false;

function prepare(): void {
	if (prepared) return;
	prepared = true;
	prepareZXingModule({
		overrides: {
			locateFile: (path: string, prefix: string) =>
				path.endsWith('.wasm')
					? new URL(wasmUrl, globalThis.location?.href ?? 'file:///').href
					: prefix + path,
		},
	});
}

export const QR_TIME_CAP_MS = 1500;

/** The text payloads of the QR codes in an image (a PNG/JPEG blob or raw pixels); [] when none or too slow. */
export async function decodeQr(input: Blob | ImageData, timeoutMs = QR_TIME_CAP_MS): Promise<string[]> {
	prepare();
	const read = readBarcodes(input, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 4 }).then(
		(results) => results.filter((r) => r.isValid && r.text).map((r) => r.text.slice(0, 2000)),
	);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<string[]>((resolve) => {
		timer = setTimeout(() => resolve([]), timeoutMs);
	});
	try {
		return await Promise.race([read, timeout]);
	} finally {
		clearTimeout(timer);
	}
}
