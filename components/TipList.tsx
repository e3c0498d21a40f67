import { findTip } from '@/content';
import { TipCard } from './TipCard';

/** Guide tips shown beside a tool, in full, by id. */
export function TipList({ tipIds }: { tipIds: readonly string[] }) {
  return (
    <>
      {tipIds.map((id) => {
        const placed = findTip(id);
        return placed && <TipCard key={id} tip={placed.tip} detail="full" />;
      })}
    </>
  );
}
