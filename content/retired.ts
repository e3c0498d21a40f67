/**
 * Tip ids that were merged into another tip still name it: in saved lists, backups and links.
 * Small and free of the library itself, so a view's first screen can resolve a link.
 */
import { retiredTipIds } from './retired-ids';

/** The kept id for a retired one; any other id unchanged. */
export function resolveTipId(id: string): string {
  return Object.hasOwn(retiredTipIds, id) ? (retiredTipIds[id] ?? id) : id;
}

/** A stored list of tip ids with retired ids resolved, each id once, in the list's order. */
export function resolveTipIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map(resolveTipId))];
}
