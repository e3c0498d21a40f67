import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addMySite } from '@/lib/my-sites';
import { describePattern } from '@/lib/site-match';
import { siteToPattern } from '@/lib/site-patterns';
import { siteFor } from '@/lib/sites';
import { type Feedback, FormMessage } from './FormMessage';
import { useStored } from './use-stored';

/**
 * "Add this site" in the popup: the tab the popup opened over (its address is readable through
 * activeTab, from the click on Tend's button), added to My sites from this click.
 */
export function AddThisSite() {
  const sites = useStored('sites');
  const [url, setUrl] = useState<string>();
  const [feedback, setFeedback] = useState<Feedback>();

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setUrl(tab?.url));
  }, []);

  const checked = url && /^https?:/.test(url) ? siteToPattern(url, false) : undefined;
  if (feedback && !feedback.error) return <FormMessage id="add-site-message" feedback={feedback} />;
  if (!sites.loaded || !checked?.ok || siteFor(sites.value ?? [], url)) return null;

  const add = () =>
    void addMySite(checked.pattern, sites.value ?? []).then((result) =>
      setFeedback(
        result.ok
          ? { error: false, text: `Added ${describePattern(checked.pattern)} to My sites.` }
          : { error: true, text: result.error },
      ),
    );
  return (
    <div class="add-site">
      <button type="button" class="link" onClick={add} aria-describedby="add-site-message">
        Add this site to My sites
      </button>
      <FormMessage id="add-site-message" feedback={feedback} />
    </div>
  );
}
