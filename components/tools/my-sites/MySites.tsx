import { useEffect, useId, useState } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { useStored } from '@/components/hooks/use-stored';
import { FormMessage } from '@/components/ui/FormMessage';
import { TextInput } from '@/components/ui/PrivateText';
import { Problem } from '@/components/ui/Problem';
import { addMySite, removeMySite } from '@/lib/sites/my-sites';
import { describePattern } from '@/lib/sites/site-match';
import { isSharedPattern, siteToPattern } from '@/lib/sites/site-patterns';
import { allowSiteAgain, grantedPatterns, onPermissionChange } from '@/lib/sites/site-permissions';
import { sharedSiteMessage } from '@/lib/sites/site-review';
import { type SiteTipSettings, setSitePaused } from '@/lib/sites/sites';
import { records } from '@/lib/storage/stored-schema';

/** Which of the listed sites the browser currently lets Tend run on (it can be revoked outside Tend). */
function useGranted(patterns: readonly string[]): Set<string> | undefined {
  const [granted, setGranted] = useState<Set<string>>();
  const key = patterns.join(' ');
  useEffect(() => {
    const check = () => void grantedPatterns(patterns).then((allowed) => setGranted(new Set(allowed)));
    check();
    return onPermissionChange(check);
  }, [key]);
  return granted;
}

const SETTINGS: { key: keyof SiteTipSettings; label: string }[] = [
  { key: 'paused', label: 'Pause tips on all my sites' },
  { key: 'blur', label: 'Blur a tip’s words until I point at it or tab to it' },
  { key: 'shiftExit', label: 'Pressing Shift three times on my sites runs the quick exit' },
];

/** "My sites": the community sites where Tend may show one small tip, and nowhere else. */
export function MySites() {
  const stored = useStored('sites');
  const settingsStored = useStored('siteTipSettings');
  const sites = stored.value ?? [];
  const settings = settingsStored.value ?? records.siteTipSettings.fallback;
  const granted = useGranted(sites.map((site) => site.pattern));
  const [address, setAddress] = useState('');
  const [subdomains, setSubdomains] = useState(false);
  const { feedback, run } = useOperation();
  const ids = useId();

  const add = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      const checked = siteToPattern(address, subdomains);
      if (!checked.ok) return { error: true, text: checked.error };
      const result = await addMySite(checked.pattern, sites);
      if (!result.ok) return { error: true, text: result.error };
      setAddress('');
      return { error: false, text: `Added ${describePattern(checked.pattern)}.` };
    });
  };

  const allow = (pattern: string) =>
    void run(async () => {
      await allowSiteAgain(pattern);
      return undefined;
    });
  const remove = (pattern: string) =>
    void run(async () => {
      await removeMySite(pattern);
      return { error: false, text: `Removed ${describePattern(pattern)}. Tend no longer runs there.` };
    });
  const pause = (pattern: string, paused: boolean) =>
    void run(async () => {
      await stored.save(setSitePaused(sites, pattern, paused));
      return undefined;
    });
  const setting = (key: keyof SiteTipSettings, on: boolean) =>
    void run(async () => {
      await settingsStored.save({ ...settings, [key]: on });
      return undefined;
    });

  const failed = stored.error ?? settingsStored.error;
  if (failed) return <Problem title="My sites" error={failed} />;
  if (!stored.loaded || !settingsStored.loaded) return null;
  return (
    <section class="panel my-sites" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>My sites</h2>
      <p class="hint">
        On the sites you add here, and nowhere else, Tend can show one small, discreet note that fits the page, and
        pressing Shift three times leaves at once. The browser asks you to allow each site.
      </p>
      <form onSubmit={add} noValidate>
        <label for={`${ids}-address`}>Site address</label>
        <div class="row">
          <TextInput
            id={`${ids}-address`}
            inputMode="url"
            placeholder="example.org"
            value={address}
            aria-invalid={feedback?.error === true}
            aria-describedby={`${ids}-message`}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
          <button type="submit">Add</button>
        </div>
        <label class="choice">
          <input
            type="checkbox"
            checked={subdomains}
            onChange={(event) => setSubdomains(event.currentTarget.checked)}
          />
          <span>Include its subdomains (like www. or forum.)</span>
        </label>
        <FormMessage id={`${ids}-message`} feedback={feedback} />
      </form>

      {sites.length > 0 && (
        <ul class="site-list" aria-label="Your sites">
          {sites.map((site) => {
            const name = describePattern(site.pattern);
            const allowed = granted?.has(site.pattern) !== false;
            const removeButton = (
              <button type="button" aria-label={`Remove ${name}`} onClick={() => remove(site.pattern)}>
                Remove
              </button>
            );
            // Added before Tend used the full Public Suffix List: kept paused until the user re-adds the one site.
            if (isSharedPattern(site.pattern)) {
              return (
                <li key={site.pattern}>
                  <span class="site-name">{name}</span>
                  <span class="site-actions">{removeButton}</span>
                  <p class="site-note">{sharedSiteMessage(site.pattern)}</p>
                </li>
              );
            }
            return (
              <li key={site.pattern}>
                <span class="site-name">{name}</span>
                <span class="hint">
                  {!allowed ? 'Not allowed by the browser' : site.paused || settings.paused ? 'Tips paused' : 'Tips on'}
                </span>
                <span class="site-actions">
                  {!allowed && (
                    <button type="button" aria-label={`Allow again: ${name}`} onClick={() => allow(site.pattern)}>
                      Allow again
                    </button>
                  )}
                  <button
                    type="button"
                    aria-label={`${site.paused ? 'Resume' : 'Pause'} tips on ${name}`}
                    onClick={() => pause(site.pattern, !site.paused)}
                  >
                    {site.paused ? 'Resume tips' : 'Pause tips'}
                  </button>
                  {removeButton}
                </span>
              </li>
            );
          })}
        </ul>
      )}

      <fieldset>
        <legend>On my sites</legend>
        {SETTINGS.map(({ key, label }) => (
          <label key={key} class="choice">
            <input
              type="checkbox"
              checked={settings[key]}
              onChange={(event) => setting(key, event.currentTarget.checked)}
            />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
