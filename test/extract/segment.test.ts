import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/doc.js';
import { segmentComponent, segmentText, isCaptionLine } from '../../src/extract/segment.js';

function seg(text: string) {
  const doc = createDoc({ id: 't', text, outlet: null, url: null, published: null, title: null });
  segmentComponent.run(doc);
  return doc;
}

test('sentence offsets are exact character offsets into the text', () => {
  const text =
    'Rebels seized Kidal — officials said.\n\n  Gen. Mark Milley said on Feb. 7 that 3 people died.  Sgt. Maj. Smith left at 3 p.m. on Sept. 4.\n';
  const doc = seg(text);
  for (const s of doc.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(
    doc.sentences.map((s) => s.text),
    [
      'Rebels seized Kidal — officials said.',
      'Gen. Mark Milley said on Feb. 7 that 3 people died.',
      'Sgt. Maj. Smith left at 3 p.m. on Sept. 4.',
    ],
  );
  assert.deepEqual(
    doc.sentences.map((s) => s.paragraph),
    [0, 1, 1],
  );
});

test('a headline without final punctuation is its own sentence', () => {
  const doc = seg('Gunmen kill five in attack on market\nGunmen killed five people at a market on Monday, police said.');
  assert.equal(doc.sentences.length, 2);
  assert.equal(doc.sentences[0]!.text, 'Gunmen kill five in attack on market');
  assert.equal(doc.sentences[0]!.caption, false);
});

test('a line break ends a sentence, but hard-wrapped lines are joined', () => {
  const wrapped = seg(
    'Security forces opened fire on protesters in the capital on Friday and\nwounded at least twelve people, a rights group said.',
  );
  assert.equal(wrapped.sentences.length, 1);
  const lines = seg('The blast happened shortly after the plane landed\nAt least 26 people were killed.');
  assert.equal(lines.sentences.length, 2);
});

test('paragraphs: blank-line blocks, or one per line when the text has no blank lines', () => {
  const blank = seg('First one. Second one.\n\nThird one.');
  assert.deepEqual(blank.sentences.map((s) => s.paragraph), [0, 0, 1]);
  const lines = seg('First one.\nSecond one.\nThird one.');
  assert.deepEqual(lines.sentences.map((s) => s.paragraph), [0, 1, 2]);
});

test('captions, credits, bylines and lone outlet lines are flagged', () => {
  const text = [
    'Troops clash with protesters in northern town',
    '',
    'Soldiers guard a checkpoint near the town on May 3, 2018. (Photo by Jane Doe/AFP via Getty Images)',
    'CNN  — ',
    '',
    'By Sam Writer, Daily Example',
    '',
    'Frontier Herald',
    '',
    'Image: Paratroopers at a training base',
    'Paratroopers train at the base in August 2015. Spc. Jo Example / Combined Joint Task Force file',
    '',
    'Soldiers fired tear gas at protesters on Tuesday, witnesses said.',
  ].join('\n');
  const doc = seg(text);
  const flagged = (needle: string) => doc.sentences.filter((s) => s.text.includes(needle)).every((s) => s.caption);
  assert.ok(flagged('Soldiers guard a checkpoint'));
  assert.ok(flagged('Photo by'));
  assert.ok(flagged('CNN'));
  assert.ok(flagged('By Sam Writer'));
  assert.ok(flagged('Frontier Herald'));
  assert.ok(flagged('Image:'));
  assert.ok(flagged('Paratroopers train'));
  assert.ok(flagged('Spc. Jo Example'));
  const story = doc.sentences.filter((s) => !s.caption).map((s) => s.text);
  assert.deepEqual(story, [
    'Troops clash with protesters in northern town',
    'Soldiers fired tear gas at protesters on Tuesday, witnesses said.',
  ]);
});

test('story sentences that mention photos are not captions', () => {
  assert.equal(isCaptionLine('Photos posted on Twitter show several bodies lying on the street.', false), false);
  assert.equal(isCaptionLine('By nightfall the army had retaken the town, residents said.', false), false);
  assert.equal(isCaptionLine('Image: Smoke over the city', false), true);
});

test('tokens carry part of speech and their sentence', () => {
  const { sentences, tokens } = segmentText('Militants attacked a base. Two soldiers died.');
  assert.equal(sentences.length, 2);
  const died = tokens.find((t) => t.text === 'died')!;
  assert.equal(died.sentence, 1);
  assert.equal(died.pos, 'VERB');
  assert.ok(tokens.every((t) => t.text.trim() !== ''));
});

test('empty and whitespace-only texts give no sentences', () => {
  assert.equal(seg('').sentences.length, 0);
  assert.equal(seg(' \n\n \t').sentences.length, 0);
});

test('web-page furniture: menus, share bars, footers and the teasers under "Related posts"', () => {
  const text = [
    'Home | World | Middle East | About us | Contact',
    'Rebels shell a market in the east',
    'Rebel shelling killed four people at a market in the town on Tuesday, residents said.',
    'Share this: Facebook Twitter WhatsApp',
    'Related posts',
    'Ten soldiers killed in ambush near the border',
    'Airstrikes hit fuel depots in the north',
    'Subscribe to our newsletter | Copyright 2021 Example News',
  ].join('\n');
  const doc = seg(text);
  const story = doc.sentences.filter((s) => !s.caption).map((s) => s.text);
  assert.deepEqual(story, [
    'Rebels shell a market in the east',
    'Rebel shelling killed four people at a market in the town on Tuesday, residents said.',
  ]);
});

test('prose after a "more stories" block is story again; a story line is not a menu', () => {
  const prose = 'Later on Wednesday, militants attacked a police post outside the town, killing two officers and wounding three others, the provincial police chief said, adding that a search operation was under way in the surrounding villages.';
  const doc = seg(['You may also like', 'Ten soldiers killed in ambush near the border', prose].join('\n'));
  assert.deepEqual(doc.sentences.filter((s) => !s.caption).map((s) => s.text), [prose]);
  assert.equal(isCaptionLine('Gunmen killed three people in the town | police said they had no suspects yet and that the motive was unclear.', false), false);
  assert.equal(isCaptionLine('The copyright dispute was settled in 2019, the court said.', false), false);
});

test('a whole story on one line that opens with a byline is not a caption', () => {
  const line = `By Jo Analyst, researcher at an example institute On 12 February, gunmen attacked an army post near the border town, killing four soldiers. ${'The army said it had reinforced its positions along the border after the attack. '.repeat(5)}`;
  assert.equal(isCaptionLine(line, false), false);
  assert.equal(isCaptionLine('By Jo Analyst, Example Times', false), true);
});
