/** Finds a source by id; kept apart from the library so a view's first screen can name sources. */
import { sources } from './sources';
import type { Source } from './types';

const sourcesById = new Map<string, Source>(sources.map((source) => [source.id, source]));

export function findSource(id: string): Source | undefined {
  return sourcesById.get(id);
}
