/**
 * Background entry: a module service worker in Chrome/Edge, an event page (background.scripts) in Firefox.
 * Listeners are registered synchronously at top level so that a restarted worker receives the event that woke it.
 * The worker keeps no state in memory: findings live in storage.session, settings and counters in storage.local.
 */
import browser from 'webextension-polyfill';
import { createMessageListener } from '../shared/messages';
import { createBackgroundService } from './background-service';
import { browserPorts } from './browser-ports';
import { createHandlers } from './handlers';
import { registerLifecycle } from './lifecycle';

const service = createBackgroundService(browserPorts());
browser.runtime.onMessage.addListener(createMessageListener(createHandlers(service)));
// The worker lives as long as the extension; nothing ever aborts these listeners.
registerLifecycle(service, new AbortController().signal);
