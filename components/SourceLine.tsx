import { findSource } from '@/content';

export function SourceLine({ sourceId }: { sourceId: string }) {
  const source = findSource(sourceId);
  if (!source) return null;
  return (
    <p class="source">
      Source: {source.name}
      {source.detail ? ` (${source.detail})` : ''}
    </p>
  );
}
