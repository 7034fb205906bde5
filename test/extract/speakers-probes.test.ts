/** Who speaks is no side, and a wire's back reference is no claimant. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string, published: string): Article => ({ id, text, published, outlet: null, url: null, title: null });

test('"As reported earlier, …" names no claimant "As"', () => {
  const r = extractArticle(art('sp1', 'Russian forces struck Sumy with guided aerial bombs on Thursday, killing three people, the regional administration said.\nAs reported earlier, Russian troops have intensified attacks in the Sumy region.', '2024-06-14'));
  assert.equal(r.length, 1);
  assert.ok(!r[0]!.sources.some((s) => /^as$/i.test(s)), JSON.stringify(r[0]!.sources));
  assert.equal(r[0]!.sub_event_type, 'Air/drone strike');
});

test('a force whose spokesperson speaks is no side: bandits killing villagers stay an attack on civilians', () => {
  const r = extractArticle(art('sp2', 'Bandits killed 12 people in an attack on Gidan Goga village in Maradun area of Zamfara State on Sunday, residents said. The spokesperson of the Zamfara State Police Command, Musa Ali, confirmed the attack but said nine people were killed.', '2024-06-11'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.event_type, 'Violence against civilians');
  assert.equal(r[0]!.inter2, 7);
});

test('a group that owns the reporting TV, or that accuses the attackers, is no side', () => {
  const r = extractArticle(art('sp3', 'Four civilians were killed when Saudi border guards shelled a village in Saada province on Monday, the Houthi-run al-Masirah TV reported. The Houthi group has repeatedly accused Saudi forces of firing at residents of border areas.', '2024-06-11'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.inter2, 7, `${r[0]!.actor1} / ${r[0]!.actor2}`);
});

test('"We suspect … al-Shabaab," she said: the blame is the named speaker\'s, not "We"', () => {
  const [r] = extractArticle(art('sp4', 'Two police officers were killed when their vehicle ran over an improvised explosive device in Mandera county on Sunday, police commander Jane Wambui said. "We suspect the device was planted by al-Shabaab militants," she said.', '2024-01-08'));
  assert.ok(r);
  assert.ok(!r.sources.some((s) => /^we$/i.test(s)), JSON.stringify(r.sources));
  assert.ok(r.claims.some((c) => c.attribute === 'perpetrator' && /Wambui/.test(c.source)), JSON.stringify(r.claims.filter((c) => c.attribute === 'perpetrator')));
});

test('the one a denial accuses of something else ("accusing the army of using homes as bases") is no side', () => {
  const [r] = extractArticle(art('sp5', 'At least nine people were killed on Tuesday when RSF fighters shelled a market in El Fasher, a medical source said. The RSF denied targeting civilians, accusing the army of using residential areas as military bases.', '2024-06-12'));
  assert.ok(r);
  assert.equal(r.inter2, 7, `${r.actor1} / ${r.actor2}`);
});
