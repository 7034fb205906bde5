/**
 * The store's suite, run against both engines: SQLite (a temp file) and PostgreSQL (a fresh database on
 * the server that `.ci/postgres.sh` starts; SITREP_TEST_PG). Records are built by the synthetic
 * generator (what extraction gives for simple reports), fused by the real fuse module.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prng, syntheticIncident, syntheticReport } from '../../scripts/gen-synthetic.js';
import { MATCH_THRESHOLD, sameIncident } from '../../src/fuse/index.js';
import { StoreInputError, openStore } from '../../src/store/index.js';
import type { IncidentRecord } from '../../src/types.js';
import { ENGINES, snapshot, withStore } from './helpers.js';

const inc0 = syntheticIncident(0, 5, true);
const inc1 = syntheticIncident(1, 5, true);
const report = (inc = inc0, n = 0) => syntheticReport(inc, n, 5);

for (const engine of ENGINES) {
  describe(`store (${engine.name})`, { skip: engine.skip ?? false }, () => {
    it('creates an incident with an ACLED-style id, its article, mentions and claims', () =>
      withStore(engine, async (store) => {
        const { article, records } = report();
        const r = await store.ingestArticle(article, { records, who: 'tester' });
        assert.equal(r.status, 'added');
        assert.equal(r.created.length, 1);
        assert.match(r.created[0]!, /^SYR\d+$/);
        const inc = await store.getIncident(r.created[0]!);
        assert.ok(inc);
        assert.deepEqual(inc.articles, [article.id]);
        assert.equal(inc.fatalities, inc0.fatalities);
        assert.equal(inc.grade, 'weak');
        assert.equal(inc.claims[0]!.start, records[0]!.claims[0]!.start);
        const a = await store.getArticle(article.id, { text: true });
        assert.equal(a?.text, article.text);
        assert.match(a!.hash, /^[0-9a-f]{64}$/);
        assert.deepEqual(a!.incidents, [inc.id]);
        const h = await store.history(inc.id);
        assert.equal(h[0]!.action, 'create');
        assert.equal(h[0]!.who, 'tester');
      }));

    it('is idempotent: the same article twice changes nothing', () =>
      withStore(engine, async (store) => {
        const { article, records } = report();
        await store.ingestArticle(article, { records });
        const before = await snapshot(store);
        const hist = (await store.history(before.length ? (before[0] as { id: string }).id : '')).length;
        const again = await store.ingestArticle({ ...article }, { records });
        assert.equal(again.status, 'duplicate');
        assert.deepEqual(await snapshot(store), before);
        assert.equal((await store.history((before[0] as { id: string }).id)).length, hist);
        assert.equal((await store.stats()).articles, 1);
      }));

    it('fuses later reports of one incident, recomputes figures and grades them', () =>
      withStore(engine, async (store) => {
        const a = await store.ingestArticle(report(inc0, 0).article, { records: report(inc0, 0).records });
        const b = await store.ingestArticle(report(inc0, 1).article, { records: report(inc0, 1).records });
        assert.deepEqual(b.created, []);
        assert.deepEqual(b.updated, a.created);
        let inc = (await store.getIncident(a.created[0]!))!;
        assert.equal(inc.articles.length, 2);
        assert.equal(inc.grade, 'fair', 'two independent sources agreeing');
        // A third report with a higher toll: the figures now compete.
        const c = report(inc0, 2);
        await store.ingestArticle(c.article, { records: c.records });
        inc = (await store.getIncident(a.created[0]!))!;
        assert.equal(inc.articles.length, 3);
        assert.equal(inc.fatalities, inc0.fatalities, 'best estimate stays the conservative figure');
        assert.ok(inc.fatalities_high! > inc0.fatalities);
        assert.ok(inc.disputes.some((d) => d.attribute === 'fatalities'));
        assert.equal(inc.grade, 'contested');
        // A different incident far away stays apart.
        const d = await store.ingestArticle(report(inc1, 0).article, { records: report(inc1, 0).records });
        assert.equal(d.created.length, 1);
        assert.equal((await store.stats()).incidents, 2);
      }));

    it('refuses a malformed record with a message and stores nothing of its article', async () =>
      withStore(engine, async (store) => {
        const good = report(inc0, 0);
        const bad = report(inc1, 0);
        const broken: IncidentRecord[] = [
          { ...bad.records[0]!, id: 'ok-part' },
          { ...bad.records[0]!, id: 'bad-part', latitude: 123, fatalities: -2 },
        ];
        await assert.rejects(store.ingestArticle(bad.article, { records: broken }), (e: Error) => e instanceof StoreInputError && /latitude/.test(e.message));
        const badEventType = [{ ...bad.records[0]!, event_type: 'Picnic' as IncidentRecord['event_type'] }];
        await assert.rejects(store.ingestArticle(bad.article, { records: badEventType }), /event_type/);
        await assert.rejects(store.ingestArticle({ ...bad.article, text: '' }, { records: [] }), /empty text/);
        const stats = await store.stats();
        assert.equal(stats.articles, 0);
        assert.equal(stats.incidents, 0);
        // The rest of a batch goes on.
        const r = await store.ingestArticle(good.article, { records: good.records });
        assert.equal(r.status, 'added');
        assert.equal((await store.stats()).incidents, 1);
      }));

    it('rolls back a whole article when its transaction fails midway', () =>
      withStore(engine, async (store) => {
        const a = report(inc0, 0);
        // Two records: the second's claim points outside the text only after the first was fused.
        const recs = [a.records[0]!, { ...a.records[0]!, id: 'second', claims: [{ ...a.records[0]!.claims[0]!, end: 10 ** 6 }] }];
        await assert.rejects(store.ingestArticle(a.article, { records: recs }), /offsets/);
        assert.deepEqual(await snapshot(store), []);
        assert.equal((await store.stats()).articles, 0);
      }));

    it("keeps an analyst's value over the machine's through re-ingest and re-fusion", () =>
      withStore(engine, async (store) => {
        const id = (await store.ingestArticle(report(inc0, 0).article, { records: report(inc0, 0).records })).created[0]!;
        const edited = await store.edit(id, { fatalities: '42', admin1: 'Somewhere' }, { who: 'ana', why: 'hospital records' });
        assert.equal(edited.fatalities, 42);
        assert.equal(edited.machine.fatalities, inc0.fatalities);
        await store.ingestArticle(report(inc0, 2).article, { records: report(inc0, 2).records });
        // the same text again (idempotent) and a new report
        await store.ingestArticle(report(inc0, 2).article, { records: report(inc0, 2).records });
        await store.ingestArticle(report(inc0, 1).article, { records: report(inc0, 1).records });
        const inc = (await store.getIncident(id))!;
        assert.equal(inc.articles.length, 3);
        assert.equal(inc.fatalities, 42);
        assert.equal(inc.admin1, 'Somewhere');
        assert.equal(inc.analyst.fatalities, 42);
        assert.ok(inc.fatalities_high! > inc0.fatalities, 'machine figures still recomputed');
        const hist = await store.history(id);
        const e = hist.find((h) => h.action === 'edit' && h.field === 'fatalities')!;
        assert.equal(e.who, 'ana');
        assert.equal(e.why, 'hospital records');
        assert.equal(e.old, inc0.fatalities);
        assert.equal(e.new, 42);
        assert.ok(hist.some((h) => h.action === 'update' && h.field === 'articles'));
        // Queries see the analyst's value.
        assert.equal((await store.queryIncidents({ minFatalities: 40 })).total, 1);
        assert.equal((await store.queryIncidents({ admin1: 'somewhere' })).total, 1);
        // Reverting shows the machine's value again.
        const rev = await store.revert(id, ['fatalities'], { who: 'ana' });
        assert.equal(rev.fatalities, inc0.fatalities);
        await assert.rejects(store.edit(id, { claims: '[]' }), /cannot be edited/);
        await assert.rejects(store.edit(id, { fatalities: 'many' }), /not a number/);
      }));

    it('merges incidents (absorbed ids keep resolving), splits them, and records it all', () =>
      withStore(engine, async (store) => {
        const a = (await store.ingestArticle(report(inc0, 0).article, { records: report(inc0, 0).records })).created[0]!;
        const b = (await store.ingestArticle(report(inc1, 0).article, { records: report(inc1, 0).records })).created[0]!;
        await store.edit(b, { notes: 'analyst note on B' }, { who: 'ana' });
        const merged = await store.merge([a, b], { who: 'ana', why: 'same event' });
        assert.equal(merged.id, a);
        assert.deepEqual(merged.absorbed, [b]);
        assert.equal(merged.articles.length, 2);
        assert.equal(merged.notes, 'analyst note on B');
        assert.equal((await store.getIncident(b))!.id, a, 'absorbed id resolves to the merged incident');
        assert.equal((await store.stats()).incidents, 1);
        const del = await store.deletions();
        assert.deepEqual(del.map((d) => [d.id, d.merged_into]), [[b, a]]);
        // New reports still join the merged incident.
        const r = await store.ingestArticle(report(inc0, 1).article, { records: report(inc0, 1).records });
        assert.deepEqual(r.updated, [a]);
        // Split B's article out again.
        const bArticles = [report(inc1, 0).article.id];
        const { original, created } = await store.split(a, bArticles, { who: 'ana', why: 'two events after all' });
        assert.deepEqual(original.articles, [report(inc0, 0).article.id, report(inc0, 1).article.id]);
        assert.deepEqual([...created.articles].sort(), [...bArticles].sort());
        assert.notEqual(created.id, a);
        assert.notEqual(created.id, b, 'ids are never reused');
        assert.equal(created.fatalities, inc1.fatalities);
        await assert.rejects(store.split(a, [report(inc0, 0).article.id, report(inc0, 1).article.id]), /every article/);
        await assert.rejects(store.split(a, ['nope']), /no article/);
        const hist = await store.history(a);
        const actions = hist.map((h) => h.action);
        for (const x of ['create', 'merge', 'absorbed', 'update', 'split']) assert.ok(actions.includes(x as never), `history has ${x}`);
        assert.ok(hist.filter((h) => h.action === 'merge').every((h) => h.who === 'ana' && h.why === 'same event'));
        await assert.rejects(store.merge([a, a]), /already part/);
        await assert.rejects(store.merge([a, 'SYR999999']), /no incident/);
      }));

    it('confirms, deletes and restores, with history and the deletion list', () =>
      withStore(engine, async (store) => {
        const id = (await store.ingestArticle(report(inc0, 0).article, { records: report(inc0, 0).records })).created[0]!;
        const c = await store.confirm(id, { who: 'ana' });
        assert.equal(c.grade, 'confirmed');
        assert.equal(c.confirmed, true);
        assert.equal((await store.queryIncidents({ grade: 'confirmed' })).total, 1);
        await store.delete(id, { who: 'ana', why: 'not an incident' });
        assert.equal(await store.getIncident(id), null);
        assert.equal((await store.getIncident(id, { includeDeleted: true }))!.deleted, true);
        assert.deepEqual((await store.deletions()).map((d) => [d.id, d.why]), [[id, 'not an incident']]);
        await store.restore(id, { who: 'ana' });
        assert.ok(await store.getIncident(id));
        assert.deepEqual(
          (await store.history(id)).map((h) => h.action),
          ['create', 'confirm', 'confirm', 'delete', 'restore'],
        );
      }));

    it('filters queries by country, admin1, dates, type, actor, fatalities, article, and pages them', () =>
      withStore(engine, async (store) => {
        const incs = Array.from({ length: 12 }, (_, k) => syntheticIncident(k, 9, true));
        for (const inc of incs) {
          const rep = syntheticReport(inc, 0, 9);
          await store.ingestArticle(rep.article, { records: rep.records });
        }
        assert.equal((await store.queryIncidents()).total, 12);
        assert.equal((await store.queryIncidents({ country: 'SY' })).total, incs.filter((i) => i.country.iso === 'SY').length);
        assert.equal((await store.queryIncidents({ country: 'SYR' })).total, incs.filter((i) => i.country.iso === 'SY').length);
        const one = incs[3]!;
        assert.equal((await store.queryIncidents({ admin1: one.admin1.toUpperCase(), country: one.country.iso })).total, incs.filter((i) => i.admin1 === one.admin1 && i.country === one.country).length);
        assert.equal((await store.queryIncidents({ since: one.date, until: one.date })).total, incs.filter((i) => i.date === one.date).length);
        assert.equal((await store.queryIncidents({ type: one.kind.sub })).total, incs.filter((i) => i.kind.sub === one.kind.sub).length);
        assert.equal((await store.queryIncidents({ type: 'battles' })).total, incs.filter((i) => i.kind.type === 'Battles').length);
        assert.equal((await store.queryIncidents({ actor: 'forces of yemen' })).total, incs.filter((i) => i.country.iso === 'YE').length);
        assert.equal((await store.queryIncidents({ minFatalities: 10 })).total, incs.filter((i) => i.fatalities >= 10).length);
        assert.equal((await store.queryIncidents({ article: syntheticReport(one, 0, 9).article.id })).items[0]!.location, one.location);
        const p1 = await store.queryIncidents({}, { limit: 5, offset: 0 });
        const p3 = await store.queryIncidents({}, { limit: 5, offset: 10 });
        assert.equal(p1.items.length, 5);
        assert.equal(p3.items.length, 2);
        assert.equal(p3.total, 12);
        const dates = p1.items.map((i) => i.event_date!);
        assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
      }));

    it('candidate search loses no match a full scan would find (mixed date and place precisions, undated, no point)', () =>
      withStore(engine, async (store) => {
        const rnd = prng(11);
        const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
        const day0 = Date.UTC(2020, 0, 1) / 86400000;
        const iso = (d: number) => new Date(d * 86400000).toISOString().slice(0, 10);
        // Dense: 1.6 x 1.6 degrees, 70 days, a few place names, so that many pairs are near a decision.
        const item = (k: number) => {
          const { article, records } = syntheticReport(syntheticIncident(k * 10, 5), 0, 5);
          const day = day0 + Math.floor(rnd() * 70);
          const geo = pick([1, 1, 2, 3] as const);
          const dated = rnd() > 0.1;
          const pointless = geo === 3 && rnd() < 0.5;
          const r: IncidentRecord = {
            ...records[0]!,
            event_date: dated ? iso(day) : null,
            time_precision: pick([1, 1, 1, 2, 3] as const),
            geo_precision: geo,
            latitude: pointless ? null : 35.5 + rnd() * 1.6,
            longitude: pointless ? null : 37.5 + rnd() * 1.6,
            location: pick(['Place-A', 'Place-B', 'Place-C', 'Place-D', null]),
            admin1: pick(['Aleppo', 'Idlib', null]),
          };
          return { article: { ...article, published: iso(day + Math.floor(rnd() * 4) - (rnd() < 0.1 ? 20 : 0)) }, records: [r] };
        };
        let merged = 0;
        let created = 0;
        for (let k = 0; k < 260; k++) {
          const { article, records } = item(k);
          // The full scan: every live incident scored by fuse, with the articles' publication dates.
          const { items } = await store.queryIncidents({}, { order: 'id' });
          const probe = { ...records[0]!, published: [article.published] } as IncidentRecord;
          let best: string | null = null;
          let bestScore = MATCH_THRESHOLD;
          for (const inc of items) {
            const arts = await store.articles({ incident: inc.id });
            const first = arts.map((a) => a.published).filter((p): p is string => !!p).sort()[0];
            const s = sameIncident(probe, { ...inc, published: first ? [first] : [] } as IncidentRecord);
            if (s > bestScore || (s === bestScore && (best === null || inc.id < best))) [best, bestScore] = [inc.id, s];
          }
          const r = await store.ingestArticle(article, { records });
          if (best) {
            assert.deepEqual(r.updated, [best], `article ${k}: a full scan joins ${best}`);
            merged++;
          } else {
            assert.equal(r.created.length, 1, `article ${k}: a full scan finds no match`);
            created++;
          }
        }
        assert.ok(merged >= 20 && created >= 20, `both outcomes exercised (merged ${merged}, created ${created})`);
      }));

    it('counts stay exact through writes of this store and of another connection (count cache)', () =>
      withStore(engine, async (store, spec) => {
        const add = (k: number, n = 0) => report(syntheticIncident(k, 5, true), n);
        for (const k of [0, 1, 2]) await store.ingestArticle(add(k).article, { records: add(k).records });
        const count = async (f = {}) => (await store.queryIncidents(f, { limit: 1 })).total;
        assert.equal(await count(), 3);
        assert.equal(await count(), 3, 'asked again');
        const r = await store.ingestArticle(add(3).article, { records: add(3).records });
        assert.equal(await count(), 4);
        await store.delete(r.created[0]!);
        assert.equal(await count(), 3);
        const country = syntheticIncident(0, 5, true).country.iso;
        const inCountry = await count({ country });
        // Another connection (another process, in practice) writes: this store sees it.
        const other = await openStore(spec);
        try {
          const x = add(10);
          assert.equal(x.records[0]!.country, country);
          await other.ingestArticle(x.article, { records: x.records });
        } finally {
          await other.close();
        }
        assert.equal(await count(), 4);
        assert.equal(await count({ country }), inCountry + 1);
        store.countCache = false;
        assert.equal(await count(), 4);
      }));

    it('keeps a second text under an id already stored, under a suffixed id', () =>
      withStore(engine, async (store) => {
        const a = report(inc0, 0);
        await store.ingestArticle(a.article, { records: a.records });
        const changed = { ...a.article, text: a.article.text + ' Updated.' };
        const r = await store.ingestArticle(changed, { records: a.records });
        assert.equal(r.status, 'added');
        assert.equal(r.article, `${a.article.id}#${r.hash.slice(0, 8)}`);
        const all = await store.articles();
        assert.equal(all.length, 2);
      }));
  });
}
