/**
 * Country names, ISO numeric codes and regions for exports.
 *
 * Names come from world-countries (common English names, as ACLED writes them, with the few ACLED spellings
 * that differ listed below); numeric codes from i18n-iso-countries (ISO 3166-1 numeric, ACLED's `iso`).
 * Regions follow ACLED's region list and UCDP GED's five regions.
 */
import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  ccn3: string;
  name: { common: string };
  region: string;
  subregion: string;
}

let byAlpha2: Map<string, WorldCountry> | null = null;
function lookup(alpha2: string): WorldCountry | undefined {
  if (!byAlpha2) {
    const list = require('world-countries') as WorldCountry[];
    byAlpha2 = new Map(list.map((c) => [c.cca2.toUpperCase(), c]));
  }
  return byAlpha2.get(alpha2.toUpperCase());
}

/** Where ACLED's country names differ from world-countries' common names. */
const ACLED_NAMES: Record<string, string> = {
  TR: 'Turkey',
  CD: 'Democratic Republic of Congo',
  CG: 'Republic of Congo',
  CI: 'Ivory Coast',
  CZ: 'Czech Republic',
  SZ: 'eSwatini',
  TL: 'East Timor',
  CV: 'Cape Verde',
  MK: 'North Macedonia',
  VA: 'Vatican City',
  PS: 'Palestine',
  BA: 'Bosnia and Herzegovina',
  GM: 'Gambia',
  BS: 'Bahamas',
};

/** ACLED's Middle East (UN Western Asia minus the Caucasus and Cyprus, plus Iran). */
const ACLED_MIDDLE_EAST = new Set(['AE', 'BH', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE']);
const ACLED_CAUCASUS_CENTRAL_ASIA = new Set(['AM', 'AZ', 'GE', 'KZ', 'KG', 'TJ', 'TM', 'UZ']);
const ACLED_SUBREGIONS: Record<string, string> = {
  'Northern Africa': 'Northern Africa',
  'Western Africa': 'Western Africa',
  'Middle Africa': 'Middle Africa',
  'Eastern Africa': 'Eastern Africa',
  'Southern Africa': 'Southern Africa',
  'Southern Asia': 'South Asia',
  'South-Eastern Asia': 'Southeast Asia',
  'Eastern Asia': 'East Asia',
  Caribbean: 'Caribbean',
  'Central America': 'Central America',
  'South America': 'South America',
  'North America': 'North America',
};

/** The country's name as ACLED writes it; the code itself when unknown. */
export function countryName(alpha2: string | null | undefined): string {
  if (!alpha2) return '';
  const k = alpha2.toUpperCase();
  return ACLED_NAMES[k] ?? lookup(k)?.name.common ?? k;
}

/** ISO 3166-1 numeric code as a number (ACLED's `iso`), or null. */
export function isoNumeric(alpha2: string | null | undefined): number | null {
  if (!alpha2) return null;
  const n = isoCountries.alpha2ToNumeric(alpha2.toUpperCase()) ?? lookup(alpha2)?.ccn3;
  return n ? Number(n) : null;
}

export function acledRegion(alpha2: string | null | undefined): string {
  if (!alpha2) return '';
  const k = alpha2.toUpperCase();
  if (ACLED_MIDDLE_EAST.has(k)) return 'Middle East';
  if (ACLED_CAUCASUS_CENTRAL_ASIA.has(k)) return 'Caucasus and Central Asia';
  const c = lookup(k);
  if (!c) return '';
  if (c.region === 'Europe' || k === 'CY') return 'Europe';
  if (c.region === 'Oceania') return 'Oceania';
  if (c.region === 'Antarctic') return 'Antarctica';
  return ACLED_SUBREGIONS[c.subregion] ?? c.region;
}

const UCDP_MIDDLE_EAST = new Set(['AE', 'BH', 'EG', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE']);

/** UCDP GED's region: Africa, Americas, Asia, Europe or Middle East. */
export function ucdpRegion(alpha2: string | null | undefined): string {
  if (!alpha2) return '';
  const k = alpha2.toUpperCase();
  if (UCDP_MIDDLE_EAST.has(k)) return 'Middle East';
  const c = lookup(k);
  if (!c) return '';
  if (c.region === 'Oceania') return 'Asia';
  return c.region === 'Antarctic' ? '' : c.region;
}
