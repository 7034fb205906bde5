/**
 * Countries by name, alternative spelling and demonym (from the world-countries npm package, ODbL, which
 * compiles Natural Earth / CLDR names), plus the forms news text uses that it lacks ("U.S.", "UK", "Briton").
 * Used to read state forces ("Syrian troops") and to name actors as ACLED does ("Military Forces of Syria").
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  capital?: string[];
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

export interface CountryInfo {
  iso2: string;
  capital: string | null;
  name: string;
  /** ACLED writes "the United States", "the United Kingdom" … */
  acledName: string;
}

/** News forms the package lacks. Keys are matched case-sensitively as whole words. */
const EXTRA_FORMS: Record<string, string> = {
  'U.S.': 'US', US: 'US', USA: 'US', 'U.S.A.': 'US', America: 'US', American: 'US', Americans: 'US',
  UK: 'GB', 'U.K.': 'GB', Britain: 'GB', 'Great Britain': 'GB', British: 'GB', Briton: 'GB', Britons: 'GB', English: 'GB',
  Russian: 'RU', Russians: 'RU', Turkey: 'TR', Turkish: 'TR', Turks: 'TR', Syrian: 'SY', Syrians: 'SY', Iraqi: 'IQ', Iraqis: 'IQ',
  Iranian: 'IR', Iranians: 'IR', Israeli: 'IL', Israelis: 'IL', Afghan: 'AF', Afghans: 'AF', Pakistani: 'PK',
  Yemeni: 'YE', Yemenis: 'YE', Saudi: 'SA', Saudis: 'SA', Emirati: 'AE', Lebanese: 'LB', Jordanian: 'JO',
  Egyptian: 'EG', Libyan: 'LY', Nigerian: 'NG', Cameroonian: 'CM', Malian: 'ML', Somali: 'SO', Sudanese: 'SD',
  Ethiopian: 'ET', Congolese: 'CD', Indian: 'IN', Filipino: 'PH', Philippine: 'PH', Mexican: 'MX',
  Colombian: 'CO', Ukrainian: 'UA', Ukrainians: 'UA', Burmese: 'MM', Myanmar: 'MM', Palestinian: 'PS',
  Kenyan: 'KE', Ugandan: 'UG', Nigerien: 'NE', Burkinabe: 'BF', Chadian: 'TD', Mozambican: 'MZ',
  Azerbaijani: 'AZ', Armenian: 'AM', Thai: 'TH', Bangladeshi: 'BD', French: 'FR', German: 'DE', Chinese: 'CN',
  'Democratic Republic of Congo': 'CD', 'Democratic Republic of the Congo': 'CD', DRC: 'CD', 'DR Congo': 'CD',
  Somalian: 'SO', Malians: 'ML', Nigerians: 'NG', Colombians: 'CO', Mexicans: 'MX', Kenyans: 'KE', Rwandan: 'RW',
  Burkinabè: 'BF', Tajik: 'TJ', Kyrgyz: 'KG', Uzbek: 'UZ', Kazakh: 'KZ', Turkmen: 'TM', Burundian: 'BI', 'South Sudanese': 'SS', 'Central African': 'CF', Mozambicans: 'MZ', Nepali: 'NP', Nepalese: 'NP',
  Gaza: 'PS', 'West Bank': 'PS', Kashmir: 'IN',
};

/** Article-leading "the" in ACLED's country names. */
const WITH_THE = new Set(['US', 'GB', 'AE', 'PH', 'CD', 'CF', 'NL', 'BS', 'GM', 'MV', 'SC', 'MH', 'SB', 'KM', 'DO', 'CZ']);

let index: { byForm: Map<string, string>; info: Map<string, CountryInfo> } | null = null;

function build() {
  const list = require('world-countries') as WorldCountry[];
  const byForm = new Map<string, string>();
  const info = new Map<string, CountryInfo>();
  for (const c of list) {
    const name = c.cca2 === 'US' ? 'United States' : c.cca2 === 'GB' ? 'United Kingdom' : c.name.common;
    info.set(c.cca2, { iso2: c.cca2, capital: c.capital?.[0] ?? null, name, acledName: WITH_THE.has(c.cca2) ? `the ${name}` : name });
    // Two-letter alt spellings ("SY") are left out: they collide with ordinary abbreviations.
    const forms = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)];
    if (c.demonyms?.eng) forms.push(c.demonyms.eng.m, c.demonyms.eng.f);
    for (const f of forms) if (f && /^[A-Z]/.test(f) && !byForm.has(f)) byForm.set(f, c.cca2);
  }
  for (const [f, iso] of Object.entries(EXTRA_FORMS)) byForm.set(f, iso);
  return { byForm, info };
}

function idx() {
  return (index ??= build());
}

/** ISO alpha-2 for a country name, demonym or news form ("Syrian", "U.S.", "Britain"), or null. */
export function countryOfForm(form: string): string | null {
  return idx().byForm.get(form) ?? idx().byForm.get(form.replace(/s$/, '')) ?? null;
}

export function countryInfo(iso2: string | null | undefined): CountryInfo | null {
  return iso2 ? idx().info.get(iso2.toUpperCase()) ?? null : null;
}

/** All forms, longest first, for building regular expressions. */
export function countryForms(): string[] {
  return [...idx().byForm.keys()].sort((a, b) => b.length - a.length);
}

/** "Military Forces of Syria", "Military Forces of the United States". */
export function militaryForcesOf(iso2: string | null): string {
  const c = countryInfo(iso2);
  return c ? `Military Forces of ${c.acledName}` : 'Military Forces (unknown state)';
}

export function countryLabel(iso2: string | null): string {
  return countryInfo(iso2)?.name ?? iso2 ?? 'unknown';
}

/** Capitals as names of their states ("Kyiv's forces", "Moscow's troops"), with common older spellings. */
const EXTRA_CAPITALS: Record<string, string> = { Kiev: 'UA', Kyiv: 'UA', Sanaa: 'YE', Naypyidaw: 'MM', 'Nay Pyi Taw': 'MM', Tehran: 'IR', Washington: 'US' };
let capitals: Map<string, string> | null = null;
function capitalIndex(): Map<string, string> {
  if (capitals) return capitals;
  capitals = new Map();
  for (const info of idx().info.values()) if (info.capital && /^[A-Z][\w' -]+$/.test(info.capital)) capitals.set(info.capital, info.iso2);
  for (const [c, iso] of Object.entries(EXTRA_CAPITALS)) capitals.set(c, iso);
  return capitals;
}
/** Capital names, longest first, for regular expressions. */
export function capitalForms(): string[] {
  return [...capitalIndex().keys()].sort((a, b) => b.length - a.length);
}
/** ISO alpha-2 of the state whose capital this is ("Moscow" → RU), or null. */
export function countryOfCapital(name: string): string | null {
  return capitalIndex().get(name) ?? null;
}

/** The capital city's name ("Mogadishu" for SO), from world-countries. */
export function capitalName(iso2: string): string | null {
  return countryInfo(iso2)?.capital ?? null;
}
