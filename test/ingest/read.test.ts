import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, type InputItem } from '../../src/ingest/index.js';
import type { Article } from '../../src/types.js';

let dir: string;
const STORY =
  'Gunmen attacked a village market in the north of the country on Tuesday, killing four people and wounding ' +
  'several others, local officials said. The attackers fled on motorbikes before security forces arrived, and ' +
  'no group has claimed responsibility for the attack so far, a police spokesman told reporters.';

async function collect(paths: string[]): Promise<{ articles: Article[]; errors: string[] }> {
  const articles: Article[] = [];
  const errors: string[] = [];
  for await (const item of readInputs(paths) as AsyncGenerator<InputItem>) {
    if ('error' in item) errors.push(item.error.message);
    else articles.push(item.article);
  }
  return { articles, errors };
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-ingest-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a .txt file: text kept, headline as title, dateline outlet inferred', async () => {
  const p = join(dir, 'market.txt');
  await writeFile(p, `Gunmen kill four at village market\n\nKANO, Nigeria (Reuters) - ${STORY}\n`);
  const { articles, errors } = await collect([p]);
  assert.deepEqual(errors, []);
  assert.equal(articles.length, 1);
  const a = articles[0]!;
  assert.equal(a.id, 'market');
  assert.equal(a.title, 'Gunmen kill four at village market');
  assert.equal(a.outlet, 'Reuters');
  assert.ok(a.text.includes('killing four people'));
  assert.equal(a.origin, p);
});

test('JSONL with inline text and relative paths; metadata from the batch wins', async () => {
  const sub = join(dir, 'batch');
  await mkdir(join(sub, 'texts'), { recursive: true });
  await writeFile(join(sub, 'texts', 'b.txt'), `WASHINGTON (AP) — ${STORY.replace('Tuesday', 'Monday')}`);
  const lines = [
    JSON.stringify({ id: 'a', text: STORY, outlet: 'Daily Example', url: null, published: '2021-05-04', title: 'T' }),
    JSON.stringify({ id: 'b', path: 'texts/b.txt', outlet: null, published: null }),
  ];
  await writeFile(join(sub, 'articles.jsonl'), lines.join('\n') + '\n');
  const { articles, errors } = await collect([join(sub, 'articles.jsonl')]);
  assert.deepEqual(errors, []);
  assert.deepEqual(
    articles.map((a) => [a.id, a.outlet, a.published, a.title]),
    [
      ['a', 'Daily Example', '2021-05-04', 'T'],
      ['b', 'AP', null, null],
    ],
  );
  assert.ok(articles[1]!.origin!.endsWith('articles.jsonl:2'));
});

test('bad JSONL lines each give a one-line error naming file and line, and the batch goes on', async () => {
  const p = join(dir, 'bad.jsonl');
  const lines = [
    JSON.stringify({ id: 'ok1', text: STORY }),
    '{"id": "broken", "text": ',
    JSON.stringify({ text: STORY + ' Another sentence.' }),
    JSON.stringify({ id: 'notext', outlet: 'X' }),
    JSON.stringify({ id: 'nofile', path: 'does/not/exist.txt' }),
    '[1, 2]',
    '',
    JSON.stringify({ id: 'ok1', text: STORY + ' A different ending.' }),
    JSON.stringify({ id: 'copy', text: STORY }),
    JSON.stringify({ id: 'ok2', text: STORY.replace('four', 'five') }),
  ];
  await writeFile(p, lines.join('\n'));
  const { articles, errors } = await collect([p]);
  assert.deepEqual(articles.map((a) => a.id), ['ok1', 'ok2']);
  assert.equal(errors.length, 7);
  assert.match(errors[0]!, /bad\.jsonl:2: malformed JSON \(.+\)$/);
  assert.match(errors[1]!, /bad\.jsonl:3: missing "id"$/);
  assert.match(errors[2]!, /bad\.jsonl:4: article "notext": missing "text" or "path"$/);
  assert.match(errors[3]!, /bad\.jsonl:5: article "nofile", path "does\/not\/exist\.txt": no such file$/);
  assert.match(errors[4]!, /bad\.jsonl:6: not a JSON object$/);
  assert.match(errors[5]!, /bad\.jsonl:8: duplicate article id "ok1" \(first read from .*bad\.jsonl:1\); skipped$/);
  assert.match(errors[6]!, /bad\.jsonl:9: same text as article "ok1"; skipped as a duplicate$/);
  for (const e of errors) assert.ok(!e.includes('\n'));
});

test('empty, binary, invalid UTF-8, huge and non-English files are refused with their reason', async () => {
  const bad = join(dir, 'bad');
  await mkdir(bad);
  await writeFile(join(bad, 'a-empty.txt'), '');
  await writeFile(join(bad, 'b-blank.txt'), '  \n\n\t \n');
  await writeFile(join(bad, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await writeFile(join(bad, 'd-latin1.txt'), Buffer.concat([Buffer.from('Troops entered the town of '), Buffer.from([0x4d, 0xe9, 0x6e, 0x61, 0x6b, 0x61]), Buffer.from(' on Monday and clashed with fighters.')]));
  // 50 MB, written at test time rather than committed.
  const big = Buffer.alloc(50 * 1024 * 1024, 'Troops clashed with rebels near the town. ');
  await writeFile(join(bad, 'e-big.txt'), big);
  await writeFile(
    join(bad, 'f-ar.txt'),
    'قُتل أربعة أشخاص وأصيب آخرون في هجوم شنه مسلحون على سوق في قرية شمال البلاد يوم الثلاثاء، حسبما أفاد مسؤولون محليون.',
  );
  await writeFile(
    join(bad, 'g-fr.txt'),
    "Des hommes armés ont attaqué le marché d'un village dans le nord du pays mardi, tuant quatre personnes et en blessant plusieurs autres, selon les autorités locales. Les assaillants ont pris la fuite à moto avant l'arrivée des forces de sécurité, et aucun groupe n'a revendiqué l'attaque pour le moment.",
  );
  await writeFile(join(bad, 'h-good.txt'), STORY);
  await writeFile(join(bad, 'i-notes.pdf'), '%PDF-1.4 not for us');
  const { articles, errors } = await collect([bad, join(bad, 'i-notes.pdf'), join(dir, 'missing.txt')]);
  assert.deepEqual(articles.map((a) => a.id), ['h-good']);
  const byFile = (name: string) => errors.find((e) => e.includes(name)) ?? '';
  assert.match(byFile('a-empty.txt'), /a-empty\.txt: empty file$/);
  assert.match(byFile('b-blank.txt'), /b-blank\.txt: empty text$/);
  assert.match(byFile('c-binary.txt'), /c-binary\.txt: binary content, not text$/);
  assert.match(byFile('d-latin1.txt'), /d-latin1\.txt: invalid UTF-8 \(byte 28\)$/);
  assert.match(byFile('e-big.txt'), /e-big\.txt: 50\.0 MB exceeds the 5\.0 MB article limit$/);
  assert.match(byFile('f-ar.txt'), /f-ar\.txt: not English \(detected script: Arabic\)$/);
  assert.match(byFile('g-fr.txt'), /g-fr\.txt: not English \(looks like French\)$/);
  assert.match(byFile('i-notes.pdf'), /unsupported file type "\.pdf"/);
  assert.match(byFile('missing.txt'), /missing\.txt: no such file or directory$/);
  assert.equal(errors.length, 9);
});

test('folders are read recursively, with ids from relative paths; identical files are skipped', async () => {
  const f = join(dir, 'folder');
  await mkdir(join(f, 'nested'), { recursive: true });
  await writeFile(join(f, 'one.txt'), STORY);
  await writeFile(join(f, 'nested', 'two.md'), `# Protest in the capital\n\nThousands of **protesters** marched through the [capital](https://example.org) on Friday to demand the release of detained activists, and police fired tear gas to disperse them, witnesses said.`);
  await writeFile(join(f, 'nested', 'copy.txt'), STORY + '\n');
  await writeFile(join(f, 'ignored.json'), '{}');
  await writeFile(join(f, '.hidden.txt'), STORY + ' hidden');
  await writeFile(join(f, 'README.md'), 'These files are test reports written for sitrep, not news.');
  const { articles, errors } = await collect([f]);
  // Sorted walk: nested/copy.txt comes before one.txt, so one.txt is the duplicate.
  assert.deepEqual(articles.map((a) => a.id), ['nested/copy', 'nested/two']);
  const md = articles.find((a) => a.id === 'nested/two')!;
  assert.equal(md.title, 'Protest in the capital');
  assert.ok(md.text.includes('Thousands of protesters marched through the capital on Friday'));
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /one\.txt: same text as article "nested\/copy"; skipped as a duplicate$/);
});

test('an HTML file becomes readable text with paragraph breaks and page metadata', async () => {
  const p = join(dir, 'page.html');
  await writeFile(
    p,
    `<!DOCTYPE html><html><head><title>Drone strike hits convoy | Example Wire</title>
<meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2022-07-09T06:00:00Z"></head>
<body><header><a href="/">Example Wire</a></header><main><article><h1>Drone strike hits convoy</h1>
<p>A drone strike hit a convoy of pickup trucks on a desert road on Friday evening, killing at least six fighters, two security sources said.</p>
<p>The convoy was travelling towards the border when it was struck, the sources said, speaking on condition of anonymity because they were not authorised to speak to the media.</p>
<p>It was not immediately clear who carried out the strike, and no government has commented on the reports so far.</p>
</article></main><footer>About us</footer></body></html>`,
  );
  const { articles, errors } = await collect([p]);
  assert.deepEqual(errors, []);
  const a = articles[0]!;
  assert.equal(a.id, 'page');
  assert.equal(a.title, 'Drone strike hits convoy');
  assert.equal(a.outlet, 'Example Wire');
  assert.equal(a.published, '2022-07-09');
  assert.equal(a.text.split('\n\n').length, 3);
  assert.ok(!a.text.includes('About us'));
});

test('the bundled samples read cleanly: six reports with their metadata', async () => {
  const { existsSync } = await import('node:fs');
  const { dirname: dn } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  let root = dn(fileURLToPath(import.meta.url));
  while (!existsSync(join(root, 'samples', 'README.md')) && dn(root) !== root) root = dn(root);
  const { articles, errors } = await collect([join(root, 'samples')]);
  assert.deepEqual(errors, []);
  assert.equal(articles.length, 6);
  for (const a of articles) {
    assert.ok(a.outlet, `outlet of ${a.id}`);
    assert.match(a.published ?? '', /^\d{4}-\d{2}-\d{2}$/, `published of ${a.id}`);
    assert.ok(a.title, `title of ${a.id}`);
  }
});
