/**
 * Tip ids that were merged into another tip. Stored lists, imports and `#guide/...` links may still
 * name an old id; lookups resolve it to the tip that kept the text. An old id is never reused.
 */
export const retiredTipIds: Readonly<Record<string, string>> = {
  'check-in-as-you-go': 'consent-each-step',
  'every-time-new-yes': 'consent-ongoing',
  'backup-red-flag': 'refuses-safe-word',
};
