import { useEffect } from 'preact/hooks';
import { reviewSitesOnce } from '@/lib/sites/site-review-once';

/** For settings and the sidebar: the once-per-version check of the user's sites (see reviewSitesOnce; this version's). */
export function useSiteReview(): void {
  useEffect(() => {
    void reviewSitesOnce();
  }, []);
}
