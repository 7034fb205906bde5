/**
 * The document object that flows through the pipeline (spaCy's Doc, in spirit): each component reads
 * what earlier ones added and adds its own annotations. Offsets are into `text` (= article.text).
 */
import type { Article, GeoPrecision, Inter, Span, TimePrecision } from './types.js';

export interface Sentence extends Span {
  index: number;
  /** Paragraph number (blank-line separated blocks). */
  paragraph: number;
  /** True for photo captions, credits, bylines and similar non-story lines. */
  caption: boolean;
}

export interface Token extends Span {
  /** wink-nlp part of speech (NOUN, VERB, PROPN …). */
  pos: string;
  sentence: number;
}

export interface DateMention extends Span {
  sentence: number;
  /** The resolved day (YYYY-MM-DD); for month precision, the 15th; for a range, its start. */
  date: string;
  /** Last day of a range, when the expression is a range. */
  endDate?: string;
  precision: TimePrecision;
  /** explicit: "Feb. 7"; weekday: "on Wednesday"; relative: "today", "last month"; year: "last year". */
  kind: 'explicit' | 'weekday' | 'relative' | 'month' | 'year' | 'range';
  /** The mention sits in a caption line, so it is not the story's date. */
  caption: boolean;
}

export interface PlaceMention extends Span {
  sentence: number;
  /** The resolved gazetteer name ("Qamishli"). */
  name: string;
  latitude: number;
  longitude: number;
  geonameid: number | null;
  /** ISO alpha-2. */
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  /** GeoNames feature: P (populated place), A.ADM1, A.PCLI (country), S (spot) … */
  featureClass: string;
  featureCode: string;
  population: number;
  geo_precision: GeoPrecision;
  /** How the mention relates to the name: in it, near it, a region of it. */
  relation: 'in' | 'near' | 'region';
  /** A demonym standing for a country ("Syrian forces"), not a place of events. */
  demonym?: boolean;
}

export interface ActorMention extends Span {
  sentence: number;
  /** ACLED-style actor name ("Military Forces of Syria", "Civilians (Syria)", "Islamic State (Syria)"). */
  name: string;
  inter: Inter;
  /** ISO alpha-2 of the state the actor belongs to or comes from. */
  country: string | null;
  /** Lexicon key of the matched actor entry. */
  key: string;
}

export interface EventMention extends Span {
  sentence: number;
  event_type: string;
  sub_event_type: string;
  /** The trigger word(s) ("clashed", "air strike"). */
  trigger: string;
  negated: boolean;
  hypothetical: boolean;
  aggregate: boolean;
}

export interface CasualtyMention extends Span {
  sentence: number;
  kind: 'killed' | 'injured';
  /** Low and high of the figure ("more than 100" → 101..null; "dozens" → 24..null). */
  low: number;
  high: number | null;
  /** The best (conservative) value. */
  value: number;
  /** The victims' side, when stated: actor lexicon key or a loose role (civilians, soldiers …). */
  side: string | null;
  /** "no US personnel were injured". */
  negative: boolean;
  aggregate: boolean;
}

export interface Attribution extends Span {
  sentence: number;
  /** Claimant name as normalised ("SANA", "Syrian Observatory for Human Rights"). */
  claimant: string;
}

export interface Doc {
  article: Article;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  events: EventMention[];
  casualties: CasualtyMention[];
  attributions: Attribution[];
  /** Country context of the article (most mentioned country), ISO alpha-2. */
  country: string | null;
  warnings: string[];
}

export function createDoc(article: Article): Doc {
  return {
    article,
    text: article.text,
    sentences: [],
    tokens: [],
    dates: [],
    places: [],
    actors: [],
    events: [],
    casualties: [],
    attributions: [],
    country: null,
    warnings: [],
  };
}

/** A pipeline component: a named step that adds annotations to the doc. */
export interface Component {
  name: string;
  run(doc: Doc): void;
}

export function sentenceOf(doc: Doc, offset: number): number {
  const s = doc.sentences;
  let lo = 0,
    hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < s[mid]!.start) hi = mid - 1;
    else if (offset >= s[mid]!.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(s.length - 1, lo));
}
