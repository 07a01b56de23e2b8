import type { Mention } from '../entities/mention';
import type { Lexicon } from '../lexicon/names';
import type { WordFacts } from '../lexicon/wordFacts';
import { isCapitalized, type Token, type Tokenized } from '../text/tokens';
import { lower } from './numbers';
import { MONTHS, NUMBER_WORDS, SPEECH_VERBS } from './vocabulary';
import { countLeading } from '../sorted';
import { ATTACK_NOUNS } from '../text/sentenceCues';

/** Who the text attributes a figure to: an organisation-level source and, when named, the person who spoke. */
export interface Attribution {
  source: string | null;
  speaker: string | null;
}

/** How many words before a speech verb its subject is first looked for. */
const SUBJECT_WINDOW = 8;
const PASSIVE_BE = new Set('is are was were be been being'.split(' '));
/** Verbs that begin a clause's verb group: after "according to X" without its comma, they begin the next clause. */
const AUXILIARIES = new Set([...PASSIVE_BE, 'has', 'have', 'had']);
const CLAUSE_WORDS = new Set('as while but whereas although though that because ; :'.split(' '));
const PRONOUNS = new Set('he she they it we'.split(' '));
const OFFICIALS = new Set('officials official commanders commander authorities officers spokesman spokeswoman spokesperson ministry government'.split(' '));
const SOURCES = new Set('sources source activists activist residents resident witnesses witness medics doctors rescuers observers locals media opponents critics supporters'.split(' '));
/** People who speak of someone, not for them ("opponents of President Assad said"): the person after their "of" is not the speaker. */
const SPEAKING_OF = new Set('opponents critics supporters relatives family friends allies enemies foes lawyers followers loyalists'.split(' '));
/** How many words of a title may stand between "of" and the person it names ("of Syrian President Bashar al-Assad"). */
const TITLE_WORDS = 3;
/** Relative pronouns, as written in lower case ("WHO" is the organisation). */
const RELATIVE_PRONOUNS = new Set(['which', 'who']);
/** Words after a relative pronoun that open the clause's own subject ("which the Observatory said"). */
const RELATIVE_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'they', 'he', 'she', 'it', 'we', 'activists', 'officials', 'sources', 'residents', 'witnesses', 'monitors']);
/** How many words a name in quotation marks may have. */
const QUOTED_NAME_WORDS = 4;
/** Verbs of speech whose object is the listener ("a doctor told Reuters"): their subject is never after them. */
const TELLING = new Set(['told', 'tells', 'tell']);
const MONITOR = new Set('monitor monitors monitoring watchdog'.split(' '));
/** Words that link a name to the noun before it ("fighters loyal to the SDF", "backed by Russia"). */
const LINKING_WORDS = new Set(['by', 'to', 'of', 'for', 'with', 'against', 'from', 'in', 'on', 'at', 'and', 'or', 'including', 'as', 'than', 'between', 'among', 'under', 'over', 'near', 'into']);
/** Prefixes of a compound that takes a side on a name ("anti-ISIS", "pro-government"). */
const STANCE = new Set(['anti', 'pro']);
/** Verbs of claiming, which may claim a deed instead of saying something. */
const CLAIMING = new Set(['claimed', 'claims', 'claim']);
/** What a claim of a deed names right after its verb, and how far its object may run to the attack it names. */
const DEED_CLAIMS = new Set(['responsibility', 'credit', 'authorship']);
const DEED_REACH = 8;
/** "Claimed ... lives": a killing, not a claim. */
const LIVES = new Set(['lives', 'life']);
/** Words after the attack a claim names that keep it a deed ("the attack that killed", "the bombing in Damascus"). */
const AFTER_DEED = new Set(['that', 'which', 'in', 'on', 'at', 'near', 'against', 'targeting', 'killing', 'wounding', 'by', 'of', 'outside', 'inside']);
/**
 * The heads of a definite description that stands for an organisation the article named before ("the observatory",
 * "the ministry", "the group"), and the kinds of actor a head names when the actor's own name does not hold it ("the
 * group" for Amnesty International); a head with no kinds names only an actor or a source whose name holds it.
 */
const DEFINITE_HEADS = new Map<string, readonly string[]>([
  ['observatory', []], ['network', []], ['group', ['ngo', 'monitor', 'armed-group', 'opposition']], ['organisation', ['ngo', 'igo', 'monitor']],
  ['organization', ['ngo', 'igo', 'monitor']], ['charity', ['ngo']], ['agency', ['igo']], ['ministry', []], ['coalition', ['coalition']], ['army', []],
  ['committee', []], ['council', []], ['commission', []], ['office', []], ['centre', []], ['center', []], ['mission', []], ['alliance', []],
]);
/** How many words a definite description may have ("the observatory", "the Britain-based monitoring group"). */
const DEFINITE_WORDS = 4;
/** How many sentences back the organisation that spoke last may be the one a definite description stands for. */
const DEFINITE_SENTENCES = 2;
/** A double quotation mark, straight or curly: asked of every token the attributor walks over. */
const isDoubleQuote = (s: string) => s === '"' || s === '“' || s === '”';
const isApostrophe = (s: string | undefined) => s === "'" || s === '’';
const WEEKDAY_OR_MONTH = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const BODY_HEADS = new Set(['ministry', 'army', 'military', 'government', 'authorities', 'presidency', 'police', 'navy', 'command', 'directorate', 'council', 'administration']);
const BODY_MODIFIERS = new Set(['defence', 'defense', 'foreign', 'interior', 'health', 'information', 'general', 'armed', 'forces', 'military', 'state', 'city', 'local', 'provincial', 'regional']);
const STATE_MEDIA = new Set('state official government pro-government regime'.split(' '));
const MEDIA_NOUN = new Set('media television tv news broadcaster agency channel radio'.split(' '));
/** A person's titles after the word of the organisation they speak for: "observatory director", "group spokesman". */
const PERSON_TITLES = new Set(['director', 'chief', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'official', 'commander', 'leader']);
/** Words of saying that are also plural nouns ("reports that", "claims that"), and what shows them nouns. */
const SPEECH_NOUNS = new Set(['reports', 'claims', 'estimates', 'notes']);
const NOUN_OPENERS = new Set(['the', 'these', 'those', 'such', 'unconfirmed', 'initial', 'earlier', 'conflicting', 'local', 'some', 'many', 'other', 'its', 'their']);
const DISMISSING = new Set(['denied', 'denies', 'deny', 'dismissed', 'rejected', 'rejects', 'investigating', 'investigate', 'investigates']);

/** A country's ministry as a name the lists do not hold: "Russian Defense Ministry", "Defence Ministry". */
const MINISTRY_NAME = /^(?:(\p{L}+) )?(defen[cs]e|foreign|interior|health|information) ministry$/iu;

/**
 * "Russian Defense Ministry", "Russia's defence ministry", "Russian defense ministry": one institution, named one way
 * (the demonym, British spelling, lower case), so that a hover lists it once and never sets it against itself.
 */
function institutionName(source: string): string {
  const m = MINISTRY_NAME.exec(source);
  if (!m) return source;
  const subject = m[2].toLowerCase() === 'defense' ? 'defence' : m[2].toLowerCase();
  if (!m[1]) return `${subject} ministry`;
  const country = DEMONYM_COUNTRY.get(m[1].toLowerCase());
  return country ? `${country} ${subject} ministry` : source;
}

const DEMONYM_COUNTRY = new Map<string, string>([['syria', 'Syrian'], ['syrian', 'Syrian'], ['iraq', 'Iraqi'], ['iraqi', 'Iraqi'], ['russia', 'Russian'], ['russian', 'Russian'], ['iran', 'Iranian'], ['iranian', 'Iranian'], ['turkey', 'Turkish'], ['turkish', 'Turkish'], ['kurdish', 'Kurdish'], ['lebanon', 'Lebanese'], ['lebanese', 'Lebanese'], ['united states', 'US'], ['us', 'US'], ['american', 'US'], ['united kingdom', 'British'], ['british', 'British'], ['france', 'French'], ['french', 'French'], ['israel', 'Israeli'], ['israeli', 'Israeli'], ['jordan', 'Jordanian'], ['jordanian', 'Jordanian']]);

interface Quote { start: number; end: number }
/** `deed`: a claim of a deed ("claimed the attack"), whose claimant a later "the group said" or "it said" may name, but which reports nothing itself. */
interface Speech { source: string | null; speaker: string | null; verb: number; sentence: number; person: boolean; passive: boolean; according: boolean; clauseStart: number; deed: boolean }

export class Attributor {
  private readonly tokens: Token[];
  private readonly quotes: Quote[];
  private readonly speeches: Speech[] = [];
  private readonly affiliation = new Map<string, string>();
  /** The kind of each organisation the article names, by its canonical name. */
  private readonly actorKinds = new Map<string, string>();

  constructor(private readonly doc: Tokenized, mentions: Mention[], private readonly mentionAt: (Mention | undefined)[], private readonly lex: Lexicon, private readonly facts: WordFacts[]) {
    this.tokens = doc.tokens;
    this.quotes = findQuotes(doc);
    for (const m of mentions) if (m.type === 'actor') this.actorKinds.set(m.canonical, m.kind);
    this.learnAffiliations(mentions);
    this.findSpeeches();
  }

  /** "Maj. Gen. Igor Konashenkov": the stop of a rank's abbreviation, which does not part a speaker from his organisation. */
  private abbreviationStop(k: number): boolean {
    const t = this.tokens[k];
    const before = this.tokens[k - 1];
    return t.text === '.' && before !== undefined && before.end === t.start && /^[A-Z][a-z]{0,3}$/.test(before.text);
  }

  /** "coalition spokesman Ryan Dillon", "OCHA's Linda Tom": the organisation a named speaker speaks for. */
  private learnAffiliations(mentions: Mention[]): void {
    for (let i = 0; i < mentions.length; i++) {
      const p = mentions[i];
      if (p.type !== 'person') continue;
      for (let j = i - 1; j >= 0 && p.first - mentions[j].last <= 6; j--) {
        const a = mentions[j];
        if (a.type === 'place' && a.kind !== 'country') break;
        if (a.type === 'actor' && a.kind !== 'media') {
          let clean = true;
          for (let k = a.last; k < p.first; k++) if (this.tokens[k].kind === 'punct' && !isApostrophe(this.tokens[k].text) && !this.abbreviationStop(k)) clean = false;
          if (clean && !this.affiliation.has(p.canonical)) this.affiliation.set(p.canonical, a.canonical);
          break;
        }
      }
      // "Jason Kajer, spokesman for the IRC" / "Lilwa al-Abdallah, spokeswoman for the offensive"
      const after = mentions[i + 1];
      if (after && after.type === 'actor' && after.first - p.last <= 6 && this.tokens[p.last]?.text === ',' && !this.affiliation.has(p.canonical)) {
        let clean = true;
        for (let k = p.last + 1; k < after.first; k++) if (this.tokens[k].kind === 'punct') clean = false;
        if (clean) this.affiliation.set(p.canonical, after.canonical);
      }
    }
  }

  /**
   * "The US military is investigating reports that at least 73 civilians ...", "denied claims that": a word of saying
   * after a verb or a determiner is a noun, and who investigates or denies reports is not their source.
   */
  private speechNoun(v: number): boolean {
    const w = this.tokens[v].lower;
    if (!SPEECH_NOUNS.has(w)) return false;
    const prev = lower(this.tokens[v - 1]);
    return NOUN_OPENERS.has(prev) || (prev.length > 4 && (prev.endsWith('ing') || DISMISSING.has(prev)));
  }

  /** The quotation token i is inside, if any: the quotes are in text order and apart, so the last one opened before it. */
  private insideQuote(i: number): Quote | undefined {
    const pos = this.tokens[i].start;
    const q = this.quotes[countLeading(this.quotes, (quote) => quote.start < pos) - 1];
    return q && pos < q.end ? q : undefined;
  }

  private findSpeeches(): void {
    for (let v = 0; v < this.tokens.length; v++) {
      if (!this.facts[v].speech) continue;
      const w = this.tokens[v].lower;
      const according = w === 'according' && lower(this.tokens[v + 1]) === 'to';
      if (!according && !SPEECH_VERBS.has(w)) continue;
      if (this.insideQuote(v) || this.mentionAt[v] || this.speechNoun(v)) continue;
      const sentence = this.tokens[v].sentence;
      const passive = PASSIVE_BE.has(lower(this.tokens[v - 1])) || (lower(this.tokens[v - 1]) === 'reportedly');
      if (passive) { this.speeches.push({ source: null, speaker: null, verb: v, sentence, person: false, passive, according: false, clauseStart: v, deed: false }); continue; }
      if (w === 'put' || w === 'puts' || w === 'raised' || w === 'gave') {
        // "put the toll at", "raised the death toll": speech only with a toll
        const window = this.tokens.slice(v + 1, v + 5).map((t) => lower(t));
        if (!window.includes('toll') && !window.includes('number')) continue;
      }
      // "claimed responsibility for the bombing which killed 17", "claimed the attack that killed 17": who did it, not who counted
      const deed = CLAIMING.has(w) && this.claimsDeed(v);
      const found = according || w === 'citing' || w === 'quoted' ? this.subjectAfter(v + (according ? 2 : 1), true) : this.subjectBefore(v) ?? (TELLING.has(w) ? undefined : this.subjectAfter(v + 1));
      if (!found) continue;
      this.speeches.push({ source: found.source && institutionName(found.source), speaker: found.speaker, verb: v, sentence, person: found.person, passive: false, according: according || w === 'citing', clauseStart: found.clauseStart ?? v, deed });
    }
  }

  /** Whether the claim at v is of a deed ("responsibility", "credit", an attack named as its object, lives taken), not of what was said. */
  private claimsDeed(v: number): boolean {
    let k = v + 1;
    if (this.tokens[k]?.lower === 'also') k++;
    if (DEED_CLAIMS.has(lower(this.tokens[k]))) return true;
    // "strikes have claimed hundreds of civilian lives", "claimed the lives of 20": a killing, not a claim
    if (this.tokens[k]?.lower !== 'that') for (let j = k; j < Math.min(this.tokens.length, k + DEED_REACH); j++) if (LIVES.has(this.tokens[j].lower)) return true;
    for (let j = k; j < Math.min(this.tokens.length, k + DEED_REACH); j++) {
      const t = this.tokens[j];
      // "an October 2 bomb attack": a day's number is no count
      if (t.kind === 'number' && MONTHS.has(lower(this.tokens[j - 1]))) continue;
      // "claimed that", "claimed 40 militants were killed": what was said
      if (t.kind !== 'word' || t.lower === 'that' && j === k || PASSIVE_BE.has(t.lower)) return false;
      // "claimed the attack that killed 17" is a deed; "claimed the attack killed 30" says what the attack did
      if (ATTACK_NOUNS.has(t.lower)) return AFTER_DEED.has(lower(this.tokens[j + 1])) || this.tokens[j + 1]?.kind !== 'word';
    }
    return false;
  }

  private describe(from: number, to: number): { source: string | null; speaker: string | null; person: boolean; clauseStart: number } | undefined {
    let actor: Mention | undefined;
    let person: Mention | undefined;
    let descriptor: string | undefined;
    let monitor: string | undefined;
    let monitorAt = -1;
    let stateMedia: string | undefined;
    let pronoun: string | undefined;
    let body: string | undefined;
    let state: string | undefined;
    let start = from;
    for (let k = from; k < to; k++) {
      const m = this.mentionAt[k];
      const w = lower(this.tokens[k]);
      // "the UK-based group which advocates the Syrian opposition said": a relative clause whose verb follows its pronoun
      // names no speaker ("the attack which the Red Crescent says killed 20" does)
      if (k > from && this.subjectRelative(k)) break;
      // "the attack which the United States says", "in response to what the United States says was": the relative
      // clause's own subject begins after its pronoun, and what was named before it is the main clause's
      if (RELATIVE_PRONOUNS.has(this.tokens[k].text) || this.tokens[k].text === 'what') {
        start = k + 1;
        actor = person = undefined;
        descriptor = monitor = stateMedia = pronoun = body = state = undefined;
      }
      if (!body) body = this.governmentBody(k);
      if (m) {
        // "the UN's Office for the Coordination of Humanitarian Affairs": the office, not the UN, is speaking
        // a credit line ("Monitor AFP Friday 24 Jul 2015") names the agency that carried the story, not a source
        // "an anti-ISIS activist network", "pro-Kremlin bloggers": a group a compound is for or against does not speak
        // "killed in a Syrian army ambush ... said the Syrian Observatory": who attacked, named before the attack, did not speak
        if (m.type === 'actor' && !actor && !this.byline(m) && !this.stanceOn(m) && !ATTACK_NOUNS.has(lower(this.tokens[m.last]))) actor = this.possessed(m) ?? m;
        if (m.type === 'person' && !person && !this.spokenOf(m.first, from)) person = m;
        // "Russia says", "the United States says": a country that is the whole subject of the verb is its government speaking
        if (m.type === 'place' && m.kind === 'country' && (m.first === start || m.first === start + 1 && this.tokens[start].lower === 'the') && m.last === to) state = m.canonical;
        // "Kyiv said", "Moscow says": a city (a capital, or one large enough to be a seat of power) that is the whole
        // subject is its country's government speaking; a town of that name is more likely a person's ("Dali said")
        else if (m.type === 'place' && m.kind === 'city' && m.country && m.first === from && m.last === to && SPEECH_VERBS.has(lower(this.tokens[to]))) state = m.country;
        if (m.type === 'place' && !stateMedia && STATE_MEDIA.has(lower(this.tokens[m.last])) && MEDIA_NOUN.has(lower(this.tokens[m.last + 1]))) {
          stateMedia = `${DEMONYM_COUNTRY.get(m.canonical.toLowerCase()) ?? m.canonical} state media`;
        }
        k = m.last - 1;
        continue;
      }
      if (!stateMedia && DEMONYM_COUNTRY.has(w) && STATE_MEDIA.has(lower(this.tokens[k + 1])) && MEDIA_NOUN.has(lower(this.tokens[k + 2]))) stateMedia = `${DEMONYM_COUNTRY.get(w)} state media`;
      if (!descriptor && MONITOR.has(w)) {
        monitor = this.actorOfKind('monitor', k);
        monitorAt = k;
        descriptor = monitor ?? 'unnamed sources';
      }
      if (!descriptor && OFFICIALS.has(w)) descriptor = 'unnamed officials';
      if (!descriptor && SOURCES.has(w)) descriptor = 'unnamed sources';
      if (!pronoun && PRONOUNS.has(w) && k === from) pronoun = w;
    }
    // "... killing 40 government forces a monitoring group said", "... which has killed 132 civilians the observatory
    // said", their commas lost: the words right before the verb are its subject, not a name further back
    const nearest = actor && !person ? this.describedBeforeVerb(actor, monitorAt, monitor, to) : undefined;
    if (nearest) return { source: nearest, speaker: null, person: false, clauseStart: from };
    if (person) {
      const org = actor && actor.kind !== 'media' ? actor.canonical : this.affiliation.get(person.canonical) ?? this.titledBy(person);
      return { source: org ?? person.canonical, speaker: person.canonical, person: true, clauseStart: from };
    }
    if (actor) return { source: actor.canonical, speaker: null, person: false, clauseStart: from };
    if (body) return { source: body, speaker: null, person: false, clauseStart: from };
    if (stateMedia) return { source: stateMedia, speaker: null, person: false, clauseStart: from };
    if (pronoun) return this.resolvePronoun(pronoun, this.tokens[from].sentence, from);
    // a monitor the words name ("the UK-based monitor") is surer than the last organisation of the head's kind
    const named = monitor ?? this.definiteDescription(from, to);
    if (named) return { source: named, speaker: null, person: false, clauseStart: from };
    if (descriptor) return { source: descriptor, speaker: null, person: false, clauseStart: from };
    if (state) return { source: state, speaker: null, person: false, clauseStart: from };
    // "Elsewhere on Thursday the observatory said": a description after words that set the time or the scene
    const the = this.lastArticle(from, to);
    const described = the === undefined ? undefined : this.definiteDescription(the, to);
    if (described) return { source: described, speaker: null, person: false, clauseStart: from };
    return undefined;
  }

  /** The last "the" before the verb at `to` that may open a description of its subject. */
  private lastArticle(from: number, to: number): number | undefined {
    for (let k = to - 2; k > from && k >= to - DEFINITE_WORDS; k--) if (this.tokens[k].lower === 'the') return k;
    return undefined;
  }

  /**
   * The source a subject's last words name when they come after another name: a monitor's word ("a monitoring group"),
   * an organisation's name or a definite description ("the observatory") right before the verb.
   */
  private describedBeforeVerb(actor: Mention, monitorAt: number, monitor: string | undefined, to: number): string | undefined {
    if (monitor !== undefined && monitorAt >= actor.last && actor.kind !== 'monitor') return monitor;
    // "... along with eight IS members including the bomber the Observatory said": the organisation right before the verb
    const last = this.mentionAt[to - 1];
    if (last !== undefined && last !== actor && last.type === 'actor' && last.last === to && !this.byline(last) && !this.stanceOn(last) && this.startsPhrase(last.first)) return (this.possessed(last) ?? last).canonical;
    if (to - actor.last >= 2 && this.tokens[to - 2].lower === 'the' && this.mentionAt[to - 1] === undefined) return this.definiteDescription(to - 2, to);
    return undefined;
  }

  /**
   * Whether a name at k begins a noun phrase of its own (after another's noun, its comma lost: "the bomber the
   * Observatory"), not the object of a word linking it to the one before ("the coalition supporting the SDF").
   */
  private startsPhrase(k: number): boolean {
    const before = this.tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
    const w = this.tokens[before]?.lower ?? '';
    return this.tokens[before]?.kind === 'word' && !LINKING_WORDS.has(w) && !/(?:ing|ed)$/.test(w);
  }

  /** Whether a name is the second half of a compound of stance ("anti-ISIS", "pro-Kremlin"). */
  private stanceOn(m: Mention): boolean {
    const hyphen = this.tokens[m.first - 1];
    return hyphen?.text === '-' && hyphen.start === this.tokens[m.first].start - 1 && STANCE.has(lower(this.tokens[m.first - 2]));
  }

  /** Whether the person whose name begins at k is the complement of people who speak of them ("opponents of President Assad"). */
  private spokenOf(k: number, from: number): boolean {
    for (let j = k - 1; j > from && j >= k - 1 - TITLE_WORDS; j--) {
      const w = this.tokens[j].lower;
      if (w === 'of') return SPEAKING_OF.has(this.tokens[j - 1].lower);
      if (!isCapitalized(this.tokens[j].text)) return false;
    }
    return false;
  }

  /** Whether a relative pronoun at k ("which", "who", not "WHO") opens a clause it is the subject of: a verb follows it. */
  private subjectRelative(k: number): boolean {
    const t = this.tokens[k];
    if (!RELATIVE_PRONOUNS.has(t.text)) return false;
    const next = this.tokens[k + 1];
    return next !== undefined && next.kind === 'word' && !isCapitalized(next.text) && !RELATIVE_OPENERS.has(next.lower);
  }

  private byline(m: Mention): boolean {
    const next = this.tokens[m.last];
    if (m.kind !== 'media') return false;
    // "... near Syria hospital Monitor AFP A barrage of air strikes ...": an agency's name opening the lead, before its
    // first capitalised word, is its credit
    const opensSentence = m.first === this.doc.sentences[this.tokens[m.first].sentence].first && next !== undefined && next.kind === 'word' && isCapitalized(next.text);
    return !next || !next.joined || next.kind === 'number' || WEEKDAY_OR_MONTH.test(next.text) || opensSentence;
  }

  /** "Russia's defence ministry", "Russias defence ministry", "the Turkish army": a country's institution. */
  private governmentBody(k: number): string | undefined {
    const m = this.mentionAt[k];
    let country: string | undefined;
    let j = k;
    // "Turkey's health ministry", and a province's or a town's own: "the Gaza health ministry", "Idlib's health directorate"
    if (m && m.type === 'place' && m.first === k) {
      country = m.kind === 'country' ? DEMONYM_COUNTRY.get(m.canonical.toLowerCase()) ?? m.canonical : m.canonical;
      j = m.last;
      if (isApostrophe(this.tokens[j]?.text)) j++;
      if (this.tokens[j]?.lower === 's') j++;
    } else if (!m && DEMONYM_COUNTRY.has(this.tokens[k].lower) && /^\p{Lu}/u.test(this.tokens[k].text)) {
      country = DEMONYM_COUNTRY.get(this.tokens[k].lower);
      j = k + 1;
    }
    if (!country) return this.bodyInCapital(k);
    const body = this.bodyWords(j);
    return body && `${country} ${body.words}`;
  }

  /** "the defence ministry in Moscow": a government's institution named by its seat. */
  private bodyInCapital(k: number): string | undefined {
    if (this.tokens[k - 1]?.lower !== 'the') return undefined;
    const body = this.bodyWords(k);
    if (!body || this.tokens[body.end]?.lower !== 'in') return undefined;
    const seat = this.mentionAt[body.end + 1];
    if (!seat || seat.type !== 'place' || seat.first !== body.end + 1 || (seat.kind !== 'city' && seat.kind !== 'country')) return undefined;
    const country = seat.kind === 'country' ? seat.canonical : seat.country;
    return country && `${DEMONYM_COUNTRY.get(country.toLowerCase()) ?? country} ${body.words}`;
  }

  /** "defence ministry", "regional military administration" from j: an institution's words, and where they end. */
  private bodyWords(j: number): { words: string; end: number } | undefined {
    for (let n = 0; n < 3 && this.tokens[j + n]; n++) {
      const w = this.tokens[j + n].lower;
      // "the Kharkiv regional military administration": a head may be the modifier of another
      if (BODY_HEADS.has(w) && !BODY_HEADS.has(this.tokens[j + n + 1]?.lower ?? '')) {
        const words = this.tokens.slice(j, j + n + 1).map((t) => t.lower).join(' ');
        return { words, end: j + n + 1 };
      }
      if (!BODY_MODIFIERS.has(w) && !BODY_HEADS.has(w)) return undefined;
    }
    return undefined;
  }

  private possessed(m: Mention): Mention | undefined {
    let k = m.last;
    if (isApostrophe(this.tokens[k]?.text)) k++;
    if (this.tokens[k]?.lower !== 's' || this.tokens[k].start - this.tokens[k - 1].end > 1) return undefined;
    const next = this.mentionAt[k + 1];
    return next && next.type === 'actor' && next.first === k + 1 ? next : undefined;
  }

  /**
   * "the observatory said", "the group added": the organisation that spoke last, in the sentences just before, if it
   * fits every head of the description (its name holds the head, or it is of a kind the head names: "the group" for
   * Amnesty International); else the organisation the article named last whose name holds a head ("the ministry"),
   * or the last source of a speech whose name does. An organisation named but not speaking is too weak a referent
   * for a head that its name does not hold ("the charity" is not the last charity the article names).
   */
  private definiteDescription(from: number, to: number): string | undefined {
    // "Puzzlingly the ministry also said": adverbs before and after the description
    if (this.tokens[from]?.lower.endsWith('ly') && this.tokens[from + 1]?.lower === 'the') from++;
    while (to - 1 > from && (this.tokens[to - 1].lower === 'also' || this.tokens[to - 1].lower.endsWith('ly'))) to--;
    if (to - from < 2 || to - from > DEFINITE_WORDS || this.tokens[from]?.lower !== 'the' || !DEFINITE_HEADS.has(this.tokens[to - 1].lower)) return undefined;
    const heads: string[] = [];
    for (let k = from + 1; k < to; k++) if (DEFINITE_HEADS.has(this.tokens[k].lower)) heads.push(this.tokens[k].lower);
    return this.referent(heads, from);
  }

  /**
   * "observatory director Rami Abdel Rahman", "group spokesman Ali": the organisation a lower-case word before a
   * person's title stands for, as "the observatory" would.
   */
  private titledBy(person: Mention): string | undefined {
    const title = this.tokens[person.first - 1];
    const head = this.tokens[person.first - 2];
    if (!title || !head || !PERSON_TITLES.has(title.lower) || !DEFINITE_HEADS.has(head.lower) || isCapitalized(head.text)) return undefined;
    return this.referent([head.lower], person.first - 2);
  }

  /** The organisation that words of kind (`heads`) at `from` stand for: see definiteDescription. */
  private referent(heads: string[], from: number): string | undefined {
    const holds = (name: string, head: string) => name.toLowerCase().split(/[\s-]+/).includes(head);
    const fits = (name: string) => heads.every((h) => holds(name, h) || DEFINITE_HEADS.get(h)!.includes(this.actorKinds.get(name) ?? ''));
    const named = (name: string) => heads.some((h) => holds(name, h)) && fits(name);
    const sentence = this.tokens[from].sentence;
    for (let s = this.speeches.length - 1; s >= 0; s--) {
      const sp = this.speeches[s];
      if (sp.sentence < sentence - DEFINITE_SENTENCES) break;
      if (sp.verb < from && sp.source !== null && fits(sp.source)) return sp.source;
    }
    for (let k = from - 1; k >= 0; k--) {
      const m = this.mentionAt[k];
      if (m !== undefined && m.type === 'actor' && m.first === k && named(m.canonical)) return m.canonical;
    }
    for (let s = this.speeches.length - 1; s >= 0; s--) {
      const source = this.speeches[s].source;
      if (this.speeches[s].verb < from && source !== null && named(source)) return source;
    }
    return undefined;
  }

  /** "the monitor": the monitoring group the article named last, or failing that the one it names next. */
  private actorOfKind(kind: string, at: number): string | undefined {
    const is = (m: Mention | undefined) => m && m.type === 'actor' && m.kind === kind;
    for (let k = at - 1; k >= 0; k--) if (is(this.mentionAt[k])) return this.mentionAt[k]!.canonical;
    for (let k = at + 1; k < this.tokens.length; k++) if (is(this.mentionAt[k])) return this.mentionAt[k]!.canonical;
    return undefined;
  }

  /** "He estimated ...": the last named speaker of the same gender in the two sentences before. */
  private resolvePronoun(pronoun: string, sentence: number, at: number) {
    for (let s = this.speeches.length - 1; s >= 0; s--) {
      const sp = this.speeches[s];
      if (sp.sentence < sentence - 2) break;
      if (sp.passive || sp.sentence === sentence || !sp.source) continue;
      if (pronoun === 'he' || pronoun === 'she') {
        if (!sp.person || !sp.speaker) continue;
        const given = sp.speaker.split(' ')[0].toLowerCase();
        const english = this.lex.english;
        if (pronoun === 'he' && english.femaleNames.has(given) && !english.maleNames.has(given)) continue;
        if (pronoun === 'she' && english.maleNames.has(given) && !english.femaleNames.has(given)) continue;
      } else if (sp.person) continue;
      return { source: sp.source, speaker: sp.speaker, person: sp.person, clauseStart: at };
    }
    if (pronoun === 'he' || pronoun === 'she') return { source: 'unidentified speaker', speaker: null, person: false, clauseStart: at };
    return undefined;
  }

  private subjectBefore(v: number): ReturnType<Attributor['describe']> {
    const sentence = this.doc.sentences[this.tokens[v].sentence];
    let end = v;
    // an adverbial between subject and verb ("said on Thursday" is after; "the UN on Thursday said" is before)
    for (let segments = 0; segments < 3; segments++) {
      let k = end - 1;
      while (k >= sentence.first && !this.boundary(k)) k--;
      // the subject usually stands just before its verb; a long clause without commas (as in the FA-KES texts)
      // is searched from its start only when those last words name no one
      const found = (end - (k + 1) > SUBJECT_WINDOW ? this.describe(end - SUBJECT_WINDOW, end) : undefined) ?? this.describe(k + 1, end);
      if (found) return found;
      if (k < sentence.first || CLAUSE_WORDS.has(lower(this.tokens[k])) || isDoubleQuote(this.tokens[k].text)) return undefined;
      end = k;
    }
    return undefined;
  }

  private subjectAfter(from: number, clauseFollows = false): ReturnType<Attributor['describe']> {
    const sentence = this.doc.sentences[this.tokens[from - 1].sentence];
    // "the report says": a noun that is also a verb of speech, before the verb
    if (!clauseFollows && SPEECH_VERBS.has(lower(this.tokens[from]))) return undefined;
    let k = from;
    // "said the Observatory"; "said six more people lost their lives after attacks by coalition jets" has its
    // subject before the verb: an inverted subject holds no count
    while (k < sentence.last && !this.boundary(k) && lower(this.tokens[k]) !== 'that' && !this.isCount(k) && !RELATIVE_PRONOUNS.has(this.tokens[k].text)) {
      if (AUXILIARIES.has(lower(this.tokens[k]))) {
        const subject = this.mentionAt[k - 1];
        // "the report says ISIS has executed": the subject of what was said, not a subject after its verb ("said the
        // Observatory adding the toll was likely to rise" has one)
        if (!clauseFollows) return subject && (subject.first === from || subject.first === from + 1 && lower(this.tokens[from]) === 'the') ? undefined : this.describe(from, k);
        // "according to the report ISIS has executed", its comma lost: the name before the next clause's verb is
        // that clause's subject
        if (k > from + 1) k = subject && subject.first > from ? subject.first : k - 1;
        break;
      }
      k++;
    }
    return this.describe(from, k);
  }

  /** A number or a number word ("six", "dozens"; not the "a" of "a few"). */
  private isCount(k: number): boolean {
    const t = this.tokens[k];
    return t.kind === 'number' || (t.lower !== 'a' && NUMBER_WORDS.has(t.lower));
  }

  private boundary(k: number): boolean {
    const t = this.tokens[k];
    return t.text === ',' || t.text === ';' || t.text === ':' || (isDoubleQuote(t.text) && !this.quotedName(k)) || t.text === '(' || t.text === ')' || CLAUSE_WORDS.has(lower(t)) || lower(t) === 'and' && this.tokens[k + 1] && PRONOUNS.has(lower(this.tokens[k + 1]));
  }

  /** Whether the quotation mark at k opens or closes a name in quotes ("the \"White Helmets\" told"): part of a subject. */
  private quotedName(k: number): boolean {
    const capital = (j: number) => this.tokens[j]?.kind === 'word' && isCapitalized(this.tokens[j].text);
    for (const step of [-1, 1]) {
      let j = k + step;
      while (Math.abs(j - k) <= QUOTED_NAME_WORDS && capital(j)) j += step;
      if (j !== k + step && isDoubleQuote(this.tokens[j]?.text ?? '')) return true;
    }
    return false;
  }

  /** The attribution of a figure spanning tokens [first, last). */
  attribute(first: number, last: number): Attribution {
    const quote = this.insideQuote(first);
    if (quote) {
      const sp = this.speeches.find((s) => !s.passive && !s.deed && this.nearQuote(s, quote) === 'after') ?? this.speeches.find((s) => !s.passive && !s.deed && this.nearQuote(s, quote) === 'before');
      if (sp) return { source: sp.source, speaker: sp.speaker };
    }
    const sentence = this.tokens[first].sentence;
    // every recorded speech is outside quotes: findSpeeches passes over the verbs inside them; they are in text order
    let nearestBefore: Speech | undefined;
    for (const sp of this.speeches) {
      if (sp.sentence > sentence) break;
      if (sp.sentence === sentence && !sp.deed && sp.verb < first) nearestBefore = sp;
    }
    if (nearestBefore) return { source: nearestBefore.source, speaker: nearestBefore.speaker };
    for (const sp of this.speeches) {
      if (sp.sentence > sentence) break;
      if (sp.sentence !== sentence || sp.deed || sp.verb < last) continue;
      if (sp.passive) return { source: null, speaker: null };
      if (sp.according || !this.blockedBetween(last, sp.clauseStart)) return { source: sp.source, speaker: sp.speaker };
    }
    return { source: null, speaker: null };
  }

  /** A speech verb that introduces a quote: right after it in the same sentence, or just before it ('said: "'). */
  private nearQuote(s: Speech, q: Quote): 'after' | 'before' | undefined {
    const pos = this.tokens[s.verb].start;
    if (pos > q.end && this.doc.text.slice(q.end, pos).split(/[.!?]\s/).length === 1 && !this.doc.text.slice(q.end, pos).includes('\n')) return 'after';
    // the verb's own clause runs up to the quote: nothing but a colon, a comma or "that" in between
    if (pos < q.start && /^\s*[:,]?\s*(?:that\s*)?$/i.test(this.doc.text.slice(this.tokens[s.verb].end, q.start))) return 'before';
    return undefined;
  }

  /** ", but the SDF said ...": a coordinated clause keeps its own attribution. */
  private blockedBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const w = lower(this.tokens[k]);
      if (w === ';' || w === 'but' || w === 'while' || w === 'whereas') return true;
    }
    return false;
  }
}

function findQuotes(doc: Tokenized): Quote[] {
  const quotes: Quote[] = [];
  const text = doc.text;
  const re = /"([^"\n]*)"|“([^”\n]*)(?:”|$)/gm;
  for (const m of text.matchAll(re)) quotes.push({ start: m.index!, end: m.index! + m[0].length });
  return quotes;
}
