// Vite's `?url` import of the packaged zxing reader binary (a file of the extension, never a CDN).
declare module 'zxing-wasm/reader/zxing_reader.wasm?url' {
	const url: string;
	export default url;
}
