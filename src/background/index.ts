/**
 * Background entry: a module service worker in Chrome/Edge, an event page (background.scripts) in Firefox.
 * Listeners are registered synchronously at top level so that a restarted worker receives the event that woke it.
 */
import browser from 'webextension-polyfill';
import { createMessageListener } from '../shared/messages';
import { handlers } from './handlers';

browser.runtime.onMessage.addListener(createMessageListener(handlers));
