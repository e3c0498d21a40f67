/**
 * The boundaries list: the things a person can mark yes, maybe or no, grouped by kind. Content
 * editors change this file. Item ids are saved in users' lists and matched between partners'
 * share codes, so an id is never renamed or reused: to reword an item, change its text only; to
 * retire one, delete it and add its id to `retiredBoundaryIds` (saved answers to it are then ignored).
 *
 * An item with `directed` gets two answers, one for each way round. Giving an item direction
 * changes saved lists, so it needs a migration step of its own (see lib/tools/boundary-directions.ts):
 * the answer given before is kept on both ways, unconfirmed, never guessed.
 */

export interface BoundaryItem {
  /** Stable, unique across every category, kebab-case. */
  id: string;
  /** Plain, short, non-graphic wording, as the user reads it next to Yes / Maybe / No. */
  text: string;
  /** An optional short line of context shown under the item. */
  hint?: string;
  /** Id of the guide tip the item refers to; the list links to it. */
  tipId?: string;
  /**
   * The same thing told from the partner's side ("Me taking charge" and "My partner taking
   * charge"): a comparison matches this item with the partner's answer to that one. The two pairs
   * stay two items each rather than one item with direction: both ids are in saved lists and codes.
   */
  mirror?: string;
  /**
   * Doing it and having it done are different things: the user answers "I do it to them" and
   * "They do it to me" separately. The text names the act without saying who does it.
   */
  directed?: true;
}

export interface BoundaryCategory {
  id: string;
  title: string;
  items: readonly BoundaryItem[];
}

/**
 * Ids of items taken off the list. A partner's code or a backup may still name one: its answers are
 * dropped without a word, while an id that was never on the list is still refused. None yet.
 */
export const retiredBoundaryIds: readonly string[] = [];

export const boundaryCategories: readonly BoundaryCategory[] = [
  {
    id: 'communication',
    title: 'Talking and signals',
    items: [
      { id: 'safe-word', text: 'Agreeing a safe word before we start', tipId: 'agree-a-safe-word' },
      {
        id: 'stop-signal',
        text: 'A stop signal that works without words, like a tap or dropping something',
        tipId: 'signals-without-words',
      },
      { id: 'check-ins', text: 'Checking in with each other during sex', tipId: 'consent-each-step' },
      { id: 'talk-during', text: 'Saying what we want out loud during sex' },
      { id: 'praise', text: 'Being praised or told I am doing well' },
      {
        id: 'teasing-words',
        text: 'Teasing or name-calling with words we agreed beforehand',
        directed: true,
      },
      { id: 'talk-after', text: 'Talking afterwards about what we liked and did not' },
    ],
  },
  {
    id: 'touch',
    title: 'Touch and intensity',
    items: [
      { id: 'hard-kissing', text: 'Hard or intense kissing' },
      { id: 'fast-vigorous', text: 'Fast, vigorous sex' },
      { id: 'biting', text: 'Biting', directed: true },
      { id: 'scratching', text: 'Scratching', directed: true },
      { id: 'hair-pulling', text: 'Hair pulling', directed: true },
      {
        id: 'held-down',
        text: 'Holding or pinning down',
        hint: 'Held face down, a person may not be able to breathe properly.',
        tipId: 'face-down-breathing',
        directed: true,
      },
      { id: 'tickling', text: 'Tickling', directed: true },
      { id: 'visible-marks', text: 'Marks that might show afterwards, like bruises', directed: true },
      {
        id: 'neck-pressure',
        text: 'Pressure on the neck or throat',
        hint: 'Tend’s guide explains why there is no safe way to restrict breathing or blood flow.',
        tipId: 'no-neck-pressure',
      },
    ],
  },
  {
    id: 'restraint',
    title: 'Restraint',
    items: [
      { id: 'wrists-held', text: 'Holding wrists down with hands', directed: true },
      { id: 'soft-cuffs', text: 'Soft cuffs or ties', directed: true },
      {
        id: 'rope',
        text: 'Rope',
        hint: 'Keep safety shears within reach.',
        tipId: 'safety-shears',
        directed: true,
      },
      { id: 'tied-to-furniture', text: 'Tying to a bed or furniture', directed: true },
      { id: 'blindfold', text: 'Blindfolds', directed: true },
      {
        id: 'gag',
        text: 'Gags',
        hint: 'Agree a stop signal that works without words first.',
        tipId: 'signals-without-words',
        directed: true,
      },
    ],
  },
  {
    id: 'impact',
    title: 'Impact',
    items: [
      { id: 'spanking-hand', text: 'Spanking with a hand', directed: true },
      { id: 'face-slaps', text: 'Slaps to the face', directed: true },
      { id: 'paddle', text: 'Paddles', directed: true },
      { id: 'flogger', text: 'Floggers', directed: true },
      { id: 'crop-cane', text: 'Crops or canes', directed: true },
    ],
  },
  {
    id: 'roles',
    title: 'Power and roles',
    items: [
      { id: 'taking-charge', text: 'Me taking charge', mirror: 'being-led' },
      { id: 'being-led', text: 'My partner taking charge', mirror: 'taking-charge' },
      { id: 'switching', text: 'Swapping who is in charge' },
      { id: 'orders', text: 'Giving orders to follow', directed: true },
      { id: 'role-play', text: 'Role play with characters or a story' },
      { id: 'embarrassment-play', text: 'Playful embarrassment or humiliation', directed: true },
      { id: 'rules-outside', text: 'Agreed rules or rituals outside sex' },
    ],
  },
  {
    id: 'toys',
    title: 'Toys and accessories',
    items: [
      { id: 'vibrators', text: 'Vibrators' },
      { id: 'toys-on-me', text: 'Toys used on me', mirror: 'toys-on-partner' },
      { id: 'toys-on-partner', text: 'Toys used on my partner', mirror: 'toys-on-me' },
      { id: 'temperature', text: 'Playing with warm or cold sensations', directed: true },
      { id: 'new-accessories', text: 'Trying an accessory new to us, once we know how it works' },
    ],
  },
  {
    id: 'substances',
    title: 'Alcohol and drugs',
    items: [
      { id: 'sober-only', text: 'Playing only when we are both sober' },
      {
        id: 'alcohol',
        text: 'A drink beforehand, while we both stay clear-headed',
        hint: 'Someone who is drunk or high cannot consent.',
        tipId: 'high-cannot-consent',
      },
      {
        id: 'cannabis',
        text: 'Cannabis beforehand, while we both stay clear-headed',
        hint: 'Someone who is drunk or high cannot consent.',
        tipId: 'high-cannot-consent',
      },
      {
        id: 'other-drugs',
        text: 'Other drugs during sex',
        hint: 'Tend’s guide covers why these should not be mixed with alcohol or each other.',
        tipId: 'chemsex-mixing',
      },
    ],
  },
  {
    id: 'protection',
    title: 'Protection and health',
    items: [
      { id: 'condoms', text: 'Condoms' },
      {
        id: 'strong-condoms',
        text: 'Thicker, stronger condoms for vigorous sex',
        hint: 'A trial found thicker condoms break no less often; using enough lube helps.',
        tipId: 'thicker-condoms-no-better',
      },
      { id: 'dental-dams', text: 'Dental dams' },
      { id: 'gloves', text: 'Gloves' },
      { id: 'lube', text: 'Lube', tipId: 'lube-and-condoms' },
      { id: 'sti-results', text: 'Sharing recent STI test results' },
      { id: 'clean-toys', text: 'Cleaning toys after each use' },
    ],
  },
  {
    id: 'setting',
    title: 'People, places and privacy',
    items: [
      { id: 'at-home', text: 'Playing at home' },
      { id: 'somewhere-new', text: 'Playing somewhere new to us' },
      { id: 'others-watching', text: 'Others watching, at a club or party' },
      { id: 'more-people', text: 'More than two people' },
      {
        id: 'photos-video',
        text: 'Photos or video',
        hint: 'Agree who keeps them and that either of you can ask for them to be deleted.',
      },
      { id: 'safe-call-friend', text: 'A friend knowing where I am when we meet', tipId: 'have-backup' },
    ],
  },
  {
    id: 'aftercare',
    title: 'Aftercare',
    items: [
      { id: 'cuddling', text: 'Cuddling and kissing afterwards' },
      { id: 'water-snack', text: 'Water or a snack afterwards' },
      { id: 'bath-together', text: 'Bathing or showering together' },
      { id: 'time-alone', text: 'Some time alone to settle' },
      { id: 'next-day-check', text: 'A message or call the next day', tipId: 'next-day-check-in' },
    ],
  },
];
