import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../../src/doc.js';
import { segmentComponent } from '../../src/extract/segment.js';
import { datesComponent, eventDateFor, findDates, storyDate } from '../../src/extract/dates.js';

function run(text: string, published: string | null): Doc {
  const doc = createDoc({ id: 't', text, outlet: null, url: null, published, title: null });
  segmentComponent.run(doc);
  datesComponent.run(doc);
  return doc;
}
const one = (text: string, published: string | null) => {
  const found = findDates(text, published);
  assert.equal(found.length, 1, `one date in ${JSON.stringify(text)}: ${JSON.stringify(found)}`);
  return found[0]!;
};

// 2020-03-12 is a Thursday; 2020-03-11 a Wednesday.
test('bare weekdays fall on or before the publication day', () => {
  assert.equal(one('Rockets hit the base on Wednesday.', '2020-03-12').date, '2020-03-11');
  assert.equal(one('Rockets hit the base on Wednesday.', '2020-03-11').date, '2020-03-11');
  assert.equal(one('Rockets hit the base on Sunday.', '2020-03-12').date, '2020-03-08');
  const m = one('Gunmen attacked on Monday morning.', '2020-03-12');
  assert.equal(m.kind, 'weekday');
  assert.equal(m.precision, 1);
  assert.equal(m.date, '2020-03-09');
});

test('year-less dates fall in the past', () => {
  assert.equal(one('The attack on Dec. 30 killed two.', '2021-01-02').date, '2020-12-30');
  assert.equal(one('The attack on Feb. 7 killed two.', '2018-02-08').date, '2018-02-07');
  const m = one('Police said on 12 February 2020 that nobody died.', '2021-06-01');
  assert.equal(m.date, '2020-02-12');
  assert.equal(m.kind, 'explicit');
  assert.equal(m.text, '12 February 2020');
});

test('casual days: today, this morning, yesterday, last night, overnight', () => {
  assert.equal(one('Shelling resumed today.', '2020-03-12').date, '2020-03-12');
  assert.equal(one('Shelling resumed this morning.', '2020-03-12').date, '2020-03-12');
  assert.equal(one('Shelling resumed yesterday.', '2020-03-12').date, '2020-03-11');
  assert.equal(one('Shelling resumed last night.', '2020-03-12').date, '2020-03-11');
  const o = one('Rockets struck the airport overnight.', '2020-03-12');
  assert.equal(o.date, '2020-03-11');
  assert.equal(o.kind, 'relative');
});

test('last week, last month, last year and bare years get coarse precision', () => {
  const week = one('A drone struck the convoy last week.', '2020-03-12');
  assert.equal(week.precision, 2);
  const month = one('A drone struck the convoy last month.', '2020-05-12');
  assert.deepEqual([month.date, month.precision], ['2020-04-15', 3]);
  const year = one('A drone struck the convoy last year.', '2020-05-12');
  assert.deepEqual([year.date.slice(0, 4), year.precision, year.kind], ['2019', 3, 'year']);
  const y2019 = one('The group was founded in 2019.', '2020-05-12');
  assert.deepEqual([y2019.text, y2019.kind, y2019.precision], ['2019', 'year', 3]);
  assert.equal(findDates('The war killed 2019 people.', '2020-05-12').length, 0);
});

test('ranges and parts of months', () => {
  const r = one('At least 85 civilians were killed between February 1 and 10, the UN said.', '2020-02-12');
  assert.deepEqual([r.date, r.endDate, r.kind, r.precision], ['2020-02-01', '2020-02-10', 'range', 2]);
  const late = one('A rocket attack in late December killed a contractor.', '2020-03-12');
  assert.deepEqual([late.date.slice(0, 7), late.precision, late.text], ['2019-12', 2, 'late December']);
  const mid = one('Fighting began in mid-January.', '2020-03-12');
  assert.deepEqual([mid.date, mid.precision], ['2020-01-15', 2]);
});

test('times of day attach to their day and are no date alone', () => {
  const m = one('Gunmen opened fire on Wednesday at 9:45 am.', '2020-03-12');
  assert.equal(m.date, '2020-03-11');
  assert.equal(findDates('At 9:45 am, a patrol tried to enter the area.', '2020-03-12').length, 0);
  const n = one('Today, around noon, a patrol was stopped.', '2020-02-12');
  assert.equal(n.date, '2020-02-12');
});

test('durations, future and event-relative expressions are not dates', () => {
  assert.equal(findDates('Over the past eight months, 40 people died.', '2020-05-12').length, 0);
  assert.equal(findDates('Talks will resume tomorrow.', '2020-05-12').length, 0);
  assert.equal(findDates('Several hours later, a second blast shook the city.', '2020-05-12').length, 0);
  assert.equal(findDates('Soldiers may march to the border.', '2020-05-12').length, 0);
});

test('without a publication date only absolute dates are kept', () => {
  const found = findDates('On Wednesday, yesterday, and on March 3, 2019 troops clashed.', null);
  assert.deepEqual(found.map((d) => d.date), ['2019-03-03']);
});

test('offsets are exact and caption dates are flagged', () => {
  const text =
    'Soldiers at a base in August 2015. (Photo by Jane Doe/AFP via Getty Images)\n\nMilitants stormed the base on Wednesday, police said.';
  const doc = run(text, '2020-03-12');
  for (const d of doc.dates) assert.equal(text.slice(d.start, d.end), d.text);
  const aug = doc.dates.find((d) => d.text === 'August 2015')!;
  assert.equal(aug.caption, true);
  const wed = doc.dates.find((d) => d.text === 'Wednesday')!;
  assert.equal(wed.caption, false);
  assert.deepEqual(storyDate(doc), { date: '2020-03-11', precision: 1 });
});

test('eventDateFor: same sentence, else earlier in the paragraph, else the story date', () => {
  const text = [
    'Militants attacked an army post on Tuesday, the army said. Two soldiers died in the attack.',
    '',
    'In a separate incident, a roadside bomb killed a driver.',
    '',
    'A rocket attack in late December killed a contractor.',
  ].join('\n');
  const doc = run(text, '2020-03-12');
  const idx = (needle: string) => doc.sentences.findIndex((s) => s.text.includes(needle));
  assert.deepEqual(eventDateFor(doc, idx('Militants attacked')), { date: '2020-03-10', precision: 1 });
  assert.deepEqual(eventDateFor(doc, idx('Two soldiers died')), { date: '2020-03-10', precision: 1 });
  assert.deepEqual(eventDateFor(doc, idx('roadside bomb')), { date: '2020-03-10', precision: 1 });
  const dec = eventDateFor(doc, idx('late December'))!;
  assert.deepEqual([dec.date.slice(0, 7), dec.precision], ['2019-12', 2]);
});

test('an explicit date outranks a weekday that contradicts it', () => {
  const doc = run(
    'Forces engaged the attackers on Tuesday.\n\n"The attack began Feb. 7," the statement reads.\n\nA monitor said fighting went on on Tuesday and on Feb. 7.',
    '2018-02-08',
  );
  assert.deepEqual(storyDate(doc), { date: '2018-02-07', precision: 1 });
  const last = doc.sentences.length - 1;
  assert.deepEqual(eventDateFor(doc, last), { date: '2018-02-07', precision: 1 });
});

test('no dates and no "today": no story date', () => {
  const doc = run('Fighters clashed near the border, a monitor said.', '2020-03-12');
  assert.equal(storyDate(doc), null);
  assert.equal(eventDateFor(doc, 0), null);
});
