import type { PredicateEvent, PredicateFile } from '../data/schemas';

// The words that say what happened to what a number counts, as the figure classifier asks for them: each verb form
// with its lemma's event and grammar. The lexicon compiler conjugates the data file's lemmas with compromise at
// build time; an analysis only looks forms up.

/** What a verb form can be, as bits: one spelling is often several ("killed": past tense and participle). */
export const BASE = 1;
export const PAST = 2;
export const PARTICIPLE = 4;
export const GERUND = 8;
/** The present tense's -s form ("kills"), which a plural subject never takes: after "19 men with gunshot", "wounds" is a noun. */
export const SINGULAR = 16;

export interface VerbForm {
  lemma: string;
  event: PredicateEvent;
  /** Whom the event befalls when the figure is the verb's subject in the active voice (see predicates.json). */
  counts: 'subject' | 'object' | 'both';
  /** The event when a verb of territory counts people ("lost 30 soldiers"). */
  ofPeople: PredicateEvent | undefined;
  /** The verb happens only to people ("kill", "flee"): what it counts is people whatever the noun ("6 citizens killed"). */
  people: boolean;
  forms: number;
}

export interface PredicateWords {
  verbs: Map<string, VerbForm>;
  adjectives: Map<string, PredicateEvent>;
  /** Adjectives said only of people ("dead", "homeless"; not "besieged"). */
  peopleAdjectives: Set<string>;
  nouns: Map<string, PredicateEvent>;
}

export const emptyPredicates = (): PredicateWords => ({ verbs: new Map(), adjectives: new Map(), peopleAdjectives: new Set(), nouns: new Map() });

/** A lemma's forms as compromise conjugates it. */
export interface Conjugation { Infinitive?: string; PresentTense?: string; PastTense?: string; Participle?: string; Gerund?: string }

/** Every form of every lemma of the data file, conjugated by `conjugate`, with the forms it lists itself. */
export function predicateWords(file: PredicateFile, conjugate: (lemma: string) => Conjugation): PredicateWords {
  const out = emptyPredicates();
  const add = (word: string, form: Omit<VerbForm, 'forms'>, forms: number) => {
    const known = out.verbs.get(word);
    if (known && known.event !== form.event) throw new Error(`predicates.json: "${word}" is a form of ${known.lemma} and of ${form.lemma}`);
    if (known) known.forms |= forms; else out.verbs.set(word, { ...form, forms });
  };
  for (const group of file.verbs) {
    for (const lemma of group.lemmas) {
      const meaning = { lemma, event: group.event, counts: group.counts, ofPeople: group.ofPeople, people: group.people ?? false };
      const extra = file.extraForms.filter((f) => f.lemma === lemma);
      const c = conjugate(lemma);
      const participle = extra.find((f) => f.form === 'participle')?.word ?? c.Participle;
      const past = extra.find((f) => f.form === 'past')?.word ?? c.PastTense;
      add(lemma, meaning, BASE);
      if (c.PresentTense) add(c.PresentTense, meaning, SINGULAR);
      // a regular verb's past tense is its participle too ("were killed")
      if (past) add(past, meaning, participle ? PAST : PAST | PARTICIPLE);
      if (participle) add(participle, meaning, PARTICIPLE);
      if (c.Gerund) add(c.Gerund, meaning, GERUND);
    }
  }
  for (const [w, e] of Object.entries(file.adjectives)) out.adjectives.set(w, e);
  for (const w of file.peopleAdjectives) out.peopleAdjectives.add(w);
  for (const [w, e] of Object.entries(file.nouns)) out.nouns.set(w, e);
  return out;
}

/** The words as lines of tab-separated fields, for the compiled lexicon's snapshot. */
export function predicateLines(p: PredicateWords): { verbs: string[]; adjectives: string[]; peopleAdjectives: string[]; nouns: string[] } {
  return {
    peopleAdjectives: [...p.peopleAdjectives],
    verbs: [...p.verbs].map(([w, v]) => [w, v.lemma, v.event, v.counts, v.ofPeople ?? '', v.people ? 'people' : '', v.forms].join('\t')),
    adjectives: [...p.adjectives].map(([w, e]) => `${w}\t${e}`),
    nouns: [...p.nouns].map(([w, e]) => `${w}\t${e}`),
  };
}

/** The words back from the snapshot's lines (validated by the snapshot's schema and the fields' own checks). */
export function predicatesFromLines(verbs: string[], adjectives: string[], peopleAdjectives: string[], nouns: string[]): PredicateWords {
  const out = emptyPredicates();
  for (const w of peopleAdjectives) out.peopleAdjectives.add(w);
  for (const line of verbs) {
    const [w, lemma, event, counts, ofPeople, people, forms] = line.split('\t');
    out.verbs.set(w, { lemma, event: event as PredicateEvent, counts: counts as VerbForm['counts'], ofPeople: (ofPeople || undefined) as PredicateEvent | undefined, people: people === 'people', forms: Number(forms) });
  }
  for (const line of adjectives) { const [w, e] = line.split('\t'); out.adjectives.set(w, e as PredicateEvent); }
  for (const line of nouns) { const [w, e] = line.split('\t'); out.nouns.set(w, e as PredicateEvent); }
  return out;
}
