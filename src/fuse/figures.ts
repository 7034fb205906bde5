/**
 * Figures, sources and disputes derived from a record's claims.
 *
 * ACLED's rule for the best fatality figure is the most conservative credible one; UCDP adds a low and a
 * high estimate over every report. A claim may carry `low`/`high` for open or ranged figures ("more than
 * 100" → low 101, high null = open-ended; "10 to 15" → low 10, high 15) besides its best `value`.
 *
 * Decisions (documented here because analysts will ask):
 * - Per claimant, the highest figure it gives counts (a claimant that says "3 killed" and later "the toll
 *   rose to 5" means 5; partial counts "two Americans and a Briton" sit below the total). Across claimants
 *   the lowest one is the best estimate.
 * - A 0 that carries a `side` ("no US personnel were injured") speaks for that side only: when another claim
 *   gives a positive figure it neither lowers the best figure nor makes a dispute. A 0 without a side is a
 *   real "nobody died" claim and competes with the other figures.
 * - Two numeric claims disagree when their ranges do not overlap: "more than 100" and "120" agree, "21" and
 *   "100" do not.
 * - Claims of the placeholder claimant `unattributed` are the voice of their article's outlet: two such
 *   claims from different articles are different sources.
 * - A vague fatality figure ("several", "dozens": the incident builder keeps it as `low_bound` with the words
 *   in `vague`) counts as ACLED codes it (3, 12; ACLED's fatalities FAQ: the most conservative estimate, 12
 *   for "dozens", 100 for "hundreds") only when no claim gives a count it can stand for (see the ceilings
 *   below). ACLED codes no injuries, so a vague
 *   injury figure gives none. We found no UCDP rule for vague words; its labels put best = low in 97.5% of
 *   events (scripts/check-ucdp-labels.ts), so the vague figure is also the low, and the high stays open (the
 *   figure itself when nothing else bounds it).
 * - A toll revised upwards ("the death toll rose to 7", "bringing the toll to 12") replaces the lower figures
 *   its article gave before, whoever gave them: the article reports the update. Across articles the figures
 *   still compete (ACLED's most conservative estimate).
 * - Figures for different armed victims (soldiers per the militants, militants per the army) are different
 *   dead: the incident's figure adds each group's own conservative figure (UCDP's best is the sum of its
 *   per-side deaths), and they make no dispute with each other; claimants that differ on the same group do
 *   ("six soldiers" per the army, "16 soldiers" per the militants' claim, "four militants" per the army:
 *   best 6 + 4, high 16 + 4, a dispute 6 vs 16).
 * - A count the incident builder marks as part of a larger toll is a part only where that toll can hold it:
 *   not a toll of the other armed side ("five security personnel" beside "12 Taliban fighters"), nor one of
 *   its own kind in a rival voice ("six soldiers" beside the militants' "16 soldiers"), nor its victims'
 *   toll for the attackers' own dead. Those are counts of their own.
 * - The victims of militants ("gunmen killed 18 people", "shot dead by bandits") are never the militants'
 *   own dead: "security forces killed four of the attackers" adds to them (22), whoever tells it. Only
 *   counts told as the attackers add so; militants recalled from an earlier encounter do not.
 * - UCDP's low is each claimant's own figure, and whole tolls told before it (an earlier "5 killed" from a
 *   claimant that later said 26); a count of one kind of victims told besides a total ("four of the
 *   attackers" beside "18 people") is a part, never the low.
 * - A vague word with an order of magnitude stands for counts up to a ceiling ("dozens": 99; casualties.json
 *   vagueCeilings). Another claimant's count beyond it ("more than 200 soldiers" beside "dozens of soldiers")
 *   is a rival estimate, not the word's precise telling: the vague figure (12) then competes as the most
 *   conservative one, the count is the high, and the two make a dispute.
 */
import type { Claim, Dispute, IncidentRecord } from '../types.js';
import { countryOfVictims, parseNumber } from '../extract/casualties.js';
import { loadLexicon } from '../extract/lexicon.js';
import { findActors } from '../extract/actors.js';

/** A claim with the optional range fields that vague figures carry. */
export interface RangedClaim extends Claim {
  low?: number | null;
  high?: number | null;
  /** The victims' side the figure is about (actor key or loose role), when stated. */
  side?: string | null;
  /** "more than 100 dead or injured": killed and injured together; `high` bounds the killed. */
  combined?: boolean;
  /** A vague figure's words ("dozens") and the figure ACLED codes for them (12). */
  vague?: string;
  low_bound?: number;
}

export const UNATTRIBUTED = 'unattributed';

/** Claims kept for the record but never turned into disputes. */
export const NOT_DISPUTED = new Set(['event']);

/** Attributes whose values are numbers and are compared as ranges. */
export const NUMERIC_ATTRIBUTES = new Set(['fatalities', 'injuries']);

export function sourceKey(c: Claim): string {
  const s = (c.source ?? '').trim();
  if (!s || s.toLowerCase() === UNATTRIBUTED) return `${UNATTRIBUTED}@${c.article}`;
  return s.toLowerCase().replace(/\s+/g, ' ');
}

function sourceLabel(c: Claim): string {
  const s = (c.source ?? '').trim();
  return s || UNATTRIBUTED;
}

interface Figure {
  value: number;
  low: number;
  /** null = open-ended upwards. */
  high: number | null;
  side: string | null;
  claim: RangedClaim;
  /** An increment already added to the count before it in its article. */
  summed?: boolean;
  /** A vague figure ("dozens" → 12): used only when no claim gives a count that it can stand for. */
  vague?: boolean;
  /** The largest count a vague word can stand for ("dozens": 99); none for "several", "many". */
  ceiling?: number;
}

let ceilings: [RegExp, number][] | null = null;
/** The largest count the vague words of a claim can stand for ("killing dozens of" → 99), or undefined. */
function ceilingOf(words: string): number | undefined {
  ceilings ??= Object.entries(loadLexicon<{ vagueCeilings: Record<string, number> }>('casualties').vagueCeilings)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([w, n]) => [new RegExp(`\\b${w.replace(/ /g, '\\s+')}\\b`, 'i'), n]);
  return ceilings.find(([re]) => re.test(words))?.[1];
}

function figureOf(c: RangedClaim): Figure | null {
  if (c.value == null && c.vague && typeof c.low_bound === 'number') return { value: c.low_bound, low: c.low_bound, high: null, side: null, claim: c, vague: true, ceiling: ceilingOf(c.vague) };
  const v = typeof c.value === 'number' ? c.value : typeof c.value === 'string' && /^\d+$/.test(c.value) ? Number(c.value) : null;
  const low = typeof c.low === 'number' ? c.low : v;
  if (v == null && low == null) return null;
  const value = v ?? low!;
  const high = c.high === null ? (c.low != null ? null : value) : typeof c.high === 'number' ? c.high : value;
  return { value, low: Math.min(low ?? value, value), high: high == null ? null : Math.max(high, value), side: c.side ?? null, claim: c };
}

export interface FigureSummary {
  best: number | null;
  low: number | null;
  high: number | null;
  /** Per claimant figures used (after the side-specific zero rule). */
  perSource: Map<string, Figure>;
}

/** Sides that are not sides: a restriction ("no one on the plane") or a part of a total. */
const NOT_A_SIDE = new Set(['restricted', 'part of the toll']);



const PART = 'part of the toll';
const sameVoice = (a: Figure, b: Figure) => {
  const ka = sourceKey(a.claim), kb = sourceKey(b.claim);
  return ka === kb || ka.startsWith(UNATTRIBUTED) || kb.startsWith(UNATTRIBUTED);
};

/**
 * The incident builder marks a smaller count of a named kind of victims as part of a larger toll of its
 * article ("a policeman" within "12 people"). It is a part only of a toll that can hold it. Beside the
 * other armed side's toll only ("five security personnel" beside "12 Taliban fighters") or its own kind in
 * a rival voice ("six soldiers" per the army, "16 soldiers" per the militants) it is a count of its own;
 * nor are the attackers' dead part of the toll of their own victims ("gunmen killed 18 people" … "four of
 * the attackers").
 */
function partsOfTotals(figs: Figure[]): Figure[] {
  return figs.map((f) => {
    if (f.side !== PART) return f;
    // The incident builder's kind labels come from a few words after the count ("a policeman and two women"
    // is labelled state forces), so only the armed sides' kinds are read as exclusive of each other; where
    // it gives none ("one militant"), the armed side read at the figure itself.
    const kind = (x: Figure) => kindOf(x) ?? armedGroup(x, true)?.replace(/@.*/, '') ?? null;
    // (A lone article is no count to read a side at: "a group of hiding militants" is not "one militant".)
    const armed = (x: Figure) => kind(x) === 'state forces' || kind(x) === 'militants';
    const holds = (t: Figure) =>
      t !== f && t.claim.article === f.claim.article && t.value > f.value && t.side !== PART &&
      !(armed(t) && armed(f) && kind(t) !== kind(f)) &&
      !(kind(t) != null && kind(t) === kind(f) && !sameVoice(t, f)) &&
      !(kind(f) === 'militants' && killedByMilitants(t));
    return figs.some(holds) ? f : { ...f, side: null, claim: { ...f.claim, side: null } as RangedClaim };
  });
}

/**
 * Within one article, figures for one side and the article's totals: a side's figure below a total the
 * article gives is part of it ("a U.K. soldier was killed" within "three service members were killed");
 * figures for different sides with no total that large add up ("five policemen" … "12 Taliban
 * militants" → 17), unless different named claimants give them, who may describe the same dead
 * differently ("nine fighters" per state media, "12 civilians" per a monitor): those compete.
 * Across articles every remaining figure competes, except the dead of two armed sides (addUpSides).
 */
function articleTotals(figs: Figure[]): Figure[] {
  const byArticle = new Map<string, Figure[]>();
  for (const f of figs) byArticle.set(f.claim.article, [...(byArticle.get(f.claim.article) ?? []), f]);
  const out: Figure[] = [];
  const voice = (f: Figure) => (f.claim.source ?? '').toLowerCase();
  for (const list of byArticle.values()) {
    let mine = supersededByUpdates(addUpIncrements(list));
    // One voice, several kinds of victims ("five policemen" … "12 Taliban militants"): the toll is their sum.
    // The article's own narration speaks with its one named claimant, when it has only one.
    const named = [...new Set(mine.map(voice).filter((v) => v !== UNATTRIBUTED))];
    const voiceIn = (f: Figure) => (voice(f) === UNATTRIBUTED && named.length === 1 ? named[0]! : voice(f));
    const voices = new Map<string, Figure[]>();
    for (const f of mine) if (f.value > 0 && !(f.side && NOT_A_SIDE.has(f.side))) voices.set(voiceIn(f), [...(voices.get(voiceIn(f)) ?? []), f]);
    const totalOf = (fs: Figure[]) => Math.max(-1, ...fs.filter((f) => !f.side).map((f) => f.value));
    for (const fs of voices.values()) {
      const perKind = new Map<string, Figure>();
      for (const f of fs) {
        // The kind of victims first ("three Nigerian soldiers" and "three soldiers" are one count).
        // Without a label, the armed side read at the figure ("three Maoists" are the "four cadres" told again).
        const k = kindOf(f) ?? armedGroup(f, true)?.replace(/@.*/, '') ?? f.side;
        if (!k) continue;
        if (!perKind.get(k) || perKind.get(k)!.value < f.value) perKind.set(k, f);
      }
      const sum = [...perKind.values()].reduce((n, f) => n + f.value, 0);
      if (perKind.size >= 2 && sum > totalOf(mine)) {
        const first = [...perKind.values()][0]!;
        mine = [...mine, { value: sum, low: sum, high: sum, side: null, claim: { ...first.claim, value: sum, side: null, kind: null } as RangedClaim }];
      }
    }
    // A side's figure ("a U.K. soldier") below a total the article gives is part of that total.
    const articleMax = totalOf(mine);
    out.push(...mine.filter((f) => !f.side || f.value >= articleMax));
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, dozen: 12,
};
const numberOf = (w: string): number | null => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()] ?? null);

/**
 * Does the claim's own sentence tell its figure as an increment on a count told before it ("killed two
 * more soldiers", "another three were killed", "a further 4 bodies", "another soldier died")? The
 * number in the cue must be the claim's value, so a sentence with other figures is not misread.
 */
export function isIncrement(c: Claim): boolean {
  const v = typeof c.value === 'number' ? c.value : null;
  if (v == null || v <= 0 || !c.quote) return false;
  const q = c.quote.replace(/,(?=\d{3}\b)/g, '');
  for (const m of q.matchAll(/\b(\d+|[a-z]+)\s+(?:more|additional)\b(?!\s+than)/gi)) if (numberOf(m[1]!) === v) return true;
  for (const m of q.matchAll(/\b(?:another|a further|further)\s+(\d+|[a-z]+)\b/gi)) {
    const n = numberOf(m[1]!);
    if (n === v || (n == null && v === 1 && /^another$/i.test(m[0]!.split(/\s+/)[0]!))) return true;
  }
  return false;
}

/**
 * Within one article, an increment ("the army said gunmen killed two more soldiers" after "killing three
 * soldiers") adds to the largest count told before it, whoever tells it: the article's toll is their sum
 * (5), attributed to the voice of the increment, and the earlier count is part of it, not an alternative.
 * An increment with no count before it in its article stands as told.
 */
function addUpIncrements(list: Figure[]): Figure[] {
  if (!list.some((f) => isIncrement(f.claim))) return list;
  const order = [...list].sort((a, b) => (a.claim.start ?? 0) - (b.claim.start ?? 0));
  const consumed = new Set<Figure>();
  const replaced = new Map<Figure, Figure>();
  let running: Figure | null = null;
  for (const f of order) {
    if (f.side && NOT_A_SIDE.has(f.side)) continue;
    if (isIncrement(f.claim) && running && (running.claim.start ?? 0) < (f.claim.start ?? 0)) {
      const value = running.value + f.value;
      const low = running.low + f.low;
      const high = running.high == null || f.high == null ? null : running.high + f.high;
      const sum: Figure = { value, low, high, side: null, summed: true, claim: { ...f.claim, value, low, high, side: null } as RangedClaim };
      consumed.add(running);
      replaced.set(f, sum);
      running = sum;
    } else if (f.value > 0 && (!running || f.value > running.value)) running = f;
  }
  return list.filter((f) => !consumed.has(f)).map((f) => replaced.get(f) ?? f);
}

const kindOf = (f: Figure): string | null => ((f.claim as RangedClaim & { kind?: string | null }).kind ?? null);

let updateRes: RegExp[] | null = null;
/**
 * Does the claim's sentence report its figure as a toll revised upwards ("the death toll rose to seven",
 * "bringing the toll to 12", "the number of dead climbed to 9")? The figure after the cue must be the
 * claim's value, so "the toll rose to 13 dead and 40 wounded" is an update of the dead only.
 */
export function isUpdate(c: Claim): boolean {
  const v = typeof c.value === 'number' ? c.value : null;
  if (v == null || v <= 0 || !c.quote) return false;
  if (!updateRes) {
    const cue = loadLexicon<{ updateCues: string }>('casualties').updateCues;
    const noun = "(?:death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|victims|people killed|those killed))";
    const figure = '((?:at least |more than |over |nearly |about )?(?:\\d[\\d,]*|[a-z]+(?:-[a-z]+)?))';
    updateRes = [
      // "the death toll from the attack has climbed to 23", "the toll had reached 31"
      new RegExp(`\\b${noun}(?:\\s+[\\w'’-]+){0,6}?\\s+(?:(?:has|have|had|now)\\s+)?${cue}\\s+(?:to\\s+)?${figure}`, 'gi'),
      // "bringing the toll to 12", "raising the death toll from the blast to 30"
      new RegExp(`\\b${cue}\\s+(?:the\\s+)?${noun}(?:\\s+[\\w'’-]+){0,5}?\\s+to\\s+${figure}`, 'gi'),
      // "that brings to 12 the number of dead"
      new RegExp(`\\b${cue}\\s+to\\s+${figure}\\s+the\\s+${noun}`, 'gi'),
    ];
  }
  const q = c.quote.replace(/,(?=\d{3}\b)/g, '');
  for (const re of updateRes) for (const m of q.matchAll(re)) if (parseNumber(m[1]!)?.value === v) return true;
  return false;
}

/**
 * Within one article, a toll revised upwards replaces the lower figures of that article: they were the
 * count before the update (whoever told them), not an alternative estimate, nor UCDP's low.
 */
function supersededByUpdates(list: Figure[]): Figure[] {
  const top = Math.max(-1, ...list.filter((f) => isUpdate(f.claim)).map((f) => f.value));
  if (top < 0) return list;
  return list.filter((f) => f.value >= top || (f.side != null && !NOT_A_SIDE.has(f.side)));
}

let armedRes: [string, RegExp][] | null = null;
/**
 * The armed side whose dead the claim counts, read from the words right after its figure in its sentence
 * ("18 militants were killed by soldiers": militants; "killed 10 soldiers": state forces). The army's dead
 * and the militants' dead are never the same people. The figure must be found in the sentence with such a
 * noun: a claim whose victims cannot be read there names no side. State forces named with their country
 * ("300 Ukrainian soldiers", "150 Russian troops") are keyed by it: `state forces@UA`.
 */
function armedGroup(f: Figure, evenParts = false): string | null {
  if (f.value <= 0 || f.vague || (!evenParts && f.side && NOT_A_SIDE.has(f.side)) || !f.claim.quote) return null;
  // The nouns sit in a lookahead, so a word before the figure ("and two policemen") cannot swallow it; the
  // words between the count and its noun hold no conjunction ("two soldiers and one militant": two soldiers)
  // and no "including" ("14 persons including traffic police" are not policemen).
  armedRes ??= Object.entries(loadLexicon<{ armedVictims: Record<string, string> }>('casualties').armedVictims).map(
    ([kind, nouns]) => [kind, new RegExp(`\\b((?:at least |more than |some |about )?(?:\\d[\\d,]*|[a-z]+(?:-[a-z]+)?))(?=\\s+((?:(?!(?:and|or|but|while|including|among|with)\\b)[A-Za-z][\\w'’.-]*\\s+){0,3}?)${nouns}\\b)`, 'gi')],
  );
  const keys = new Set<string>();
  for (const [kind, re] of armedRes)
    for (const m of f.claim.quote.matchAll(re)) {
      if (parseNumber(m[1]!)?.value !== f.value || (evenParts && /^an?$/i.test(m[1]!))) continue;
      const country = kind === 'state forces' ? countryOfVictims(m[2] ?? '') : null;
      keys.add(country ? `${kind}@${country}` : kind);
    }
  if (keys.size === 1) return [...keys][0]!;
  return keys.size === 0 && !evenParts && killedByMilitants(f) ? VICTIMS_OF_MILITANTS : null;
}

let attackersRe: RegExp | null = null;
/** Is the count told as the incident's attackers ("four of the attackers", "two gunmen"), right after its figure? */
function attackersDead(f: Figure): boolean {
  attackersRe ??= new RegExp(loadLexicon<{ attackersDead: string }>('casualties').attackersDead, 'i');
  const q = f.claim.quote ?? '';
  for (const m of q.matchAll(/\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b/gi))
    if (parseNumber(m[0])?.value === f.value && attackersRe.test(q.slice(m.index! + m[0].length))) return true;
  return false;
}

/** The dead of militants' attack ("gunmen killed 18 people"): never the militants' own dead. */
const VICTIMS_OF_MILITANTS = 'victims of militants';

let killerRes: RegExp[] | null = null;
/** Does the figure's sentence name militants as the killers of its victims (data/lexicons/casualties.json)? */
function killedByMilitants(f: Figure): boolean {
  if (f.value <= 0 || f.vague || !f.claim.quote) return false;
  if (!killerRes) {
    const lex = loadLexicon<{ armedVictims: Record<string, string>; killedByMilitants: string[] }>('casualties');
    const num = '((?:at least |more than |some |about )?(?:\\d[\\d,]*|[a-z]+(?:-[a-z]+)?))';
    killerRes = lex.killedByMilitants.map((p) => new RegExp(p.replace('MILITANTS', lex.armedVictims.militants!).replace('NUM', num), 'gi'));
  }
  for (const re of killerRes) for (const m of f.claim.quote.matchAll(re)) if (parseNumber(m[1]!)?.value === f.value) return true;
  return false;
}

/** Per claimant, its highest figure (a claimant that says 3 and later 5 means 5). */
function perClaimant(figs: Figure[]): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const f of figs) {
    const k = sourceKey(f.claim);
    const prev = out.get(k);
    if (!prev || f.value > prev.value) out.set(k, f);
  }
  return out;
}

/**
 * Figures about two or more armed sides' dead ("the army said 18 militants were killed", "the militants said
 * they killed 10 soldiers"): different victims, so the toll adds each side's own conservative figure (the
 * lowest claimant's, 18 + 10 = 28). A claimant's unspecified count no larger than what it said of the
 * sides ("18 people died" beside its "18 militants") is the same dead told again, not another estimate.
 * Returns the figures with the sides' ones replaced by their sum, and each side's per-claimant figures,
 * which computeDisputes compares among themselves (a dispute stays where claimants differ on one side).
 */
function addUpSides(figs: Figure[]): { figs: Figure[]; groups: Map<string, Figure>[] } {
  const bySide = new Map<string, Figure[]>();
  for (const f of figs) {
    const g = armedGroup(f);
    if (g) bySide.set(g, [...(bySide.get(g) ?? []), f]);
  }
  // Soldiers named by country ("Ukrainian", "Russian") are two sides only when every claim about soldiers
  // names one: beside a bare "soldiers" the bare one may be either country's, so they count as one side.
  const byCountry = [...bySide.keys()].filter((k) => k.startsWith('state forces@'));
  if (byCountry.length && bySide.has('state forces'))
    for (const k of byCountry) {
      bySide.set('state forces', [...bySide.get('state forces')!, ...bySide.get(k)!]);
      bySide.delete(k);
    }
  // Only the attackers' own dead ("four of the attackers") add to their victims: militants killed in an
  // encounter the report recalls are no part of this toll.
  if (bySide.has(VICTIMS_OF_MILITANTS) && !(bySide.get('militants') ?? []).some(attackersDead)) bySide.delete(VICTIMS_OF_MILITANTS);
  // The victims of militants may be soldiers or policemen: a count of those is one of the same dead.
  if (bySide.has(VICTIMS_OF_MILITANTS))
    for (const k of [...bySide.keys()].filter((k) => k.startsWith('state forces'))) {
      bySide.set(VICTIMS_OF_MILITANTS, [...bySide.get(VICTIMS_OF_MILITANTS)!, ...bySide.get(k)!]);
      bySide.delete(k);
    }
  if (bySide.size < 2) return { figs, groups: [] };
  const groups = [...bySide.values()].map(perClaimant);
  const parts = groups.map((m) => {
    const fs = [...m.values()];
    const best = fs.reduce((a, b) => (b.value < a.value ? b : a));
    return { best, low: Math.min(...fs.map((f) => f.low)), high: Math.max(...fs.map((f) => f.high ?? f.low)) };
  });
  const value = parts.reduce((n, p) => n + p.best.value, 0);
  const told = new Map<string, number>();
  for (const fs of bySide.values()) for (const f of fs) told.set(sourceKey(f.claim), (told.get(sourceKey(f.claim)) ?? 0) + f.value);
  const sides = new Set([...bySide.values()].flat());
  const rest = figs.filter((f) => !sides.has(f) && !(f.value > 0 && !f.side && (told.get(sourceKey(f.claim)) ?? -1) >= f.value));
  const names = [...new Set(parts.map((p) => sourceLabel(p.best.claim)))];
  const claim = { ...parts[0]!.best.claim, source: names.join(' + '), value, low: null, high: null, side: null, kind: null } as RangedClaim;
  const sum: Figure = { value, low: parts.reduce((n, p) => n + p.low, 0), high: parts.reduce((n, p) => n + p.high, 0), side: null, claim };
  return { figs: [...rest, sum], groups };
}

/**
 * Within one article, a bare claimant ('the army said') that ends the name of exactly one fuller claimant
 * of that article ('the Somali National Army said') is that claimant: one voice, whose later figure
 * updates its earlier one instead of competing with it. Two fuller names ('Israeli army', 'Lebanese
 * army') leave the bare one as it is.
 */
export function resolveShortVoices(claims: readonly Claim[]): Claim[] {
  const names = new Map<string, Set<string>>();
  for (const c of claims) {
    const k = sourceKey(c);
    if (k.startsWith(UNATTRIBUTED)) continue;
    let set = names.get(c.article);
    if (!set) names.set(c.article, (set = new Set()));
    set.add(k);
  }
  const stripped = (k: string) => k.replace(/^(?:the|a|an)\s+/, '');
  return claims.map((c) => {
    const set = names.get(c.article);
    if (!set || set.size < 2) return c;
    const k = stripped(sourceKey(c));
    if (k.startsWith(UNATTRIBUTED)) return c;
    const fuller = [...set].filter((o) => stripped(o) !== k && stripped(o).endsWith(` ${k}`));
    return fuller.length === 1 ? { ...c, source: fuller[0]! } : c;
  });
}

/** Best, low and high of one numeric attribute over the claims. */
export function summariseFigures(claims: readonly Claim[], attribute: string): FigureSummary {
  return summarise(resolveShortVoices(claims), attribute);
}

/** summariseFigures over claims whose short voices are already resolved. */
function summarise(claims: readonly Claim[], attribute: string): FigureSummary & { groups: Map<string, Figure>[] } {
  let figs = claims
    .filter((c) => c.attribute === attribute)
    .map((c) => figureOf(c as RangedClaim))
    .filter((f): f is Figure => f != null);
  // ACLED codes a vague word only where no report gives a count, and only for the dead: it collects no
  // injuries, so "injuring several" stays without a figure (the dev gold codes it so too).
  // Another claimant's count beyond what the vague word can stand for ("more than 200" beside "dozens") is
  // another estimate of the same dead, not its precise telling: then the vague figure competes as ACLED's
  // conservative one. A count in the vague word's own voice is always its precise telling.
  const counts = figs.filter((f) => !f.vague && f.value > 0);
  const competes = (f: Figure) => counts.every((c) => f.ceiling != null && c.low > f.ceiling && sourceKey(c.claim) !== sourceKey(f.claim));
  figs = figs.filter((f) => !f.vague || (attribute === 'fatalities' && competes(f)));
  const anyPositive = figs.some((f) => f.value > 0);
  if (anyPositive) figs = figs.filter((f) => !(f.value === 0 && f.side));
  figs = articleTotals(partsOfTotals(figs));
  // An increment with no count before it in its own article ("two more died in hospital" in a later
  // report) is no alternative total: it bounds the toll from above (UCDP's high) over the largest count
  // the other articles give, and the other articles' counts stay the candidates for the best figure.
  const loose = figs.filter((f) => !f.summed && isIncrement(f.claim));
  const anchored = figs.filter((f) => !loose.includes(f));
  let raisedHigh = -Infinity;
  if (loose.length && anchored.length) {
    const top = Math.max(...anchored.map((f) => f.value));
    raisedHigh = top + Math.max(...loose.map((f) => f.value));
    figs = anchored;
  }
  const sides = addUpSides(figs);
  figs = sides.figs;
  const perSource = perClaimant(figs);
  if (!perSource.size) return { best: null, low: null, high: null, perSource, groups: sides.groups };
  const chosen = [...perSource.values()];
  const best = Math.min(...chosen.map((f) => f.value));
  // UCDP's low: each claimant's own figure, and the whole tolls told before it (an earlier "5 killed" from a
  // claimant that later said 26). A count of one kind of victims it told besides ("four of the attackers"
  // beside its "18 people") is a part, not an alternative total, so it is no low.
  const low = Math.min(...chosen.map((f) => f.low), ...figs.filter((f) => !f.side && kindOf(f) == null && !f.vague).map((f) => f.low));
  // An open-ended figure ("more than 100") has no high of its own: its low is the highest we can defend.
  // A combined figure ("more than 100 dead or injured") bounds the killed from above: UCDP's high.
  const combined = claims.filter((c) => c.attribute === attribute && (c as RangedClaim).combined && typeof (c as RangedClaim).high === 'number').map((c) => (c as RangedClaim).high!);
  const high = Math.max(...figs.map((f) => f.high ?? f.low), best, ...combined, raisedHigh);
  return { best, low, high, perSource, groups: sides.groups };
}

function normValue(v: Claim['value']): string {
  return typeof v === 'string' ? v.trim().toLowerCase().replace(/\s+/g, ' ') : JSON.stringify(v);
}

// A vague figure's word bounds it: "dozens" (up to 99) and "more than 200" disagree.
const overlaps = (a: Figure, b: Figure) => a.low <= (b.high ?? b.ceiling ?? Infinity) && b.low <= (a.high ?? a.ceiling ?? Infinity);

/** Disputes: attributes on which claims of different sources disagree. */
export function computeDisputes(claims: readonly Claim[]): Dispute[] {
  return disputes(resolveShortVoices(claims));
}

/** computeDisputes over claims whose short voices are already resolved. */
function disputes(claims: readonly Claim[]): Dispute[] {
  const byAttr = new Map<string, Claim[]>();
  for (const c of claims) {
    // A vague figure ("dozens") has no value of its own but may disagree with a count beyond its word.
    const r = c as RangedClaim;
    if ((c.value == null || c.value === '') && !r.combined && !(r.vague && typeof r.low_bound === 'number')) continue;
    let list = byAttr.get(c.attribute);
    if (!list) byAttr.set(c.attribute, (list = []));
    list.push(c);
  }
  const out: Dispute[] = [];
  for (const [attribute, list] of byAttr) {
    // Each source's word for the kind of event is kept as a claim, but differing words ("attack",
    // "clash") are not a dispute analysts act on.
    if (NOT_DISPUTED.has(attribute)) continue;
    if (NUMERIC_ATTRIBUTES.has(attribute)) {
      const { perSource, groups } = summarise(list, attribute);
      const figs = [...perSource.entries()];
      // A combined "dead or injured" figure of another source far above the killed figure disagrees with it.
      for (const c of list as RangedClaim[])
        if (c.combined && typeof c.high === 'number' && !perSource.has(sourceKey(c)) && figs.length)
          figs.push([sourceKey(c), { value: c.high, low: c.high, high: null, side: null, claim: c }]);
      // The whole toll's figures, then each armed side's own (claimants that differ on one side's dead).
      const disagreeing = [figs, ...groups.map((g) => [...g.entries()])].filter((set) => {
        for (let i = 0; i < set.length; i++) for (let j = i + 1; j < set.length; j++) if (!overlaps(set[i]![1], set[j]![1])) return true;
        return false;
      });
      if (!disagreeing.length) continue;
      const values = new Map<number, string[]>();
      for (const [, f] of disagreeing.flat()) {
        const srcs = values.get(f.value) ?? [];
        const label = sourceLabel(f.claim);
        if (!srcs.includes(label)) srcs.push(label);
        values.set(f.value, srcs);
      }
      out.push({ attribute, values: [...values.entries()].sort((a, b) => a[0] - b[0]).map(([value, sources]) => ({ value, sources })) });
      continue;
    }
    // Categorical: a dispute needs two claims with different values from different claimants.
    const groups = new Map<string, { value: Claim['value']; keys: Set<string>; sources: string[] }>();
    for (const c of list) {
      const k = normValue(c.value);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { value: c.value, keys: new Set(), sources: [] }));
      g.keys.add(sourceKey(c));
      const label = sourceLabel(c);
      if (!g.sources.includes(label)) g.sources.push(label);
    }
    if (groups.size < 2) continue;
    const gs = [...groups.values()];
    let disagree = false;
    for (let i = 0; i < gs.length && !disagree; i++)
      for (let j = i + 1; j < gs.length && !disagree; j++)
        for (const a of gs[i]!.keys) if ([...gs[j]!.keys].some((b) => b !== a)) { disagree = true; break; }
    if (disagree) out.push({ attribute, values: gs.map((g) => ({ value: g.value, sources: g.sources })) });
  }
  return out;
}

/** Actor keys that name a kind of actor, not one claimant ("police", "residents", "gunmen"). */
const KIND_KEYS = new Set(['civilians', 'protesters', 'rioters', 'rebels', 'unidentified', 'police', 'state-forces', 'pro-government', 'pro-government-forces', 'cartel', 'vigilantes', 'partisans', 'cults', 'ethnic-militia', 'fulani', 'iran-backed-militia']);

/**
 * One claimant however it is written: a named group or state institution the actor lexicon reads in (nearly)
 * the whole name ("JNIM" and "JNIM: Jama'at Nusrat al-Islam wal-Muslimin", "Tehreek e Taliban Pakistan" and
 * "TTP: Tehrik-i-Taliban Pakistan", "IDF" and "Israel Defense Forces") is that actor; other names compare
 * without case, accents, punctuation or a leading "the" ("the Syrian Observatory for Human Rights").
 */
export function claimantKey(source: string): string {
  let k = claimantKeys.get(source);
  if (k === undefined) claimantKeys.set(source, (k = computeClaimantKey(source)));
  return k;
}
const claimantKeys = new Map<string, string>();
function computeClaimantKey(source: string): string {
  const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '').length;
  const all = findActors(source, null);
  const found = all.filter((a) => !KIND_KEYS.has(a.key));
  const keys = new Set(found.map((a) => a.key));
  if (keys.size === 1 && letters(found.map((a) => a.text).join('')) >= 0.7 * letters(source)) return `actor:${[...keys][0]}`;
  // "Police", "Residents": a kind of actor, compared by its words.
  if (letters(all.map((a) => a.text).join('')) >= 0.7 * letters(source)) return normal(source);
  // A person by rank or title ("Army Col. Myles Caggins", "Col. Myles Caggins", "Mr. al-Awg") or by surname
  // alone ("Caggins"): the surname.
  const titled = new RegExp(`\\b(?:${TITLES})\\.?\\s+((?:${NAME_TOKEN}\\s+){0,3}(${NAME_TOKEN}))$`, 'u').exec(source);
  if (titled) return `person:${normal(titled[2]!)}`;
  if (new RegExp(`^${NAME_TOKEN}$`, 'u').test(source) && /\p{Ll}/u.test(source) && !COMMON_CLAIMANT.test(source)) return `person:${normal(source)}`;
  return normal(source);
}
/** Claimants told by a common noun, capitalised at a sentence start ("Sources said"): no surname. */
const COMMON_CLAIMANT = /^(?:sources?|officials?|police|residents?|witness(?:es)?|reports?|media|army|military|government|authorities|villagers?|survivors?|activists?|doctors?|medics?|spokesm[ae]n|investigators?|investigations?|locals?|relatives?|statement|rescuers?|hospitals?|agencies|analysts|observers|monitors)$/i;
const TITLES = 'Col|Colonel|Lt|Lieutenant|Gen|General|Maj|Major|Capt|Captain|Sgt|Sergeant|Brig|Brigadier|Adm|Admiral|Cmdr|Commander|Mr|Mrs|Ms|Dr|Sheikh|Spokesman|Spokeswoman|Spokesperson|spokesman|spokeswoman|spokesperson|Governor|Minister';
const NAME_TOKEN = "(?:(?:al|el|bin|ibn|abu|de|da|van|von)[- ])?\\p{Lu}[\\p{L}'’-]*";
const normal = (t: string) =>
  t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`"“”.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|an?) /, '')
    // "a U.S. official" and "US officials" are one voice.
    .replace(/\b(official|source|resident|witness|spokesperson)(?:s|es)?$/, '$1');

/** Distinct claimants in first-seen order, without the `unattributed` placeholder; variants of one claimant once. */
export function distinctSources(claims: readonly Claim[], extra: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  // Full names already listed ("naguib al awg"), so that a person told later by title and surname is theirs.
  const fullNames: string[] = [];
  for (const s of [...extra, ...claims.map((c) => c.source)]) {
    const t = (s ?? '').trim();
    if (!t || t.toLowerCase() === UNATTRIBUTED) continue;
    const k = claimantKey(t);
    if (!k || seen.has(k)) continue;
    if (k.startsWith('person:') && fullNames.some((n) => n.endsWith(` ${k.slice(7)}`))) continue;
    if (!k.startsWith('person:') && !k.startsWith('actor:') && [...seen].some((o) => o.startsWith('person:') && k.endsWith(` ${o.slice(7)}`))) continue;
    seen.add(k);
    if (!k.startsWith('person:') && !k.startsWith('actor:')) fullNames.push(k);
    out.push(t);
  }
  return out;
}

/** The record with its figures, sources and disputes derived again from its claims. */
export function recompute<T extends IncidentRecord>(record: T): T {
  // Short voices resolved once for the figures and the disputes alike.
  const resolved = resolveShortVoices(record.claims ?? []);
  const f = summarise(resolved, 'fatalities');
  const i = summarise(resolved, 'injuries');
  return {
    ...record,
    // ACLED writes 0 when no source gives a figure; a record coded so keeps its 0 until a claim gives one.
    fatalities: f.best ?? (record.fatalities === 0 ? 0 : null),
    fatalities_low: f.low,
    fatalities_high: f.high,
    injuries: i.best ?? (record.injuries === 0 ? 0 : null),
    injuries_low: i.low,
    injuries_high: i.high,
    sources: distinctSources(record.claims ?? []),
    disputes: disputes(resolved),
  };
}
