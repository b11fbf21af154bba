import { LOCALES, type Locale, pickLocale } from './locale';

/** The UI language: the user's choice in settings, or the browser's language when the choice is `auto`. */
export function resolveUiLocale(choice: string, browserTag: string | undefined): Locale {
	return (LOCALES as readonly string[]).includes(choice) ? (choice as Locale) : pickLocale(browserTag);
}
