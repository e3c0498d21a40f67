import { guessRegion, type RegionId } from '@/content/regions';
import { useStored } from './use-stored';

/** A guess from this browser's own language and time zone, made here: nothing leaves the device. */
export function deviceRegion(): RegionId {
  return guessRegion(navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone);
}

export interface RegionChoice {
  /** The region the user chose, or the device's guess until they do. */
  region: RegionId;
  chosen: boolean;
  loaded: boolean;
  save(region: RegionId): Promise<void>;
}

/** The user's region as component state; it is a plain setting, readable while Tend is locked. */
export function useRegion(): RegionChoice {
  const stored = useStored('region');
  return {
    region: stored.value ?? deviceRegion(),
    chosen: stored.value !== undefined,
    loaded: stored.loaded,
    save: stored.save,
  };
}
