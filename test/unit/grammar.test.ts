import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { ROOT } from './paths';

/** Tokenizes lines with the same TextMate engine VS Code uses, and returns [text, scopes] per token. */
async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => scope === 'text.conflict-report'
      ? textmate.parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes/conflict-report.tmLanguage.json'), 'utf8'), 'conflict-report.tmLanguage.json')
      : null,
  });
  const grammar = await registry.loadGrammar('text.conflict-report');
  assert.ok(grammar);
  return grammar;
}

describe('TextMate grammar (vscode-textmate + vscode-oniguruma)', () => {
  let grammar: textmate.IGrammar;
  before(async () => { grammar = await loadGrammar(); });

  /** The tokens covering `text` in `line`, with their scopes (the grammar's root scope left out). */
  const scopeAt = (line: string, text: string) => {
    const at = line.indexOf(text);
    assert.ok(at >= 0, `"${text}" occurs in "${line}"`);
    const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
    const covering = tokens.filter((t) => t.startIndex < at + text.length && t.endIndex > at);
    return covering.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.slice(1).join(' ') }));
  };
  const has = (line: string, text: string, scope: string) => {
    const covering = scopeAt(line, text);
    assert.ok(covering.every((t) => t.scopes.includes(scope)), `"${text}" in "${line}" has ${scope}: ${JSON.stringify(covering)}`);
  };

  it('numbers in digits and words', () => {
    has('there were 2,521 dead', '2,521', 'constant.numeric.conflict-report');
    has('about 0.4 square miles', '0.4', 'constant.numeric.conflict-report');
    has('some eight million people', 'eight', 'constant.numeric.word.conflict-report');
  });

  it('ranges: "1,500 to 2,500", "65-70", "14,000 and 18,000"', () => {
    has('there were 1,500 to 2,500 fighters', '1,500', 'constant.numeric.range.low.conflict-report');
    has('there were 1,500 to 2,500 fighters', '2,500', 'constant.numeric.range.high.conflict-report');
    has('estimated that 65-70 percent of Raqa', '65', 'constant.numeric.range.low.conflict-report');
    has('estimated that 65-70 percent of Raqa', 'percent', 'keyword.other.unit.percent.conflict-report');
    has('between 14,000 and 18,000 militants', '18,000', 'constant.numeric.range.high.conflict-report');
  });

  it('percentages', () => {
    has('controlled 90 percent of the city', '90', 'constant.numeric.percent.conflict-report');
    has('controlled 90% of the city', '%', 'keyword.other.unit.percent.conflict-report');
  });

  it('hedges only before a number', () => {
    has('at least 741 civilians', 'at least', 'keyword.other.hedge.conflict-report');
    has('up to 15,000 civilians', 'up to', 'keyword.other.hedge.conflict-report');
    has('Over 20,000 civilians', 'Over', 'keyword.other.hedge.conflict-report');
    const plain = scopeAt('it is over now', 'over');
    assert.ok(plain.every((t) => !t.scopes.includes('hedge')));
  });

  it('vague magnitudes', () => {
    has('tens of thousands of civilians', 'tens of thousands', 'constant.numeric.vague.conflict-report');
    has('Hundreds flee the battle', 'Hundreds', 'constant.numeric.vague.conflict-report');
  });

  it('quotations, with figures inside them still numbers', () => {
    const line = '"We now estimate that up to 15,000 civilians remain trapped," she said.';
    has(line, 'We now estimate', 'string.quoted.double.conflict-report');
    has(line, '15,000', 'constant.numeric.conflict-report');
    has('“Soon, we will celebrate”', 'Soon', 'string.quoted.double.conflict-report');
  });

  it('attribution cues, weekdays and months, datelines', () => {
    has('the United Nations said on Thursday', 'said', 'keyword.other.attribution.conflict-report');
    has('according to the Observatory', 'according to', 'keyword.other.attribution.conflict-report');
    has('the United Nations said on Thursday', 'Thursday', 'constant.other.date.conflict-report');
    has('BEIRUT/ERBIL • Syrian troops yesterday', 'BEIRUT/ERBIL', 'entity.name.place.dateline.conflict-report');
    has('BEIRUT/ERBIL • Syrian troops yesterday', '•', 'punctuation.separator.dateline.conflict-report');
  });
});
