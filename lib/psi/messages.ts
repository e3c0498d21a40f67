/**
 * What a private comparison says when it cannot take a step, in words. A module of its own with no
 * imports, so the browser tests can hold the view to the same words.
 */
export const EXCHANGE_MESSAGES = {
  nothingToCompare: 'Mark some items Yes or Maybe first. There is nothing to compare yet.',
  inProgress: 'You are in the middle of another comparison. Finish it or cancel it first.',
  lastCodeKept:
    'Your last code from the comparison before is still kept here. Send it to your partner, then choose “Forget this comparison” to start a new one.',
  lastCodeHeld:
    'Your last code from the comparison before is still kept here, held back. Choose “Don’t send it: forget this comparison” (or send it first) to start a new one.',
  lockedWhileStarting: 'Tend locked while your first code was being made, so nothing was kept. Press Start again.',
  ownCode: 'This is the code you made. Send it to your partner, then paste their reply here.',
  ownReply: 'This is the reply you made. Send it to your partner. They will send you one last code.',
  answeredAgain: 'You have already answered this code. Here is your reply again.',
  forPartner: 'This code is meant for your partner, not for you.',
  alreadyUsed: 'This code has already been used. Each code works once. To compare again, start a new comparison.',
  otherExchange:
    'This code belongs to a different comparison. Use the code from the comparison you are doing now, or start a new one.',
  cannotKeep: 'Tend could not keep this comparison, so nothing was made. Nothing has been sent.',
  noLongerHas:
    'Tend no longer has the comparison this code belongs to. A comparison ends when Tend locks, when the browser closes, or when it is cancelled. Start a new one together.',
} as const;
