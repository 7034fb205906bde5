/**
 * How well the actors component (src/extract/actors.ts over data/lexicons/actors.json) generalises beyond
 * the dev set. Reads the public data in ../shared/data at run time (never copied into the repo) and prints:
 *
 *  A. UCDP coverage: the sides UCDP codes most often (ucdp-aec train split only; the validation and test
 *     splits are held out) that together cover 95% of side mentions. Each side has here the names news
 *     outlets use for it and the ACLED [inter, country] pair it should get; each name is put in a sentence
 *     and must come back as an actor with that pair. Sides without an expectation count as misses.
 *  B. re3d (Syria/Iraq documents): recall of the parties to "fighting against" / "allies of" relations (armed
 *     actors by the annotators' reading) and of all Organisation spans, and the share of named actors we find
 *     that re3d annotates as some entity (a precision proxy).
 *  C. cameo-actor-sentences: recall of source/target actor spans, and the share of our actors inside one.
 *  D. muc4-grit: recall of perpetrator organisations (the texts are upper-case; names are title-cased).
 *  E. satp-relevant: share of South Asian incident summaries in which an armed actor is found, by type.
 *  F. wikievents (dev split only): recall of the Attacker/Killer and Victim/Target arguments of attack and
 *     killing events, as actor spans.
 *
 * Usage: npx tsx scripts/check-actors.ts [--verbose]
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { findActors } from '../src/extract/actors.js';
import { DATA, muc4File, pct, re3dDirs, readLines, satpFile, wikieventsFile } from './public-data.js';
import { expectFor, ucdpSides, ucdpTrainFile, type SideStat } from './ucdp-sides.js';

const verbose = process.argv.includes('--verbose');
const lines = readLines;

// ---------------------------------------------------------------------------------------------------------
// A. UCDP sides
// ---------------------------------------------------------------------------------------------------------

function ucdpCoverage() {
  const path = ucdpTrainFile();
  if (!path) return console.log('A. ucdp-aec train split not found; skipped');
  const { sides: ranked, total } = ucdpSides(path);
  const top: SideStat[] = [];
  let cum = 0;
  for (const s of ranked) {
    if (cum >= 0.95 * total) break;
    top.push(s);
    cum += s.events;
  }
  let coveredEvents = 0, formsOk = 0, formsAll = 0, sidesOk = 0, noExpect = 0;
  const misses: string[] = [];
  for (const s of top) {
    const exp = expectFor(s.side, s.loc);
    if (!exp) {
      noExpect += s.events;
      misses.push(`${s.side} [${s.loc}] ×${s.events}: no expectation written`);
      continue;
    }
    const country = exp.country!;
    const bad: string[] = [];
    for (const form of exp.forms) {
      const sentence = `On Monday, ${form} attacked a village near the town.`;
      const at = sentence.indexOf(form);
      const found = findActors(sentence, s.loc).filter((a) => a.start < at + form.length && at < a.end);
      formsAll++;
      if (found.some((a) => a.inter === exp.inter && a.country === country)) formsOk++;
      else bad.push(`"${form}" → ${found.map((a) => `${a.key} [${a.inter}, ${a.country}]`).join(' + ') || 'nothing'}`);
    }
    const share = (exp.forms.length - bad.length) / exp.forms.length;
    coveredEvents += s.events * share;
    if (!bad.length) sidesOk++;
    else misses.push(`${s.side} [${s.loc}] ×${s.events} want [${exp.inter}, ${country}]: ${bad.join('; ')}`);
  }
  console.log(`A. UCDP sides (train split): ${top.length} sides cover 95% of ${total} side mentions`);
  console.log(`   sides with every news form right   ${sidesOk}/${top.length} (${pct(sidesOk, top.length)})`);
  console.log(`   news forms right                    ${formsOk}/${formsAll} (${pct(formsOk, formsAll)})`);
  console.log(`   event-weighted coverage             ${pct(coveredEvents, cum)}   (no expectation written: ${pct(noExpect, cum)})`);
  for (const m of misses.slice(0, verbose ? 1000 : 25)) console.log(`     miss ${m}`);
  if (!verbose && misses.length > 25) console.log(`     … ${misses.length - 25} more (--verbose)`);
}

// ---------------------------------------------------------------------------------------------------------
// B. re3d
// ---------------------------------------------------------------------------------------------------------

interface Span { start: number; end: number; type: string; text: string }
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const namedFamily = (key: string) => !['civilians', 'protesters', 'rioters'].includes(key);

function re3d() {
  const dirs = re3dDirs();
  if (!dirs.length) return console.log('B. re3d not found; skipped');
  let orgs = 0, orgHit = 0, ours = 0, oursIn = 0, fighters = 0, fighterHit = 0;
  const fighterMissed = new Map<string, number>();
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  for (const dir of dirs) {
    const docs = lines(join(dir, 'documents.json')).map((l) => JSON.parse(l) as { _id: string; text: string });
    const ents = lines(join(dir, 'entities.json')).map((l) => JSON.parse(l) as { documentId: string; begin: number; end: number; type: string; value: string });
    const rels = lines(join(dir, 'relations.json')).map((l) => JSON.parse(l) as { documentId: string; type: string; source: string; target: string; sourceBegin: number; sourceEnd: number; targetBegin: number; targetEnd: number });
    for (const d of docs) {
      const spans: Span[] = ents.filter((e) => e.documentId === d._id).map((e) => ({ start: e.begin, end: e.end, type: e.type, text: e.value }));
      const found = findActors(d.text, 'SY');
      // The parties of "FightingAgainst" / "AlliesOf" relations are armed actors by the annotators' reading.
      const seen = new Set<string>();
      for (const r of rels.filter((x) => x.documentId === d._id && (x.type === 'FightingAgainst' || x.type === 'AlliesOf')))
        for (const sp of [{ start: r.sourceBegin, end: r.sourceEnd, text: r.source }, { start: r.targetBegin, end: r.targetEnd, text: r.target }]) {
          if (seen.has(`${sp.start}`) || /^(?:we|they|it|he|she|us|them|our|their|who|which)$/i.test(sp.text)) continue;
          seen.add(`${sp.start}`);
          fighters++;
          if (found.some((a) => overlaps(a, sp))) fighterHit++;
          else fighterMissed.set(sp.text, (fighterMissed.get(sp.text) ?? 0) + 1);
        }
      for (const o of spans.filter((s) => s.type === 'Organisation')) {
        orgs++;
        if (found.some((a) => overlaps(a, o))) orgHit++;
        else missed.set(o.text, (missed.get(o.text) ?? 0) + 1);
      }
      for (const a of found.filter((x) => namedFamily(x.key))) {
        ours++;
        if (spans.some((s) => overlaps(a, s) && ['Organisation', 'Nationality', 'Person', 'MilitaryPlatform', 'Vehicle', 'Location'].includes(s.type))) oursIn++;
        else spurious.set(`${a.text} (${a.key})`, (spurious.get(`${a.text} (${a.key})`) ?? 0) + 1);
      }
    }
  }
  console.log(`B. re3d: Organisation spans found ${orgHit}/${orgs} (${pct(orgHit, orgs)}); our armed actors inside an annotated entity ${oursIn}/${ours} (${pct(oursIn, ours)})`);
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ×${v}`).join('; ');
  console.log(`   parties to "fighting against" / "allies of" relations found ${fighterHit}/${fighters} (${pct(fighterHit, fighters)})`);
  console.log(`     missed parties: ${top(fighterMissed, verbose ? 60 : 25)}`);
  console.log(`     most missed organisations: ${top(missed, verbose ? 80 : 30)}`);
  console.log(`     ours outside any entity: ${top(spurious, verbose ? 60 : 20)}`);
}

// ---------------------------------------------------------------------------------------------------------
// C. cameo-actor-sentences
// ---------------------------------------------------------------------------------------------------------

function cameo() {
  const dir = join(DATA, 'cameo-actor-sentences', 'data', 'cameo_ner');
  if (!existsSync(dir)) return console.log('C. cameo-actor-sentences not found; skipped');
  let gold = 0, hit = 0, ours = 0, oursIn = 0;
  const missed = new Map<string, number>();
  const outside = new Map<string, number>();
  for (const file of ['train.txt', 'test.txt']) {
    const blocks = readFileSync(join(dir, file), 'utf8').split(/\n\s*\n/);
    for (const b of blocks) {
      const toks = b.split('\n').filter((l) => l.trim()).map((l) => { const i = l.lastIndexOf(' '); return { w: l.slice(0, i), t: l.slice(i + 1) }; });
      if (!toks.length) continue;
      let text = '';
      const spans: Span[] = [];
      let cur: Span | null = null;
      for (const { w, t } of toks) {
        const noSpace = /^[,.;:!?)'’]|^'s$|^n't$/.test(w) || text.endsWith('(') || !text;
        if (!noSpace) text += ' ';
        const start = text.length;
        text += w;
        if (t.startsWith('B-') || (t.startsWith('I-') && (!cur || cur.type !== t.slice(2)))) {
          cur = { start, end: text.length, type: t.slice(2), text: w };
          spans.push(cur);
        } else if (t.startsWith('I-') && cur) {
          cur.end = text.length;
          cur.text = text.slice(cur.start, cur.end);
        } else cur = null;
      }
      const found = findActors(text, null);
      for (const s of spans) {
        gold++;
        if (found.some((a) => overlaps(a, s))) hit++;
        else missed.set(s.text, (missed.get(s.text) ?? 0) + 1);
      }
      for (const a of found) {
        ours++;
        if (spans.some((s) => overlaps(a, s))) oursIn++;
        else outside.set(`${a.text} (${a.key})`, (outside.get(`${a.text} (${a.key})`) ?? 0) + 1);
      }
    }
  }
  console.log(`C. cameo: source/target spans found ${hit}/${gold} (${pct(hit, gold)}); our actors inside a span ${oursIn}/${ours} (${pct(oursIn, ours)})`);
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ×${v}`).join('; ');
  if (verbose) console.log(`     missed: ${top(missed, 80)}`);
  console.log(`     ours outside spans: ${top(outside, verbose ? 60 : 20)}`);
}

// ---------------------------------------------------------------------------------------------------------
// D. muc4-grit
// ---------------------------------------------------------------------------------------------------------

/** MUC-4 is upper-case: words become Title Case, short ones that are not common words stay acronyms (FMLN, ELN). */
const COMMON = new Set('THE OF AND IN FOR ARMY AIR LEFT UNIT PATH LAND WORK MAY HIGH CIVIC FORCE FRONT GROUP UNION MARTI OWLS LOS LA LAS EL DE DEL DEATH SQUAD ARMED RIGHT NEW RED'.split(' '));
const titleCase = (s: string) => s.split(/(\s+)/).map((w, i) => {
  if (/\s/.test(w) || (w.length <= 5 && !COMMON.has(w.replace(/\W/g, '')))) return w;
  const t = w.charAt(0) + w.slice(1).toLowerCase();
  return i > 0 && /^(?:The|Of|And|In|For)$/.test(t) ? t.toLowerCase() : t;
}).join('');

function muc4() {
  if (!existsSync(muc4File('train'))) return console.log('D. muc4-grit not found; skipped');
  const names = new Map<string, number>();
  for (const split of ['train', 'dev']) {
    const d = JSON.parse(readFileSync(muc4File(split), 'utf8')) as Record<string, { roles: Record<string, string[][]> }>;
    for (const v of Object.values(d)) for (const cluster of v.roles.perp_organization_id ?? []) { const n = cluster[0]!; names.set(n, (names.get(n) ?? 0) + 1); }
  }
  let all = 0, hit = 0;
  const missed: string[] = [];
  for (const [n, c] of names) {
    const name = titleCase(n);
    const s = `Yesterday ${name} attacked the town.`;
    const at = s.indexOf(name);
    all += c;
    if (findActors(s, 'CO').some((a) => a.start < at + name.length && at < a.end && a.inter !== 7)) hit += c;
    else missed.push(`${name} ×${c}`);
  }
  console.log(`D. muc4 perpetrator organisations (title-cased) found as armed actors: ${hit}/${all} (${pct(hit, all)})`);
  console.log(`     missed: ${missed.slice(0, verbose ? 100 : 20).join('; ')}`);
}

// ---------------------------------------------------------------------------------------------------------
// E. satp-relevant
// ---------------------------------------------------------------------------------------------------------

function satp() {
  if (!existsSync(satpFile('train'))) return console.log('E. satp-relevant not found; skipped');
  let n = 0, armed = 0;
  const byKey = new Map<string, number>();
  const none: string[] = [];
  for (const split of ['train', 'dev']) {
    for (const l of lines(satpFile(split))) {
      const text = l.split('\t')[0]!;
      n++;
      const found = findActors(text, 'IN').filter((a) => [1, 2, 3, 4, 8].includes(a.inter));
      if (found.length) armed++;
      else if (none.length < 12) none.push(text.slice(0, 160));
      for (const k of new Set(found.map((a) => `${a.key}/${a.inter}`))) byKey.set(k, (byKey.get(k) ?? 0) + 1);
    }
  }
  console.log(`E. satp: summaries with an armed actor ${armed}/${n} (${pct(armed, n)})`);
  console.log(`     keys: ${[...byKey.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k} ×${v}`).join('; ')}`);
  if (verbose) for (const t of none) console.log(`     none: ${t}`);
}

// ---------------------------------------------------------------------------------------------------------
// F. wikievents (dev split)
// ---------------------------------------------------------------------------------------------------------

function wikievents() {
  const path = wikieventsFile('dev');
  if (!existsSync(path)) return console.log('F. wikievents not found; skipped');
  type Tok = [string, number, number];
  const roles = { attacker: [0, 0], victim: [0, 0] };
  const missed = { attacker: new Map<string, number>(), victim: new Map<string, number>() };
  for (const l of lines(path)) {
    const d = JSON.parse(l) as { text: string; sentences: [Tok[], string][]; entity_mentions: { id: string; start: number; end: number; entity_type: string; text: string }[]; event_mentions: { event_type: string; arguments: { entity_id: string; role: string }[] }[] };
    const toks = d.sentences.flatMap((s) => s[0]);
    // The token offsets index a text joined slightly differently from `text`: rebuild that text from them.
    const buf = Array<string>(Math.max(0, ...toks.map((t) => t[2]))).fill(' ');
    for (const [w, a] of toks) for (let i = 0; i < w.length; i++) buf[a + i] = w[i]!;
    const found = findActors(buf.join(''), null);
    const ents = new Map(d.entity_mentions.map((e) => [e.id, e]));
    const seen = new Set<string>();
    for (const ev of d.event_mentions) {
      if (!/^(?:Conflict\.Attack|Life\.Die|Life\.Injure)/.test(ev.event_type)) continue;
      for (const arg of ev.arguments) {
        const kind = /^(?:Attacker|Killer)$/.test(arg.role) ? 'attacker' : /^(?:Victim|Target)$/.test(arg.role) ? 'victim' : null;
        const e = ents.get(arg.entity_id);
        if (!kind || !e || !['PER', 'ORG', 'GPE'].includes(e.entity_type) || seen.has(`${kind}|${e.id}`)) continue;
        seen.add(`${kind}|${e.id}`);
        const span = { start: toks[e.start]![1], end: toks[e.end - 1]![2] };
        roles[kind][1]++;
        if (found.some((a) => overlaps(a, span))) roles[kind][0]++;
        else missed[kind].set(e.text, (missed[kind].get(e.text) ?? 0) + 1);
      }
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${k} ×${v}`).join('; ');
  console.log(`F. wikievents dev: attackers/killers found ${roles.attacker[0]}/${roles.attacker[1]} (${pct(roles.attacker[0], roles.attacker[1])}); victims/targets ${roles.victim[0]}/${roles.victim[1]} (${pct(roles.victim[0], roles.victim[1])})`);
  console.log(`     missed attackers: ${top(missed.attacker, verbose ? 60 : 20)}`);
  if (verbose) console.log(`     missed victims: ${top(missed.victim, 60)}`);
}

ucdpCoverage();
re3d();
cameo();
muc4();
satp();
wikievents();
