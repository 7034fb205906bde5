/**
 * Core record types shared by every part of sitrep.
 *
 * The incident record follows ../shared/eval/CONTRACT.md: ACLED's column names, UCDP's low/best/high
 * estimates, plus claims (every attributed statement with its quote) and disputes.
 */

/** One input article, as in CONTRACT.md's input format (after `path` was read into `text`). */
export interface Article {
  id: string;
  text: string;
  outlet: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) of publication, or null when unknown. */
  published: string | null;
  title: string | null;
  /** Where the article came from (file path, JSONL path:line, URL); for messages only. */
  origin?: string;
}

/** A half-open character range [start, end) into Article.text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type TimePrecision = 1 | 2 | 3;
export type GeoPrecision = 1 | 2 | 3;
/** ACLED actor type codes: 1 state forces … 8 external/other forces. */
export type Inter = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export const EVENT_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
} as const;
export type EventType = keyof typeof EVENT_TYPES;
export type SubEventType = (typeof EVENT_TYPES)[EventType][number];

/** ACLED's political-violence event types (the rest are demonstrations and strategic developments). */
export const VIOLENT_EVENT_TYPES: ReadonlySet<string> = new Set<EventType>(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

/** One attributed statement: who said what about which attribute, and the sentence it was read from. */
export interface Claim {
  /** fatalities, injuries, initiator, civilian_status, perpetrator, weapon, event, location, date … */
  attribute: string;
  value: string | number | boolean | null;
  /** The claimant ("SANA", "Syrian Observatory for Human Rights"); the outlet itself when unattributed. */
  source: string;
  /** Article id. */
  article: string;
  /** The sentence the claim was read from. */
  quote: string;
  /** Character offsets of the quote in the article (extra to CONTRACT). */
  start?: number;
  end?: number;
}

export interface Dispute {
  attribute: string;
  values: { value: string | number | boolean | null; sources: string[] }[];
}

/** The incident record of CONTRACT.md. Extra fields are allowed; these must be there. */
export interface IncidentRecord {
  id: string;
  articles: string[];
  event_date: string | null;
  time_precision: TimePrecision;
  event_type: EventType;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  inter1: Inter | null;
  inter2: Inter | null;
  actor1_country: string | null;
  actor2_country: string | null;
  assoc_actor_1: string[];
  assoc_actor_2: string[];
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: GeoPrecision;
  fatalities: number | null;
  fatalities_low: number | null;
  fatalities_high: number | null;
  injuries: number | null;
  injuries_low?: number | null;
  injuries_high?: number | null;
  sources: string[];
  claims: Claim[];
  disputes: Dispute[];
  notes: string;
  /** Extra: GeoNames id of `location`, when resolved. */
  geonameid?: number | null;
  /** Extra: outlets of the reporting articles. */
  outlets?: string[];
}

/** CONTRACT.md's fields, in its order; every one is always written by the exports. */
export const CONTRACT_FIELDS = [
  'id',
  'articles',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'inter1',
  'inter2',
  'actor1_country',
  'actor2_country',
  'assoc_actor_1',
  'assoc_actor_2',
  'country',
  'admin1',
  'admin2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
  'fatalities_low',
  'fatalities_high',
  'injuries',
  'sources',
  'claims',
  'disputes',
  'notes',
] as const;
export type ContractField = (typeof CONTRACT_FIELDS)[number];
