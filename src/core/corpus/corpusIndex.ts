import type { DocumentAnalysis, Disagreement, EntityType, Figure, FigureRef, Group } from '../model';
import { type ComparableClaim, comparable, conflicting } from './intervals';

export interface EntityMention { file: string; start: number; end: number; text: string }

/** Everything the corpus says about one canonical entity. */
export interface EntityRecord {
  canonical: string;
  type: EntityType;
  /** Every spelling seen, with how many mentions use it. */
  spellings: Map<string, number>;
  mentions: Map<string, EntityMention[]>;
  /** The spellings seen, for display. */
  readonly aliases: Set<string>;
}

export interface FigureEntry { ref: FigureRef; figure: Figure }

interface Placed { claim: ComparableClaim; ref: FigureRef; order: number }

const refKey = (r: FigureRef) => `${r.file}#${r.index}`;
const dayOf = (date: string | null | undefined) => (date ? Math.floor(Date.parse(date) / 86_400_000) : null);

/**
 * Every conflicting pair of one place's claims. A loop of its own: a large bucket gets it optimised mid-run, and
 * the optimised code would otherwise be thrown away at the first statement after the loop, once per group.
 */
function conflictsWithin(bucket: Placed[], found: { a: Placed; b: Placed }[]): void {
  for (let i = 0; i < bucket.length; i++) {
    for (let j = i + 1; j < bucket.length; j++) if (conflicting(bucket[i].claim, bucket[j].claim)) found.push({ a: bucket[i], b: bucket[j] });
  }
}

const namesOf = (f: Figure) => new Set([f.place, f.actor, f.source, f.speaker]);

function addAbout(about: Map<string, Map<string, FigureRef>>, doc: DocumentAnalysis): void {
  doc.figures.forEach((figure, index) => {
    if (!figure.group) return;
    const ref = { file: doc.file, index };
    for (const name of namesOf(figure)) {
      if (!name) continue;
      let refs = about.get(name);
      if (!refs) about.set(name, (refs = new Map()));
      refs.set(refKey(ref), ref);
    }
  });
}

function removeAbout(about: Map<string, Map<string, FigureRef>>, doc: DocumentAnalysis): void {
  doc.figures.forEach((figure, index) => {
    if (!figure.group) return;
    const key = refKey({ file: doc.file, index });
    for (const name of namesOf(figure)) {
      const refs = name ? about.get(name) : undefined;
      refs?.delete(key);
      if (refs && refs.size === 0) about.delete(name!);
    }
  });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

/** Everything the index holds about its articles. */
interface IndexState {
  docs: Map<string, DocumentAnalysis>;
  labels: Map<string, string>;
  /** Built on first query: a batch run that only prints the analyses never asks for it. */
  entityRecords: Map<string, EntityRecord> | undefined;
  /** group key -> its members, keyed "file#index" in insertion order. */
  groupMap: Map<string, Map<string, FigureEntry>>;
  /** canonical name -> grouped figures whose place, actor, source or speaker it is; built on first query. */
  aboutRecords: Map<string, Map<string, FigureRef>> | undefined;
  /** content hash -> the articles with that content, the first of which contributes its figures. */
  copies: Map<string, string[]>;
  disagreementsByGroup: Map<string, Disagreement[]>;
  dirtyGroups: Set<string>;
  flat: { list: Disagreement[]; disputes: Map<string, FigureRef[]> } | undefined;
}

const emptyState = (): IndexState => ({
  docs: new Map(), labels: new Map(), entityRecords: undefined, groupMap: new Map(), aboutRecords: undefined, copies: new Map(),
  disagreementsByGroup: new Map(), dirtyGroups: new Set(), flat: undefined,
});

/**
 * The workspace-wide index: entities by canonical name, figures by comparison group, and disagreements between
 * sources. Adding, replacing or removing an article updates only what that article contributed; the
 * disagreements of the groups it touched are recomputed when next read.
 */
export class CorpusIndex {
  /** What the articles contributed, replaced as a whole when the index is cleared. */
  private state = emptyState();
  private version = 0;

  /** Increases on every change: views keyed on it know when to refresh. */
  get revision(): number { return this.version; }

  set(doc: DocumentAnalysis, groupLabels?: Map<string, string>): void {
    if (groupLabels) for (const [k, v] of groupLabels) if (!this.state.labels.has(k)) this.state.labels.set(k, v);
    if (this.state.docs.has(doc.file)) this.remove(doc.file);
    this.state.docs.set(doc.file, doc);
    if (this.state.entityRecords) this.addEntities(this.state.entityRecords, doc);
    if (doc.hash === undefined) this.addFigures(doc);
    else {
      const files = this.state.copies.get(doc.hash) ?? [];
      if (files.length === 0) { this.state.copies.set(doc.hash, files); this.addFigures(doc); }
      files.push(doc.file);
    }
    this.version++;
  }

  delete(file: string): boolean {
    if (!this.state.docs.has(file)) return false;
    this.remove(file);
    this.version++;
    return true;
  }

  /** Forgets every article at once; the views built on first query are built again when next asked for. */
  clear(): void {
    this.state = emptyState();
    this.version++;
  }

  private remove(file: string): void {
    const doc = this.state.docs.get(file)!;
    if (this.state.entityRecords) this.removeEntities(this.state.entityRecords, doc);
    this.state.docs.delete(file);
    const files = doc.hash === undefined ? undefined : this.state.copies.get(doc.hash);
    if (!files) { this.removeFigures(doc); return; }
    const contributed = files[0] === file;
    files.splice(files.indexOf(file), 1);
    if (files.length === 0) this.state.copies.delete(doc.hash!);
    if (contributed) {
      this.removeFigures(doc);
      // another copy of the same article takes over its figures
      const next = files.length ? this.state.docs.get(files[0]) : undefined;
      if (next) this.addFigures(next);
    }
  }

  /**
   * Builds the views that are otherwise built on first query (entity records, the figures about each name), so
   * that an editor's first hover or tree expansion answers from the index instead of building it. A batch run
   * that never queries them never calls this.
   */
  prepareQueries(): void {
    void this.entityMap;
    void this.aboutMap;
  }

  private get entityMap(): Map<string, EntityRecord> {
    if (!this.state.entityRecords) {
      this.state.entityRecords = new Map();
      for (const doc of this.state.docs.values()) this.addEntities(this.state.entityRecords, doc);
    }
    return this.state.entityRecords;
  }

  private addEntities(records: Map<string, EntityRecord>, doc: DocumentAnalysis): void {
    for (const e of doc.entities) {
      const key = `${e.type}:${e.canonical}`;
      let rec = records.get(key);
      if (!rec) {
        const spellings = new Map<string, number>();
        rec = { canonical: e.canonical, type: e.type, spellings, mentions: new Map(), get aliases() { return new Set(spellings.keys()); } };
        records.set(key, rec);
      }
      rec.spellings.set(e.text, (rec.spellings.get(e.text) ?? 0) + 1);
      pushTo(rec.mentions, doc.file, { file: doc.file, start: e.start, end: e.end, text: e.text });
    }
  }

  private removeEntities(records: Map<string, EntityRecord>, doc: DocumentAnalysis): void {
    for (const e of doc.entities) {
      const key = `${e.type}:${e.canonical}`;
      const rec = records.get(key);
      if (!rec) continue;
      rec.mentions.delete(doc.file);
      const n = (rec.spellings.get(e.text) ?? 1) - 1;
      if (n > 0) rec.spellings.set(e.text, n); else rec.spellings.delete(e.text);
      if (rec.mentions.size === 0) records.delete(key);
    }
  }

  private addFigures(doc: DocumentAnalysis): void {
    doc.figures.forEach((figure, index) => {
      if (!figure.group) return;
      const ref = { file: doc.file, index };
      let members = this.state.groupMap.get(figure.group);
      if (!members) this.state.groupMap.set(figure.group, (members = new Map()));
      members.set(refKey(ref), { ref, figure });
      this.touch(figure.group);
    });
    if (this.state.aboutRecords) addAbout(this.state.aboutRecords, doc);
  }

  private removeFigures(doc: DocumentAnalysis): void {
    doc.figures.forEach((figure, index) => {
      if (!figure.group) return;
      const members = this.state.groupMap.get(figure.group);
      members?.delete(refKey({ file: doc.file, index }));
      if (members && members.size === 0) this.state.groupMap.delete(figure.group);
      this.touch(figure.group);
    });
    if (this.state.aboutRecords) removeAbout(this.state.aboutRecords, doc);
  }

  /** Built from the articles that contribute figures (one copy of each text), in the order they were indexed. */
  private get aboutMap(): Map<string, Map<string, FigureRef>> {
    if (!this.state.aboutRecords) {
      this.state.aboutRecords = new Map();
      for (const doc of this.state.docs.values()) if (doc.hash === undefined || this.state.copies.get(doc.hash)?.[0] === doc.file) addAbout(this.state.aboutRecords, doc);
    }
    return this.state.aboutRecords;
  }

  private touch(group: string): void {
    this.state.dirtyGroups.add(group);
    this.state.flat = undefined;
  }

  get(file: string): DocumentAnalysis | undefined { return this.state.docs.get(file); }
  files(): string[] { return [...this.state.docs.keys()]; }
  documents(): DocumentAnalysis[] { return [...this.state.docs.values()]; }
  get size(): number { return this.state.docs.size; }

  labelOf(group: string): string { return this.state.labels.get(group) ?? group; }

  figure(ref: FigureRef): Figure | undefined { return this.state.docs.get(ref.file)?.figures[ref.index]; }

  entities(type?: EntityType): EntityRecord[] {
    const all = [...this.entityMap.values()];
    return type ? all.filter((e) => e.type === type) : all;
  }

  entity(type: EntityType, canonical: string): EntityRecord | undefined {
    return this.entityMap.get(`${type}:${canonical}`);
  }

  groups(): Group[] {
    return [...this.state.groupMap].map(([key, members]) => ({ key, label: this.labelOf(key), members: [...members.values()].map((m) => m.ref) }));
  }

  groupMembers(key: string): FigureEntry[] {
    const members = this.state.groupMap.get(key);
    return members ? [...members.values()] : [];
  }

  /** Only claims about one place can disagree: each group is compared within each place's bucket. */
  private groupDisagreements(group: string): Disagreement[] {
    const byPlace = new Map<string, Placed[]>();
    let order = 0;
    for (const m of this.state.groupMap.get(group)?.values() ?? []) {
      order++;
      if (m.figure.place === null) continue;
      pushTo(byPlace, m.figure.place, { claim: comparable({ figure: m.figure, file: m.ref.file, day: dayOf(this.state.docs.get(m.ref.file)?.date) }), ref: m.ref, order });
    }
    const found: { a: Placed; b: Placed }[] = [];
    for (const bucket of byPlace.values()) conflictsWithin(bucket, found);
    found.sort((x, y) => x.a.order - y.a.order || x.b.order - y.b.order);
    return found.map(({ a, b }) => ({ group, a: a.ref, b: b.ref }));
  }

  private flatDisagreements() {
    for (const group of this.state.dirtyGroups) {
      if (this.state.groupMap.has(group)) this.state.disagreementsByGroup.set(group, this.groupDisagreements(group));
      else this.state.disagreementsByGroup.delete(group);
    }
    this.state.dirtyGroups.clear();
    if (!this.state.flat) {
      const list: Disagreement[] = [];
      const disputes = new Map<string, FigureRef[]>();
      for (const group of this.state.groupMap.keys()) {
        for (const d of this.state.disagreementsByGroup.get(group) ?? []) {
          list.push(d);
          pushTo(disputes, refKey(d.a), d.b);
          pushTo(disputes, refKey(d.b), d.a);
        }
      }
      this.state.flat = { list, disputes };
    }
    return this.state.flat;
  }

  disagreements(): Disagreement[] {
    return this.flatDisagreements().list;
  }

  /** The claims a figure disagrees with. */
  disagreementsOf(ref: FigureRef): FigureRef[] {
    return this.flatDisagreements().disputes.get(refKey(ref)) ?? [];
  }

  /** Grouped figures whose place, actor, source or speaker is this canonical name. */
  figuresAbout(canonical: string): FigureRef[] {
    const about = this.aboutMap.get(canonical);
    return about ? [...about.values()] : [];
  }
}
