import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferMetadata, htmlToArticle, htmlToText, parseFeed, FeedError } from '../../src/ingest/index.js';
import { detectLanguage } from '../../src/ingest/language.js';
import { checkBytes } from '../../src/ingest/checks.js';
import { markdownToText } from '../../src/ingest/markdown.js';

test('inferMetadata: datelines and credits give the outlet and the place', () => {
  const r = inferMetadata('Rockets hit base\n\nBEIRUT (Reuters) - Rockets hit a base on Monday.');
  assert.deepEqual([r.outlet, r.dateline, r.title], ['Reuters', 'BEIRUT', 'Rockets hit base']);
  assert.equal(inferMetadata('WASHINGTON (AP) — Three service members were killed.').outlet, 'AP');
  assert.equal(inferMetadata('Caption line here.\nCNN  — \n\nUS troops clashed with fighters.').outlet, 'CNN');
  const afp = inferMetadata('ADEN, Yemen — A large explosion struck the airport. (AFP)');
  assert.deepEqual([afp.outlet, afp.dateline], ['AFP', 'ADEN, Yemen']);
  assert.equal(inferMetadata('Headline of the day\n\nBy Jane Doe, Frontier Herald\n\nText.').outlet, 'Frontier Herald');
  const none = inferMetadata('Troops clashed with fighters near the border on Monday, officials said.');
  assert.deepEqual([none.outlet, none.dateline, none.published, none.title], [null, null, null, null]);
});

test('inferMetadata: a stated publication date', () => {
  assert.equal(inferMetadata('Headline here now\nPublished: 12 February 2020\n\nText.').published, '2020-02-12');
  assert.equal(inferMetadata('Posted on Feb 3, 2021 at 10:00\n\nText.').published, '2021-02-03');
  assert.equal(inferMetadata('Updated: Monday\n\nText.').published, null);
});

test('htmlToArticle: JSON-LD date and <time> when meta tags are absent', () => {
  const body =
    '<p>Security forces fired tear gas at protesters who gathered outside the governor\'s office on Saturday to demand the release of detained students.</p>' +
    '<p>At least a dozen people were treated for breathing problems at a nearby clinic, a nurse said, and several protesters were detained by the police.</p>';
  const ld = htmlToArticle(
    `<html><head><title>Protest</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-01-14T09:00:00+01:00","publisher":{"@type":"Organization","name":"Valley Post"}}]}</script></head><body><article>${body}</article></body></html>`,
    'https://news.example.org/protest',
  );
  assert.equal(ld.published, '2023-01-14');
  assert.equal(ld.outlet, 'Valley Post');
  assert.equal(ld.url, 'https://news.example.org/protest');
  assert.match(ld.id, /^url-[0-9a-f]{12}$/);
  const time = htmlToArticle(`<html><body><article><time datetime="2023-02-01">1 Feb</time>${body}</article></body></html>`, 'x.html');
  assert.equal(time.published, '2023-02-01');
  assert.equal(time.id, 'x');
});

test('htmlToArticle: figure captions are kept as "Image:" lines', () => {
  const a = htmlToArticle(
    '<html><body><article><figure><img src="a.jpg"><figcaption>Smoke rises over the town. (Photo by A. Person/AFP)</figcaption></figure>' +
      '<p>Shelling hit the town overnight, killing two civilians and damaging a school, the local council said in a statement on Sunday morning.</p>' +
      '<p>Residents said the shells came from positions east of the town, where government and rebel forces have clashed repeatedly this month.</p></article></body></html>',
    'p.html',
  );
  assert.match(a.text, /^Image: Smoke rises over the town\./m);
});

test('htmlToText keeps blocks apart and collapses inline whitespace', () => {
  assert.equal(htmlToText('<p>One <i>two</i>\n  three</p><p>four<br>five</p>'), 'One two three\n\nfour\nfive');
  assert.equal(htmlToText('plain &amp; simple'), 'plain & simple');
});

test('markdownToText strips marks and keeps paragraphs', () => {
  assert.equal(
    markdownToText('# Title\n\nSome **bold** and _it_ text with a [link](http://x).\n\n![Smoke over town](a.jpg)\n\n- item'),
    'Title\n\nSome bold and it text with a link.\n\nImage: Smoke over town\n\nitem',
  );
});

test('detectLanguage: script and function words', () => {
  assert.equal(detectLanguage('Гибель четырех человек в результате нападения на рынок').script, 'Cyrillic');
  const es = detectLanguage(
    'Hombres armados atacaron el mercado de una aldea en el norte del país el martes, según las autoridades locales, y los atacantes huyeron en motocicletas antes de la llegada de las fuerzas de seguridad según la policía.',
  );
  assert.deepEqual([es.english, es.language], [false, 'Spanish']);
  const en = detectLanguage(
    'Gunmen attacked a village market in the north of the country on Tuesday, killing four people, officials said. The attackers fled before the police arrived and no group has claimed it.',
  );
  assert.equal(en.english, true);
});

test('checkBytes normalises line ends and control characters without changing length meaningfully', () => {
  const r = checkBytes(Buffer.from('Line one of a report.\r\nLine two\fof the same report here.'));
  assert.ok('text' in r);
  if ('text' in r) assert.equal(r.text, 'Line one of a report.\nLine two of the same report here.');
});

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title>
<item><title>Clashes in the north</title><link>https://example.org/1</link><guid isPermaLink="false">ew-1</guid>
<pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate><description><![CDATA[<p>Fighting <b>resumed</b>.</p>]]></description></item>
<item><title>Second</title><link>https://example.org/2</link></item></channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Frontier Herald</title>
<entry><id>tag:example.org,2024:1</id><title type="html">Protest &amp; arrests</title><link rel="alternate" href="https://example.org/a"/>
<link rel="enclosure" href="https://example.org/a.jpg"/><published>2024-04-02T10:00:00Z</published><summary>Police detained ten.</summary></entry></feed>`;

test('parseFeed: RSS 2.0 items', () => {
  const items = parseFeed(RSS, 'wire.xml');
  assert.equal(items.length, 2);
  assert.deepEqual(
    { ...items[0]!, content: undefined },
    {
      id: 'ew-1',
      guid: 'ew-1',
      link: 'https://example.org/1',
      title: 'Clashes in the north',
      published: '2024-03-12',
      summary: 'Fighting resumed.',
      content: undefined,
      outlet: 'Example Wire',
    },
  );
  assert.equal(items[1]!.id, 'https://example.org/2');
  assert.equal(items[1]!.published, null);
});

test('parseFeed: Atom entries', () => {
  const [e] = parseFeed(ATOM, 'herald.atom');
  assert.deepEqual([e!.id, e!.link, e!.title, e!.published, e!.summary, e!.outlet], [
    'tag:example.org,2024:1',
    'https://example.org/a',
    'Protest & arrests',
    '2024-04-02',
    'Police detained ten.',
    'Frontier Herald',
  ]);
});

test('parseFeed: malformed and non-feed documents give a clear error', () => {
  assert.throws(() => parseFeed('<rss><channel><item></channel></rss>', 'bad.xml'), (e: unknown) => {
    assert.ok(e instanceof FeedError);
    assert.match((e as Error).message, /^bad\.xml: malformed feed \(line \d+: .+\)$/);
    return true;
  });
  assert.throws(() => parseFeed('<html><body>hi</body></html>', 'page'), /^Error: page: not an RSS or Atom feed \(root element <html>\)$|page: not an RSS or Atom feed/);
  assert.throws(() => parseFeed('   ', 'empty'), /empty: empty feed/);
});
