import { findTip } from '@/content';
import { SourceLinksNote } from './SourceLine';
import { TipCard } from './TipCard';

/** Guide tips shown beside a tool, in full, by id. */
export function TipList({ tipIds }: { tipIds: readonly string[] }) {
  return (
    <>
      <p class="source">
        <SourceLinksNote />
      </p>
      {tipIds.map((id) => {
        const placed = findTip(id);
        return placed && <TipCard key={id} tip={placed.tip} detail="full" />;
      })}
    </>
  );
}
