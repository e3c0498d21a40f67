import { useLibrary } from '@/components/hooks/use-library';
import { formatDay } from '@/lib/dates';
import type { Detail } from './TipCard';

/** Said once wherever tips show source links (`SourceLine` with detail "full"). */
export function SourceLinksNote() {
  return <> A source link opens in a new tab, and the visit stays in your browser history.</>;
}

/**
 * A tip's source. In the sidebar ("full") its name links to its page, whose address is shown in
 * full so the reader sees where it goes, with the date it was checked; the list of tips around it
 * says once what following a link leaves behind (`SourceLinksNote`).
 */
export function SourceLine({ sourceId, detail }: { sourceId: string; detail: Detail }) {
  // Sources come with the library, as tip bodies do: the line shows beside the body, once it is there.
  const source = useLibrary()?.findSource(sourceId);
  if (!source) return null;
  const link = detail === 'full';
  return (
    <p class="source">
      Source:{' '}
      {link ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.name}
        </a>
      ) : (
        source.name
      )}
      {source.detail ? ` (${source.detail})` : ''}
      {link && (
        <>
          , <span class="source-url">{source.url}</span>, checked{' '}
          <time dateTime={source.checked}>{formatDay(source.checked)}</time>
        </>
      )}
    </p>
  );
}
