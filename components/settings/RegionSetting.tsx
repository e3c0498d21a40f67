import { useId } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { useRegion } from '@/components/hooks/use-region';
import { FormMessage } from '@/components/ui/FormMessage';
import { Panel } from '@/components/ui/Panel';
import { COUNTRIES, type Country, countryOf, type RegionId, regionName, UK_NATIONS } from '@/content/regions';

/**
 * Where the user is, and for the UK which nation: their help lines come first. Used at first run,
 * in settings and beside the help lines; it is not private, so it works while Tend is locked.
 */
export function RegionPicker() {
  const { region, save } = useRegion();
  const { feedback: message, run } = useOperation({ unchanged: true });
  const ids = useId();
  const country = countryOf(region);

  const choose = (next: RegionId) =>
    run(async () => {
      await save(next);
      return {
        error: false,
        text:
          next === 'uk'
            ? 'Saved. Choose your part of the UK to see its lines first.'
            : `Saved. Help for ${regionName(next)} comes first.`,
      };
    });

  return (
    <div class="region-picker">
      <div class="field">
        <label for={`${ids}-country`}>Your region</label>
        <select
          id={`${ids}-country`}
          value={country}
          aria-describedby={`${ids}-message`}
          onChange={(event) => void choose(event.currentTarget.value as Country)}
        >
          {COUNTRIES.map((place) => (
            <option key={place} value={place}>
              {regionName(place)}
            </option>
          ))}
        </select>
      </div>
      {country === 'uk' && (
        <fieldset>
          <legend>Which part of the UK?</legend>
          {UK_NATIONS.map((nation) => (
            <label key={nation} class="choice">
              <input
                type="radio"
                name={`${ids}-nation`}
                value={nation}
                checked={region === nation}
                onChange={() => void choose(nation)}
              />
              <span>{regionName(nation)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <FormMessage id={`${ids}-message`} feedback={message} />
    </div>
  );
}

/** The settings page's section for the region. */
export function RegionSetting() {
  const { region, chosen } = useRegion();
  return (
    <Panel title="Your region">
      <p class="hint">
        Help lines for your region come first, and every other region stays one click away.
        {chosen
          ? ''
          : ` Tend guessed ${regionName(region)} from this browser’s time zone and language, here on your device: nothing is sent anywhere.`}
      </p>
      <RegionPicker />
    </Panel>
  );
}
