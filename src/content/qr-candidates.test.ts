// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { imageUrlOf, isEmptyBox, isHintedEmptyBox, isMediaCandidate, isQrShaped } from './qr-candidates';

function el(html: string): Element {
	const box = document.createElement('div');
	box.innerHTML = html;
	return box.firstElementChild!;
}

describe('QR candidates', () => {
	it('takes images, canvases and inline backgrounds as media', () => {
		expect(isMediaCandidate(el('<img src="/a.png">'))).toBe(true);
		expect(isMediaCandidate(el('<canvas></canvas>'))).toBe(true);
		expect(isMediaCandidate(el('<div style="background-image: url(/q.png)"></div>'))).toBe(true);
		expect(isMediaCandidate(el('<div style="color: red"></div>'))).toBe(false);
	});

	it('reads the URL of an inline background', () => {
		expect(
			imageUrlOf(el('<div style="background: #fff url(\'https://img.example/q.png\') no-repeat"></div>')),
		).toBe('https://img.example/q.png');
	});

	it('takes an empty box as a possible stylesheet background; outside messages only when named for a QR code', () => {
		expect(isEmptyBox(el('<div class="pic"></div>'))).toBe(true);
		expect(isEmptyBox(el('<div class="pic">text</div>'))).toBe(false);
		expect(isEmptyBox(el('<input>'))).toBe(false);
		expect(isHintedEmptyBox(el('<div class="pic"></div>'))).toBe(false);
		expect(isHintedEmptyBox(el('<div class="wx-qrcode"></div>'))).toBe(true);
		expect(isHintedEmptyBox(el('<span id="ewm"></span>'))).toBe(true);
	});

	it('keeps roughly square boxes of 80-2,000 px', () => {
		expect(isQrShaped(222, 222)).toBe(true);
		expect(isQrShaped(60, 60)).toBe(false);
		expect(isQrShaped(400, 200)).toBe(false);
	});
});
