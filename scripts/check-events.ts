/**
 * Event detection and casualty figures on public data outside the dev set (read from ../shared/data at
 * run time, never copied into the repo). Prints reproducible figures per data set; `--show N` prints up to
 * N misses and false detections of each kind to look at.
 *
 *   npx tsx scripts/check-events.ts [--sets satp,wikievents,muc4,news] [--split dev|train|test] [--limit N] [--show N]
 *
 * - satp: South Asia Terrorism Portal incident summaries (ConfliBERT's satp_relevant). Every summary tells
 *   one (or a few) incidents, labelled armed assault / bombing / kidnapping / other. Figures: share of
 *   summaries with an incident, incidents per summary (more than one is mostly a second mention split off),
 *   type agreement with the label, and summaries whose casualty wording ("were killed", "martyred",
 *   "sustained injuries") gave no figure.
 * - wikievents: news documents with KAIROS events. A document with a Conflict.Attack event reports an attack;
 *   detection per document, and per sentence with a Life.Die / Life.Injure trigger whether a killed / injured
 *   figure was read there.
 * - muc4: MUC-4 terrorism reports (GRIT format; upper case, so they are lower-cased with sentence starts
 *   capitalised). A document with a filled role template reports an incident; one without reports none
 *   (MUC-4 also leaves out attacks on military targets, so some "false" detections are battles).
 * - news: the geoparsing sets' general news articles (../shared/eval/geo lgl-dev, gwn-dev): records per
 *   article, to spot second mentions split off and background events (not in the default sets).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/extract/pipeline.js';
import { projectRoot } from '../src/geo/paths.js';
import { muc4File, pct, satpFile, wikieventsFile } from './public-data.js';
import type { Article, IncidentRecord } from '../src/types.js';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: 'satp,wikievents,muc4' },
    split: { type: 'string', default: 'dev' },
    limit: { type: 'string' },
    show: { type: 'string', default: '0' },
  },
});
const SHOW = Number(values.show);
const LIMIT = values.limit ? Number(values.limit) : Infinity;
const clip = (s: string, n = 220) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');

function extract(a: Article): IncidentRecord[] {
  try {
    return extractArticle(a);
  } catch (e) {
    console.error(`  ${a.id}: ${(e as Error).message}`);
    return [];
  }
}
const figures = (r: IncidentRecord) => `${r.event_type}/${r.sub_event_type} k=${r.fatalities ?? '-'}${r.fatalities_high != null && r.fatalities_high !== r.fatalities ? `(${r.fatalities_low}-${r.fatalities_high})` : ''} i=${r.injuries ?? '-'}`;

// Casualty wording an analyst would code as a figure: a count (digits or number words) near a verb.
const NUMBER = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozens?|several|scores)`;
// ("No one was injured" is no figure: a count right after "no"/"not" is skipped.)
const KILLED_WORDING = new RegExp(String.raw`(?<!\b(?:no|not|not a)\s)\b${NUMBER}\b[^.;]{0,80}?\b(?:killed|dead|died|martyred|slain|shot dead|lost (?:their|his|her) lives?|neutrali[sz]ed|eliminated|bodies)\b|\b(?:killing|killed|shot dead|gunned down)\s+${NUMBER}\b`, 'i');
const INJURED_WORDING = new RegExp(String.raw`(?<!\b(?:no|not|not a)\s)\b${NUMBER}\b[^.;]{0,80}?\b(?:injured|wounded|hurt|injuries)\b|\b(?:injuring|wounding)\s+${NUMBER}\b`, 'i');

function satp(): void {
  const file = satpFile(values.split!);
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, LIMIT);
  const LABELS = ['armed assault', 'bombing', 'kidnapping', 'other'];
  let found = 0, total = 0, extra = 0, typeOk = 0, typeN = 0, kWord = 0, kRead = 0, iWord = 0, iRead = 0;
  const misses: string[] = [], extras: string[] = [], wrongType: string[] = [], kMiss: string[] = [], iMiss: string[] = [];
  rows.forEach((line, n) => {
    const [text, ...flags] = line.split('\t');
    const labels = LABELS.filter((_, i) => flags[i]?.trim() === '1');
    const recs = extract({ id: `satp-${n}`, text: text!, outlet: null, url: null, published: null, title: null });
    total++;
    if (recs.length) found++;
    else misses.push(`[${labels.join(',')}] ${clip(text!)}`);
    if (recs.length > 1) {
      extra += recs.length - 1;
      extras.push(`${recs.length} records: ${recs.map(figures).join(' | ')}\n    ${clip(text!, 400)}`);
    }
    // Type agreement: a bombing label wants Explosions/Remote violence, a kidnapping an abduction, an armed
    // assault a battle or an attack (not an explosion), when the summary carries that label alone.
    if (recs.length && labels.length === 1 && labels[0] !== 'other') {
      typeN++;
      const r = recs[0]!;
      const ok = labels[0] === 'bombing' ? r.event_type === 'Explosions/Remote violence'
        : labels[0] === 'kidnapping' ? r.sub_event_type === 'Abduction/forced disappearance'
        : r.event_type === 'Battles' || r.event_type === 'Violence against civilians';
      if (ok) typeOk++;
      else wrongType.push(`[${labels[0]}] → ${figures(r)}: ${clip(text!)}`);
    }
    const k = recs.some((r) => (r.fatalities ?? 0) > 0 || (r.fatalities_high ?? 0) > 0);
    const i = recs.some((r) => (r.injuries ?? 0) > 0);
    if (KILLED_WORDING.test(text!)) {
      kWord++;
      if (k) kRead++;
      else kMiss.push(clip(text!, 300));
    }
    if (INJURED_WORDING.test(text!)) {
      iWord++;
      if (i) iRead++;
      else iMiss.push(clip(text!, 300));
    }
  });
  console.log(`satp (${values.split}): ${total} summaries`);
  console.log(`  detection: ${found}/${total} = ${pct(found, total)} with an incident; extra records ${extra} (${(extra / total).toFixed(2)} per summary)`);
  console.log(`  type agrees with single label: ${typeOk}/${typeN} = ${pct(typeOk, typeN)}`);
  console.log(`  killed wording → fatalities read: ${kRead}/${kWord} = ${pct(kRead, kWord)}; injured wording → injuries read: ${iRead}/${iWord} = ${pct(iRead, iWord)}`);
  show('satp misses', misses);
  show('satp extra records', extras);
  show('satp wrong type', wrongType);
  show('satp killed wording, no fatalities', kMiss);
  show('satp injured wording, no injuries', iMiss);
}

interface WikiDoc {
  doc_id: string;
  sentences: [unknown, string][];
  event_mentions: { event_type: string; trigger: { sent_idx: number; text: string } }[];
}
function wikievents(): void {
  const file = wikieventsFile(values.split!);
  const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, LIMIT).map((l) => JSON.parse(l) as WikiDoc);
  let tp = 0, fp = 0, fn = 0, tn = 0, dieS = 0, dieRead = 0, injS = 0, injRead = 0, records = 0, attackDocs = 0;
  const misses: string[] = [], fps: string[] = [], dieMiss: string[] = [], injMiss: string[] = [];
  for (const d of docs) {
    // The first "sentence" is the headline: keep it as the title, the rest as paragraphs.
    const text = d.sentences.map((s) => s[1]).join('\n');
    const recs = extract({ id: d.doc_id, text, outlet: null, url: null, published: null, title: null });
    records += recs.length;
    const attacks = d.event_mentions.filter((e) => e.event_type.startsWith('Conflict.Attack'));
    const attack = attacks.length > 0;
    if (attack) attackDocs++;
    if (attack && recs.length) tp++;
    else if (attack) {
      fn++;
      misses.push(`${d.doc_id}: ${attacks.slice(0, 4).map((e) => `"${e.trigger.text}" in ${clip(d.sentences[e.trigger.sent_idx]![1], 150)}`).join(' / ')}`);
    } else if (recs.length) {
      fp++;
      fps.push(`${d.doc_id}: ${recs.map((r) => `${figures(r)} «${clip(r.notes ?? '', 150)}»`).join(' | ')}`);
    } else tn++;
    // Sentences with a death / injury trigger: did sitrep read a figure there (a claim quoting it)?
    const quotes = recs.flatMap((r) => r.claims ?? []);
    const readIn = (sent: string, attr: string) => quotes.some((c) => c.attribute === attr && typeof c.quote === 'string' && c.quote.includes(sent.trim().slice(0, 60)) && ((c.value as number) > 0 || (c as unknown as { low_bound?: number }).low_bound || (c as unknown as { high?: number }).high));
    const seen = new Set<string>();
    for (const e of d.event_mentions) {
      const kind = e.event_type.startsWith('Life.Die') ? 'fatalities' : e.event_type.startsWith('Life.Injure') ? 'injuries' : null;
      if (!kind) continue;
      const sent = d.sentences[e.trigger.sent_idx]![1];
      // Only sentences that give a count ("killed three", "two soldiers died"), not "the dead".
      if (!new RegExp(String.raw`\b${NUMBER}\b`, 'i').test(sent) || seen.has(`${kind}|${e.trigger.sent_idx}`)) continue;
      seen.add(`${kind}|${e.trigger.sent_idx}`);
      const ok = readIn(sent, kind);
      if (kind === 'fatalities') {
        dieS++;
        if (ok) dieRead++;
        else dieMiss.push(`${d.doc_id} "${e.trigger.text}": ${clip(sent, 250)}`);
      } else {
        injS++;
        if (ok) injRead++;
        else injMiss.push(`${d.doc_id} "${e.trigger.text}": ${clip(sent, 250)}`);
      }
    }
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  console.log(`wikievents (${values.split}): ${docs.length} documents, ${attackDocs} report an attack; ${records} records`);
  console.log(`  detection per document: tp ${tp} fp ${fp} fn ${fn} tn ${tn}; P ${pct(tp, tp + fp)} R ${pct(tp, tp + fn)} F1 ${pct(2 * p * r, p + r)}`);
  console.log(`  Life.Die sentences with a count → fatalities claim there: ${dieRead}/${dieS} = ${pct(dieRead, dieS)}; Life.Injure → injuries claim: ${injRead}/${injS} = ${pct(injRead, injS)}`);
  show('wikievents missed attack documents', misses);
  show('wikievents records in documents without an attack', fps);
  show('wikievents death sentences without a fatalities claim', dieMiss);
  show('wikievents injury sentences without an injuries claim', injMiss);
}

/** MUC-4 text is upper case with hard line breaks: lower-case it and capitalise sentence starts. */
function sentenceCase(doc: string): string {
  const paras = doc.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  return paras.map((p) => p.toLowerCase().replace(/(^|[.!?]\s+)([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase())).join('\n\n');
}
function muc4(): void {
  const file = muc4File(values.split!);
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { doc: string; roles: Record<string, string[][]> }>;
  let tp = 0, fp = 0, fn = 0, tn = 0, records = 0, incidentDocs = 0;
  const misses: string[] = [], fps: string[] = [], multi: string[] = [];
  for (const [id, v] of Object.entries(all).slice(0, LIMIT)) {
    const text = sentenceCase(v.doc);
    const recs = extract({ id, text, outlet: null, url: null, published: null, title: null });
    records += recs.length;
    const incident = Object.values(v.roles).some((x) => x.length > 0);
    if (incident) incidentDocs++;
    if (incident && recs.length) tp++;
    else if (incident) {
      fn++;
      misses.push(`${id} ${JSON.stringify(Object.fromEntries(Object.entries(v.roles).filter(([, x]) => x.length).map(([k, x]) => [k, x.map((c) => c[0])])))}: ${clip(text, 300)}`);
    } else if (recs.length) {
      fp++;
      fps.push(`${id}: ${recs.map((r) => `${figures(r)} «${clip(r.notes ?? '', 160)}»`).join(' | ')}`);
    } else tn++;
    if (recs.length > 2) multi.push(`${id}: ${recs.length} records: ${recs.map((r) => `${figures(r)} «${clip(r.notes ?? '', 100)}»`).join(' | ')}`);
  }
  const p = tp / (tp + fp), r = tp / (tp + fn);
  console.log(`muc4 (${values.split}): ${Math.min(LIMIT, Object.keys(all).length)} documents, ${incidentDocs} with an incident template; ${records} records`);
  console.log(`  detection per document: tp ${tp} fp ${fp} fn ${fn} tn ${tn}; P ${pct(tp, tp + fp)} R ${pct(tp, tp + fn)} F1 ${pct(2 * p * r, p + r)}`);
  console.log(`  documents with more than 2 records: ${multi.length}`);
  show('muc4 missed incident documents', misses);
  show('muc4 records in documents without an incident', fps);
  show('muc4 documents with more than 2 records', multi);
}

/**
 * General news (the geoparsing sets' articles, mostly not about conflict): how many records each article
 * yields. Most report no incident or one; an article split into several records is worth a look (a
 * second mention split off, a background event).
 */
function news(): void {
  for (const set of ['lgl-dev', 'gwn-dev']) {
    const file = join(projectRoot(), '..', 'shared', 'eval', 'geo', `${set}.articles.jsonl`);
    const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, LIMIT).map((l) => JSON.parse(l) as { id: string; text: string; published?: string; title?: string });
    const hist = new Map<number, number>();
    const multi: string[] = [];
    for (const a of rows) {
      const recs = extract({ id: a.id, text: a.text, outlet: null, url: null, published: a.published ?? null, title: a.title ?? null });
      hist.set(recs.length, (hist.get(recs.length) ?? 0) + 1);
      if (recs.length >= 2) multi.push(`${a.id}: ${recs.map((r) => `[${r.event_date} ${figures(r)} ${r.location}] «${clip(r.notes ?? '', 90)}»`).join(' | ')}`);
    }
    const several = [...hist.entries()].filter(([k]) => k >= 2).reduce((n, [, v]) => n + v, 0);
    console.log(`news ${set}: ${rows.length} articles; records per article ${[...hist.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}: ${v}`).join(', ')}; with 2+ records ${several} (${pct(several, rows.length)})`);
    show(`${set} articles with several records`, multi);
  }
}

function show(title: string, items: string[]): void {
  if (!SHOW || !items.length) return;
  console.log(`\n  -- ${title} (${items.length}, first ${Math.min(SHOW, items.length)}):`);
  for (const x of items.slice(0, SHOW)) console.log(`  * ${x}`);
}

for (const set of String(values.sets).split(',')) {
  if (set === 'satp') satp();
  else if (set === 'wikievents') wikievents();
  else if (set === 'muc4') muc4();
  else if (set === 'news') news();
  else console.error(`unknown set ${set}`);
}
