/**
 * Component tests render pages outside the app's routes, so nothing loads the Dutch texts that
 * are not bundled with the shell (`PageTranslations` does that in the app): load them first.
 * Tests of server code run without a DOM and skip this.
 */
if (typeof window !== 'undefined') {
  const { loadPageTranslations } = await import('../../client/src/i18n');
  await loadPageTranslations();
}

export {};
