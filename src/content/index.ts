/**
 * Content script entry: runs at document_idle in every http/https frame (and about:blank/srcdoc frames by origin
 * fallback) and boots page scanning (./boot.ts).
 *
 * Double-load guard: a re-injection (e.g. scripting.executeScript of the same file) runs in the same isolated world,
 * so a symbol on the isolated world's globalThis detects it. The page's own globalThis is a different object: nothing
 * here is visible to page scripts.
 */
import { bootContent, logOnce } from './boot';
import { CONTENT_STATE_KEY, type ContentState } from './content-state';

let booted = false;

function boot(): void {
	const scope = globalThis as { [CONTENT_STATE_KEY]?: ContentState };
	if (booted || scope[CONTENT_STATE_KEY]) return;
	booted = true;
	const state: ContentState = { bootedAt: Date.now(), topFrame: window === window.top };
	scope[CONTENT_STATE_KEY] = state;
	state.session = null;
	bootContent((session) => {
		state.session = session;
	}).catch((error) => logOnce('content/boot', error));
}

boot();
