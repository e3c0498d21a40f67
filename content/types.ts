/**
 * The shape of Tend's guidance library. Everything a content editor touches is plain data
 * typed by these interfaces; the UI reads it and never hard-codes guidance text.
 */
import type { RegionId } from './regions';

/** The kinds of page a tip fits, used to pick an on-page tip for a community site. */
export type PageContext = 'messaging' | 'meeting' | 'event' | 'profile' | 'general';

export interface Source {
  /** Stable id that tips refer to. */
  id: string;
  /** How the source is named on screen, e.g. "NHS inform". */
  name: string;
  /** Optional longer citation: title, author or reviewer, date. */
  detail?: string;
  /** The one page that states what the tips citing this source say (https). */
  url: string;
  /** When that page was last checked against the tips, as 'YYYY-MM-DD'. */
  checked: string;
}

export interface Tip {
  /** Stable, unique across the whole library, kebab-case; saved in user data, so never reuse an old id. */
  id: string;
  /** A few words. */
  title: string;
  /** One or two sentences: what the popup shows. */
  summary: string;
  /** The fuller text the sidebar shows, one string per paragraph. */
  body: readonly string[];
  /** Page contexts this tip suits; 'general' fits anywhere. */
  tags: readonly PageContext[];
  /** Id of an entry in `sources`. */
  source: string;
  /** Extra words people might search for that the text does not use. */
  keywords?: readonly string[];
}

export interface Section {
  id: string;
  title: string;
  /** One short line shown in the list of sections. */
  blurb: string;
  tips: readonly Tip[];
  /** When the section's text was last re-read against its cited pages, as 'YYYY-MM-DD'. */
  checked: string;
  /** When true, views show the help lines with this section. */
  showsHelpLines?: boolean;
  /** When true, views show "Call emergency services now if…" at the top of this section. */
  showsEmergencySigns?: boolean;
  /** When true, views point to the timeline (the time left for each window) at the top of this section. */
  showsTimeline?: boolean;
}

/** What the first screen of a view needs of a tip: everything but its body, which loads just after. */
export type TipOutline = Pick<Tip, 'id' | 'title' | 'summary' | 'source'>;

/** A section as the first screen gets it: tips without their bodies. */
export interface SectionOutline extends Omit<Section, 'tips'> {
  tips: readonly TipOutline[];
}

/** One sign that means calling emergency services now. */
export interface EmergencySign {
  id: string;
  text: string;
  /** Id of an entry in `sources`. */
  source: string;
}

export interface HelpLine {
  id: string;
  /** The places it serves: a UK-wide line says 'uk', a line for England and Wales names both. */
  regions: readonly RegionId[];
  /** Emergency services, a support line, or care that does not need the police. */
  kind: 'emergency' | 'support' | 'care';
  organisation: string;
  /** What the service is, e.g. "National Sexual Assault Hotline". */
  service: string;
  /** Who it is for, in a few words. */
  serves: string;
  /** Phone number as people dial it. */
  phone?: string;
  /** Text-message option, e.g. "Text START to 88788". */
  text?: string;
  /** Full https address of the organisation's web chat, shown in full. */
  chat?: string;
  /** Full https address of a page that finds a local service. */
  web?: string;
  /** As the organisation states them, e.g. "24 hours, every day". */
  hours?: string;
  /** One more thing to know when calling, e.g. how to call without speaking. */
  note?: string;
  /** The organisation's (or a government's) own page that states the number or address. */
  sourceUrl: string;
  /** When sourceUrl was last checked against this entry, as an ISO date. */
  checked: string;
}
