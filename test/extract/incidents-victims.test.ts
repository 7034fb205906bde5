/** Victim kinds are read at the figure, up to the next clause; two counts of one value for different victims both count. Sentences written for these tests. */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string): Article => ({ id, text, published: '2024-04-17', outlet: null, url: null, title: null });
const injuryKinds = (r: ReturnType<typeof extractArticle>) => r[0]!.claims.filter((c) => c.attribute === 'injuries').map((c) => (c as unknown as { kind: string | null }).kind);

test('"two others injured when militants attacked": the injured are no militants', () => {
  const r = extractArticle(art('v1', 'Three policemen were martyred and two others injured when militants attacked a police post in Bannu on Tuesday night, police said.'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.injuries, 2);
  assert.deepEqual(injuryKinds(r), [null]);
});

test('"Two soldiers were martyred … and two of the attackers were killed": 2 + 2 in one sentence', () => {
  const r = extractArticle(art('v2', 'Two soldiers were martyred when militants attacked a checkpost in Tank on Tuesday and two of the attackers were killed in the exchange of fire, the ISPR said.'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.fatalities, 4);
});

test('in an unpunctuated summary the noun nearest the figure names the victims', () => {
  const r = extractArticle(art('v3', 'Two militants and one soldier were killed during an exchange of fire in Kurram district on April 16 reports Dawn Troops deployed at the post responded and killed two terrorists The killed soldier was identified as Sepoy Khan'));
  assert.equal(r.length, 1);
  assert.equal(r[0]!.fatalities, 3);
});
