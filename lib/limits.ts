/** Size limits on what the user types, shared by the forms and the import checks. */

/** A free-text note: generous for a plan or a journal entry, bounded so a file cannot balloon. */
export const NOTE_MAX = 5000;
/** A short label: a checklist item or a list item. */
export const LABEL_MAX = 120;
/** How many items of one kind (own kit items, journal entries) a list may hold. */
export const LIST_MAX = 1000;
/** A boundaries list item of the user's own: a few plain words. */
export const MAX_ITEM_TEXT = 120;
/** How many items of their own a boundaries list may hold. */
export const MAX_CUSTOM_ITEMS = 200;
/** The longest check-in reminder wording: a notification shows only a short line. */
export const REMINDER_TEXT_MAX = 40;
/** The most entries a private comparison's code may hold (lib/psi/code.ts); no list gives more. */
export const MAX_CODE_TOKENS = 1000;
