/** One of every kind of stored record, valid: the starting point for backup and import tests. */
import type { StoredData } from '@/lib/storage/storage';
import { records } from '@/lib/storage/stored-schema';

export const sampleData: Partial<StoredData> = {
  lastSectionId: 'consent',
  firstRunDone: true,
  autoLockMinutes: 15,
  discreetMode: false,
  sites: [{ pattern: 'https://community.example/*', paused: false }],
  sitesReviewedFor: '0.1.0',
  siteTipSettings: { paused: false, blur: true, shiftExit: true },
  siteSnoozes: { 'https://community.example/*': 1764064800000 },
  dismissedTips: ['have-backup'],
  recentSiteTips: [],
  region: 'scotland',
  exitSettings: records.exitSettings.fallback,
  safeCallPlan: {
    ...records.safeCallPlan.fallback,
    friendNote: 'Sam',
    where: 'Cafe',
    checkIns: ['2026-12-01T20:00'],
    reminderText: 'Call',
  },
  aftercarePlan: {
    ...records.aftercarePlan.fallback,
    forMe: 'Tea',
    kitReady: ['ice'],
    ownKit: [{ id: 'k1', label: 'Towel' }],
  },
  journal: [{ id: 'e1', date: '2026-11-20', good: 'Calm', notGood: 'Rushed', signs: ['hurt'] }],
  boundaries: {
    ratings: { 'safe-word': 'yes', 'custom-1': 'maybe', 'biting:give': 'yes', 'biting:receive': 'maybe' },
    notes: { 'custom-1': 'Slowly', biting: 'Gently' },
    custom: [{ id: 'custom-1', text: 'Candles' }],
    curious: ['custom-1'],
    unconfirmed: ['biting:receive'],
  },
  boundaryComparison: {
    savedAt: 1764064800000,
    items: [{ text: 'Candles', group: 'Your own items', mine: 'maybe', theirs: 'yes' }],
  },
};
