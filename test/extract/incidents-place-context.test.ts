/**
 * Which place locates an incident when the story names more than one (reports written for these tests): a
 * town inside an organisation's name ("Kabul Bank"), a namesake abroad tied with a region of the story's own
 * country, and a town whose only gazetteer reading lies outside the province the story names.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/types.js';

const art = (id: string, text: string, published = '2025-03-10'): Article => ({ id, text, published, outlet: null, url: null, title: null });

test("a town inside an organisation's name does not outvote the town where the attack happened", () => {
  const [r] = extractArticle(art('org1', 'A suicide bomber struck a queue of soldiers outside a Kabul Bank branch in Jalalabad on Sunday, killing nine people, officials said.'));
  assert.match(r?.location ?? '', /^Jal[aā]l[aā]b[aā]d$/);
  assert.equal(r?.admin1, 'Nangarhar');
  // Alone, the organisation's town still says where.
  const [k] = extractArticle(art('org2', 'A suicide bomber struck a queue of soldiers outside a Kabul Bank branch on Sunday, killing nine people, officials said.'));
  assert.equal(k?.country, 'AF');
});

test("a namesake abroad tied with a region of the story's country gives way to the geoparser's country context", () => {
  const [r] = extractArticle(art('tie1', 'Gunmen killed a village chief and two of his guards in Dendi district of West Shewa zone, Oromia region, on Friday, residents said.'));
  assert.equal(r?.country, 'ET');
  assert.match(r?.admin1 ?? '', /^Oromi/);
});

test('a town read in another province than the one the story names ranks below a town inside it', () => {
  const [r] = extractArticle(art('prov1', 'Armed herders killed nine farmers in a night raid on a village in Plateau state on Friday, police said. The attackers struck Dutse village in Mangu area.'));
  assert.equal(r?.location, 'Mangu');
  assert.equal(r?.admin1, 'Plateau State');
});
