import { useEffect, useState } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { useStored } from '@/components/hooks/use-stored';
import { FormMessage } from '@/components/ui/FormMessage';
import { activeTabUrl } from '@/lib/browser/tabs';
import { addMySite } from '@/lib/sites/my-sites';
import { describePattern } from '@/lib/sites/site-match';
import { siteToPattern } from '@/lib/sites/site-patterns';
import { siteFor } from '@/lib/sites/sites';

/**
 * "Add this site" in the popup: the tab the popup opened over (its address is readable through
 * activeTab, from the click on Tend's button), added to My sites from this click.
 */
export function AddThisSite() {
  const sites = useStored('sites');
  const [url, setUrl] = useState<string>();
  const { feedback, run } = useOperation();

  useEffect(() => {
    void activeTabUrl().then(setUrl);
  }, []);

  const checked = url && /^https?:/.test(url) ? siteToPattern(url, false) : undefined;
  // Once added, the message stays where the button was: the same live region says it.
  const added = feedback?.error === false;
  const addable = sites.loaded && checked?.ok && !siteFor(sites.value ?? [], url) ? checked.pattern : undefined;
  if (!added && !addable) return null;

  const add = (pattern: string) =>
    void run(async () => {
      const result = await addMySite(pattern, sites.value ?? []);
      return result.ok
        ? { error: false, text: `Added ${describePattern(pattern)} to My sites.` }
        : { error: true, text: result.error };
    });
  return (
    <div class="add-site">
      {!added && addable && (
        <button type="button" class="link" onClick={() => add(addable)} aria-describedby="add-site-message">
          Add this site to My sites
        </button>
      )}
      <FormMessage id="add-site-message" feedback={feedback} />
    </div>
  );
}
