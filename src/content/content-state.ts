/**
 * The content script's state marker, kept on the isolated world's globalThis (never the page's). Tests read it through
 * the isolated world (CDP `Runtime.evaluate` in the extension's context) to prove the script ran in a frame.
 */
export const CONTENT_STATE_KEY: unique symbol = Symbol.for('refund-guard.content');

export interface ContentState {
	/** Epoch milliseconds of the boot. */
	bootedAt: number;
	topFrame: boolean;
}
