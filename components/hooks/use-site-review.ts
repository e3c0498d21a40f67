import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { reviewSitesOnce } from '@/lib/sites/site-review-once';

/** For settings and the sidebar: the once-per-version check of the user's sites (see reviewSitesOnce). */
export function useSiteReview(): void {
  useEffect(() => {
    void reviewSitesOnce(browser.runtime.getManifest().version);
  }, []);
}
