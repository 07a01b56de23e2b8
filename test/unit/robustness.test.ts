import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeText } from '../../src/core/analyze';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { ActorFile, PlaceFile, UserAliasFile } from '../../src/core/data/schemas';
import actorData from '../../src/core/data/actors.json';
import placeData from '../../src/core/data/places.json';
import { readArticle } from '../../src/core/files';
import { buildLexicon, defaultLexicon } from '../../src/core/lexicon/bundled';
import { compileSnapshot } from '../../src/core/lexicon/compile';
import { toSnapshot } from '../../src/core/lexicon/snapshot';
import { placeKey } from '../../src/core/text/placeKey';
import { tokenize } from '../../src/core/text/tokens';
import { SHARED } from './paths';

describe('robustness and data files', () => {
  it('analyses all 804 FA-KES articles with every span inside its text', () => {
    const dir = path.join(SHARED, 'corpus/fakes');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    assert.equal(files.length, 804);
    const index = new CorpusIndex();
    let tolls = 0;
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const doc = analyzeText(f, text);
      for (const e of [...doc.entities, ...doc.figures]) assert.equal(text.slice(e.start, e.end), e.text, `${f}: ${JSON.stringify(e)}`);
      for (const x of doc.figures) assert.ok(x.low <= x.high, `${f}: ${x.text}`);
      tolls += doc.figures.filter((x) => x.category === 'casualties' && x.event === 'killed').length;
      index.set(doc);
    }
    assert.ok(tolls > 500, `found ${tolls} death tolls`);
    assert.ok(index.groups().length > 10);
  });

  it('odd input: control characters, U+FFFD, lone surrogates, no letters at all', () => {
    // texts cut short right after "al-", "a 48-" or "and dozens" once threw instead of being analysed
    for (const text of ['\uFFFD\uFFFD 12 \uFFFD', 'a\u0000b', '\uD800 1,500 to', '....', '5', 'between 3 and', 'at least', '"unclosed quote 15,000 said', 'Fighting in al-', 'Al -', 'Russia declared a 48-', '18 civilians were killed and dozens']) {
      assert.doesNotThrow(() => analyzeText('odd.txt', text), JSON.stringify(text));
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-odd-'));
    const file = (name: string, bytes: number[]) => { fs.writeFileSync(path.join(dir, name), Buffer.from(bytes)); return path.join(dir, name); };
    assert.deepEqual(readArticle(file('malformed.txt', [0xff, 0xfe, 0x41])), { ok: true, text: '\uFFFD\uFFFDA' });
    assert.deepEqual(readArticle(file('empty.txt', [])), { ok: false, reason: 'empty file' });
    assert.deepEqual(readArticle(file('nul.txt', [0x41, 0x00, 0x42])), { ok: false, reason: 'binary file (contains NUL bytes)' });
    fs.rmSync(dir, { recursive: true });
  });

  it('reads an article whole, refuses a folder and a file over the limit, and reads a pipe given in parts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-read-'));
    const limit = 2 * 1024 * 1024;
    fs.writeFileSync(path.join(dir, 'at-limit.txt'), `${'a'.repeat(limit - 6)}Raqqa.`);
    const whole = readArticle(path.join(dir, 'at-limit.txt'));
    assert.ok(whole.ok && whole.text.length === limit && whole.text.endsWith('aRaqqa.'));
    fs.writeFileSync(path.join(dir, 'over.txt'), 'a'.repeat(limit + 1));
    assert.deepEqual(readArticle(path.join(dir, 'over.txt')), { ok: false, reason: 'too large (2.0 MB; the limit is 2 MB)' });
    assert.deepEqual(readArticle(dir), { ok: false, reason: 'is a directory' });
    assert.deepEqual(readArticle(path.join(dir, 'missing.txt')), { ok: false, reason: 'no such file' });
    if (process.platform !== 'win32') {
      // a named pipe, written in two parts a moment apart by another process
      const fifo = path.join(dir, 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      const writer = spawn('sh', ['-c', `exec 3>"$0"; printf 'IS fighters held Hajin.' >&3; sleep 0.2; printf ' 2,000 remain.' >&3`, fifo]);
      assert.deepEqual(readArticle(fifo), { ok: true, text: 'IS fighters held Hajin. 2,000 remain.' });
      writer.kill();
    }
    fs.rmSync(dir, { recursive: true });
  });

  it('articles cut anywhere or spliced from two are analysed without an error, every span inside its text', () => {
    const dir = path.join(SHARED, 'corpus/fakes');
    const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 200).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    let seed = 20261121;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let n = 0; n < 4000; n++) {
      const a = texts[random(texts.length)];
      const b = texts[random(texts.length)];
      // a cut right after some token (rules look past a name's or a number's last token), or a splice of two
      const tokens = tokenize(a).tokens;
      const at = n % 2 ? tokens[random(tokens.length)].end : random(a.length);
      const text = n % 2 ? a.slice(0, at) : `${a.slice(at, at + random(300))} ${b.slice(0, random(120))}`;
      const doc = analyzeText('cut.txt', text);
      for (const e of [...doc.entities, ...doc.figures]) assert.equal(text.slice(e.start, e.end), e.text, JSON.stringify(text.slice(-80)));
    }
  });

  it('a text all in title case, or one run-on sentence of thousands of claims, is read whole: names stay name-sized', () => {
    const titled = analyzeText('titled.txt', `Operation ${Array(1000).fill('Alpha Beta Aleppo').join(' ')}`);
    assert.ok(titled.entities.length > 0 && titled.entities.every((e) => e.text.split(' ').length <= 16), JSON.stringify(titled.entities.slice(0, 2)));
    const runOn = analyzeText('run-on.txt', Array(2000).fill('air strikes killed 5 people in Aleppo and').join(' '));
    assert.equal(runOn.figures.length, 2000);
    assert.ok(runOn.figures.every((f) => f.place === 'Aleppo' && f.event === 'killed'));
  });

  it('scraped text that lost the space after a full stop still ends its sentence there; U.S. and 3.5 do not', () => {
    const sentences = (text: string) => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));
    assert.deepEqual(sentences('IS made Raqqa its capital.The video was posted on Monday.'), ['IS made Raqqa its capital.', 'The video was posted on Monday.']);
    assert.deepEqual(sentences('U.S.-backed forces took 3.5 square km.'), ['U.S.-backed forces took 3.5 square km.']);
  });

  it('a headline said again at the head of the body, after a date, with no stop, is a sentence of its own', () => {
    const sentences = (text: string) => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));
    const head = 'Car Bomb Kills 12 in Mogadishu';
    assert.deepEqual(sentences(`${head}\n\nMarch 3 2019 ${head} A car bomb exploded near the port on Sunday.`), [head, 'March 3 2019', head, 'A car bomb exploded near the port on Sunday.']);
    // with its stop, or said again further into the text, it is as written
    assert.deepEqual(sentences(`${head}\n\n${head}. A car bomb exploded.`), [head, `${head}.`, 'A car bomb exploded.']);
    assert.equal(sentences(`${head}\n\nPolice said on Sunday that a car bomb had exploded near the port of the city in the morning, and that the ${head} story was true.`).length, 2);
  });

  it('words that name members of Object.prototype are ordinary words', () => {
    const { figures } = analyzeText('proto.txt', 'The constructor said two constructor were killed. A valueOf of three toString left.\nConstructor state media said 40 people died.');
    assert.deepEqual(figures.map((f) => [f.text, f.low, f.high]), [['two', 2, 2], ['three', 3, 3], ['40', 40, 40]]);
    assert.ok(figures.every((f) => !String(f.source).includes('native code')), JSON.stringify(figures.map((f) => f.source)));
  });

  it('the curated actor and place files validate, and no spelling points at two places', () => {
    const actors = ActorFile.parse(actorData).actors;
    const places = PlaceFile.parse(placeData).places;
    assert.ok(actors.length > 100 && places.length > 300);
    const owner = new Map<string, string>();
    for (const p of places) for (const a of p.aliases) {
      if (/^[A-Z.]+$/.test(a)) continue;
      const k = placeKey(a);
      const prior = owner.get(k);
      assert.ok(!prior || prior === p.canonical, `"${a}" folds like a spelling of ${prior}`);
      owner.set(k, p.canonical);
    }
  });

  it('the lexicon bundled at build time is the one the data files compile to, referents shared as compiled', () => {
    const bundled = defaultLexicon();
    assert.deepEqual(toSnapshot(bundled), compileSnapshot());
    // one referent object per place however many spellings lead to it
    const aleppo = [...bundled.placesByKey.values()].filter((r) => r.canonical === 'Aleppo');
    assert.ok(aleppo.length > 3 && aleppo.every((r) => r === aleppo[0]));
    // a user's aliases go into a lexicon of their own, never into the shared one
    const mine = buildLexicon({ actors: [], places: [{ canonical: 'Tell Nowhere', aliases: [] }], people: [] });
    assert.ok(mine.placesByKey.has(placeKey('Tell Nowhere')) && !bundled.placesByKey.has(placeKey('Tell Nowhere')));
  });

  it('a user aliases file with unknown keys or wrong types is rejected with the path of the problem', () => {
    const bad = UserAliasFile.safeParse({ places: [{ canonical: 3 }], extra: true });
    assert.equal(bad.success, false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    assert.ok(paths.includes('places.0.canonical'));
  });
});

describe('markdown escaping of article text', () => {
  it('links, command URIs, images, HTML and emphasis become literal text', async () => {
    const { escapeMarkdown } = await import('../../src/core/markdown');
    const hostile = '[run](command:workbench.action.quit) ![x](http://e/x.png) <img src=x onerror=alert(1)> **bold** `code` $(alert)';
    const escaped = escapeMarkdown(hostile);
    assert.ok(!/(^|[^\\])\[/.test(escaped), escaped);
    assert.ok(!/(^|[^\\])</.test(escaped));
    assert.ok(!/(^|[^\\])\(/.test(escaped));
    assert.equal(escaped.replace(/\\(.)/g, '$1'), hostile);
  });
});
