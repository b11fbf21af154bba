/**
 * The content script's state marker, kept on the isolated world's globalThis (never the page's). Tests read it through
 * the isolated world (CDP `Runtime.evaluate` in the extension's context) to prove the script ran in a frame.
 */
import type { PageSession } from './page-session';

export const CONTENT_STATE_KEY: unique symbol = Symbol.for('refund-guard.content');

export interface ContentState {
	/** Epoch milliseconds of the boot. */
	bootedAt: number;
	topFrame: boolean;
	/** The frame's scanning session once booted (null when paused, out of scope, or covered by the parent frame). */
	session?: PageSession | null;
}
