export const EXTENSION_PAGES_CSP: string;
/** Problems found in a built extension folder; empty when it is fine. */
export function checkBuiltExtension(dir: string, browser: 'chrome' | 'firefox'): string[];
