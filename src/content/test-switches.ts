/**
 * Switches read only by tests (set through the service worker in e2e runs). Nothing in the product's UI writes them.
 * `test:siteProfilesOff` in storage.local: site profiles are ignored, proving the generic profile alone catches a case.
 */
export const TEST_PROFILES_OFF_KEY = 'test:siteProfilesOff';
