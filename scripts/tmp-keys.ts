import { Gazetteer } from '../src/geo/gazetteer.js';
import { fold } from '../src/geo/fold.js';
const gaz = new Gazetteer();
for (const n of process.argv.slice(2)) {
  const c = gaz.placesForKey(fold(n));
  console.log(n, '→', c.slice(0, 4).map((x: any) => `${x.name}/${x.featureCode}/${x.countryCode}/${x.population}`).join('; ') || '-', gaz.demonymCountry(fold(n)) ?? '');
}
