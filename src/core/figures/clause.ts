import type { Mention } from '../entities/mention';
import { GERUND, PARTICIPLE, PAST, type PredicateWords, SINGULAR, type VerbForm } from '../lexicon/predicates';
import { isCapitalized, type Token, type Tokenized } from '../text/tokens';
import { ATTACK_NOUNS } from '../text/sentenceCues';
import type { RawFigure } from './scan';
import { ATTACK_HEADS, ATTACK_TYPE_WORDS, CAPTIVE_TAKING, DATE_MARKS, MONTHS, NUMBER_WORDS, PEOPLE_NOUNS, SPEECH_VERBS, TOLL_STATES, VALUE_LINKS, type FigureEvent } from './vocabulary';

/**
 * Where in its clause a figure stands to the words that say what befell what it counts: its own noun ("58 dead"),
 * the subject of a verb ("40 people were killed", "Hundreds flee"), its object ("killing 40", "evacuated 300"), the
 * noun after a head noun ("the bodies of 19"), a count a verb leaves in a state ("left 23 soldiers dead"), the value
 * of a toll ("the death toll has risen to 37"), or the subject of a relative clause ("12 civilians who had fled").
 * `agent`: the counted did it ("three bombers killed two people").
 */
export type ReadingRole = 'noun' | 'subject' | 'object' | 'nominal' | 'complement' | 'toll' | 'relative' | 'agent';

export interface Reading {
  event: FigureEvent;
  role: ReadingRole;
  /** The words say that what is counted is people ("6 citizens killed"), whatever its noun. */
  people: boolean;
  /** The verb that says it, when a verb does. */
  verb?: VerbForm;
}

/** Nouns that count a toll by themselves ("58 dead", "30 casualties"). */
const TOLL_NOUNS = new Map<string, FigureEvent>([
  ['casualties', 'killed-or-wounded'], ['dead', 'killed'], ['deaths', 'killed'], ['fatalities', 'killed'], ['bodies', 'killed'],
  ['corpses', 'killed'], ['martyrs', 'killed'], ['wounded', 'wounded'], ['injured', 'wounded'], ['injuries', 'wounded'],
]);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'get', 'gets', 'got', 'gotten', 'getting']);
const HAVE = new Set(['have', 'has', 'had', 'having']);
const MODALS = new Set(['may', 'might', 'could', 'would', 'will', 'should', 'must', 'can', 'did', 'do', 'does', 'to']);
/** Words between a subject and its verb that change neither: "were also killed", "are believed to be holed up". */
const ADVERBS = new Set(['also', 'still', 'now', 'all', 'both', 'reportedly', 'allegedly', 'apparently', 'already', 'later', 'subsequently',
  'eventually', 'mostly', 'mainly', 'just', 'only', 'yet', 'each', 'then', 'ever', 'believed', 'thought', 'said', 'feared', 'estimated',
  'reported', 'known', 'understood', 'likely', 'probably', 'possibly', 'presumed', 'confirmed', 'internally', 'seriously', 'critically',
  'severely', 'badly', 'slightly', 'lightly', 'fatally', 'mortally', 'instantly', 'immediately', 'initially', 'originally', 'collectively',
  'together', 'altogether', 'so', 'far', 'thus', 'found', 'declared', 'pronounced', 'assumed', 'deemed']);
/** A past participle no table lists ("affected", "brought", "taken"): the count's own verb, of no event here. */
/** "Claims 11 Children", "claimed 40 lives": a verb of claiming whose object is people says they were killed. */
const CLAIMING = new Set(['claim', 'claims', 'claimed', 'claiming']);
const CLAIMED = new Set(['civilians', 'children', 'people', 'persons', 'lives', 'women', 'victims', 'men', 'residents', 'soldiers', 'troops', 'villagers', 'students', 'worshippers', 'kids', 'babies']);
const OTHER_PARTICIPLE = /^[a-z]{3,}(?:ed|en)$|^(?:brought|held|kept|sent|caught|seen|hit|shot|put|met|fed|led|won|bound)$/;
/** Words between a verb and the family it befell ("killed an entire family of five"). */
const FAMILY_FILLERS = new Set(['a', 'an', 'the', 'entire', 'whole', 'same', 'one', 'his', 'her', 'their', 'local', 'displaced']);
/** Verbs that with "dead" after them say a killing ("shot dead"). */
const SHOOTING = new Set(['shot', 'shoot', 'shooting', 'shoots', 'gunned', 'stabbed', 'found', 'left', 'beaten']);
/** States of people whose fate is unknown ("missing", "unaccounted for"). */
const MISSING = new Set(['missing', 'unaccounted']);
/** Nouns whose value a toll's verb gives ("casualties rose to 80"), and how far before the value they may stand. */
const TOLL_HEAD_NOUNS = new Map<string, FigureEvent>([['casualties', 'killed-or-wounded'], ['deaths', 'killed'], ['fatalities', 'killed'], ['injuries', 'wounded']]);
const VALUE_HEAD_REACH = 5;
/** Participles of speech after a count ("... 85 adding that", "... 40 saying"). */
const SPEAKING = new Set(['adding', 'saying', 'noting', 'stating', 'claiming', 'explaining', 'stressing', 'indicating', 'announcing']);
/** Verbs that take people as their object and neither kill nor hurt them ("arrested 30", "freed 40 hostages"). */
const SPARING = new Set([...CAPTIVE_TAKING, 'arrest', 'arrests', 'detain', 'freeing', 'free', 'releasing', 'release', 'rescued', 'rescuing', 'rescue', 'saved', 'saving',
  'recruited', 'recruiting', 'trained', 'training']);
/** Particles of a phrasal verb ("rounded up", "carried off"). */
const PARTICLES = new Set(['up', 'out', 'off', 'away', 'down']);
/** How many participles of a list are read for a harm ("detained, tortured and killed"). */
const LISTED_PARTICIPLES = 3;
/** What a second participle may say befell the counted. */
const HARMS = new Set<FigureEvent>(['killed', 'wounded', 'executed']);
const NEGATIONS = new Set(['not', 'never', "n't", 'no']);
/** Words that end the counted noun phrase: another clause begins ("when", "after"), or a report of it ("said"). */
const NP_STOPS = new Set(['when', 'after', 'before', 'while', 'as', 'because', 'where', 'but', 'than', 'though', 'although', 'until', 'if',
  'whereas', 'following', 'amid', 'despite', 'said', 'says', 'say', 'told', 'according', 'added', 'including', 'whose', 'since']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
/** Openers of an aside between commas inside a noun phrase ("50 people, including 12 children, were killed"). */
/** "were", "was": the verb of a count's clause before a state ("30 people were injured"). */
const PAST_BE = new Set(['were', 'was']);
const ASIDES = new Set(['including', 'mostly', 'most', 'many', 'among', 'mainly', 'some', 'all', 'both', 'half', 'nearly', 'almost', 'according']);
const DASHES = new Set(['-', '–', '—']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
/** "the lives of N" is a toll only after a verb of taking them ("claimed the lives of", "at the cost of"). */
const TAKING = new Set(['claim', 'claimed', 'claiming', 'claims', 'take', 'took', 'taken', 'taking', 'takes', 'cost', 'costing', 'costs',
  'lost', 'lose', 'losing', 'end', 'ended', 'ending']);
/** What a verb of leaving names when it names the place left: "have left the town", "left their homes". */
const LEFT_PLACE = new Set(['the', 'their', 'its', 'a', 'an', 'home', 'homes', 'town', 'city', 'village', 'area', 'country', 'region', 'camp']);
const CROSSING = new Set(['into', 'border', 'frontier', 'over', 'across']);
/** Verbs of people moving across a frontier in numbers ("crossed into", "poured across the border"). */
const CROSSING_VERBS = new Set(['crossed', 'cross', 'poured', 'streamed', 'flooded', 'flocked']);
/** Where people are pushed when they are driven from their homes ("pushed south", "pushed out"). */
const PUSHED_TO = new Set(['south', 'north', 'east', 'west', 'southward', 'northward', 'out', 'from']);
/** Verbs that put the counted in a state named after them ("made homeless", "rendered homeless"). */
const MADE = new Set(['made', 'rendered']);
const REFUGES = new Set(['refuge', 'shelter', 'sanctuary']);
const REFUGE_VERBS = new Set(['sought', 'seek', 'seeking', 'seeks', 'took', 'take', 'taking', 'taken', 'found', 'find', 'finding']);
/** Forms of "suffer", and what people suffer that no attack inflicted: "suffering acute malnutrition", "from hunger". */
const SUFFERING = new Set(['suffer', 'suffers', 'suffered', 'suffering']);
const WANTS = new Set(['malnutrition', 'hunger', 'starvation', 'famine', 'dehydration', 'shortages', 'shortage', 'lack', 'poverty', 'disease',
  'diseases', 'illness', 'illnesses', 'cancer', 'diabetes', 'cholera', 'typhoid', 'measles', 'leishmaniasis']);
const WANT_REACH = 3;
/** Where the hurt are taken: "were brought to Turkey for treatment", "rushed to hospital". */
const CARE = new Set(['treatment', 'hospital', 'hospitals']);
/** Verbs of taking the hurt somewhere ("were rushed to hospital"); "the hospitals that were hit" were not taken. */
const CARRIED = new Set(['brought', 'taken', 'rushed', 'transferred', 'transported', 'sent', 'carried', 'moved', 'airlifted', 'flown', 'driven', 'admitted']);
/** What a bare -ing form after the counted says befell them ("dozens suffering", "thousands fleeing"); "living in" a city is said with its own noun. */
const GERUND_EVENTS = new Set<FigureEvent>(['killed', 'wounded', 'fled', 'executed', 'trapped']);
/** A hospital's intake: "received three victims", "admitted 40 patients" counts people hurt. */
const INTAKE_VERBS = new Set(['received', 'receive', 'receiving', 'receives', 'admitted', 'admitting']);
const INTAKE_NOUNS = new Set(['victims', 'patients', 'casualties', 'people', 'persons', 'civilians', 'children', 'women']);
/** Verbs of causing a harm named by a noun: "inflicted harm on 200 civilians", "caused injuries to 12". */
/** Harm to the body that no toll noun names ("cases of asphyxiation", "burns"). */
const AILMENTS = new Set(['asphyxiation', 'suffocation', 'burns', 'wounds', 'fractures', 'poisoning', 'breathing']);
/** How far before "to" a verb of causing may stand ("causing cases of asphyxiation to"). */
const CAUSE_REACH = 5;
const CAUSING = new Set(['inflicted', 'inflicting', 'inflict', 'caused', 'causing', 'cause']);
/** How far a clause's words of care or of an attack may stand from its verb. */
const CARE_REACH = 8;
/** Words before an object that leave the verb as it is: "wounding another 30", "injuring an additional 12". */
const OBJECT_FILLERS = new Set(['another', 'additional', 'further', 'an', 'a', 'also', 'other', 'all']);
/** Words that open a noun phrase an active verb takes as its object ("killed the", "killed civilians"). */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);
const HEDGE_WORDS = new Set(['at', 'more', 'some', 'about', 'around', 'over', 'nearly', 'up', 'almost', 'roughly', 'approximately']);
/** Prepositions: a word right after one begins its object, which the counted noun phrase holds ("in besieged enclave"). */
const PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'near', 'with', 'by', 'into', 'inside', 'across', 'for', 'outside', 'around', 'within', 'along']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those']);
/** Words of a clause's grammar, which no state describes ("dead in", "killed and"). */
const FUNCTION_WORDS = new Set(['in', 'at', 'on', 'from', 'near', 'with', 'by', 'into', 'inside', 'across', 'for', 'outside', 'around', 'within',
  'along', 'and', 'or', 'but', 'as', 'when', 'after', 'while', 'during', 'since', 'the', 'a', 'an', 'of', 'to', 'over', 'under', 'amid', 'following',
  'including', 'according', 'said', 'says', 'on', 'last', 'this', 'yesterday', 'today', 'overnight', 'early', 'late', 'earlier', 'later']);
const INCLUDING = new Set(['including', 'included', 'include', 'includes']);
/** Words after which a participle is a noun of people ("those killed", "the wounded"), not a verb. */
const NOUN_MARKERS = new Set(['those', 'the', 'these']);
/** How far after a figure its verb may stand, how long its noun phrase may run, how long an aside. */
const BEYOND_FIGURE = 18;
const NP_REACH = 12;
const ASIDE_REACH = 14;
const TOLL_REACH = 30;
const AMONG_REACH = 6;
const RELATIVE_REACH = 14;
const INCLUDED_REACH = 10;
/** How many hedge words may stand between a whole's count and its verb ("killed at least 50 people, including"). */
const WHOLE_VERB_REACH = 3;
/** A sentence whose words of four letters or more are capitalised at least this often is a headline. */
const TITLE_SHARE = 0.7;

/**
 * What a word is to the reader, as bits: the noun phrase and the verb group are read token by token, and one lookup
 * per token answers every question the loops ask of it (a token's bits are worked out at its first question).
 */
const QUOTE = 1, RELATIVE = 2, STOP = 4, BE_WORD = 8, HAVE_WORD = 16, MODAL = 32, PREPOSITION = 64, DETERMINER = 128, ADVERB = 256;
const STATE_VERB = 512, REFUGE_VERB = 1024, VERB = 2048, VERB_SINGULAR_ONLY = 4096, ADJECTIVE = 8192, KNOWN = 1 << 20;
const WORD_BITS = new Map<string, number>();
const markWords = (words: Iterable<string>, bit: number) => { for (const w of words) WORD_BITS.set(w, (WORD_BITS.get(w) ?? 0) | bit); };
/** Verbs whose meaning the words after them decide ("left the town", "crossed into", "forced from", "lost their lives"). */
const CONTEXT_VERBS = ['left', 'leave', 'crossed', 'cross', 'forced', 'lost'];

/** Two events said of one count ("killed or wounded", "Kills Injures"): the dead and the wounded together. */
function combined(a: FigureEvent, b: FigureEvent): FigureEvent | undefined {
  return a !== b && (a === 'killed' || a === 'wounded') && (b === 'killed' || b === 'wounded') ? 'killed-or-wounded' : undefined;
}

/** Reads what a figure's clause says befell what it counts, from the words around it and their grammar. */
export class ClauseReader {
  private readonly tokens: Token[];

  /** `persons`: nouns of people beyond the figure vocabulary's ("citizens", "teacher"); `mentionAt`: the name each token is part of. */
  constructor(private readonly doc: Tokenized, private readonly words: PredicateWords, private readonly persons: ReadonlySet<string>, private readonly mentionAt: readonly (Mention | undefined)[]) {
    this.tokens = doc.tokens;
    this.classes = new Uint32Array(doc.tokens.length);
  }

  /** Each token's bits, 0 until first asked. */
  private readonly classes: Uint32Array;

  private bits(k: number): number {
    if (k < 0 || k >= this.classes.length) return 0;
    let c = this.classes[k];
    if (c === 0) {
      const t = this.tokens[k];
      c = KNOWN;
      if (t.kind !== 'number') {
        c |= WORD_BITS.get(t.lower) ?? 0;
        const v = this.words.verbs.get(t.lower);
        if (v) c |= VERB | (v.forms === SINGULAR ? VERB_SINGULAR_ONLY : 0);
        if (this.words.adjectives.has(t.lower)) c |= ADJECTIVE;
      }
      this.classes[k] = c;
    }
    return c;
  }

  private word(k: number): string {
    const t = this.tokens[k];
    return t && t.kind !== 'number' ? t.lower : '';
  }

  /**
   * What befell what a figure counts, from the surest reading to the least: its own noun; the verb it is the object
   * of (a count right after "killed" is what was killed, whatever verb follows: "killed 20 civilians displaced from
   * Aleppo"); the verb it is the subject of; a toll it is the value of; last a relative clause it is the subject of.
   */
  read(fig: RawFigure): Reading | undefined {
    const own = this.ownNoun(fig) ?? this.asObject(fig);
    if (own) return own;
    const subject = this.asSubject(fig);
    // "300 civilians who fled on Tuesday were screened": a main verb of no event leaves the relative clause to say it
    const unsaid = subject.reading?.event === 'other' && subject.reading.role === 'subject';
    // "hundreds of dead and injured people were rushed to hospitals": the states they are counted by say more than
    // where they were taken; a verb says more than either ("six injured civilians died")
    if (subject.reading && !(unsaid && subject.relative !== undefined)) return subject.reading.verb === undefined ? this.stateBeforeNoun(fig) ?? subject.reading : subject.reading;
    return this.tollValue(fig) ?? (subject.relative === undefined ? undefined : this.relativeClause(subject.relative)) ?? subject.reading ?? this.stateBeforeNoun(fig);
  }

  /**
   * "more than 115 wounded persons", "8 injured people", "3000 displaced families": with no verb of their own, the
   * state written before the counted noun says what befell them ("six injured civilians ... died" has its verb).
   */
  private stateBeforeNoun(fig: RawFigure): Reading | undefined {
    if (fig.noun === undefined || fig.noun <= fig.last || !this.ofPeople(fig)) return undefined;
    for (let k = fig.last; k < fig.noun; k++) {
      const event = this.words.adjectives.get(this.word(k)) ?? TOLL_NOUNS.get(this.word(k));
      if (event) return this.orAlso({ event, role: 'noun', people: true }, k);
    }
    return undefined;
  }

  /** "58 dead", "30 casualties", "dozens dead or injured": the counted noun says it. */
  private ownNoun(fig: RawFigure): Reading | undefined {
    if (fig.noun === undefined || fig.noun < fig.last) return undefined;
    const noun = this.tokens[fig.noun].lower;
    // "at the cost of scores of lives", "claimed 12 lives"; "saved 12 lives" are not lost
    if (noun === 'lives') return this.taken(fig.first - 1, fig.first - 4) ? { event: 'killed', role: 'noun', people: true } : undefined;
    const event = TOLL_NOUNS.get(noun);
    return event ? this.orAlso({ event, role: 'noun', people: true }, fig.noun) : undefined;
  }

  /** Whether a verb of taking lives stands among tokens from..to, backwards ("claimed", "at the cost of"). */
  private taken(from: number, to: number): boolean {
    for (let j = from; j >= Math.max(0, to); j--) if (TAKING.has(this.word(j))) return true;
    return false;
  }

  /**
   * The figure as the subject of what follows its noun phrase: "40 people were killed", "Hundreds flee", "58 dead",
   * "five siblings were among the dead", "at least five of those killed". Where the noun phrase holds a relative
   * clause ("12 civilians who had fled were killed"), the main clause's verb decides; the relative pronoun's place is
   * returned too, for when nothing surer than the relative clause's own verb says what befell them.
   */
  private asSubject(fig: RawFigure): { reading: Reading | undefined; relative: number | undefined } {
    const none = { reading: undefined, relative: undefined };
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    const plural = fig.high > 1;
    let k = fig.noun !== undefined && fig.noun >= fig.last ? fig.noun + 1 : fig.last;
    const end = Math.min(s.last, k + BEYOND_FIGURE);
    let np = 0;
    // the noun phrase: words, asides and quotes up to the first word of a verb group
    for (; k < end; k++) {
      const t = this.tokens[k];
      const w = t.lower;
      if (t.kind === 'number') return none;
      const c = this.bits(k);
      if (t.kind === 'punct') {
        if (c & QUOTE || this.hyphen(k)) continue;
        const close = this.asideEnd(k, s.last);
        if (close === undefined) return none;
        k = close;
        continue;
      }
      // "put the toll at 85 adding that 50 civilians were wounded": a participle of speech ends the clause, and its "that"
      // opens what was said
      if (SPEAKING.has(w)) return none;
      if (c & RELATIVE) return { reading: this.afterRelative(k + 1, Math.min(s.last, k + 1 + RELATIVE_REACH)), relative: k + 1 };
      if (w === 'including' || (w === 'according' && this.word(k + 1) === 'to')) {
        // "six other civilians including three children (5-8 years) were injured", "hundreds of people according to a
        // US report were killed": an aside without its commas
        const resumed = this.afterAside(k + 1, s.last, plural);
        if (resumed === undefined) return none;
        k = resumed - 1;
        continue;
      }
      // "hundreds of people up to 1429 according to a US report were killed": a ceiling said of the same people
      if (w === 'up' && this.word(k + 1) === 'to' && this.isCount(k + 2)) {
        k += 2;
        while (this.isCount(k + 1)) k++;
        continue;
      }
      if (c & STOP || w === 'to') return none;
      if (w === 'of') {
        // "five of those killed", "two of the dead", "three of whom died"
        const after = this.word(k + 1);
        const event = this.stateAt(after === 'those' || after === 'the' || after === 'them' || after === 'whom' || after === 'which' ? k + 2 : k + 1);
        if (event) return { reading: { event, role: 'subject', people: true }, relative: undefined };
        continue;
      }
      if (w === 'and' || w === 'or') {
        // "women and children were killed", "27 students and a female teacher were injured" go on; "and wounded 30" begins
        // another count; "the Islamic State in Iraq and Levant" is a name
        if (this.nameWord(k - 1) && this.nameWord(k + 1)) { if (++np > NP_REACH) return none; continue; }
        if (!this.peopleAhead(k + 1, plural)) return none;
        continue;
      }
      // "rebel-held", "in besieged enclave", "under its control", "Syria Live Network": a word inside a compound,
      // after a preposition or a determiner, or inside a name describes what is counted, it says nothing of it
      if (this.bits(k - 1) & (PREPOSITION | DETERMINER) || this.hyphen(k - 1) || this.nameWord(k)) {
        if (++np > NP_REACH) return none;
        continue;
      }
      if (c & (BE_WORD | HAVE_WORD | MODAL) || w === 'among' || this.isPredicate(k, plural)) break;
      if (++np > NP_REACH) return none;
    }
    if (k >= end) return none;
    if (np === 0 && this.ofPeople(fig) && this.finalGerund(k, s.last)) {
      const v = this.words.verbs.get(this.word(k))!;
      return { reading: { event: v.event, role: 'subject', people: v.people, verb: v }, relative: undefined };
    }
    // "of the 45 civilians killed, the most were in Qaterji": after a definite article a participle with no count as
    // its object describes the counted ("the three bombers killed two people" still did it)
    const v = this.words.verbs.get(this.word(k));
    if (v && v.counts === 'object' && v.forms & PARTICIPLE && this.word(fig.first - 1) === 'the' && !this.isCount(k + 1) && !this.isCount(k + 2)) {
      return { reading: { event: v.event, role: 'subject', people: v.people, verb: v }, relative: undefined };
    }
    return { reading: this.reducedRelative(k, s.last) ?? this.verbGroup(k, s.last, 'subject'), relative: undefined };
  }

  /**
   * "hostages taken by ISIS in Raqqa have been executed", "40 civilians trapped in the old city were killed": a
   * participle right after the noun with a preposition after it opens a relative clause without its pronoun, and the
   * verb group after that clause is the main one; it decides when it says what befell them ("40 civilians killed in
   * the strike were buried" keeps the participle's toll).
   */
  private reducedRelative(k: number, last: number): Reading | undefined {
    const w = this.word(k);
    const v = this.words.verbs.get(w);
    if (!((v && v.forms & PARTICIPLE) || this.words.adjectives.has(w)) || !(this.bits(k + 1) & PREPOSITION)) return undefined;
    for (let j = k + 2; j < Math.min(last, k + RELATIVE_REACH); j++) {
      const t = this.tokens[j];
      const c = this.bits(j);
      if (t.kind === 'number' || (t.kind === 'punct' && !this.hyphen(j)) || c & (STOP | RELATIVE) || t.lower === 'and' || t.lower === 'or') return undefined;
      if (c & (BE_WORD | HAVE_WORD)) {
        // "have been suffering a double siege": a verb of going on says less than the participle's state
        let m = j;
        while (m < last && this.bits(m) & (BE_WORD | HAVE_WORD | ADVERB)) m++;
        if ((this.words.verbs.get(this.word(m))?.forms ?? 0) & GERUND) return undefined;
        const main = this.verbGroup(j, last, 'subject');
        return main && main.event !== 'other' ? main : undefined;
      }
    }
    return undefined;
  }

  /** Whether a figure counts people by its noun, or has none ("saw dozens suffering"). */
  private ofPeople(fig: RawFigure): boolean {
    if (fig.noun === undefined || fig.noun < fig.last) return fig.noun === undefined;
    const w = this.tokens[fig.noun].lower;
    return PEOPLE_NOUNS.has(w) || this.persons.has(w);
  }

  /** "12 civilians who had fled": the relative clause's own verb, read when nothing surer says what befell them. */
  private relativeClause(k: number): Reading | undefined {
    const s = this.doc.sentences[this.tokens[k - 1].sentence];
    return this.verbGroup(k, s.last, 'relative');
  }

  /** After "who", "which": the main clause's verb group, past the relative clause's own (none when the clause runs on). */
  private afterRelative(k: number, end: number): Reading | undefined {
    // the relative clause's own verb: its first auxiliary, predicate or other word
    let j = k;
    while (j < end && this.bits(j) & (BE_WORD | HAVE_WORD | MODAL | ADVERB)) j++;
    const verb = j;
    for (j++; j < end; j++) {
      const t = this.tokens[j];
      // "who were identified as foreigners were eliminated": "as" after the verb opens its complement, not a clause
      if (t.lower === 'as' && j === verb + 1) continue;
      if (t.kind === 'number' || NP_STOPS.has(t.lower) || (t.kind === 'punct' && !QUOTES.has(t.lower) && !this.hyphen(j))) return undefined;
      if (BE.has(t.lower) || HAVE.has(t.lower)) return this.verbGroup(j, end, 'subject');
    }
    return undefined;
  }

  /** Past an aside opened by "including" ("including three children (5-8 years)"): where the verb group resumes, if it does. */
  private afterAside(k: number, last: number, plural: boolean): number | undefined {
    for (let j = k; j < Math.min(last, k + ASIDE_REACH); j++) {
      const w = this.word(j);
      if (NP_STOPS.has(w) || RELATIVES.has(w)) return undefined;
      // "including medicine to treat burns": a verb after "to" is the aside's own
      if (BE.has(w) || HAVE.has(w) || (this.isPredicate(j, plural) && this.word(j - 1) !== 'to')) return j;
    }
    return undefined;
  }

  /** "and children", "and a female teacher": whether a noun of people follows within a few words, before any predicate. */
  private peopleAhead(k: number, plural: boolean): boolean {
    for (let j = k; j < k + 4; j++) {
      const w = this.word(j);
      if (!w || this.isPredicate(j, plural)) return false;
      if (PEOPLE_NOUNS.has(w) || this.persons.has(w)) return true;
    }
    return false;
  }

  /** A capitalised word after its sentence's first, in a sentence not written in title case: part of a name. */
  private nameWord(k: number): boolean {
    const t = this.tokens[k];
    return isCapitalized(t.text) && k > this.doc.sentences[t.sentence].first && !this.titleCase(t.sentence);
  }

  /** Whether a sentence is written in title case, as headlines are ("Mortar Attack Kills Injures over 70"): its capitals are not names. */
  private titleCase(sentence: number): boolean {
    let v = this.titled.get(sentence);
    if (v === undefined) {
      const { first, last } = this.doc.sentences[sentence];
      let words = 0;
      let capitals = 0;
      for (let k = first; k < last; k++) {
        const t = this.tokens[k];
        if (t.kind !== 'word' || t.text.length < 4) continue;
        words++;
        if (isCapitalized(t.text)) capitals++;
      }
      v = words >= 3 && capitals >= TITLE_SHARE * words;
      this.titled.set(sentence, v);
    }
    return v;
  }
  private readonly titled = new Map<number, boolean>();

  /** A hyphen inside a word ("rebel-held"), written without spaces. */
  private hyphen(k: number): boolean {
    const t = this.tokens[k];
    return !!t && DASHES.has(t.lower) && this.tokens[k - 1]?.end === t.start && this.tokens[k + 1]?.start === t.end;
  }

  /** The token closing an aside that opens at k (a dash, a bracket, a comma before "including"), or undefined. */
  private asideEnd(k: number, last: number): number | undefined {
    const w = this.tokens[k].lower;
    const closer = w === '(' ? ')' : DASHES.has(w) ? '-' : w === ',' && ASIDES.has(this.word(k + 1)) ? ',' : undefined;
    if (closer === undefined) return undefined;
    for (let j = k + 1; j < Math.min(last, k + ASIDE_REACH); j++) {
      const x = this.tokens[j].lower;
      if (closer === '-' ? DASHES.has(x) && !this.hyphen(j) : x === closer) return j;
    }
    return undefined;
  }

  /** Whether the word at k says by itself what befell the counted: a verb form of the table, a state, or a verb read by context. */
  private isPredicate(k: number, plural: boolean): boolean {
    const c = this.bits(k);
    // a plural subject never takes the -s form: "19 men with gunshot wounds", "wounds" is a noun there
    if (c & VERB) return !(plural && c & VERB_SINGULAR_ONLY);
    return (c & (ADJECTIVE | STATE_VERB)) !== 0 || ((c & REFUGE_VERB) !== 0 && REFUGES.has(this.word(k + 1)));
  }

  /** "dead", "killed", "wounded", "victims" at k: what a count among them or of them went through. */
  private stateAt(k: number): FigureEvent | undefined {
    const w = this.word(k);
    if (w === 'victims') return 'killed';
    if (MISSING.has(w)) return 'other';
    const v = this.words.verbs.get(w);
    if (v && v.forms & (PAST | PARTICIPLE) && v.people) return v.event;
    return this.words.adjectives.get(w) ?? TOLL_NOUNS.get(w);
  }

  /**
   * The verb group that begins at k, after a subject: auxiliaries and adverbs, then a verb, a state, or "among the
   * dead". The voice decides: a passive or a verb of the subject ("have fled", "were killed", "6 killed" in a
   * headline) says what befell the counted; an active verb with an object says what they did.
   */
  private verbGroup(k: number, last: number, role: 'subject' | 'relative'): Reading | undefined {
    let passive = false;
    let auxiliary = false;
    for (; k < last; k++) {
      const c = this.bits(k);
      if (c & QUOTE) continue;
      if (NEGATIONS.has(this.word(k))) return undefined;
      if (c & BE_WORD) { passive = true; auxiliary = true; continue; }
      if (c & (HAVE_WORD | MODAL)) { auxiliary = true; continue; }
      if (c & ADVERB && !this.isPredicate(k, false)) continue;
      break;
    }
    const w = this.word(k);
    // "were rounded up and executed", "were abducted and later killed": the harm is the second participle's
    const then = passive ? this.harmAfter(k, last, role) : undefined;
    if (then) return then;
    if (w === 'among') {
      // "were among the dead", "among at least 31 people killed"
      for (let j = k + 1; j < Math.min(last, k + AMONG_REACH); j++) {
        const event = this.stateAt(j);
        if (event) return { event, role, people: true };
      }
      return undefined;
    }
    // a capitalised word of an ordinary sentence is a name ("Syria Live Network"), not a verb
    if (k < last && this.nameWord(k)) return undefined;
    const special = this.specialVerb(k, role);
    if (special) return special;
    const v = this.words.verbs.get(w);
    const state = this.words.adjectives.get(w);
    // "displaced people", "in besieged enclave": a participle or a state before a noun describes it, and is no predicate
    if (!auxiliary && (state || (v && v.counts !== 'subject' && v.forms & (PAST | PARTICIPLE))) && this.describesNext(k)) return undefined;
    // "were brought to Turkey for treatment", "have been affected by the chlorine gas attack": the hurt
    if (!v && !state && auxiliary && this.hurt(k, last)) return { event: 'wounded', role, people: true };
    // "had decided to remain", "are expected to stay": the verb after "to" says what befell them
    if (!v && !state && auxiliary && this.word(k + 1) === 'to' && k + 2 < last) return this.verbGroup(k + 2, last, role);
    if (!v && !state && auxiliary && OTHER_PARTICIPLE.test(w) && !PEOPLE_NOUNS.has(w)) {
      // "500 others have been affected", "were brought to Turkey": a verb of the count's own that says none of these
      // events; the verb of another clause nearby is not its
      return { event: 'other', role, people: false };
    }
    if (!v) return state && (passive || !auxiliary) ? this.orAlso({ event: state, role, people: this.words.peopleAdjectives.has(w) }, k) : undefined;
    // "Terrorists Fleeing From Raqqa", "people fleeing the fighting": a bare -ing form describes the counted; the
    // clause's verb is elsewhere
    if (!passive && v.forms === GERUND) return undefined;
    const passiveVoice = passive && (v.forms & PARTICIPLE) !== 0;
    if (!passiveVoice && v.counts === 'object') {
      // "6 citizens killed 22 injured" is a headline of two counts; "three bombers killed two people" has an object
      if (auxiliary || this.hasObject(k + 1)) return { event: 'other', role: 'agent', people: false, verb: v };
    }
    return this.orAlso({ event: v.event, role, people: v.people, verb: v }, k);
  }

  /**
   * A participle of harm listed after a passive participle at k that names none ("were rounded up and executed", "were
   * arrested and later shot dead", "were detained, tortured and killed"); "were killed and wounded" is read by orAlso.
   */
  private harmAfter(k: number, last: number, role: 'subject' | 'relative'): Reading | undefined {
    if (this.stateAt(k) !== undefined) return undefined;
    // "have been shot beheaded or both": a list's comma may be lost, as in the FA-KES texts
    for (let item = k, n = 0; n < LISTED_PARTICIPLES; n++) {
      let j = PARTICLES.has(this.word(item + 1)) ? item + 2 : item + 1;
      if (this.word(j) === 'and' || this.tokens[j]?.text === ',') for (j++; j < last && ADVERBS.has(this.word(j)); j++);
      if (j >= last || this.tokens[j].kind !== 'word') return undefined;
      const v = this.words.verbs.get(this.word(j));
      const harm = v && v.forms & PARTICIPLE && v.people && HARMS.has(v.event) ? v.event : this.killedBy(j) ? 'killed' : undefined;
      if (harm) return this.orAlso({ event: harm, role, people: true, verb: v }, j);
      if (!OTHER_PARTICIPLE.test(this.word(j))) return undefined;
      item = j;
    }
    return undefined;
  }

  /** "shot dead", "gunned down", "beaten to death": a verb that names no harm, and the words after it that make it a killing. */
  private killedBy(k: number): boolean {
    const next = this.word(k + 1);
    return (next === 'dead' && SHOOTING.has(this.word(k))) || (next === 'down' && this.word(k) === 'gunned') || (next === 'to' && this.word(k + 2) === 'death' && this.tokens[k].kind === 'word');
  }

  /**
   * Whether the participle at k says the counted were hurt though it names no harm: taken somewhere for care ("were
   * brought to Turkey for treatment", "rushed to hospital"), or "affected by" an attack ("by the chlorine gas attack").
   */
  private hurt(k: number, last: number): boolean {
    const affected = this.word(k) === 'affected' && this.word(k + 1) === 'by';
    if (!affected && !CARRIED.has(this.word(k))) return false;
    for (let j = k + 1; j < Math.min(last, k + CARE_REACH); j++) {
      const t = this.tokens[j];
      if (t.kind === 'number' || (t.kind === 'punct' && !this.hyphen(j)) || this.bits(j) & STOP) return false;
      if (affected ? ATTACK_NOUNS.has(t.lower) || ATTACK_TYPE_WORDS.has(t.lower) || ATTACK_HEADS.has(t.lower) : CARE.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * "saw dozens suffering respiratory problems", "with thousands fleeing": a bare -ing form after the counted with no
   * verb group of theirs after it is what they went through; "30 terrorists fleeing Raqqa were killed" is not.
   */
  private finalGerund(k: number, last: number): boolean {
    const v = this.words.verbs.get(this.word(k));
    if (!v || v.forms !== GERUND || !GERUND_EVENTS.has(v.event)) return false;
    for (let j = k + 1; j < Math.min(last, k + BEYOND_FIGURE); j++) {
      const c = this.bits(j);
      // "injuring 15 others" takes an object: the clause's verb of another count
      if (this.tokens[j].kind === 'number' || NUMBER_WORDS.has(this.word(j))) return false;
      if (c & (STOP | RELATIVE)) return true;
      if (c & (BE_WORD | HAVE_WORD) || (c & VERB && this.words.verbs.get(this.word(j))!.forms & PAST)) return false;
    }
    return true;
  }

  /** Whether the word at k stands before a noun it describes ("displaced people", "besieged enclave"). */
  private describesNext(k: number): boolean {
    const next = this.tokens[k + 1];
    if (!next || next.kind !== 'word' || next.sentence !== this.tokens[k].sentence) return false;
    const w = next.lower;
    if (NUMBER_WORDS.has(w)) return false;
    if ((PEOPLE_NOUNS.has(w) || this.persons.has(w)) && !this.isPredicate(k + 1, true)) return true;
    // a lower-case word that is neither a word of the clause's grammar nor another state: the noun described
    return !FUNCTION_WORDS.has(w) && !ADVERBS.has(w) && !isCapitalized(next.text) && w.length > 2 && !w.endsWith('ly') && !this.isPredicate(k + 1, true);
  }

  /** "were killed or wounded", "Kills Injures", "dead or injured": a second state of the other kind makes it a toll of both. */
  private orAlso(r: Reading, k: number): Reading {
    const j = this.word(k + 1) === 'or' || this.word(k + 1) === 'and' ? k + 2 : k + 1;
    const next = this.word(j);
    const other = this.words.verbs.get(next)?.event ?? this.words.adjectives.get(next) ?? TOLL_NOUNS.get(next);
    // "12 dead and 30 wounded" is two counts
    const both = other && this.tokens[j + 1]?.kind !== 'number' && !NUMBER_WORDS.has(this.word(j + 1)) ? combined(r.event, other) : undefined;
    return both ? { ...r, event: both } : r;
  }

  /** Whether what follows a verb is its object: a count or a noun phrase, not a second count with its own state ("22 injured"). */
  private hasObject(k: number): boolean {
    const t = this.tokens[k];
    if (!t) return false;
    const count = t.kind === 'number' || NUMBER_WORDS.has(t.lower);
    if (count) {
      const after = this.word(k + 1);
      // "20 killed 3 Oct 2016", "13 Killed 23-09-2013": a date after a headline's verb is no object of it
      if (MONTHS.has(after) || (DATE_MARKS.has(after) && this.tokens[k + 1].start === t.end && this.tokens[k + 2]?.kind === 'number')) return false;
      return !(this.words.adjectives.has(after) || this.words.verbs.has(after) || (after === 'of' || PEOPLE_NOUNS.has(after)) && this.isPredicate(k + 2, true));
    }
    // "deployed around El Fasher": a hedge opens an object only before a count; "57 killed More than 150 Injured":
    // not before a count with its own state
    if (HEDGE_WORDS.has(t.lower)) {
      const count = this.isCount(k + 1) ? k + 1 : this.isCount(k + 2) ? k + 2 : -1;
      return count >= 0 && this.hasObject(count);
    }
    // "30 Terrorist Killed Reports said": the subject of the next clause, no object
    if (SPEECH_VERBS.has(this.word(k + 1))) return false;
    // "2 killed others injured": a second count with its own state
    return OBJECT_OPENERS.has(t.lower) || (PEOPLE_NOUNS.has(t.lower) && !this.isPredicate(k, true) && !this.isPredicate(k + 1, true));
  }

  private isCount(k: number): boolean {
    const t = this.tokens[k];
    return !!t && (t.kind === 'number' || NUMBER_WORDS.has(t.lower));
  }

  /**
   * Verbs whose meaning depends on what follows: "left the town" (fled) and "fighters left in" (remaining), "crossed
   * into" (fled), "forced from their homes" (fled), "lost their lives" (killed).
   */
  private specialVerb(k: number, role: 'subject' | 'relative' | 'object'): Reading | undefined {
    const w = this.word(k);
    const next = this.word(k + 1);
    // "dozens more have received treatment", "were receiving treatment for convulsions"
    if ((w === 'received' || w === 'receiving' || w === 'receive') && role !== 'object' && (next === 'treatment' || next === 'medical')) return { event: 'wounded', role, people: true };
    // "1,200 families have sought refuge in schools", "took shelter"
    if (REFUGE_VERBS.has(w) && role !== 'object' && REFUGES.has(next)) return { event: 'fled', role, people: true };
    if (role !== 'object' && (w === 'left' || w === 'leave')) {
      // "dozens of others were left injured", "left dead": the state they were left in
      const state = this.stateAt(k + 1);
      if (state) return { event: state, role, people: true };
      const t = this.tokens[k + 1];
      if (LEFT_PLACE.has(next) || (t?.kind === 'word' && isCapitalized(t.text))) return { event: 'fled', role, people: true };
      return { event: 'remaining', role, people: false };
    }
    // "crossed into Chad", "poured across the border": people crossing a frontier in numbers have fled
    if (role !== 'object' && CROSSING_VERBS.has(w)) {
      for (let j = k + 1; j < k + AMONG_REACH; j++) if (CROSSING.has(this.word(j))) return { event: 'fled', role, people: true };
      return undefined;
    }
    // "have been pushed south", "pushed out of their homes"
    if (role !== 'object' && (w === 'pushed' || w === 'push') && PUSHED_TO.has(next)) return { event: 'fled', role, people: true };
    // "have been made homeless", "rendered homeless": the state they were made to be in
    if (role !== 'object' && MADE.has(w)) {
      const state = this.stateAt(k + 1);
      if (state && state !== 'other') return { event: state, role, people: true };
    }
    // "forced from their homes", "driven from their homes", "driven out"
    if (w === 'forced' || w === 'force' || w === 'forcing' || w === 'driven' || w === 'drove') {
      let j = k + 1;
      if (role === 'object') while (j < k + 8 && this.tokens[j] && !['from', 'out', 'to'].includes(this.word(j))) j++;
      const n = this.word(j);
      if (n === 'from' || n === 'out' || (n === 'to' && (this.word(j + 1) === 'flee' || this.word(j + 1) === 'leave'))) return { event: 'fled', role, people: true };
      return undefined;
    }
    if (this.killedBy(k)) return { event: 'killed', role, people: true };
    // "are cut off from aid", "remain cut off in the besieged town"
    if (role !== 'object' && w === 'cut' && next === 'off') return { event: 'trapped', role, people: true };
    // "three are missing", "240 more have gone missing": the missing are neither dead nor hurt, whatever the toll before
    if (role !== 'object' && (MISSING.has(w) || (w === 'gone' && MISSING.has(next)))) return { event: 'other', role, people: true };
    if ((w === 'lost' || w === 'lose') && (next === 'their' || next === 'his' || next === 'her') && this.word(k + 2) === 'lives') return { event: 'killed', role, people: true };
    // "children suffering acute malnutrition", "suffer from hunger": want or illness is no wound of an attack
    if (SUFFERING.has(w) && role !== 'object') {
      for (let j = k + 1; j <= k + WANT_REACH; j++) if (WANTS.has(this.word(j))) return { event: 'other', role, people: true };
    }
    return undefined;
  }

  /**
   * The figure as the object of the verb before it ("killing 40", "evacuated 300", "Kills Injures over 70"), the noun
   * after a head noun ("the bodies of 19", "claimed the lives of 3", "a population of 45,000"), or a count a verb
   * leaves in a state ("left 23 soldiers dead", "left 680,000 people internally displaced").
   */
  private asObject(fig: RawFigure): Reading | undefined {
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    let k = fig.first - 1;
    while (k > s.first && OBJECT_FILLERS.has(this.word(k))) k--;
    if (k < s.first) return undefined;
    const w = this.word(k);
    if (w === 'of') return this.nominal(k - 1, s.first);
    // "inflicted harm on an additional 200 civilians", "causing cases of asphyxiation to more than 35 people"
    if (w === 'on' || w === 'to') {
      const caused = this.harmCaused(k, s.first);
      if (caused) return { event: caused, role: 'nominal', people: true };
    }
    // "his hospital received three victims"
    if (INTAKE_VERBS.has(w) && fig.noun !== undefined && INTAKE_NOUNS.has(this.tokens[fig.noun].lower)) return { event: 'wounded', role: 'object', people: true };
    // "School Shelling Claims 11 Children": an attack that claims people kills them
    if (CLAIMING.has(w) && fig.noun !== undefined && CLAIMED.has(this.tokens[fig.noun].lower)) return { event: 'killed', role: 'object', people: true };
    if (w === 'to' && this.word(k - 1) === 'home') return { event: 'population', role: 'nominal', people: true };
    if (w === 'left' || w === 'leaving' || w === 'leave' || w === 'leaves') return this.complement(fig, s.last);
    if (INCLUDING.has(w)) return this.includedIn(k - 1, s.first);
    const special = this.specialVerb(k, 'object');
    if (special) return special;
    const v = this.words.verbs.get(w);
    // "killed 15 and arrested 30 others", "freed 40 hostages": a verb of its own that takes people and harms none
    if (SPARING.has(w)) return { event: 'other', role: 'object', people: false };
    if (!v || v.counts === 'subject') return undefined;
    // "a source at Aleppo Police Command two people were killed": a word of an organisation's name is no verb
    if (this.mentionAt[k]?.type === 'actor') return undefined;
    const before = this.word(k - 1);
    // "as well as those killed, at least 160 were injured": a participle after "those" names people, it takes no object
    if (NOUN_MARKERS.has(before)) return undefined;
    // "8 persons injured 3 others killed", "30 people were injured at least three killed": a state after another count's
    // noun (or its "were") is that count's when this count has a state of its own after it
    const own = fig.noun !== undefined ? fig.noun + 1 : fig.last;
    if ((PEOPLE_NOUNS.has(before) ? fig.noun !== undefined : PAST_BE.has(before)) && TOLL_STATES.has(this.word(own))) return undefined;
    const other = this.words.verbs.get(before === 'or' || before === 'and' ? this.word(k - 2) : before);
    return { event: (other && combined(other.event, v.event)) || v.event, role: 'object', people: v.people, verb: v };
  }

  /** The harm a verb of causing names before "to" or "on" at k ("caused injuries to", "causing cases of suffocation to"). */
  private harmCaused(k: number, first: number): 'killed' | 'wounded' | undefined {
    for (let c = k - 2; c >= Math.max(first, k - CAUSE_REACH); c--) {
      if (!CAUSING.has(this.word(c))) continue;
      for (let j = c + 1; j < k; j++) {
        const event = AILMENTS.has(this.word(j)) ? 'wounded' : this.words.nouns.get(this.word(j));
        if (event === 'wounded' || event === 'killed') return event;
      }
      return undefined;
    }
    return undefined;
  }

  /**
   * "killed 50 people including 12 children", "the victims included 20 children": a count a toll includes counts
   * what the toll does, named in the words before.
   */
  private includedIn(k: number, first: number): Reading | undefined {
    // the words of the whole, not of a clause before it: "killed 300,000 and drove nine million from their homes,
    // including 2.6 million refugees" — past the whole's count only its verb and hedge ("killed at least 50")
    for (let j = k; j >= Math.max(first, k - INCLUDED_REACH); j--) {
      let event = this.stateAt(j);
      if (!event && this.isCount(j)) {
        let v = j - 1;
        while (v >= first && j - v <= WHOLE_VERB_REACH && (HEDGE_WORDS.has(this.word(v)) || this.isCount(v))) v--;
        event = v >= first ? this.stateAt(v) : undefined;
        return event ? { event, role: 'object', people: true } : undefined;
      }
      if (event) return { event, role: 'object', people: true };
    }
    return undefined;
  }

  /** "the bodies of 19", "the death of eight and the injury of 89", "claiming the lives of 3 people". */
  private nominal(k: number, first: number): Reading | undefined {
    const head = this.word(k);
    if (head === 'family') return this.familyTaken(k, first);
    const event = this.words.nouns.get(head);
    if (!event) return undefined;
    const people = event !== 'remaining';
    if (head !== 'lives') return { event, role: 'nominal', people };
    // taken lives: "claimed the lives of", "at the cost of the lives of"; "saved the lives of" are not
    return this.taken(k - 1, Math.max(first, k - 3)) ? { event, role: 'nominal', people } : undefined;
  }

  /** "killed a family of seven", "wiped out an entire family of nine": what befell the family befell the count. */
  private familyTaken(k: number, first: number): Reading | undefined {
    let j = k - 1;
    while (j > first && FAMILY_FILLERS.has(this.word(j))) j--;
    const v = this.words.verbs.get(this.word(j));
    return v && v.counts !== 'subject' && v.people && j < k - 1 ? { event: v.event, role: 'object', people: true, verb: v } : undefined;
  }

  /** "left 23 soldiers dead", "leaving hundreds of people injured": the state named after the counted noun phrase. */
  private complement(fig: RawFigure, last: number): Reading | undefined {
    let k = fig.noun !== undefined && fig.noun >= fig.last ? fig.noun + 1 : fig.last;
    for (let end = Math.min(last, k + AMONG_REACH); k < end; k++) {
      // "leaving 23 civilians - including nine children - and 16 fighters dead": past the aside and the count listed with it
      if (this.tokens[k].kind === 'punct') {
        const close = this.asideEnd(k, last);
        if (close !== undefined) { end = Math.min(last, close + 1 + AMONG_REACH); k = close; }
        continue;
      }
      if (this.word(k) === 'and' && this.isCount(k + 1)) { end = Math.min(last, k + 2 + AMONG_REACH); k++; continue; }
      const w = this.word(k);
      if (this.tokens[k].kind === 'number' || NP_STOPS.has(w)) return undefined;
      const v = this.words.verbs.get(w);
      const state = this.words.adjectives.get(w) ?? (v && v.forms & PARTICIPLE && v.people ? v.event : undefined);
      if (state && state !== 'controlled') return this.orAlso({ event: state, role: 'complement', people: true }, k);
    }
    return undefined;
  }

  /** "the death toll has risen to 37", "a toll of 36", "the toll stood at 45": the value of a toll. */
  private tollValue(fig: RawFigure): Reading | undefined {
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    if (!VALUE_LINKS.has(this.word(fig.first - 1))) return undefined;
    for (let k = fig.first - 1; k >= Math.max(s.first, fig.first - TOLL_REACH); k--) {
      const t = this.tokens[k];
      // "put the death toll at six and the number of injured at 28": another value between is the toll's
      if (t.lower === ';' || (k < fig.first - 1 && this.isCount(k) && VALUE_LINKS.has(this.word(k - 1)))) return undefined;
      if (t.lower === 'toll' || t.lower === 'tolls') {
        const kind = this.word(k - 1);
        return { event: /casualt/.test(kind) ? 'killed-or-wounded' : /injur|wound/.test(kind) ? 'wounded' : 'killed', role: 'toll', people: true };
      }
      // "casualties rise to 80", "deaths have reached 300": a noun of a toll as the subject of the value's verb
      const head = fig.first - k <= VALUE_HEAD_REACH ? TOLL_HEAD_NOUNS.get(t.lower) : undefined;
      if (head) return { event: head, role: 'toll', people: true };
    }
    return undefined;
  }
}

markWords(QUOTES, QUOTE);
markWords(RELATIVES, RELATIVE);
markWords([...NEGATIONS, ...NP_STOPS], STOP);
markWords(BE, BE_WORD);
markWords(HAVE, HAVE_WORD);
markWords(MODALS, MODAL);
markWords(PREPOSITIONS, PREPOSITION);
markWords(DETERMINERS, DETERMINER);
markWords(ADVERBS, ADVERB);
markWords([...CONTEXT_VERBS, ...MISSING, ...CROSSING_VERBS, 'pushed'], STATE_VERB);
markWords(REFUGE_VERBS, REFUGE_VERB);
