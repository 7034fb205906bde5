import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type Doc } from '../../src/doc.js';
import { segmentComponent } from '../../src/extract/segment.js';
import { datesComponent, eventDateFor, findDates, storyDate, undatedEventDate } from '../../src/extract/dates.js';

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

// ---- news-style expressions (sentences written for these tests) ---------------------------------------

test('parts of days attach to their weekday; late, early hours', () => {
  // 2020-03-12 is a Thursday.
  assert.equal(one('Gunmen struck the village late on Monday.', '2020-03-12').date, '2020-03-09');
  assert.equal(one('Shelling hit the market in the early hours of Sunday.', '2020-03-12').date, '2020-03-08');
  assert.equal(one('Militants raided the post on Tuesday night.', '2020-03-12').date, '2020-03-10');
  const fri = one('The convoy was ambushed on Friday last week.', '2020-03-12');
  assert.deepEqual([fri.date, fri.precision], ['2020-03-06', 1]);
});

test('weekday abbreviations and words that only look like weekdays are not dates', () => {
  assert.equal(findDates('The Sun reported that the minister sat down with rebels.', '2020-03-12').length, 0);
  assert.equal(findDates('Police charged Sun with assault.', '2020-03-12').length, 0);
  assert.equal(findDates('Troops will return next Monday.', '2020-03-12').length, 0);
  assert.equal(findDates('Voters go to the polls this coming Sunday.', '2020-03-12').length, 0);
  // "later Thursday" is later that Thursday, not a Thursday to come.
  assert.equal(one('He was formally arrested later Thursday.', '2020-03-13').date, '2020-03-12');
});

test('fractions, number ranges and clock times are not dates', () => {
  assert.equal(findDates('Prices rose 7 3/4 points.', '2020-03-12').length, 0);
  assert.equal(findDates('Between 5 to 10 houses burned; children aged 13 to 17 fled.', '2020-03-12').length, 0);
  assert.equal(findDates('The checkpoint is staffed from 9 to 11 am.', '2020-03-12').length, 0);
});

test('weekends and this week stay at or before publication with week precision', () => {
  // 2020-03-12 is a Thursday: the last weekend is 7-8 March.
  const w = one('Clashes erupted over the weekend.', '2020-03-12');
  assert.deepEqual([w.date, w.precision], ['2020-03-07', 2]);
  assert.equal(one('Clashes erupted at the weekend.', '2020-03-12').date, '2020-03-07');
  // Read on Sunday 15 March, "last weekend" is the one before.
  assert.equal(one('Clashes erupted last weekend.', '2020-03-15').date, '2020-03-07');
  assert.equal(one('Clashes erupted this weekend.', '2020-03-15').date, '2020-03-14');
  const week = one('Clashes erupted earlier this week.', '2020-03-12');
  assert.equal(week.precision, 2);
  assert.ok(week.date >= '2020-03-09' && week.date <= '2020-03-12', week.date);
  const last = one('Clashes erupted last week.', '2020-03-12');
  assert.ok(last.date >= '2020-03-02' && last.date <= '2020-03-08', last.date);
});

test('this month, last May, March last year: months relative to publication', () => {
  const m = one('Two soldiers were killed earlier this month.', '2020-03-12');
  assert.deepEqual([m.date.slice(0, 7), m.precision], ['2020-03', 3]);
  assert.ok(m.date <= '2020-03-12', 'a month-precision date within the current month is no later than publication');
  assert.equal(findDates('The trial resumes later this month.', '2020-03-12').length, 0);
  assert.equal(one('The town fell last May.', '2020-03-12').date.slice(0, 7), '2019-05');
  assert.equal(one('The town fell last February.', '2020-03-12').date.slice(0, 7), '2020-02');
  assert.equal(one('The town fell in February last year.', '2020-03-12').date.slice(0, 7), '2019-02');
  assert.equal(findDates('Officials may visit last month.', '2020-03-12').filter((d) => d.kind === 'month').length, 0);
});

test('ordinals: "on the 5th", "March 3rd", "the 3rd of March"; not "the 5th floor"', () => {
  assert.equal(one('The base was shelled on the 5th, the army said.', '2020-03-12').date, '2020-03-05');
  // The 20th of March is still to come on 12 March: the 20th meant is February's.
  assert.equal(one('The base was shelled on the 20th.', '2020-03-12').date, '2020-02-20');
  assert.equal(findDates('Snipers fired from a window on the 5th floor.', '2020-03-12').length, 0);
  assert.equal(one('Gunmen attacked on March 3rd.', '2020-03-12').date, '2020-03-03');
  assert.equal(one('Gunmen attacked on the 3rd of March.', '2020-03-12').date, '2020-03-03');
  const night = one('Drones struck the depot on the night of 3 to 4 March.', '2020-03-12');
  assert.deepEqual([night.date, night.endDate, night.precision], ['2020-03-03', '2020-03-04', 2]);
});

test('anaphoric days count from the date told before them, else from publication', () => {
  const doc = run('Rebels attacked the town on Monday. The next day, troops retook it. Two days later, aid arrived.', '2020-03-12');
  assert.deepEqual(doc.dates.map((d) => [d.text, d.date]), [
    ['Monday', '2020-03-09'],
    ['The next day', '2020-03-10'],
    ['Two days later', '2020-03-12'],
  ]);
  assert.equal(one('The bodies were found a day earlier.', '2020-03-12').date, '2020-03-11');
  assert.equal(one('Police had searched the house the previous day.', '2020-03-12').date, '2020-03-11');
  const year = one('A similar attack killed 12 a year earlier.', '2020-03-12');
  assert.deepEqual([year.date.slice(0, 4), year.kind], ['2019', 'year']);
  // Counted from another event, or into the future of publication: no date.
  assert.equal(findDates('Troops arrived the day before the attack.', '2020-03-12').length, 0);
  assert.equal(findDates('Aid will arrive two days later.', '2020-03-12').length, 0);
  // A caption's date anchors nothing.
  const cap = run('Soldiers at a checkpoint on 4 June 2015. (Photo: AFP)\n\nGunmen fired on the post the previous day.', '2020-03-12');
  assert.equal(cap.dates.find((d) => d.text === 'the previous day')?.date, '2020-03-11');
});

test('year-less dates are past unless the sentence speaks of the future', () => {
  assert.equal(one('Gunmen killed him on Nov. 21.', '2020-11-02').date, '2019-11-21');
  assert.equal(one('Talks are scheduled for Nov. 21.', '2020-11-02').date, '2020-11-21');
  assert.equal(one('Elections are due in March.', '2020-02-10').date.slice(0, 7), '2020-03');
  assert.equal(one('Fighting broke out in March.', '2020-02-10').date.slice(0, 7), '2019-03');
  // A day or two ahead is a time zone or a late timestamp, not last year.
  assert.equal(one('The attack on March 13 killed four.', '2020-03-12').date, '2020-03-13');
  // Across the new year, "Jan. 14" to come is this January.
  assert.equal(one('The ceasefire is set to expire on Jan. 14.', '2020-12-28').date, '2021-01-14');
});

test('years: attributive, listed and ranged; not counts or model years', () => {
  const y = one('Survivors of the 2014 offensive returned.', '2020-03-12');
  assert.deepEqual([y.text, y.kind, y.precision], ['2014', 'year', 3]);
  assert.deepEqual(findDates('Elections were cancelled in 1997, 1998 and 2001.', '2020-03-12').map((d) => d.text), ['1997', '1998', '2001']);
  assert.deepEqual(findDates('The group was active between 1994 and 1997.', '2020-03-12').map((d) => d.text), ['1994', '1997']);
  assert.equal(findDates('The 2000 troops left.', '2020-03-12').length, 0);
  assert.equal(findDates('The bomb was hidden in a 2005 Toyota Corolla.', '2020-03-12').length, 0);
  assert.equal(findDates('The 2019 budget was cut.', '2020-03-12').length, 0);
  // The current year's stand-in day does not lie after publication.
  assert.ok(one('Attacks rose this year.', '2020-03-12').date <= '2020-03-12');
});

test('event dates ignore dates after publication', () => {
  const doc = run('Rebels attacked the town on Monday and vowed to return on April 30, when talks will be held.', '2020-03-12');
  assert.deepEqual(eventDateFor(doc, 0), { date: '2020-03-09', precision: 1 });
  const only = run('A strike is planned for April 30.', '2020-03-12');
  assert.equal(only.dates[0]?.date, '2020-04-30');
  assert.equal(eventDateFor(only, 0), null);
});

test('an undated report: the day before publication, week precision', () => {
  assert.deepEqual(undatedEventDate('2020-03-12'), { date: '2020-03-11', precision: 2 });
  assert.equal(undatedEventDate(null), null);
});

test('numeric dates: day-first or month-first, whichever lies nearest before publication', () => {
  assert.equal(one('The attack took place on 10/03/2020.', '2020-03-12').date, '2020-03-10');
  assert.equal(one('The attack took place on 03/10/2020.', '2020-03-12').date, '2020-03-10');
  assert.equal(one('The attack took place on 25/02/2020.', '2020-03-12').date, '2020-02-25');
  assert.equal(one('The attack took place on 10-03-2020.', '2020-03-12').date, '2020-03-10');
});

test('"a few days ago", "several days ago": week precision', () => {
  const few = one('Gunmen attacked the village a few days ago.', '2020-03-12');
  assert.deepEqual([few.precision, few.date < '2020-03-12'], [2, true]);
  assert.equal(one('Gunmen attacked the village two days ago.', '2020-03-12').precision, 1);
});

test('two neighbouring days, weeks of a month, parts of last month', () => {
  const two = one('Clashes on March 9 and 10 killed four.', '2020-03-12');
  assert.deepEqual([two.date, two.endDate, two.precision, two.kind], ['2020-03-09', '2020-03-10', 2, 'range']);
  assert.equal(one('Clashes on 9 and 10 March killed four.', '2020-03-12').endDate, '2020-03-10');
  // "and 11 people": a count, not a second day.
  const count = one('On March 10 and 11 people died.', '2020-03-12');
  assert.deepEqual([count.date, count.endDate], ['2020-03-10', undefined]);
  const week = one('Displacement peaked in the first week of March.', '2020-03-12');
  assert.deepEqual([week.date, week.precision], ['2020-03-04', 2]);
  const late = one('The town was besieged late last month.', '2020-03-12');
  assert.deepEqual([late.date, late.precision], ['2020-02-26', 2]);
  const early = one('The town was besieged early this month.', '2020-03-03');
  assert.deepEqual([early.date, early.precision], ['2020-03-03', 2]);
});

test('"last Wednesday" written on a Wednesday is a week ago', () => {
  assert.equal(one('Troops withdrew last Wednesday.', '2020-03-11').date, '2020-03-04');
  assert.equal(one('Troops withdrew last Wednesday.', '2020-03-12').date, '2020-03-11');
  assert.equal(one('Troops withdrew on Wednesday.', '2020-03-11').date, '2020-03-11');
});

test('"the previous Friday", "the following Monday" count from the date told before', () => {
  const doc = run('Talks failed on March 6. The previous Monday, rebels had shelled the town. The following Monday, they withdrew.', '2020-03-12');
  assert.deepEqual(doc.dates.map((d) => d.date), ['2020-03-06', '2020-03-02', '2020-03-09']);
});

test('"over the past 24 hours": the day before publication, at a range\'s precision', () => {
  const d = one('The army said it killed 12 militants over the past 24 hours.', '2020-03-12');
  assert.deepEqual([d.date, d.precision], ['2020-03-11', 2]);
  assert.equal(findDates('Over the past eight months, 40 people died.', '2020-03-12').length, 0);
});

test('the future is spoken of before the date, not after it', () => {
  assert.equal(one('After the August war, politicians will have to talk.', '2009-03-28').date.slice(0, 7), '2008-08');
  assert.equal(one('Politicians will meet in August.', '2009-03-28').date.slice(0, 7), '2009-08');
});

test('a deadline or a scheduled hearing right after a date makes it one still to come', () => {
  assert.equal(one('The company has a June 1 deadline to file its plan.', '2009-05-14').date, '2009-06-01');
  assert.equal(one('A June 3 hearing has been scheduled in court.', '2009-05-14').date, '2009-06-03');
  assert.equal(one('A June 3 hearing convicted him.', '2009-05-14').date, '2008-06-03');
});

test('a count after a date is not its year, a span after a dash is not part of it', () => {
  const d = one('On March 1, 10 people were killed.', '2020-03-12');
  assert.deepEqual([d.text, d.date], ['March 1', '2020-03-01']);
  assert.equal(one('On Dec. 30, 19 civilians died.', '2020-03-12').date, '2019-12-30');
  assert.equal(one('On 1 March, 25 soldiers died.', '2020-03-12').date, '2020-03-01');
  assert.equal(one('On March 1, 2020, 10 people died.', '2021-03-12').text, 'March 1, 2020');
  assert.equal(one('On Monday, 12 people died.', '2020-03-12').text, 'Monday');
  const dash = one('The strike on March 3 - two weeks after the ceasefire - killed five.', '2020-03-12');
  assert.deepEqual([dash.date, dash.endDate], ['2020-03-03', undefined]);
});

test('weekday ranges and "overnight Tuesday" fall before publication', () => {
  // 2020-03-12 is a Thursday.
  const r = one('Fighting raged from Friday through Sunday.', '2020-03-12');
  assert.deepEqual([r.date, r.endDate, r.precision], ['2020-03-06', '2020-03-08', 2]);
  const n = one('Drones struck on the night of Sunday to Monday.', '2020-03-12');
  assert.deepEqual([n.date, n.endDate], ['2020-03-08', '2020-03-09']);
  assert.equal(one('Overnight Tuesday, rockets hit the base.', '2020-03-12').date, '2020-03-10');
  assert.equal(one('The blast came at 2 a.m. (2300 GMT Tuesday).', '2020-03-12').text, 'Tuesday');
});

test('"five hours ago" is the publication day, "20 hours ago" the day before', () => {
  assert.equal(one('The blast happened five hours ago.', '2020-03-12').date, '2020-03-12');
  assert.equal(one('The blast happened 20 hours ago.', '2020-03-12').date, '2020-03-11');
  assert.equal(findDates('The checkpoint opens at 9:45 EST.', '2020-03-12').length, 0);
  assert.equal(findDates('The call is scheduled to last 45 minutes.', '2020-03-12').length, 0);
  assert.equal(findDates('Dial in 15 minutes before the call.', '2020-03-12').length, 0);
});

test('listed years, not counts after a year', () => {
  assert.deepEqual(findDates('Attacks peaked in 2019, 2020 and 2021.', '2022-03-12').map((d) => d.text), ['2019', '2020', '2021']);
  assert.deepEqual(findDates('Fighting raged in 2014-2016.', '2022-03-12').map((d) => d.text), ['2014', '2016']);
  assert.deepEqual(findDates('In 2019, 2020 people died.', '2022-03-12').map((d) => d.text), ['2019']);
  assert.deepEqual(findDates('Since 2014, 2000 civilians were killed.', '2022-03-12').map((d) => d.text), ['2014']);
});

test('a year naming another event does not date the sentence', () => {
  const doc = run('Gunmen attacked a police post on Tuesday. Police said they arrested a suspect in the 2015 bombing.', '2020-03-12');
  assert.equal(doc.dates.find((d) => d.text === '2015')?.kind, 'year');
  assert.deepEqual(eventDateFor(doc, 1), { date: '2020-03-10', precision: 1 });
  const since = run('Gunmen attacked a police post on Tuesday. Rebels, who have held the hills since 2012, shelled the town.', '2020-03-12');
  assert.deepEqual(eventDateFor(since, 1), { date: '2020-03-10', precision: 1 });
});

test('no date before 1800: chrono reads "29 be(tween)" as a Buddhist-era year', () => {
  for (const d of findDates('They met in the first week of Feb 29 between 9 and 10 Feb. 30 between talks.', '2020-03-12')) {
    assert.match(d.date, /^(?:19|20)\d\d-\d\d-\d\d$/);
  }
});

test('"the night before last", "earlier in the week", "earlier in the month"', () => {
  assert.equal(one('Rockets hit the base the night before last.', '2020-03-12').date, '2020-03-10');
  const w = one('Rockets hit the base earlier in the week.', '2020-03-12');
  assert.deepEqual([w.precision, w.date >= '2020-03-09' && w.date <= '2020-03-12'], [2, true]);
  const m = one('Rockets hit the base earlier in the month.', '2020-03-12');
  assert.deepEqual([m.date.slice(0, 7), m.precision], ['2020-03', 3]);
});

test('"from March 2 to Thursday" ends on the last Thursday; "a year ago" is last year\'s month', () => {
  const r = one('Troops besieged the town from March 2 to Thursday.', '2020-03-12');
  assert.deepEqual([r.date, r.endDate, r.precision], ['2020-03-02', '2020-03-12', 2]);
  const y = one('A year ago, the town fell.', '2020-03-12');
  assert.deepEqual([y.date.slice(0, 7), y.precision], ['2019-03', 3]);
});

test('the day of a statement yields to the day of the event told beside it', () => {
  const doc = run('The army said on Wednesday that militants attacked a post on Monday night.', '2020-03-12');
  assert.deepEqual(eventDateFor(doc, 0), { date: '2020-03-09', precision: 1 });
  // Alone, the day of the statement still dates the sentence.
  const alone = run('Militants attacked a post, the army said on Wednesday.', '2020-03-12');
  assert.deepEqual(eventDateFor(alone, 0), { date: '2020-03-11', precision: 1 });
});

test('the day a statement was made yields to the day of the event it tells', () => {
  const doc = run('The army said in a statement on Wednesday that militants attacked a base on Monday.', '2021-06-16');
  assert.deepEqual(eventDateFor(doc, 0), { date: '2021-06-14', precision: 1 });
  const late = run('Police said late Tuesday that gunmen opened fire on a bus on Sunday.', '2021-06-16');
  assert.deepEqual(eventDateFor(late, 0), { date: '2021-06-13', precision: 1 });
});

test('a length of time is no date: "for about 15 minutes", "for two days"', () => {
  for (const t of ['The gunfight lasted for about 15 minutes.', 'Fighting raged for two days.', 'The curfew lasted for 24 hours.']) {
    assert.deepEqual(findDates(t, '2021-06-16'), [], t);
  }
  // An ordinal is no length: "for a second consecutive day" is still read.
  assert.equal(findDates('Markets fell for a second consecutive day.', '2021-06-16').length, 1);
});

test('a later sentence takes the day of the event told before it, not the day of a statement', () => {
  const doc = run('Militants attacked a base on Monday. The army said on Wednesday that the fighting went on. Two soldiers died.', '2021-06-16');
  const last = doc.sentences.findIndex((s) => s.text.includes('Two soldiers'));
  assert.deepEqual(eventDateFor(doc, last), { date: '2021-06-14', precision: 1 });
});
