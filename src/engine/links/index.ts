/**
 * Link, contact and QR-payload analysis, and the official-channel directory lookups. The engine combines these
 * signals in analyze()/analyzeUrl(); the warning UI uses the lookups ("call the official hotline").
 */

export { DIRECTORY } from '../rules/directory';
export type { BrandEntry, BrandKind, DirectorySource, Hotline } from '../rules/directory-types';
export { LINK_SIGNAL_DEFINITIONS } from '../rules/link-signals';
export { contactSignals, urlsInText } from './contact-signals';
export { brandById, brandForDomain, isOfficialDomain, officialHotlines } from './directory-lookup';
export { qrSignals } from './qr-signals';
export { textUrlSignals } from './text-url-signals';
export { urlSignals } from './url-signals';
