/**
 * Pipeline component over the geoparser: fills doc.places (with the sentence of each mention) and
 * doc.country (the article's main country context). Works whether or not doc.sentences is filled.
 */
import { sentenceOf, type Component, type Doc, type PlaceMention } from '../doc.js';
import { getGeoparser } from '../geo/index.js';
import { offsetPoint } from '../geo/resolve.js';
import { findDateline } from '../ingest/dateline.js';

// "just north of Baghdad", "south-east of the town of X": a bearing with no distance. The event lies outside
// the named town, so the point moves off it by the town's own extent, estimated from its population at a
// typical urban density (GeoNames gives no areas); a village still moves a few km. "8 km north of X" is
// offset by the geoparser itself, so a distance before the bearing leaves the point alone here.
const BEARING_ONLY =
  /\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern|erly)?\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
const DISTANCE_BEFORE = /\d\s*(?:-\s*)?(?:km|kms|kilomet|miles?|mi)\b[^.]*$/i;
const BEARINGS: Record<string, number> = {
  north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315,
};
const URBAN_DENSITY_PER_KM2 = 5000;
const MIN_OFFSET_KM = 3;
const MAX_OFFSET_KM = 30;

/** Town extent (km) from population: the radius of a disc at a typical urban density. */
export function townRadiusKm(population: number): number {
  const r = Math.sqrt(Math.max(0, population) / (Math.PI * URBAN_DENSITY_PER_KM2));
  return Math.min(MAX_OFFSET_KM, Math.max(MIN_OFFSET_KM, r));
}

/** The bearing (degrees) of "north of" right before `start`, when no distance is given; null otherwise. */
export function bearingOnlyBefore(text: string, start: number): number | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const m = BEARING_ONLY.exec(before);
  if (!m || DISTANCE_BEFORE.test(before.slice(0, m.index))) return null;
  return BEARINGS[m[1]!.toLowerCase().replace(/-/g, '')] ?? null;
}

/**
 * The text with a dateline's wire credit blanked (offsets kept): "SANAA, Jan. 12 (Saba) -" names an outlet,
 * not Sabah, and a false place there would also pull the article's country context away.
 */
function withoutCredit(text: string): string {
  const dl = findDateline(text);
  if (!dl?.credit) return text;
  const from = (dl.date ?? dl.region ?? dl.place).end;
  return text.slice(0, from) + text.slice(from, dl.end).replace(/[^\n]/g, ' ') + text.slice(dl.end);
}

export const placesComponent: Component = {
  name: 'places',
  run(doc: Doc): void {
    const { places, country } = getGeoparser().parseWithContext(withoutCredit(doc.text), { published: doc.article.published });
    doc.places = places.map((p): PlaceMention => {
      const m: PlaceMention = {
        start: p.start,
        end: p.end,
        text: p.text,
        sentence: doc.sentences.length ? sentenceOf(doc, p.start) : 0,
        name: p.name,
        latitude: p.latitude,
        longitude: p.longitude,
        geonameid: p.geonameid,
        country: p.country,
        admin1: p.admin1,
        admin2: p.admin2,
        featureClass: p.featureClass,
        featureCode: p.featureCode,
        population: p.population,
        geo_precision: p.geo_precision,
        relation: p.relation,
      };
      if (p.demonym) m.demonym = true;
      // Only towns and villages: a province's point is not where "north of the province" lies either.
      const bearing = p.featureClass === 'P' && !p.demonym ? bearingOnlyBefore(doc.text, p.start) : null;
      if (bearing != null) {
        [m.latitude, m.longitude] = offsetPoint(p.latitude, p.longitude, townRadiusKm(p.population ?? 0), bearing).map(
          (x) => Math.round(x * 1e5) / 1e5,
        ) as [number, number];
        m.relation = 'near';
        m.geo_precision = 2;
      }
      return m;
    });
    doc.country = country;
  },
};
