import { type ArticleContext, articleContext, incidentClaim, type IncidentClaim } from '../incidents/claims';
import { IncidentGroup, refKey } from '../incidents/groupIncidents';
import { type IncidentSummary, summarize } from '../incidents/summary';
import type { DocumentAnalysis, Disagreement, EntityType, Figure, FigureRef, Group, Incident, Update } from '../model';

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

/** What each article gives its claims for clustering, worked out once per article. */
const contexts = new WeakMap<DocumentAnalysis, ArticleContext>();
function contextOf(doc: DocumentAnalysis): ArticleContext {
  let c = contexts.get(doc);
  if (!c) contexts.set(doc, (c = articleContext(doc)));
  return c;
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

/** A group's claims added (or replaced) and removed since its incidents were brought up to date; `whole`: cluster it anew. */
interface Pending { added: Set<string>; removed: Set<string>; whole: boolean }

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
  /** group key -> its incidents, with the disagreements and updates among their claims. */
  incidentGroups: Map<string, IncidentGroup>;
  /** group key -> the keys of its claims added (or replaced) and removed since its incidents were last brought up to date. */
  pending: Map<string, Pending>;
  flat: Flat | undefined;
}

/** The incidents of every group in one place. */
interface Flat {
  incidents: Incident[];
  disagreements: Disagreement[];
  parts: Disagreement[];
  updates: Update[];
  /** Built at the first lookup: a batch run that only prints the lists never makes one. */
  lookups: Lookups | undefined;
}

/** What hovers and views look up by incident and by claim. */
interface Lookups {
  byId: Map<string, Incident>;
  /** Incident id -> the disagreements among its claims, and the claims that are parts of others. */
  disagreementsByIncident: Map<string, Disagreement[]>;
  partsByIncident: Map<string, Disagreement[]>;
  /** Incident id -> what its hover shows, made when first asked for. */
  summaries: Map<string, IncidentSummary>;
  /** By the figure itself, so that a lookup builds no key. */
  disputes: Map<Figure, FigureRef[]>;
  updatesOf: Map<Figure, Update[]>;
  /** Kind of quantity -> place -> its claims: built for a kind when a hover first asks about it, not per hover. */
  claimsByPlace: Map<string, Map<string, FigureEntry[]>>;
}

const emptyState = (): IndexState => ({
  docs: new Map(), labels: new Map(), entityRecords: undefined, groupMap: new Map(), aboutRecords: undefined, copies: new Map(),
  incidentGroups: new Map(), pending: new Map(), flat: undefined,
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
      // a copy takes its figures' incidents from the article it copies when the incidents are next read
      else this.state.flat = undefined;
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
      const key = refKey(ref);
      members.set(key, { ref, figure });
      this.touch(figure.group).added.add(key);
    });
    if (this.state.aboutRecords) addAbout(this.state.aboutRecords, doc);
  }

  private removeFigures(doc: DocumentAnalysis): void {
    doc.figures.forEach((figure, index) => {
      if (!figure.group) return;
      const members = this.state.groupMap.get(figure.group);
      const key = refKey({ file: doc.file, index });
      members?.delete(key);
      if (members && members.size === 0) this.state.groupMap.delete(figure.group);
      const pending = this.touch(figure.group);
      pending.added.delete(key);
      pending.removed.add(key);
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

  /** The group's changes not yet clustered. */
  private touch(group: string): Pending {
    this.state.flat = undefined;
    let pending = this.state.pending.get(group);
    if (!pending) this.state.pending.set(group, (pending = { added: new Set(), removed: new Set(), whole: false }));
    return pending;
  }

  /**
   * Has every group clustered anew when next read, as a first clustering would (ids kept): after articles came in
   * bit by bit, their incidents are then those a command-line run over the same files finds.
   */
  reclusterAll(): void {
    for (const group of this.state.groupMap.keys()) this.touch(group).whole = true;
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

  /** Brings a group's incidents up to date with its claims added, replaced and removed since. */
  private recluster(group: string, pending: Pending): void {
    const members = this.state.groupMap.get(group);
    if (!members) { this.state.incidentGroups.delete(group); return; }
    let incidents = this.state.incidentGroups.get(group);
    if (!incidents) this.state.incidentGroups.set(group, (incidents = new IncidentGroup(group, this.labelOf(group))));
    const added: IncidentClaim[] = [];
    for (const key of pending.added) {
      const m = members.get(key);
      if (!m) continue;
      const doc = this.state.docs.get(m.ref.file)!;
      added.push(incidentClaim(m.ref, key, m.figure, doc, contextOf(doc)));
    }
    incidents.update(added, pending.removed, pending.whole);
  }

  private get flat(): Flat {
    for (const [group, pending] of this.state.pending) this.recluster(group, pending);
    this.state.pending.clear();
    if (!this.state.flat) {
      this.shareIncidentsWithCopies();
      const flat: Flat = { incidents: [], disagreements: [], parts: [], updates: [], lookups: undefined };
      for (const group of this.state.groupMap.keys()) {
        const g = this.state.incidentGroups.get(group)?.result;
        if (!g) continue;
        for (const inc of g.incidents) flat.incidents.push(inc);
        for (const d of g.disagreements) flat.disagreements.push(d);
        for (const d of g.parts) flat.parts.push(d);
        for (const u of g.updates) flat.updates.push(u);
      }
      this.state.flat = flat;
    }
    return this.state.flat;
  }

  /**
   * A copy of an article (the same text under another name) contributes no claims of its own, so that one report
   * is not counted as two sources; each of its figures is about the incident of the same figure in the original,
   * and its hover says so.
   */
  private shareIncidentsWithCopies(): void {
    for (const files of this.state.copies.values()) {
      if (files.length < 2) continue;
      const original = this.state.docs.get(files[0])!.figures;
      for (let c = 1; c < files.length; c++) {
        const figures = this.state.docs.get(files[c])!.figures;
        for (let i = 0; i < figures.length; i++) figures[i].incident = original[i].incident;
      }
    }
  }

  private get lookups(): Lookups {
    const flat = this.flat;
    if (!flat.lookups) {
      const l: Lookups = { byId: new Map(), disagreementsByIncident: new Map(), partsByIncident: new Map(), summaries: new Map(), disputes: new Map(), updatesOf: new Map(), claimsByPlace: new Map() };
      for (const inc of flat.incidents) l.byId.set(inc.id, inc);
      for (const p of flat.parts) pushTo(l.partsByIncident, p.incident, p);
      for (const d of flat.disagreements) {
        pushTo(l.disagreementsByIncident, d.incident, d);
        pushTo(l.disputes, this.figure(d.a)!, d.b);
        pushTo(l.disputes, this.figure(d.b)!, d.a);
      }
      for (const u of flat.updates) {
        pushTo(l.updatesOf, this.figure(u.from)!, u);
        pushTo(l.updatesOf, this.figure(u.to)!, u);
      }
      flat.lookups = l;
    }
    return flat.lookups;
  }

  /** Pairs of claims about one incident, from different sources, that cannot both hold. */
  disagreements(): Disagreement[] {
    return this.flat.disagreements;
  }

  /** Pairs of claims about one incident where one count is a fifth of the other or less: a part, never a rival estimate. */
  parts(): Disagreement[] {
    return this.flat.parts;
  }

  /** The claims a figure disagrees with. */
  disagreementsOf(ref: FigureRef): FigureRef[] {
    const f = this.figure(ref);
    return (f && this.lookups.disputes.get(f)) ?? [];
  }

  /** The disagreements among one incident's claims. */
  disagreementsIn(incident: string): Disagreement[] {
    return this.lookups.disagreementsByIncident.get(incident) ?? [];
  }

  /** Every incident: claims of one kind about one event, or about how things stood at one time, across articles. */
  incidents(): Incident[] {
    return this.flat.incidents;
  }

  incident(id: string): Incident | undefined {
    return this.lookups.byId.get(id);
  }

  /**
   * An incident as its hover shows it: the spread of its sources' counts, a row per source with its counts in the
   * order it gave them, the parts of the whole. Made once per incident and change, not once per hover.
   */
  summaryOf(id: string): IncidentSummary | undefined {
    const lookups = this.lookups;
    let summary = lookups.summaries.get(id);
    const incident = lookups.byId.get(id);
    if (!summary && incident) {
      summary = summarize(incident, this, lookups.disagreementsByIncident.get(id) ?? [], lookups.partsByIncident.get(id) ?? []);
      lookups.summaries.set(id, summary);
    }
    return summary;
  }

  /** The incident a claim is about (every grouped claim has one, if only of itself). */
  incidentOf(ref: FigureRef): Incident | undefined {
    const lookups = this.lookups;
    const id = this.figure(ref)?.incident;
    return id ? lookups.byId.get(id) : undefined;
  }

  /**
   * The claims of a figure's kind of quantity about the same place that are about other incidents, before and after
   * its own ("7 earlier and 3 later claims about Idlib").
   */
  otherTimes(ref: FigureRef): { earlier: FigureRef[]; later: FigureRef[] } {
    const f = this.figure(ref);
    const own = f && this.incidentOf(ref);
    const out = { earlier: [] as FigureRef[], later: [] as FigureRef[] };
    if (!f?.group || !f.place || !own) return out;
    const day = own.to ?? '';
    for (const m of this.claimsAt(f.group).get(f.place) ?? []) {
      if (m.figure.incident === own.id || !m.figure.incident) continue;
      const other = this.lookups.byId.get(m.figure.incident);
      if (!other?.to || !day) continue;
      (other.to < day ? out.earlier : out.later).push(m.ref);
    }
    return out;
  }

  /** A kind of quantity's claims by place, so that a hover reads one place's claims, not the whole kind's. */
  private claimsAt(group: string): Map<string, FigureEntry[]> {
    const lookups = this.lookups;
    let byPlace = lookups.claimsByPlace.get(group);
    if (!byPlace) {
      byPlace = new Map();
      for (const m of this.state.groupMap.get(group)?.values() ?? []) if (m.figure.place) pushTo(byPlace, m.figure.place, m);
      lookups.claimsByPlace.set(group, byPlace);
    }
    return byPlace;
  }

  /** One source's counts for one incident rising from article to article. */
  updates(): Update[] {
    return this.flat.updates;
  }

  /** The updates a claim takes part in, as the earlier count or the later. */
  updatesOf(ref: FigureRef): Update[] {
    const f = this.figure(ref);
    return (f && this.lookups.updatesOf.get(f)) ?? [];
  }

  /** Grouped figures whose place, actor, source or speaker is this canonical name. */
  figuresAbout(canonical: string): FigureRef[] {
    const about = this.aboutMap.get(canonical);
    return about ? [...about.values()] : [];
  }
}
