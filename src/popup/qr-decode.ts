/// <reference types="vite/client" />
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

let prepared = false;

/**
 * Decodes the QR codes in an image file, in this page (extension pages may run WebAssembly under the
 * extension's CSP). The wasm binary is bundled with the extension: the library's default would load it from a
 * CDN, and the extension makes no network requests of its own.
 */
export async function decodeQrImage(image: Blob): Promise<string[]> {
	if (!prepared) {
		prepareZXingModule({
			overrides: {
				locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
			},
		});
		prepared = true;
	}
	const results = await readBarcodes(image, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 4 });
	return [...new Set(results.filter((r) => r.isValid && r.text).map((r) => r.text))];
}
