/**
 * Resolution: which gazetteer entry each detected span means. Each candidate gets a score:
 *   a prior (feature type + log population), then context from the rest of the article:
 *   - the article's country context (votes from unambiguous mentions: countries, provinces, big cities);
 *   - provinces named in the article (a town in a named province wins);
 *   - a qualifier right after a comma ("Monticello, Ky.", "Paris, Texas") — strongest;
 *   - a hint word after the span ("Idlib province" → the province; "Gaza City" → the city).
 * Two passes: the first, without context, collects the votes; the second ranks with them.
 */
import type { Candidate, Gazetteer } from './gazetteer.js';
import type { Mention } from './detect.js';
import { fold, skeleton } from './fold.js';

/** Prior by GeoNames feature code: countries and provinces are what bare famous names usually mean. */
const FEATURE_PRIOR: Record<string, number> = {
  PCLI: 9,
  CONT: 9,
  OCN: 8,
  SEA: 7,
  GULF: 6,
  RGN: 6,
  ISL: 6,
  PEN: 5,
  MTS: 5,
  DSRT: 5,
  LK: 5,
  STRT: 5,
  CNL: 5,
  HBR: 5,
  ADM1: 6.5,
  // A capital's name is also its government's ("Paris said"), but local news has many namesakes of
  // capitals (Athens, Dublin, Paris, Texas): 4, not the 6 of a province (lgl-dev, gwn-dev, GeoVirus).
  PPLC: 4,
  PPLA: 2.5,
  PPLA2: 1,
  PPLA3: 0.5,
  ADM2: 0.5,
};

/**
 * Weights below were tuned together by coordinate search on the sum of the end-to-end scores of gwn-dev,
 * lgl-dev and GeoVirus (each set counts alike); each is at a local optimum of that sum.
 */
const CONTEXT_WEIGHT = 6;
/**
 * Country context is a country's votes over the largest of: the top vote, half of all votes (countries that
 * share an article give each other's towns less), and MIN_EVIDENCE (one mention of "the United States" in a
 * story from Nazareth is not enough to read Nazareth as the Pennsylvania borough). A country name votes 1,
 * a province 2: provinces and towns say where a story is; countries are named in stories from elsewhere.
 */
const SHARE = 0.5;
const MIN_EVIDENCE = 3;
/**
 * A reading by an alternate name only (an old name, a variant: "Salisbury" → Harare, "Middletown" → a
 * town once so called) when another place bears the name as its own.
 */
const ALT_NAME_PENALTY = 6;
/** Population from which a town read by another of its names, in a country the article names, is that town. */
const EXONYM_MIN_POP = 20_000;
/** Weight of one unit of spatial-coherence support (see Context.admin1Support), and its cap in units. */
const COHERENCE = 4;
const COHERENCE_CAP = 2;
/** Names readable in more provinces than this say nothing about where the article is. */
const COHERENCE_MAX_PROVINCES = 12;

/**
 * Fill the context's spatial-coherence support from every name's candidates (not only its first-pass
 * reading): each distinct name spreads a weight of 1 over the provinces it could be in.
 */
export function addCoherence(ctx: Context, mentions: Mention[], cands: Candidate[][]): void {
  mentions.forEach((m, i) => {
    if (m.demonym || m.fallback || ctx.keyAdmin1s.has(m.key)) return;
    const admin1s = new Set<string>();
    for (const c of cands[i]!) if (c.admin1Code && c.featureCode !== 'PCLI') admin1s.add(c.admin1Key);
    if (!admin1s.size || admin1s.size > COHERENCE_MAX_PROVINCES) return;
    const weight = 1 / admin1s.size;
    ctx.keyAdmin1s.set(m.key, { admin1s, weight });
    for (const a of admin1s) ctx.admin1Support.set(a, (ctx.admin1Support.get(a) ?? 0) + weight);
  });
  // Counties and the towns in them: "Paris and Henry County" are Paris, Tennessee and its county.
  const seen = new Set<string>();
  mentions.forEach((m, i) => {
    // A name with hundreds of readings ("Washington", "Springfield") says nothing about its county.
    if (m.demonym || m.fallback || seen.has(m.key) || cands[i]!.length > COUNTY_MAX_READINGS) return;
    seen.add(m.key);
    for (const c of cands[i]!) {
      if (!c.admin2Code || !(c.featureCode === 'ADM2' || c.featureClass === 'P') || !ownName(c, m)) continue;
      const kind = c.featureCode === 'ADM2' ? 'county' : 'town';
      // Only a name written as a county ("Henry County", "Barrow and Jackson counties") counts as one.
      if (kind === 'county' && !m.adminWord && !COUNTY_KEY.test(m.key)) continue;
      let e = ctx.admin2Names.get(c.admin2Key);
      if (!e) ctx.admin2Names.set(c.admin2Key, (e = { county: [], town: [] }));
      // Tiny lists (a county holds a name or two of one article): cheaper than sets.
      if (!e[kind].includes(m.key)) e[kind].push(m.key);
    }
  });
}

/**
 * Nearness: local news names neighbouring towns, often across a state line (Paris, Texas and Dallas;
 * Berlin, Connecticut and Middletown). Each distinct name lends its readings as anchors: its first-pass
 * reading weighs NEAR_CHOSEN, and each of its town and county readings a share of NEAR_SPREAD (names with
 * more than NEAR_MAX_READINGS readings lend only their first-pass reading). A candidate within NEAR_KM of
 * another name's anchors takes, per name, the heaviest such anchor (see nearness).
 */
export function addNearness(ctx: Context, mentions: Mention[], cands: Candidate[][], first: (Candidate | null)[]): void {
  const seen = new Set<string>();
  const anchors: Anchor[] = [];
  mentions.forEach((m, i) => {
    if (m.demonym || m.fallback || seen.has(m.key)) return;
    seen.add(m.key);
    const local = cands[i]!.filter(localUnit);
    const chosen = first[i];
    if (chosen && localUnit(chosen)) anchors.push({ lat: chosen.latitude, lon: chosen.longitude, key: m.key, weight: NEAR_CHOSEN + (local.length <= NEAR_MAX_READINGS ? NEAR_SPREAD / local.length : 0) });
    if (local.length > NEAR_MAX_READINGS) return;
    for (const c of local) if (c !== chosen) anchors.push({ lat: c.latitude, lon: c.longitude, key: m.key, weight: NEAR_SPREAD / local.length });
  });
  ctx.anchors = anchors.sort((a, b) => a.lat - b.lat);
}

/** Towns, villages and counties: points that say where a local story is (not countries, provinces, regions). */
function localUnit(c: Candidate): boolean {
  return c.featureClass === 'P' || c.featureCode === 'ADM2';
}

const NEAR_KM = 100;
const NEAR_CHOSEN = 0.5;
const NEAR_SPREAD = 0.5;
const NEAR_MAX_READINGS = 12;
const NEARNESS = 4;
const NEARNESS_CAP = 2;

/** Sum over the article's other names of their heaviest anchor within NEAR_KM of the candidate. */
function nearness(c: Candidate, m: Mention, anchors: Anchor[]): number {
  const dLat = NEAR_KM / 111.2;
  // First anchor at or above c.latitude - dLat (anchors are sorted by latitude).
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]!.lat < c.latitude - dLat) lo = mid + 1;
    else hi = mid;
  }
  const kx = 111.2 * Math.cos((c.latitude * Math.PI) / 180);
  const r2 = NEAR_KM * NEAR_KM;
  let keys: string[] | null = null;
  let weights: number[] | null = null;
  for (let i = lo; i < anchors.length; i++) {
    const a = anchors[i]!;
    if (a.lat > c.latitude + dLat) break;
    if (a.key === m.key) continue;
    const dy = (a.lat - c.latitude) * 111.2;
    const dx = (a.lon - c.longitude) * kx;
    if (dx * dx + dy * dy > r2) continue;
    keys ??= [];
    weights ??= [];
    const k = keys.indexOf(a.key);
    if (k < 0) {
      keys.push(a.key);
      weights.push(a.weight);
    } else if (a.weight > weights[k]!) weights[k] = a.weight;
  }
  if (!weights) return 0;
  let sum = 0;
  for (const w of weights) sum += w;
  return sum;
}

const COUNTY_MAX_READINGS = 150;
const COUNTY_KEY = / (?:county|parish|borough|district|province)$/;
/** A town and a county of the article that contain each other (see addCoherence). */
const COUNTY_TOWN = 9;
/** Two names of the article that can both be towns of one county. */
const TOWN_TOWN = 3;

/** A town in a province (or county) that the article names. */
const ADMIN_CONTEXT = 3;
/** More for a town in the province the article names most (Context.mainAdmin1). */
const MAIN_ADMIN_CONTEXT = 4;

/**
 * Prominence beyond population: GeoNames records many alternate names (translations in many languages)
 * for places known the world over, few for local towns of the same size (Venice, Italy, 51,000 people in
 * its commune and 64 names; Venice, Florida, 11; London 109, London, Ohio, 9). Weight of log10(1 + count,
 * at most 100); countries, provinces and regions count as fully known. Tuned on lgl-dev and gwn-dev.
 */
const ALT_NAMES_WEIGHT = 3;
const REGION_POPULATION_LOG = 7;
/** People in a first-level division's towns below which it does not count as widely known. */
export const SMALL_DIVISION = 100_000;
const FULLY_KNOWN = ALT_NAMES_WEIGHT * Math.log10(101);

export function prior(c: Candidate): number {
  if (Number.isNaN(c.prior)) {
    c.prior = (FEATURE_PRIOR[c.featureCode] ?? (c.featureClass === 'P' ? 0 : -1)) + Math.log10(c.population + 1);
    // Continents, seas and regions have no population: they count as ten million people, so that a
    // small town by the name ("Atlantic", Iowa) does not win on its country's context alone.
    if (c.featureClass === 'L') c.prior += REGION_POPULATION_LOG;
    if (c.featureClass === 'P' || c.featureClass === 'S') c.prior += ALT_NAMES_WEIGHT * Math.log10(1 + Math.min(c.alternateNames, 100));
    // A first-level division whose towns hold few people (Berea, a district of Lesotho; Ramsey, a sheading
    // of the Isle of Man; a parish of Barbados) is no widely known name: not "fully known".
    else if (c.featureCode !== 'ADM2' && !(c.featureCode === 'ADM1' && c.population < SMALL_DIVISION)) c.prior += FULLY_KNOWN;
  }
  return c.prior;
}

/** The candidate bears the mention's name as its own ("Barrow" of "Barrow and Jackson counties" is Barrow County's). */
function ownName(c: Candidate, m: Mention): boolean {
  const k = nameKey(c);
  if (k === m.key || (!!m.adminWord && k === `${m.key} ${m.adminWord}`)) return true;
  // A second-level division's name without its division words ("Province of Laguna", "Maruf District"). Not
  // provinces: "Gaza" is the city, not Mozambique's Gaza Province.
  return c.featureCode === 'ADM2' && k.length > m.key.length && (c.bareKey ??= k.replace(DIVISION_WORDS, '')) === m.key;
}

const DIVISION_WORDS =
  /^(?:province of|province du|province de|provincia de|provincia di|provincia del|departamento de|departamento del|departement de|departement du|distrito de|district of) | (?:province|district|governorate|prefecture|department|region|oblast)$/g;

/** The folded primary name of a candidate. */
export function nameKey(c: Candidate): string {
  return (c.nameKey ??= fold(c.name));
}

export interface Context {
  countryVotes: Map<string, number>;
  /** Votes each mention key gave, so that a name does not vote for its own reading. */
  keyVotes: Map<string, Map<string, number>>;
  maxCountryVote: number;
  /** What a country's votes are divided by: the top vote, or a share of all votes when several countries split them. */
  countryNorm: number;
  /** "CC.ADMIN1" codes named in the article (as provinces, or as the province of a qualified town). */
  admin1s: Set<string>;
  /**
   * The province the article names most often, when it is named at least twice and more often than any
   * other ("Indiana" five times, Kentucky and Ohio once each in a list of neighbours): local news is about it.
   */
  mainAdmin1: string | null;
  /** The names that named it: it says nothing about a name of its own ("Oklahoma" twice is not Oklahoma City). */
  mainAdmin1Keys: Set<string>;
  /** "CC.ADMIN1.ADMIN2" counties/districts named in the article. */
  admin2s: Set<string>;
  /**
   * The names that named each of admin1s and admin2s by a county: a county's own first-pass reading does not
   * back itself (the first pass reads "Madison County" as Alabama's: that says nothing about which Madison
   * County it is). A province's does back the town of its name ("Ondo town": Ondo State's town), and so does a
   * district's read from the bare name: those names are in backsOwnTown.
   */
  adminNamedBy: Map<string, string[]>;
  backsOwnTown: Set<string>;
  /**
   * Spatial coherence: for each "CC.ADMIN1", how many of the article's names (each name once, weighted by
   * 1 / the number of provinces it could be in) have a reading there. Local news names several towns of
   * one state: the Gainesville of an article that also names Hall County and Flowery Branch is Georgia's.
   */
  admin1Support: Map<string, number>;
  /** Each name's own provinces and weight, so that a name does not support its own reading. */
  keyAdmin1s: Map<string, { admin1s: Set<string>; weight: number }>;
  /**
   * By "CC.ADMIN1.ADMIN2": the names of the article written as counties that can be that county, and the
   * names that can be a town in it (each name by its own name only).
   */
  admin2Names: Map<string, { county: string[]; town: string[] }>;
  /**
   * Nearness: readings of the article's names that other names may sit beside (see addNearness), sorted by
   * latitude, each with its name and weight.
   */
  anchors: Anchor[];
}

interface Anchor {
  lat: number;
  lon: number;
  key: string;
  weight: number;
}

export function emptyContext(): Context {
  return {
    countryVotes: new Map(),
    keyVotes: new Map(),
    maxCountryVote: 0,
    countryNorm: 0,
    admin1s: new Set(),
    mainAdmin1: null,
    mainAdmin1Keys: new Set(),
    admin2s: new Set(),
    adminNamedBy: new Map(),
    backsOwnTown: new Set(),
    admin1Support: new Map(),
    keyAdmin1s: new Map(),
    admin2Names: new Map(),
    anchors: [],
  };
}

export function score(c: Candidate, m: Mention, ctx: Context, qualifier: Candidate | null, town: TownCue = null, cands: Candidate[] = [c]): number {
  return scoreWith(c, m, ctx, qualifier, facts(cands, m, ctx, town));
}

/** Score of a division word's reading ("Idlib province"), and of any other reading beside one. */
const HINT_ADMIN = 6;
const HINT_ADMIN_OTHER = -2;
/** A town's reading beside a city word ("Gaza City"). */
const HINT_CITY = 4;
/** A qualifier after the name ("Paris, Texas", "Monticello, Ky."): a country's, a province's or a county's. */
const QUALIFIER_COUNTRY = 8;
const QUALIFIER_PROVINCE = 12;
/** What a country's, a province's or a region's reading loses where the text makes the name a town (townCue). */
const TOWN_CUE = 8;
/**
 * What a country's or a region's reading loses besides where the word is one no country has ("the Jordan middle
 * school", "Palestine Independent School District"): a country outweighs a town by some 15 points of prior.
 * Not police ("Kenya police", "Uganda Police") nor provinces ("California public schools").
 */
const LOCAL_CUE = 12;

/** What `best` reads once per mention for all its candidates. */
interface MentionFacts {
  ownVotes: Map<string, number> | undefined;
  /** Some candidate bears the name as its own: readings by an alternate name only are penalised. */
  ownNamed: boolean;
  /**
   * Districts (ADM2) that bear the name as their own: their towns reached by an alternate name are the
   * district's seat under a longer name (Matamoros municipality and Heroica Matamoros), not a namesake.
   */
  ownDistricts: string[];
  /** Countries of the readings that bear the name as their own. */
  ownCountries: string[];
  ownDivision: boolean;
  ownInMain: boolean | null;
  /** The text marks the name as a town ("Berea police", "the City of Oxford"): see townCue. */
  town: TownCue;
}

/** `score` with the mention's facts looked up once for all its candidates. */
function scoreWith(c: Candidate, m: Mention, ctx: Context, qualifier: Candidate | null, f: MentionFacts): number {
  let s = prior(c);
  const own = ownName(c, m);
  // The votes of the article's other names for the reading's country (a name does not vote for its own reading).
  const otherVotes = c.country ? (ctx.countryVotes.get(c.country) ?? 0) - (f.ownVotes?.get(c.country) ?? 0) : 0;
  // Not a town of note in a country the rest of the article names, where no place bears the name as its own:
  // there the other name is an exonym ("Palmyra" → Tadmur in a story from Syria, not Palmyra, New York).
  const exonym = c.featureClass === 'P' && c.population >= EXONYM_MIN_POP && !!c.country && !f.ownCountries.includes(c.country) && otherVotes > 0;
  if (f.ownNamed && !own && !exonym && !(c.featureClass === 'P' && f.ownDistricts.includes(c.admin2Key))) s -= ALT_NAME_PENALTY;
  // A division word asks for a division; where a country has a division of its own name ("Mexico state",
  // "the State of Mexico"), the division, not the country ("the territory of Georgia" stays the country).
  if (m.hint === 'admin') s += c.featureClass === 'A' ? (f.ownDivision && c.featureCode.startsWith('PCL') ? 0 : HINT_ADMIN) : HINT_ADMIN_OTHER;
  if (m.hint === 'city') s += c.featureClass === 'P' ? HINT_CITY : 0;
  // A school or a board of selectmen is a town's: not a foreign capital's ("Paris High School").
  if (f.town === 'school' && c.featureCode === 'PPLC') s -= TOWN_CUE + LOCAL_CUE;
  if (f.town && bigUnit(c)) {
    const country = c.featureCode !== 'ADM1';
    // A resident's home ("a Lebanon woman") may be a state ("an Arizona woman"), never a country.
    if (f.town === 'home') s -= country ? TOWN_CUE + LOCAL_CUE : 0;
    else s -= TOWN_CUE + ((f.town === 'local' || f.town === 'school') && country ? LOCAL_CUE : 0);
  }
  if (qualifier) {
    if (qualifier.featureCode === 'PCLI' && c.country === qualifier.country && c.featureCode !== 'PCLI') s += QUALIFIER_COUNTRY;
    if (qualifier.featureCode === 'ADM1' && c.country === qualifier.country && c.admin1Code === qualifier.admin1Code) s += QUALIFIER_PROVINCE;
    if (qualifier.featureCode === 'ADM2' && c.admin2Key === qualifier.admin2Key && c.featureCode !== 'ADM2') s += QUALIFIER_PROVINCE;
  }
  if (ctx.maxCountryVote > 0 && c.country) s += CONTEXT_WEIGHT * (otherVotes / ctx.countryNorm);
  // Only readings by the place's own name take support: "Moscow" is also an old name of a Georgia town.
  if (ctx.admin1Support.size && c.admin1Code && c.featureCode !== 'PCLI' && own) {
    let sup = ctx.admin1Support.get(c.admin1Key) ?? 0;
    const ownA = ctx.keyAdmin1s.get(m.key);
    if (ownA?.admin1s.has(c.admin1Key)) sup -= ownA.weight;
    if (sup > 0.01) s += COHERENCE * Math.min(sup, COHERENCE_CAP);
  }
  if (ctx.anchors.length && own && localUnit(c)) {
    const near = nearness(c, m, ctx.anchors);
    if (near > 0) s += NEARNESS * Math.min(near, NEARNESS_CAP);
  }
  if (ctx.admin2Names.size && c.admin2Code && (c.featureCode === 'ADM2' || c.featureClass === 'P') && own) {
    const e = ctx.admin2Names.get(c.admin2Key);
    const other = e ? (c.featureCode === 'ADM2' ? e.town : e.county) : null;
    if (other && other.length && (other.length > 1 || other[0] !== m.key)) s += COUNTY_TOWN;
    // Two towns of the article in one county: local news names neighbours ("Hagerstown", "New Castle").
    if (e && c.featureClass === 'P' && e.town.length > 1) s += TOWN_TOWN;
  }
  if (ctx.admin1s.size && c.admin1Code && c.featureCode !== 'ADM1' && ctx.admin1s.has(c.admin1Key) && namedByOthers(ctx, c.admin1Key, m)) {
    s += ADMIN_CONTEXT;
    // By the name's own readings there (an alternate-name reading, Pittsburg, California, for "Pittsburgh",
    // takes it only beside one: it must not move a name within the province, Janīn for the Jenin district).
    if (c.admin1Key === ctx.mainAdmin1 && (f.ownInMain || (f.ownInMain === null && own)) && (ctx.mainAdmin1Keys.size > 1 || !ctx.mainAdmin1Keys.has(m.key))) s += MAIN_ADMIN_CONTEXT;
  }
  if (ctx.admin2s.size && c.admin2Code && c.featureCode !== 'ADM2' && ctx.admin2s.has(c.admin2Key) && namedByOthers(ctx, c.admin2Key, m)) s += ADMIN_CONTEXT;
  return s;
}

/**
 * A province or county of the article named by some other name than m's own (see Context.adminNamedBy), or by
 * m's own where its reading backs the town of its name (unless strict).
 */
export function namedByOthers(ctx: Context, key: string, m: Mention, strict = false): boolean {
  const names = ctx.adminNamedBy.get(key);
  return !names || names.length > 1 || names[0] !== m.key || (!strict && ctx.backsOwnTown.has(m.key));
}

/**
 * Marks of the BGN/PCGN romanisations GeoNames writes names from Arabic, Persian, Pashto and other scripts
 * in (Ḩamāh, Tājūrā’, Khushām): a name so written is a transliteration, which news spells otherwise.
 */
const ROMANISED = /[āīūēōḩḑţşẓḥṭṣḍ‘’ʿʾ]/i;

/** Shortest folded name whose three-consonant skeleton is looked up (see candidatesFor). */
const SHORT_SKELETON_MIN_KEY = 5;

/** a and b differ by at most one letter inserted, dropped or replaced. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [s, t] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  // Past the first difference the rest must match: after a replacement (same lengths) or a skip in t.
  return s.length === t.length ? s.slice(i + 1) === t.slice(i + 1) : s.slice(i) === t.slice(i + 1);
}

export function candidatesFor(m: Mention, gaz: Gazetteer): Candidate[] {
  if (m.demonym && m.demonymCountry) {
    // "European", "African": a region's adjective names the region by its key.
    if (m.demonymCountry.startsWith('@')) return gaz.placesForKey(fold(m.demonymCountry.slice(1))).filter((c) => c.featureClass === 'L');
    const c = gaz.countryPlace(m.demonymCountry);
    return c ? [c] : [];
  }
  if (m.fallback) {
    const sk = skeleton(m.key);
    // Short skeletons match too many names to mean anything; so do very common ones. A three-consonant
    // skeleton of a name of five letters or more ("Herak", "Tajoura", "Khasham") still finds a place one
    // letter away ("Al Ḩirāk", "Tājūrā’", "Khushām") whose GeoNames name is written as a romanisation
    // (macrons, dots, ayin: see ROMANISED), and only that: an English word a letter away from a town
    // ("Bakery", "Marsh": Baker, Mars) is not a transliteration.
    if (sk.length < 3 || (sk.length === 3 && m.key.length < SHORT_SKELETON_MIN_KEY)) return [];
    const rows = gaz.rowsForSkeleton(sk);
    if (sk.length === 3) {
      return rows.map((r) => gaz.place(r)).filter((c) => ROMANISED.test(c.name) && withinOneEdit((c.nameKey ??= fold(c.name)), m.key));
    }
    return rows.length > 300 ? [] : rows.map((r) => gaz.place(r));
  }
  let all = gaz.placesForKey(m.key);
  if (m.adminWord) {
    // "Barrow and Jackson counties": the divisions' own names end with the word ("Barrow County").
    const full = gaz.placesForKey(`${m.key} ${m.adminWord}`).filter((c) => c.featureClass === 'A');
    if (full.length) all = [...full, ...all.filter((c) => !full.includes(c))];
  }
  if (m.acronym) {
    // An abbreviation in capitals ("EU", "BC") names a country, province or region, not a town "Eu".
    const big = all.filter(bigUnit);
    if (big.length) return big;
  }
  return all;
}

/**
 * Words that make a name a town: "Berea police", "the Paris City Council", "Jordan Elementary", "the City of
 * Oxford", "downtown Hanover". Countries, provinces and regions have none of these. A council, a school or a
 * mayor ('local') is no country's either; police may be a country's ("Kenya police").
 */
const TOWN_AFTER = /^(?:['’]s)?\s+police\b/i;
const SCHOOL_AFTER = /^(?:['’]s)?\s+(?:high\s+school|middle\s+school|elementary|junior\s+high|school\s+(?:board|district)|independent\s+school|board\s+of\s+(?:selectmen|education|aldermen)|selectmen|aldermen)\b/i;
/** The other local words (SCHOOL_AFTER is tested first, so the school words are not repeated here). */
const LOCAL_AFTER = /^(?:['’]s)?\s+(?:city\s+(?:council|hall|manager|schools?|commission)|town\s+(?:council|board|hall)|village\s+board|mayor|public\s+(?:library|schools)|fire\s+(?:department|chief|station|district))\b/i;
const TOWN_BEFORE = /\b(?:city|town|village|borough)\s+of\s+$|\bdowntown\s+$/i;

/**
 * A resident's home: "a Lebanon woman", "an Ohio couple", "John Smith, 60, of Palestine". English names a
 * country's people by its demonym ("a Lebanese woman"): such a home is a town or a state.
 */
const ARTICLE_BEFORE = /\ban?\s+$/i;
const HOME_AFTER = /^\s+(?:man|woman|men|women|residents?|couple|family|teen|teenager|boy|girl|native)\b/;
const AGE_BEFORE = /\p{Lu}[\p{L}'’-]+,\s+\d{1,3},\s+(?:of\s+)?$/u;

/**
 * A word around the name that makes it a town: 'local' where no country has it either (see LOCAL_CUE);
 * 'home' where it may be a state's but not a country's.
 */
export type TownCue = 'town' | 'local' | 'school' | 'home' | null;

export function townCue(text: string, m: Mention): TownCue {
  if (m.demonym) return null;
  const after = text.slice(m.end, m.end + 40);
  if (SCHOOL_AFTER.test(after)) return 'school';
  if (LOCAL_AFTER.test(after) || TOWN_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) return 'local';
  if (TOWN_AFTER.test(after)) return 'town';
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if ((ARTICLE_BEFORE.test(before) && HOME_AFTER.test(after)) || AGE_BEFORE.test(before)) return 'home';
  return null;
}

function bigUnit(c: Candidate): boolean {
  return c.featureClass === 'L' || c.featureCode === 'PCLI' || c.featureCode === 'ADM1';
}

function facts(cands: Candidate[], m: Mention, ctx: Context, town: TownCue): MentionFacts {
  let ownNamed = false;
  const ownDistricts: string[] = [];
  const ownCountries: string[] = [];
  if (!m.demonym && !m.fallback && !m.acronym) {
    for (const c of cands) {
      if (!ownName(c, m)) continue;
      ownNamed = true;
      if (c.country && !ownCountries.includes(c.country)) ownCountries.push(c.country);
      if (c.featureCode === 'ADM2' && c.admin2Code) ownDistricts.push(c.admin2Key);
    }
  }
  // Does the name have a reading by its own name in the article's main province (see Context.mainAdmin1)?
  const ownInMain = ctx.mainAdmin1 !== null && (ctx.mainAdmin1Keys.size > 1 || !ctx.mainAdmin1Keys.has(m.key)) && cands.some((c) => c.admin1Key === ctx.mainAdmin1 && ownName(c, m));
  const ownDivision = m.hint === 'admin' && cands.some((a) => a.featureCode === 'ADM1' && cands.some((p) => p.featureCode.startsWith('PCL') && p.country === a.country));
  return { ownVotes: ctx.keyVotes.get(m.key), ownNamed, ownDistricts, ownCountries, ownDivision, ownInMain, town };
}

export function best(cands: Candidate[], m: Mention, ctx: Context, qualifier: Candidate | null, town: TownCue = null): Candidate | null {
  let top: Candidate | null = null;
  let topScore = -Infinity;
  const f = facts(cands, m, ctx, town);
  for (const c of cands) {
    const s = scoreWith(c, m, ctx, qualifier, f);
    if (s > topScore || (s === topScore && top && c.population > top.population)) {
      top = c;
      topScore = s;
    }
  }
  return top ? preferSameNamedCity(top, cands, m) : top;
}

/**
 * A province and its capital often share a name (Aleppo, Baghdad, Kandahar): a bare name means the
 * city, unless an admin word follows ("Aleppo province"). So does a province and its country's capital
 * (Washington, the state, and Washington, D.C.).
 */
function preferSameNamedCity(top: Candidate, cands: Candidate[], m: Mention): Candidate {
  if (top.featureCode === 'ADM2' && !m.hint && !m.adminWord && !COUNTY_KEY.test(m.key) && m.relation !== 'region') return sameNamedTown(top, cands, m) ?? top;
  if (top.featureCode !== 'ADM1' || m.hint === 'admin' || m.relation === 'region') return top;
  let city: Candidate | null = null;
  for (const c of cands) {
    if (c.featureCode === 'PPLC' && c.country === top.country) return c;
    if (c.featureClass !== 'P' || c.country !== top.country || c.admin1Code !== top.admin1Code) continue;
    if (!(c.featureCode === 'PPLA' || c.featureCode === 'PPLC' || c.population >= 1_000_000)) continue;
    // "Oklahoma" is the state, though Oklahoma City is also so called: a city named "X City" is not what a
    // bare "X" means, unless it is a metropolis (New York City).
    if (nameKey(c) === `${m.key} city` && c.population < 1_000_000) continue;
    if (!city || c.population > city.population) city = c;
  }
  return city ?? top;
}

/**
 * A district and its seat often share a name (Palencia and its province, Rockingham and the City of
 * Rockingham): a bare name means the town, as with provinces, where the town is the district's seat or holds
 * most of its people (Wairoa). Not a lesser town of a populous province's name (Bulacan, Bulacan: "Bulacan" is
 * the province).
 */
function sameNamedTown(district: Candidate, cands: Candidate[], m: Mention): Candidate | null {
  let town: Candidate | null = null;
  for (const c of cands) {
    if (c.featureClass !== 'P' || c.admin2Key !== district.admin2Key || !ownName(c, m)) continue;
    if (!(c.featureCode === 'PPLA2' || c.featureCode === 'PPLA' || c.featureCode === 'PPLC' || c.population >= district.population / 2)) continue;
    if (!town || c.population > town.population) town = c;
  }
  return town;
}

/** Votes for the article's country and provinces from first-pass choices. */
export function buildContext(chosen: (Candidate | null)[], mentions: Mention[]): Context {
  const ctx = emptyContext();
  const admin1Count = new Map<string, number>();
  let m: Mention;
  const vote = (cc: string, w: number) => {
    ctx.countryVotes.set(cc, (ctx.countryVotes.get(cc) ?? 0) + w);
    let kv = ctx.keyVotes.get(m.key);
    if (!kv) ctx.keyVotes.set(m.key, (kv = new Map()));
    kv.set(cc, (kv.get(cc) ?? 0) + w);
  };
  const named = (key: string, by: string) => {
    let l = ctx.adminNamedBy.get(key);
    if (!l) ctx.adminNamedBy.set(key, (l = []));
    if (!l.includes(by)) l.push(by);
  };
  chosen.forEach((c, i) => {
    if (!c || !c.country) return;
    m = mentions[i]!;
    if (m.demonym) vote(c.country, 0.5);
    else if (c.featureCode === 'PCLI') vote(c.country, 1);
    else if (c.featureCode === 'ADM1') {
      vote(c.country, 2);
      ctx.admin1s.add(c.admin1Key);
      named(c.admin1Key, m.key);
      ctx.backsOwnTown.add(m.key);
      admin1Count.set(c.admin1Key, (admin1Count.get(c.admin1Key) ?? 0) + 1);
    } else if (c.featureCode === 'ADM2') {
      vote(c.country, 1);
      ctx.admin1s.add(c.admin1Key);
      ctx.admin2s.add(c.admin2Key);
      // A bare name read as its district ("Wairoa" → Wairoa District) backs the town of its name, like a province.
      if (!m.adminWord && !COUNTY_KEY.test(m.key)) ctx.backsOwnTown.add(m.key);
      named(c.admin1Key, m.key);
      named(c.admin2Key, m.key);
    } else if (c.featureClass === 'L') {
      // A named valley, range or river of one country (sites.tsv, rivers.tsv) says where the story is as a
      // province does: "the Bekaa Valley", "the Cauvery".
      vote(c.country, 2);
    } else vote(c.country, c.population >= 100000 ? 1 : 0.5);
  });
  let top = 0;
  let second = 0;
  for (const [k, n] of admin1Count) {
    if (n > top) [second, top, ctx.mainAdmin1] = [top, n, k];
    else if (n > second) second = n;
  }
  if (top < 2 || top === second) ctx.mainAdmin1 = null;
  else chosen.forEach((c, i) => {
    if (c?.featureCode === 'ADM1' && c.admin1Key === ctx.mainAdmin1) ctx.mainAdmin1Keys.add(mentions[i]!.key);
  });
  let total = 0;
  for (const v of ctx.countryVotes.values()) {
    ctx.maxCountryVote = Math.max(ctx.maxCountryVote, v);
    total += v;
  }
  ctx.countryNorm = Math.max(ctx.maxCountryVote, SHARE * total, MIN_EVIDENCE);
  return ctx;
}

/** The country with most votes (the article's main country context), or null. */
export function mainCountry(ctx: Context): string | null {
  let top: string | null = null;
  let topV = 0;
  for (const [cc, v] of ctx.countryVotes) if (v > topV) [top, topV] = [cc, v];
  return top;
}

/** Move a point by km along a bearing (degrees from north), on a sphere. */
export function offsetPoint(lat: number, lon: number, km: number, bearingDeg: number): [number, number] {
  const R = 6371;
  const d = km / R;
  const b = (bearingDeg * Math.PI) / 180;
  const φ1 = (lat * Math.PI) / 180;
  const λ1 = (lon * Math.PI) / 180;
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(b));
  const λ2 = λ1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
  return [(φ2 * 180) / Math.PI, ((((λ2 * 180) / Math.PI + 540) % 360) - 180)];
}
