/**
 * Words and phrases that should find each other in search. Lower case; the first entry of a group
 * is its canonical form. To extend, add a word to a group or add a new group: no code changes.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['safeword', 'safe word', 'safe words', 'safewords', 'stop word', 'code word'],
  ['signal', 'gesture', 'tap out', 'non verbal', 'nonverbal'],
  ['choking', 'choke', 'strangulation', 'strangling', 'strangle', 'neck pressure', 'breath play', 'breathplay'],
  ['condom', 'condoms', 'rubber', 'rubbers', 'protection'],
  ['sti', 'stis', 'std', 'stds', 'sexually transmitted infection', 'sexual health'],
  ['pep', 'post exposure prophylaxis', 'hiv'],
  ['contraception', 'morning after pill', 'emergency contraception', 'plan b'],
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
];
