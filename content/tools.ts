/**
 * Lists the sidebar's private tools start from: the first-aid kit checklist and the signs, in a
 * reflection, that a line was crossed. Ids are saved in the user's data, so never reuse an old one.
 */

export interface ToolItem {
  id: string;
  label: string;
  /** Id of an entry in `sources`. */
  source: string;
}

/** The kit the article suggests keeping close, and shears for restraint; the user adds their own items beside these. */
export const firstAidKit: readonly ToolItem[] = [
  { id: 'ice', label: 'Ice or a cold pack', source: 'article' },
  { id: 'antibiotic-ointment', label: 'Antibiotic ointment', source: 'article' },
  { id: 'anti-inflammatory', label: 'Anti-inflammatory painkillers', source: 'article' },
  { id: 'adhesive-bandages', label: 'Adhesive bandages (plasters)', source: 'article' },
  { id: 'safety-shears', label: 'Safety shears, if you use restraints', source: 'bondage-safety' },
];

/** The article's signs that a partner went past what was acceptable. */
export const crossedLineSigns: readonly ToolItem[] = [
  { id: 'pressured', label: 'I felt pressured into something I did not want', source: 'article' },
  { id: 'past-limits', label: 'It went past the limits we agreed beforehand', source: 'article' },
  { id: 'safe-word-ignored', label: 'My safe word or signal was ignored', source: 'article' },
  { id: 'hurt', label: 'I was hurt, in body or in feelings', source: 'article' },
];

/** Guide tips shown beside the tools, by tip id. */
export const medicalHelpTipIds: readonly string[] = ['what-is-normal', 'when-to-get-help', 'after-neck-pressure'];
export const reflectionSupportTipIds: readonly string[] = [
  'signs-a-line-was-crossed',
  'clear-the-air',
  'support-is-there',
];
