// Renders public/icons/icon-{16,32,48,128}.png from scripts/icon.svg. Run after editing the SVG; the PNGs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const outDir = new URL('../public/icons/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 48, 128]) {
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
	writeFileSync(new URL(`icon-${size}.png`, outDir), png);
	console.log(`icon-${size}.png ${png.length} bytes`);
}
