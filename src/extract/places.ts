/**
 * Pipeline component over the geoparser: fills doc.places (with the sentence of each mention) and
 * doc.country (the article's main country context). Works whether or not doc.sentences is filled.
 */
import { sentenceOf, type Component, type Doc, type PlaceMention } from '../doc.js';
import { getGeoparser } from '../geo/index.js';

export const placesComponent: Component = {
  name: 'places',
  run(doc: Doc): void {
    const { places, country } = getGeoparser().parseWithContext(doc.text, { published: doc.article.published });
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
      return m;
    });
    doc.country = country;
  },
};
