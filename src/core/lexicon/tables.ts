import type { NameRef } from './names';

// The lexicon's place tables hold the world's towns: some 60,000 spellings. Loaded into hash tables they would cost
// more time than the whole rest of the start; they are kept as the snapshot stores them instead — sorted strings
// joined by line breaks, searched by halving where they stand — while whatever is added
// after loading (a user's own names, the build's compilation) goes into an ordinary map or set in front of them.

const ANSWERS_LIMIT = 100_000;

/** Strings in code-unit order, as one text of lines; searched without building a hash table or the strings themselves. */
export class SortedStrings {
  /** Where each line starts, and (one past the last) where the text ends: found at the first lookup. */
  private starts: Int32Array | undefined;

  constructor(private readonly joined: string) {}

  static of(strings: Iterable<string>): string {
    const sorted = [...strings].sort();
    if (sorted.some((s) => s.includes('\n'))) throw new Error('a lexicon string holds a line break');
    return sorted.join('\n');
  }

  private get lineStarts(): Int32Array {
    if (!this.starts) {
      const text = this.joined;
      let n = text === '' ? 0 : 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
      const starts = new Int32Array(n + 1);
      let k = 0;
      if (n > 0) for (let i = 0; ; i = text.indexOf('\n', i) + 1) { starts[k++] = i; if (k === n) break; }
      starts[n] = text.length + 1;
      this.starts = starts;
    }
    return this.starts;
  }

  get size(): number {
    return this.lineStarts.length - 1;
  }

  at(k: number): string {
    const starts = this.lineStarts;
    return this.joined.slice(starts[k], starts[k + 1] - 1);
  }

  /** Answers found so far: a corpus asks about the same few thousand names again and again. */
  private readonly answers = new Map<string, number>();

  /** The line's index, or -1. */
  indexOf(s: string): number {
    let k = this.answers.get(s);
    if (k === undefined) {
      if (this.answers.size >= ANSWERS_LIMIT) this.answers.clear();
      this.answers.set(s, (k = this.search(s)));
    }
    return k;
  }

  /** Lines are compared with `s` in place, code unit by code unit, as sort() ordered them. */
  private search(s: string): number {
    const starts = this.lineStarts;
    const text = this.joined;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const from = starts[mid];
      const length = starts[mid + 1] - 1 - from;
      let order = 0;
      const common = Math.min(length, s.length);
      for (let i = 0; i < common && order === 0; i++) order = text.charCodeAt(from + i) - s.charCodeAt(i);
      if (order === 0) order = length - s.length;
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** A set of words: those added, before a sorted table loaded with the lexicon. */
export class WordSet {
  private readonly added = new Set<string>();

  constructor(private readonly table = new SortedStrings('')) {}

  has(w: string): boolean {
    return this.added.has(w) || this.table.indexOf(w) >= 0;
  }

  add(w: string): void {
    this.added.add(w);
  }

  *values(): IterableIterator<string> {
    yield* this.added;
    for (let k = 0; k < this.table.size; k++) if (!this.added.has(this.table.at(k))) yield this.table.at(k);
  }
}

/** Place keys to what they name: those set, before a sorted table loaded with the lexicon (keys, and each key's referent). */
export class PlaceKeys {
  private readonly set_ = new Map<string, NameRef>();

  constructor(private readonly keys = new SortedStrings(''), private readonly refOf: (k: number) => NameRef = () => { throw new Error('no table'); }) {}

  get(key: string): NameRef | undefined {
    const ref = this.set_.get(key);
    if (ref !== undefined) return ref;
    const k = this.keys.indexOf(key);
    return k < 0 ? undefined : this.refOf(k);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, ref: NameRef): void {
    this.set_.set(key, ref);
  }

  *entries(): IterableIterator<[string, NameRef]> {
    yield* this.set_;
    for (let k = 0; k < this.keys.size; k++) {
      const key = this.keys.at(k);
      if (!this.set_.has(key)) yield [key, this.refOf(k)];
    }
  }

  *values(): IterableIterator<NameRef> {
    for (const [, ref] of this.entries()) yield ref;
  }
}
