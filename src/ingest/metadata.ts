/**
 * Metadata inferred from an article's own text, for inputs that come without it: the outlet from datelines
 * and credits ("BEIRUT (Reuters) -", "CNN —", "WASHINGTON (AP) —", "(AFP)", "By X, World Israel News"),
 * the dateline's place, a stated publication date ("Published: 12 February 2020") and a headline-like first
 * line as the title. Only the head of the text is read (credits sit there).
 */
import * as chrono from 'chrono-node';
import { findDateline } from './dateline.js';

export interface InferredMetadata {
  outlet: string | null;
  /** The dateline's place ("BEIRUT", "ADEN, Yemen"), as written. */
  dateline: string | null;
  /** ISO date (YYYY-MM-DD). */
  published: string | null;
  title: string | null;
}

/** Wire services and broadcasters that appear in datelines and credits, with the name readers use. */
const KNOWN_OUTLETS: Record<string, string> = {
  reuters: 'Reuters',
  ap: 'AP',
  'associated press': 'AP',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  cnn: 'CNN',
  bbc: 'BBC',
  upi: 'UPI',
  xinhua: 'Xinhua',
  'anadolu agency': 'Anadolu Agency',
  anadolu: 'Anadolu Agency',
  dpa: 'dpa',
  efe: 'EFE',
  ansa: 'ANSA',
  irna: 'IRNA',
  sana: 'SANA',
  tass: 'TASS',
  'ria novosti': 'RIA Novosti',
  'al jazeera': 'Al Jazeera',
  bloomberg: 'Bloomberg',
  nyt: 'The New York Times',
  npr: 'NPR',
  'cbs news': 'CBS News',
  'abc news': 'ABC News',
  'nbc news': 'NBC News',
  'fox news': 'Fox News',
  rt: 'RT',
  'voice of america': 'VOA',
  voa: 'VOA',
  'the guardian': 'The Guardian',
  'the washington post': 'The Washington Post',
  'the national': 'The National',
  'kurdistan 24': 'Kurdistan 24',
  rudaw: 'Rudaw',
  'arab news': 'Arab News',
};

function outletName(raw: string): string {
  const key = raw.trim().replace(/\s+/g, ' ').toLowerCase();
  return KNOWN_OUTLETS[key] ?? raw.trim().replace(/\s+/g, ' ');
}

const DASH = '[-–—]{1,2}';
/** "CNN  —" alone, or "(CNN) —" at the start of the body. */
const OUTLET_DASH = new RegExp(`^\\s*\\(?([A-Z][A-Za-z.&' ]{1,30}?)\\)?\\s*${DASH}\\s*`, 'm');
/** "(AFP)", "(Reuters)" anywhere near the top. */
const CREDIT_PAREN = /\((Reuters|AP|AFP|Associated Press|Agence France-Presse|Xinhua|UPI|dpa|EFE|ANSA|Anadolu(?: Agency)?|CNN)\)/;
/** "By Paul Shindman, World Israel News", "By Jane Doe | The Daily". */
const BYLINE_OUTLET = /^[ \t]*By[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*[,|][ \t]*([A-Z][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,5})[ \t]*$/m;
/** "Published: 12 February 2020", "Posted on Feb 12, 2020 at 10:03". */
const PUBLISHED_LINE = /^[ \t]*(?:published|posted|first published|date)[ \t]*(?:on|at)?[ \t]*:?[ \t]*(.{6,60})$/im;
const UPDATED_LINE = /^[ \t]*(?:updated|last updated)[ \t]*(?:on|at)?[ \t]*:?[ \t]*(.{6,60})$/im;

/** Parse a date that states its year ("12 February 2020", "2020-02-12T10:00Z") to YYYY-MM-DD. */
export function isoDateOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (!/\b(?:19|20)\d{2}\b/.test(s)) return null;
  const r = chrono.parse(s, new Date(Date.UTC(2000, 0, 1, 12)))[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('day')) return null;
  const y = r.start.get('year')!;
  const m = r.start.get('month')!;
  const d = r.start.get('day')!;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A first line that reads like a headline: short, no final full stop, not a dateline or byline. */
export function headlineOf(text: string): string | null {
  const m = /^\s*([^\n]+)\n/.exec(text);
  if (!m) return null;
  const line = m[1]!.trim().replace(/^#+\s*/, '');
  const words = line.split(/\s+/).length;
  if (line.length < 10 || line.length > 200 || words < 3 || words > 30) return null;
  if (/[.:;,]$/.test(line)) return null;
  if (/^by\s/i.test(line) || new RegExp(`${DASH}\\s*$`).test(line)) return null;
  if (!/^[\p{Lu}\d"“‘']/u.test(line)) return null;
  return line;
}

export function inferMetadata(text: string): InferredMetadata {
  // Credits sit in the first lines; 1,500 characters cover headline, byline, caption and dateline.
  const head = text.slice(0, 1500);
  let outlet: string | null = null;
  let dateline: string | null = null;

  // "BEIRUT (Reuters) -", "ADEN, Yemen —": the first dateline that is not an outlet's ("CNN —").
  for (let d = findDateline(head); d; d = findDateline(head, d.end)) {
    if (d.credit && !outlet) outlet = outletName(d.credit);
    if (KNOWN_OUTLETS[d.place.text.toLowerCase()]) continue;
    dateline = d.region ? `${d.place.text}, ${d.region.text}` : d.place.text;
    break;
  }
  if (!outlet) {
    // "CNN —" on its own line or starting the body: an outlet when known, else a place ("BEIRUT —").
    for (const line of head.split('\n').slice(0, 12)) {
      const od = OUTLET_DASH.exec(line);
      if (!od) continue;
      const name = od[1]!.trim();
      if (KNOWN_OUTLETS[name.toLowerCase()]) {
        outlet = outletName(name);
        break;
      }
    }
  }
  if (!outlet) {
    const cp = CREDIT_PAREN.exec(head);
    if (cp) outlet = outletName(cp[1]!);
  }
  if (!outlet) {
    const by = BYLINE_OUTLET.exec(head);
    if (by) outlet = outletName(by[1]!);
  }
  const pub = PUBLISHED_LINE.exec(head) ?? UPDATED_LINE.exec(head);
  const published = pub ? isoDateOf(pub[1]) : null;
  return { outlet, dateline, published, title: headlineOf(text) };
}
