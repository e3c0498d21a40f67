/**
 * Words and phrases that should find each other in search. Lower case; the first entry of a group
 * is its canonical form. To extend, add a word to a group or add a new group: no code changes.
 * A word belongs to one group at most.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['safeword', 'safe word', 'safe words', 'safewords', 'stop word', 'code word'],
  ['signal', 'gesture', 'tap out', 'non verbal', 'nonverbal'],
  ['choking', 'choke', 'strangulation', 'strangling', 'strangle', 'neck pressure', 'breath play', 'breathplay'],
  ['condom', 'condoms', 'rubber', 'rubbers', 'protection'],
  ['sti', 'stis', 'std', 'stds', 'sexually transmitted infection', 'sexual health'],
  ['pep', 'post exposure prophylaxis', 'hiv'],
  ['contraception', 'morning after pill', 'morning after', 'emergency contraception', 'plan b'],
  ['aftercare', 'after care'],
  ['consent', 'permission', 'agreement', 'yes'],
  ['drunk', 'alcohol', 'drinking', 'booze'],
  ['drugs', 'high', 'chemsex', 'substances'],
  ['bondage', 'restraint', 'restraints', 'rope', 'tied up', 'handcuffs', 'cuffs'],
  ['first aid', 'first-aid', 'injury', 'injuries', 'bleeding'],
  ['doctor', 'medical', 'hospital', 'clinic'],
  ['therapist', 'therapy', 'counselling', 'counseling', 'counsellor', 'counselor'],
  ['assault', 'rape', 'abuse', 'attacked'],
  ['help line', 'helpline', 'hotline', 'phone number'],
  ['safe call', 'backup', 'check in', 'check-in'],
  ['boundaries', 'limits', 'hard limits', 'soft limits'],
  ['negotiation', 'negotiate', 'negotiating', 'talk', 'talking'],
  ['kink', 'kinky', 'bdsm', 'fetish'],
  ['rough', 'aggressive', 'forceful', 'hardcore', 'violent'],
  ['toys', 'toy', 'accessories', 'gear', 'equipment'],
  [
    'unconscious',
    'passed out',
    'pass out',
    'passing out',
    'blackout',
    'blackouts',
    'blacked out',
    'black out',
    'fainted',
    'fainting',
    'lost consciousness',
    'loses consciousness',
    'lose consciousness',
  ],
  ['numbness', 'numb', 'tingling', 'tingle', 'tingly', 'pins and needles'],
  ['shears', 'safety shears', 'scissors', 'safety scissors', 'trauma shears'],
  ['poppers', 'popper', 'amyl', 'amyl nitrite', 'alkyl nitrite', 'alkyl nitrites', 'nitrites'],
  ['traffic light', 'traffic lights', 'traffic light system', 'yellow', 'amber'],
  ['ghb', 'gbl'],
  ['drop', 'sub drop', 'top drop', 'dom drop', 'subdrop', 'topdrop', 'let go', 'letting go', 'lets go'],
];

/**
 * Queries that mean something else only when they are the whole query: "G" alone is GHB, but the
 * letter g inside a longer query is not.
 */
export const wholeQuerySynonyms: Readonly<Record<string, string>> = {
  g: 'ghb',
};
