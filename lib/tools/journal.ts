/**
 * The reflection journal: dated entries of what felt good, what did not, and the signs that a line
 * was crossed. Pure list operations; the view and storage sit on top.
 */
import { crossedLineSigns } from '@/content';
import { localDate } from '@/lib/dates';

export interface JournalEntry {
  id: string;
  /** The day it is about, YYYY-MM-DD, local time. */
  date: string;
  good: string;
  notGood: string;
  /** Ids from `crossedLineSigns` the user ticked. */
  signs: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00`);
  return !Number.isNaN(date.getTime()) && localDate(date) === text;
}

/** An entry's two notes, named alike in the form and on paper. */
export const NOTE_LABELS = {
  good: 'What felt good',
  notGood: 'What did not feel good, or what I would change',
} as const satisfies Record<'good' | 'notGood', string>;

/** An entry on paper, as [label, value] rows: its notes, then the signs ticked in words ("None" if none). */
export function entryRows(entry: JournalEntry): [label: string, value: string][] {
  const signs = crossedLineSigns.filter((sign) => entry.signs.includes(sign.id)).map((sign) => sign.label);
  return [
    [NOTE_LABELS.good, entry.good],
    [NOTE_LABELS.notGood, entry.notGood],
    ['Signs that a line was crossed', signs.join('\n') || 'None'],
  ];
}

export function newEntry(id: string, today: string): JournalEntry {
  return { id, date: today, good: '', notGood: '', signs: [] };
}

/** True when the user ticked any sign that a line was crossed: the view then offers support. */
export function lineCrossed(entry: JournalEntry): boolean {
  return entry.signs.length > 0;
}

/** Newest day first; entries of the same day keep the order they were written in. */
export function byNewest(entries: readonly JournalEntry[]): JournalEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || a.index - b.index)
    .map(({ entry }) => entry);
}

export function replaceEntry(entries: readonly JournalEntry[], entry: JournalEntry): JournalEntry[] {
  return entries.map((old) => (old.id === entry.id ? entry : old));
}

export function removeEntry(entries: readonly JournalEntry[], id: string): JournalEntry[] {
  return entries.filter((entry) => entry.id !== id);
}

export function toggleSign(entry: JournalEntry, sign: string, on: boolean): JournalEntry {
  const others = entry.signs.filter((id) => id !== sign);
  return { ...entry, signs: on ? [...others, sign] : others };
}
