/**
 * What the site keeps in the reader's browser, for the privacy page. The keys are written out
 * here, not imported from the hooks that use them (SelfCheck/useStoredChecks,
 * EntryAssistant/useDraft): importing useDraft would put the validator into the privacy page's
 * bundle. test/content/legal-pages.test.ts holds them equal to the hooks' constants and fails
 * when code elsewhere in src/ starts to use browser storage without a line here.
 */

/** Key prefix of every value the site stores in localStorage. */
export const STORAGE_KEYS = {selfCheck: 'praxisatlas:selbstcheck', draft: 'praxisatlas:eintrag-entwurf'} as const;

export interface StorageUse {
  /** The key, or its prefix for keys with a suffix. */
  key: string;
  /** What is stored and why. */
  purpose: string;
  /** The page that writes it. */
  page: {label: string; to: string};
  /** How readers delete it on that page. */
  removal: string;
}

export function storageUses(keys: {selfCheck: string; draft: string} = STORAGE_KEYS): StorageUse[] {
  return [
    {
      key: keys.selfCheck,
      purpose: 'Welche Punkte des Selbstchecks Sie abgehakt haben, damit die Häkchen nach dem Neuladen der Seite noch da sind.',
      page: {label: 'Selbstcheck', to: '/selbstcheck'},
      removal: 'Die Schaltfläche „Alle Häkchen entfernen“ löscht den Eintrag.',
    },
    {
      key: keys.draft,
      purpose: `Der Entwurf, den Sie im Eintrags-Assistenten schreiben, damit er nach dem Neuladen der Seite erhalten bleibt. Für jeden Eintrag, den Sie bearbeiten, gibt es einen eigenen Entwurf (Schlüssel „${keys.draft}:“ mit der Kennung des Eintrags).`,
      page: {label: 'Eintrags-Assistent', to: '/beitragen/eintrag'},
      removal: 'Die Schaltfläche „Entwurf verwerfen“ löscht den Entwurf.',
    },
  ];
}
