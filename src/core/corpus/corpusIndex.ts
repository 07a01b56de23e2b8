import type { DocumentAnalysis, Disagreement, EntityType, Figure, FigureRef, Group } from '../model';
import { type Claim, disagree } from './intervals';

export interface EntityMention { file: string; start: number; end: number; text: string }

/** Everything the corpus says about one canonical entity. */
export interface EntityRecord {
  canonical: string;
  type: EntityType;
  aliases: Set<string>;
  mentions: Map<string, EntityMention[]>;
}

export interface FigureEntry { ref: FigureRef; figure: Figure }

interface Placed extends Claim { ref: FigureRef; order: number }

/**
 * The workspace-wide index: entities by canonical name, figures by comparison group, and disagreements between
 * sources. Documents are added, replaced and removed one at a time; derived views are rebuilt lazily on read.
 */
export class CorpusIndex {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private readonly labels = new Map<string, string>();
  private derived: {
    entities: Map<string, EntityRecord>;
    groups: Map<string, FigureEntry[]>;
    disagreements: Disagreement[];
    /** "file#index" -> the claims that figure disagrees with. */
    disputes: Map<string, FigureRef[]>;
    /** canonical name -> grouped figures about it (its place, actor, source or speaker). */
    about: Map<string, FigureRef[]>;
  } | undefined;
  private version = 0;

  /** Increases on every change: views keyed on it know when to refresh. */
  get revision(): number { return this.version; }

  set(doc: DocumentAnalysis, groupLabels?: Map<string, string>): void {
    this.docs.set(doc.file, doc);
    if (groupLabels) for (const [k, v] of groupLabels) if (!this.labels.has(k)) this.labels.set(k, v);
    this.invalidate();
  }

  delete(file: string): boolean {
    const had = this.docs.delete(file);
    if (had) this.invalidate();
    return had;
  }

  clear(): void {
    this.docs.clear();
    this.invalidate();
  }

  private invalidate(): void {
    this.derived = undefined;
    this.version++;
  }

  get(file: string): DocumentAnalysis | undefined { return this.docs.get(file); }
  files(): string[] { return [...this.docs.keys()]; }
  documents(): DocumentAnalysis[] { return [...this.docs.values()]; }
  get size(): number { return this.docs.size; }

  labelOf(group: string): string { return this.labels.get(group) ?? group; }

  figure(ref: FigureRef): Figure | undefined { return this.docs.get(ref.file)?.figures[ref.index]; }

  private build() {
    if (this.derived) return this.derived;
    const entities = new Map<string, EntityRecord>();
    const groups = new Map<string, FigureEntry[]>();
    const about = new Map<string, FigureRef[]>();
    // a syndicated copy of an article says nothing new: its figures join the groups once
    const seenContent = new Set<string>();
    for (const doc of this.docs.values()) {
      const duplicate = doc.hash !== undefined && seenContent.has(doc.hash);
      if (doc.hash !== undefined) seenContent.add(doc.hash);
      for (const e of doc.entities) {
        const key = `${e.type}:${e.canonical}`;
        let rec = entities.get(key);
        if (!rec) entities.set(key, (rec = { canonical: e.canonical, type: e.type, aliases: new Set(), mentions: new Map() }));
        rec.aliases.add(e.text);
        const list = rec.mentions.get(doc.file) ?? [];
        if (list.length === 0) rec.mentions.set(doc.file, list);
        list.push({ file: doc.file, start: e.start, end: e.end, text: e.text });
      }
      if (duplicate) continue;
      doc.figures.forEach((figure, index) => {
        if (!figure.group) return;
        for (const name of new Set([figure.place, figure.actor, figure.source, figure.speaker])) {
          if (!name) continue;
          const list = about.get(name) ?? [];
          if (list.length === 0) about.set(name, list);
          list.push({ file: doc.file, index });
        }
        const list = groups.get(figure.group) ?? [];
        if (list.length === 0) groups.set(figure.group, list);
        list.push({ ref: { file: doc.file, index }, figure });
      });
    }
    const disagreements: Disagreement[] = [];
    for (const [group, members] of groups) {
      // only claims about one place can disagree: compare within each place's bucket
      const byPlace = new Map<string, Placed[]>();
      members.forEach((m, order) => {
        if (m.figure.place === null) return;
        const bucket = byPlace.get(m.figure.place) ?? [];
        if (bucket.length === 0) byPlace.set(m.figure.place, bucket);
        bucket.push({ figure: m.figure, file: m.ref.file, date: this.docs.get(m.ref.file)?.date, ref: m.ref, order });
      });
      const found: { a: Placed; b: Placed }[] = [];
      for (const bucket of byPlace.values()) {
        for (let i = 0; i < bucket.length; i++) {
          for (let j = i + 1; j < bucket.length; j++) if (disagree(bucket[i], bucket[j])) found.push({ a: bucket[i], b: bucket[j] });
        }
      }
      found.sort((x, y) => x.a.order - y.a.order || x.b.order - y.b.order);
      for (const { a, b } of found) disagreements.push({ group, a: a.ref, b: b.ref });
    }
    const disputes = new Map<string, FigureRef[]>();
    const note = (x: FigureRef, y: FigureRef) => {
      const key = `${x.file}#${x.index}`;
      const list = disputes.get(key) ?? [];
      if (list.length === 0) disputes.set(key, list);
      list.push(y);
    };
    for (const d of disagreements) { note(d.a, d.b); note(d.b, d.a); }
    this.derived = { entities, groups, disagreements, disputes, about };
    return this.derived;
  }

  entities(type?: EntityType): EntityRecord[] {
    const all = [...this.build().entities.values()];
    return type ? all.filter((e) => e.type === type) : all;
  }

  entity(type: EntityType, canonical: string): EntityRecord | undefined {
    return this.build().entities.get(`${type}:${canonical}`);
  }

  groups(): Group[] {
    return [...this.build().groups].map(([key, members]) => ({ key, label: this.labelOf(key), members: members.map((m) => m.ref) }));
  }

  groupMembers(key: string): FigureEntry[] {
    return this.build().groups.get(key) ?? [];
  }

  disagreements(): Disagreement[] {
    return this.build().disagreements;
  }

  /** The claims a figure disagrees with. */
  disagreementsOf(ref: FigureRef): FigureRef[] {
    return this.build().disputes.get(`${ref.file}#${ref.index}`) ?? [];
  }

  /** Grouped figures whose place, actor, source or speaker is this canonical name. */
  figuresAbout(canonical: string): FigureRef[] {
    return this.build().about.get(canonical) ?? [];
  }
}
