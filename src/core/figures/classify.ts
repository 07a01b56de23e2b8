import { type Mention, TOWN_KINDS, writtenAsDateline } from '../entities/mention';
import { countryWeights, heaviest } from '../entities/placeContext';
import type { PredicateWords } from '../lexicon/predicates';
import { countLeading } from '../sorted';
import type { ArticleCues } from '../text/sentenceCues';
import { isCapitalized, type Sentence, type Token, type Tokenized } from '../text/tokens';
import { ClauseReader, type Reading } from './clause';
import { lower } from './numbers';
import type { RawFigure } from './scan';
import { sideWord, STRIKES } from './side';
import { CAPTIVE_TAKING, CHILD_NOUNS, COMBATANT_NOUNS, COPULAS, genericSideOf, HOUSEHOLD_NOUNS, NUMBER_WORDS, PART_WHOLES, PEOPLE_NOUNS, ROLE_NOUNS, TERRITORY_NOUNS, TOLL_STATES, VALUE_LINKS, WOMEN_NOUNS, type Category, type FigureEvent, type Unit } from './vocabulary';

/** What a figure counts, what happened to it, whose it is and where. */
export interface FigureMeaning {
  /** The scanner's unit, or people when the verbs show a bare count counts people ("thousands are still trapped"). */
  unit: Unit;
  subject: string;
  /** Coarse class of the counted people or things, used to group figures: fighters, civilians, children... */
  subjectClass: string;
  category: Category;
  event: FigureEvent | null;
  actor: string | null;
  place: string | null;
  incidental: boolean;
  /**
   * For fighters no group is named for, the side the phrase names ("Syrian rebels": Rebel). Every meaning has the
   * field, so that every meaning has one shape.
   */
  fightersSide: string | undefined;
}

const KILLED_OR_WOUNDED = /\b(?:killed or wounded|killed and wounded|killed or injured|killed and injured|dead or wounded|dead and wounded|dead or injured|casualties)\b/;
const EXECUTED = new Set('executed execute executing executions beheaded beheading beheadings crucified'.split(' '));
const KILLED = new Set('killed kill killing kills dead died die dying death deaths slain massacred murdered perished lost fatalities bodies corpses toll lives'.split(' '));
const WOUNDED = new Set('wounded wounding injured injuring injuries hurt maimed'.split(' '));
const FLED = new Set('fled flee fleeing flees displaced displacing escaped escape escaping evacuated evacuees refugees uprooted left leave leaving exodus'.split(' '));
const TRAPPED = new Set('trapped besieged stranded stuck encircled surrounded siege'.split(' '));
const REMAINING = new Set('remain remains remained remaining left holed still holdouts entrenched stand stay staying hiding'.split(' '));
const POPULATION = new Set('home population populations inhabitants live lived living lives ruled rule residents populated under'.split(' '));
const CONTROL = new Set(('control controlled controls held hold holds holding seized seize seizes captured capture captures taken retaken recaptured recapture liberated liberate cleared territory lost '
  + 'occupied occupies occupy retook retake took overran overrun regained freed stormed').split(' '));
/** A war's running total: a war word and a word of its start ("since", "so far", "began") in one sentence, or a phrase of totals. */
const WAR_WORD = /\b(?:war|conflict|uprising|revolution|crisis)\b/;
const WAR_START = /\b(?:since|so far|began|erupted|started|broke out)\b/;
const TOTAL_PHRASE = /\b(?:war|conflict) (?:has|have|had) (?:killed|claimed)\b|\bin total\b|\boverall\b|\b(?:in|over|during) (?:the|recent) (?:past |last )?(?:years|months)\b|\byears (?:that have followed|since)\b|\btolls? (?:from|of|in) (?:the )?(?:[a-z-]+ ){0,5}(?:war|conflict|uprising)\b/;
/**
 * A war said to have killed, or people said to have died in it: "a conflict that has killed 280000 people", "the
 * civil war which has claimed some 300000 lives", "the conflict has left more than 320000 people dead", "more than
 * 146000 people have died in Syria's three-year war", "five years of conflict in which ..." ("the war-torn city", "war
 * planes have killed 32 civilians" are none).
 */
const WAR_TOLL = /\b(?:war|conflict|uprising|insurgency)(?:(?: ,)? (?:which|that|now|in)(?: [a-z0-9,-]+){0,5}?)? (?:has|have|had) (?:killed|claimed|cost|left|caused|taken)\b|\b(?:killed|died|dead|lives) (?:in|during) (?:the |its |this |[a-z]+ ' s |[a-z]+s )?(?:[a-z0-9-]+ ){0,4}(?:war|conflict)(?= [.,;]| and | in | since | that | which | mostly | so | by |$)|\byears of (?:conflict|war|turmoil)\b/;
// small patterns rather than one alternation: each sentence is scanned for a few words, not for all at every position
const isCumulative = (sentence: string) => (WAR_WORD.test(sentence) && (WAR_START.test(sentence) || WAR_TOLL.test(sentence))) || TOTAL_PHRASE.test(sentence);
const RULE = /\b(?:ruled|rule|under (?:its|their|the group's|\w+) (?:control|rule))\b/;
const ATTACK_VERBS = new Set('killed kill kills attacked stormed wounded shot executed abducted kidnapped detonated'.split(' '));
const AFTER_PEOPLE = new Set('who whom flee fled fleeing died were are have had remain remained killed wounded injured dead'.split(' '));
const HARM_VERBS = new Set('kill kills killed killing wound wounds wounding injure injures injuring displace displaces displacing execute executes executing evacuate evacuating'.split(' '));
const RULE_WORDS = new Set(['over', 'ruled', 'among']);
const SUBJECT_FILLERS = new Set('of the them whom are were is was said believed thought estimated reported to be'.split(' '));
const FIGHTER_SUBJECT = new Set('jihadists jihadis militants extremists terrorists insurgents mercenaries holdouts islamists'.split(' '));
/** The class of a count of civilians that is a part of a toll of its sentence ("including 24 civilians"). */
export const CIVILIANS_PART = 'civilians-part';
const ARMED_KINDS = new Set(['armed-group', 'state-force', 'coalition']);
const STATE_KINDS = new Set(['state-force']);
const GROUP_KINDS = new Set(['armed-group']);
/** Nouns of fighters that no state's forces are called. */
const INSURGENT_NOUNS = new Set(['terrorists', 'militants', 'insurgents', 'extremists', 'jihadists', 'gunmen', 'mercenaries']);
/** Nouns of a state's forces that name no side as attackers do ("regime", "army": `sideWord`): their dead are never the insurgents'. */
const STATE_FORCE_NOUNS = new Set(['military', 'soldiers', 'soldier', 'troops', 'policemen', 'police', 'servicemen', 'officers', 'paratroopers', 'gendarmes', 'conscripts']);
/** Members of a state's forces, in the singular ("a soldier was killed"). */
const SINGULAR_FORCES = new Set(['soldier', 'policeman', 'serviceman', 'officer', 'trooper', 'guard', 'marine', 'sailor']);
/** Nouns of a count said after one ("and two others were injured", "and three were wounded"). */
const ONE_MORE_NOUNS = new Set(['others', 'more', 'wounded', 'injured', 'dead']);
/** How far into its sentence the one fighter of "An Israeli soldier was killed and three ..." may be named. */
const ONE_FIGHTER_WORDS = 3;
const SINGULAR_FIGHTERS = new Set(['terrorist', 'militant', 'insurgent', 'extremist', 'jihadist', 'rebel', 'fighter', 'gunman', 'mercenary']);
const isFighterNoun = (w: string) => COMBATANT_NOUNS.has(w) || FIGHTER_SUBJECT.has(w);
const CIVILIAN_NOUNS = new Set(['civilians', 'civilian', 'people', 'persons', 'residents', 'inhabitants', 'villagers', 'families', 'individuals', 'refugees', 'evacuees', 'displaced', 'migrants', 'others', 'victims', 'men', 'adults', 'elderly', 'survivors', 'patients', 'worshippers', 'shoppers', 'passengers', 'pilgrims', 'students', 'workers', 'bodies', 'corpses', 'dead', 'deaths', 'casualties', 'fatalities', 'lives', 'wounded', 'injured', 'syrians', 'iraqis', 'kurds', 'yazidis', 'christians']);
/** Nouns that refer back to a place told of before: "the town", "the city". */
const PLACE_BACK_REFERENCES = new Set(['town', 'city', 'village', 'enclave', 'neighbourhood', 'neighborhood', 'district', 'camp']);

/** Adverbs that say a count is mostly of whom the noun after them names, not only of them. */
const SHARE_ADVERBS = new Set(['mostly', 'mainly', 'largely', 'predominantly', 'chiefly', 'primarily']);

/** Who may be most of a count of everyone: the civilians, and the parts of them a toll names. */
const SHARED_NOUNS = new Set(['civilians', 'children', 'kids', 'minors', 'infants', 'women', 'students', 'schoolchildren', 'elderly']);

const PLACE_RANK: Record<string, number> = { village: 6, town: 5, city: 5, valley: 4, river: 3, region: 3, province: 2, country: 1 };

/** The countries an article is about: all it names about as often as the most named (its theatre), and that one. */
interface ArticleCountries {
  theatre: Set<string>;
  main: string | undefined;
}

interface SentenceFacts {
  text: string;
  cumulative: boolean | undefined;
  killedOrWounded: boolean | undefined;
}

/** The last count of people classified, for a count that is part of it ("including 12 children") or listed after it. */
interface LastCount {
  sentence: number;
  last: number;
  /** One past its noun phrase ("30 foreign-sponsored Takfiri terrorists"). */
  end: number;
  event: FigureEvent;
  cls: string;
  /** It is itself a part of a count before it ("including 9 in Salihin"): counts listed after it are parts too. */
  part: boolean;
  /** Whose fighters it counts, for a count of fighters, or the side they are of when no group is named. */
  actor: string | null;
  fightersSide: string | undefined;
}

/** How a figure stands to the toll read before it: that toll said again for it ("and one in Harasta"), or its family listed. */
/** The force that lost those a figure counts ("the army lost 12 men"), named or not. */
interface Loss {
  actor: string | null;
}

interface Listing {
  again: LastCount | undefined;
  family: FigureEvent | undefined;
}

export class FigureClassifier {
  private readonly tokens: Token[];
  /** The armed group the article is mostly about: "it", "the group" and "militants" refer to it. */
  private readonly dominantGroup: string | null;

  private readonly reader: ClauseReader;
  private lastCount: LastCount | undefined;

  constructor(private readonly doc: Tokenized, private readonly mentions: Mention[], private readonly mentionAt: (Mention | undefined)[], private readonly cues: ArticleCues, predicates: PredicateWords, persons: ReadonlySet<string>) {
    this.tokens = doc.tokens;
    this.dominantGroup = mostFrequent(mentions.filter((m) => m.type === 'actor' && m.kind === 'armed-group'));
    this.reader = new ClauseReader(doc, predicates, persons, mentionAt);
  }

  /**
   * What is read from a figure's sentence as a whole, once per sentence rather than per figure: a sentence of
   * thousands of figures is read in linear time.
   */
  private readonly sentenceFacts = new Map<number, SentenceFacts>();
  private placesBySentence: Mention[][] | undefined;

  /** Whether the figure's sentence states a war's running total ("since 2011", "so far", "in total"). */
  private cumulative(fig: RawFigure): boolean {
    const facts = this.factsOf(fig);
    return (facts.cumulative ??= isCumulative(facts.text));
  }

  /** Whether the sentence speaks of the killed and the wounded together. */
  private killedOrWounded(facts: SentenceFacts): boolean {
    return (facts.killedOrWounded ??= KILLED_OR_WOUNDED.test(facts.text));
  }

  /** Whether a figure counts a war's running total rather than what one event did. */
  runningTotal(fig: RawFigure): boolean {
    return this.cumulative(fig);
  }

  /**
   * A running total's place is one its sentence names: "more than 3000 people have been killed during the past month"
   * is not a toll of the town the article names most.
   */
  placeOfTotal(fig: RawFigure, place: string | null): string | null {
    if (place === null) return null;
    const sentence = this.tokens[fig.first].sentence;
    if (this.placesIn(sentence).some((m) => m.canonical === place)) return place;
    // "since Saturday at least 68 civilians have been killed in aerial attacks on the town": the town told of before
    const { first, last } = this.doc.sentences[sentence];
    for (let k = first; k + 1 < last; k++) if (this.tokens[k].lower === 'the' && PLACE_BACK_REFERENCES.has(this.tokens[k + 1].lower)) return place;
    return null;
  }

  /** The places named in a sentence (beginning in it), found for every sentence at the first question. */
  private placesIn(sentence: number): Mention[] {
    if (!this.placesBySentence) {
      this.placesBySentence = this.doc.sentences.map(() => []);
      for (const m of this.mentions) if (m.type === 'place') this.placesBySentence[this.tokens[m.first].sentence].push(m);
    }
    return this.placesBySentence[sentence];
  }

  /** The figure's sentence, its words in lower case one space apart, with what has been read from it so far. */
  private factsOf(fig: RawFigure): SentenceFacts {
    const index = this.tokens[fig.first].sentence;
    let facts = this.sentenceFacts.get(index);
    if (facts === undefined) {
      const s = this.doc.sentences[index];
      // one array of the words and one join: no copy of the tokens and no call per word
      const words = new Array<string>(s.last - s.first);
      for (let k = s.first; k < s.last; k++) words[k - s.first] = this.tokens[k].lower;
      facts = { text: words.join(' '), cumulative: undefined, killedOrWounded: undefined };
      this.sentenceFacts.set(index, facts);
    }
    return facts;
  }

  /** Figures are classified in the order of the text: a count may take its meaning from the one before it. */
  classify(fig: RawFigure, source: string | null): FigureMeaning {
    // "kill 22 mostly children", "40 mainly civilians": the count is of everyone, most of whom were such ("160 mostly
    // gunmen" are still fighters)
    const share = fig.noun === fig.last + 1 && SHARE_ADVERBS.has(lower(this.tokens[fig.last])) && SHARED_NOUNS.has(lower(this.tokens[fig.noun]));
    const noun = share ? 'people' : fig.noun !== undefined ? lower(this.tokens[fig.noun]) : undefined;
    const subject = share ? 'people' : this.subjectText(fig);
    const place = this.placeOf(fig);
    if (fig.duration || fig.unit === 'pages') {
      return { unit: fig.unit, subject: subject ?? fig.unit, subjectClass: 'duration', category: 'other', event: fig.unit === 'pages' ? null : 'other', actor: null, place, incidental: true, fightersSide: undefined };
    }
    const reading = this.reader.read(fig);
    if (fig.unit === 'percent' || fig.unit === 'km2' || fig.unit === 'sq-mile') {
      const actor = this.controller(fig, source);
      const territorial = fig.unit !== 'percent' || (reading?.event === 'controlled' || this.controlNear(fig)) && !this.shareOfOther(fig);
      const of = this.ofPlace(fig);
      return {
        unit: fig.unit,
        subject: fig.unit === 'percent' ? `share of ${of ?? 'territory'}` : 'area of territory',
        subjectClass: fig.unit === 'percent' ? 'territory-share' : 'territory-area',
        category: territorial ? 'territory' : 'other', event: territorial ? 'controlled' : 'other', actor, place: of ?? place, incidental: false, fightersSide: undefined,
      };
    }
    if (noun && TERRITORY_NOUNS.has(noun)) {
      // "rebels captured 14 villages" is ground changing hands; "strikes hit 11 towns", "one of its centres" are places
      const held = reading?.event === 'controlled' || this.controlNear(fig);
      if (!held) return { unit: fig.unit, subject: subject ?? noun, subjectClass: 'places', category: 'other', event: 'other', actor: null, place, incidental: true, fightersSide: undefined };
      return { unit: fig.unit, subject: subject ?? noun, subjectClass: 'places', category: 'territory', event: 'controlled', actor: this.controller(fig, source), place, incidental: fig.low <= 12, fightersSide: undefined };
    }
    // what the toll read before says of it, asked once: the people test, the event and the part all need it
    const listing: Listing = { again: this.ellipsis(fig), family: this.familyListed(fig) };
    const loss = this.lossOf(fig, reading);
    const people = fig.unit === 'people' || (reading !== undefined && reading.people) || this.peopleByContext(fig) || this.partOfPeopleCount(fig) || this.listedAfter(fig) !== undefined || listing.again !== undefined || listing.family !== undefined || loss !== undefined;
    if (!people) {
      return { unit: fig.unit, subject: subject ?? 'other', subjectClass: noun ?? 'other', category: 'other', event: 'other', actor: null, place, incidental: fig.low <= 12 && !fig.vague, fightersSide: undefined };
    }
    // "the number of Russian soldiers killed rose to 18": whom the number counts is named before it
    const numberOf = noun === undefined ? this.numberOfNoun(fig) : undefined;
    const meaning = this.classifyPeople(fig, numberOf === undefined ? noun : this.tokens[numberOf].lower, subject, place, source, reading, listing, numberOf === undefined ? undefined : this.stateOf(numberOf), loss);
    if (meaning.category !== 'other' || meaning.event !== 'other') {
      this.lastCount = { sentence: this.tokens[fig.first].sentence, last: fig.last, end: fig.noun !== undefined && fig.noun >= fig.last ? fig.noun + 1 : fig.last, event: meaning.event!, cls: meaning.subjectClass, part: meaning.subjectClass === CIVILIANS_PART, actor: meaning.actor, fightersSide: meaning.fightersSide };
    }
    return meaning;
  }

  /**
   * `stated`: what the words after "the number of ..." say befell those it counts ("killed", "wounded"); `loss`: the
   * force that lost them, when a verb of losing counts them (see lossOf).
   */
  private classifyPeople(fig: RawFigure, noun: string | undefined, subject: string | undefined, place: string | null, source: string | null, reading: Reading | undefined, listing: Listing, stated: FigureEvent | undefined, loss: Loss | undefined): FigureMeaning {
    const facts = this.factsOf(fig);
    const near = this.byDistance(fig, 10, 12);
    const listed = this.afterFighters(fig, listing);
    // "up to 80 fighters including nine natives of the Caucasus": a part of fighters is fighters unless it says otherwise
    const ofFighters = this.wordsOfIncludingCount(fig) !== undefined && this.tollOfSentence(fig)?.cls === 'fighters' && !(noun && (CIVILIAN_NOUNS.has(noun) || CHILD_NOUNS.has(noun) || WOMEN_NOUNS.has(noun)));
    const fighters = noun !== undefined && (isFighterNoun(noun) && !this.ofFamily(fig) || this.fightersBeforeNoun(fig)) || this.fighterContext(fig) || listed || this.inRanks(fig) || ofFighters || loss !== undefined || this.afterOneFighter(fig, noun) || this.leadersOfArmedGroup(fig, noun);
    const foreign = noun === 'foreigners' || this.foreignBeforeNoun(fig);
    // "killed 15 including 4 children": a count inside a toll is of those the toll counts, whatever verb follows it
    // ("... in Idlib Monitor Strike kills 15", a headline repeated with no stop between), unless a verb of its own says
    // otherwise ("including three children were injured")
    // ("60 casualties, including 20 dead": a state as the count's own noun says it too)
    const own = (reading?.role === 'subject' || reading?.role === 'relative' || reading?.role === 'noun') && TOLL_EVENTS.has(reading.event);
    const whole = !own && this.wordsOfIncludingCount(fig) ? this.tollOfSentence(fig) : undefined;
    const inside = whole?.event ?? listing.family ?? stated;
    let event = inside ?? this.readEvent(reading) ?? this.partOfToll(fig, noun, facts, fighters) ?? this.ofTheToll(fig) ?? this.listedAfter(fig) ?? listing.again?.event
      ?? (this.agentOfAttack(fig) ? 'other' : this.tollValue(fig) ?? this.eventOf(near, noun, facts, fighters));
    if (!event) event = fighters ? 'remaining' : near.some((w) => POPULATION.has(w)) ? 'population' : 'other';
    // fighters hemmed in are fighters remaining; civilians who remain where fighting is are trapped, and civilians a
    // side controls live under it
    if (fighters && event === 'trapped') event = 'remaining';
    // "killed 20 prisoners by firing squad", "were shot by firing squad": a killing by a firing squad is an execution
    if ((event === 'killed' || event === 'other') && FIRING_SQUAD.test(facts.text)) event = 'executed';
    // fighters a verb counts without befalling them ("40 gunmen attacked the village", "1,500 rebels have massed") are a
    // force ("one of its fighters fired", "two of the suicide bombers" are some of one, not its size: see someOf)
    if (fighters && event === 'other' && !this.byDistance(fig, CAPTIVE_BEFORE, CAPTIVE_AFTER).some((w) => CAPTIVITY.has(w))) event = 'remaining';
    // "Hamas is holding about 240 hostages": captives held are no population, nor a force; a toll of them is a toll
    if (noun !== undefined && CAPTIVITY.has(noun) && !TOLL_EVENTS.has(event)) event = 'other';
    if (!fighters && event === 'remaining') event = reading?.verb?.event === 'controlled' ? 'population' : 'trapped';
    const cls = foreign ? 'foreign-fighters' : fighters ? 'fighters' : this.womenAndChildren(fig) ? 'civilians' : noun && CHILD_NOUNS.has(noun) ? 'children' : noun && WOMEN_NOUNS.has(noun) ? 'women'
      : noun && HOUSEHOLD_NOUNS.has(noun) ? 'households' : (noun && this.roleOf(fig, noun)) ?? 'civilians';
    const counted = cls === 'civilians' && this.partOfWhole(fig, event, listing) ? CIVILIANS_PART : cls;
    const category: Category =
      event === 'killed' || event === 'wounded' || event === 'killed-or-wounded' || event === 'executed' ? 'casualties'
      : event === 'fled' ? 'displaced'
      : fighters ? 'combatants'
      : event === 'trapped' || event === 'population' ? 'civilians'
      : 'other';
    const actor = listed ? this.lastCount!.actor : loss ? loss.actor : fighters ? this.fightersOf(fig, source, reading)
      : event === 'executed' || event === 'killed-or-wounded' ? this.perpetrator(fig, source)
      : event === 'population' && RULE.test(facts.text) ? this.perpetrator(fig, source) : null;
    const fightersSide = !fighters || actor !== null ? undefined : listed ? this.lastCount!.fightersSide : this.bothSides(fig) ? undefined : this.genericSideIn(fig);
    return { unit: 'people', subject: subject ?? 'people', subjectClass: counted, category, event, actor, place, incidental: event === 'remaining' && fighters && this.someOf(fig), fightersSide };
  }

  /** "one of its fighters", "two of the suicide bombers": a count of some of those a phrase after it names. */
  private someOf(fig: RawFigure): boolean {
    return this.tokens[fig.last]?.lower === 'of' && SOME_OF.has(this.tokens[fig.last + 1]?.lower ?? '');
  }

  /** "300 foreign fighters" (not "foreign-backed rebels"): a word of foreigners between the count and its noun. */
  private foreignBeforeNoun(fig: RawFigure): boolean {
    if (fig.noun === undefined) return false;
    for (let k = fig.last; k < fig.noun; k++) if (this.tokens[k].lower === 'foreign' && this.tokens[k + 1].text !== '-') return true;
    return false;
  }

  /** "including 9 in Salihin", "two of them": a count inside the count of people just before it counts people too. */
  private partOfPeopleCount(fig: RawFigure): boolean {
    const whole = this.lastCount;
    if (!whole || whole.sentence !== this.tokens[fig.first].sentence) return false;
    const after = this.tokens[fig.last]?.lower;
    return this.wordsOfIncludingCount(fig) !== undefined || (after === 'of' && /^(?:them|whom|those)$/.test(this.tokens[fig.last + 1]?.lower ?? ''));
  }

  /**
   * "At least 30 people including 24 civilians", "killed 70 including dozens of women and children", "including 9 in
   * Salihin, 8 in Ansari": a count of the people the count before it in its sentence counts, of the same event, or a
   * bare count listed after such a part, is a part of that toll, never a rival estimate of it.
   */
  private partOfWhole(fig: RawFigure, event: FigureEvent, listing: Listing): boolean {
    // "three of the wounded are in critical condition"; "an entire family of six" listed among the dead
    if (this.ofTheToll(fig) === event || listing.family === event || this.ofTheVictims(fig)) return true;
    const whole = this.lastCount;
    // "killing 15 and injuring dozens of them" counts the wounded of another group, not a part of the dead
    if (!whole || whole.sentence !== this.tokens[fig.first].sentence || whole.event !== event) return false;
    if (this.partOfPeopleCount(fig)) return whole.cls === 'civilians';
    // "... in addition to one local man" after such a part is another
    return whole.part && (fig.noun === undefined && this.listedAfter(fig) !== undefined || listing.again === whole);
  }

  /** "dozens of women and children": a count of both is neither women's nor children's. */
  private womenAndChildren(fig: RawFigure): boolean {
    const k = fig.noun;
    if (k === undefined || this.tokens[k + 1]?.lower !== 'and') return false;
    const other = this.tokens[k + 2]?.lower ?? '';
    return (WOMEN_NOUNS.has(this.tokens[k].lower) && CHILD_NOUNS.has(other)) || (CHILD_NOUNS.has(this.tokens[k].lower) && WOMEN_NOUNS.has(other));
  }

  /**
   * People counted by what they do, as one role however an outlet words it: "medical staff", "health workers" and
   * "medics" are medics; "rescue workers", "civil defence volunteers" and "White Helmets" are rescuers.
   */
  private roleOf(fig: RawFigure, noun: string): string | undefined {
    const role = ROLE_NOUNS.get(noun);
    if (role === undefined || fig.noun === undefined) return role;
    for (let k = fig.noun - 1; k >= fig.last && k >= fig.noun - 2; k--) {
      const kind = ROLE_MODIFIERS.get(this.tokens[k].lower);
      if (kind) return kind;
    }
    return role;
  }

  /** "five members of one family": members of a household, not of an armed group. */
  private ofFamily(fig: RawFigure): boolean {
    const k = fig.noun;
    if (k === undefined || this.tokens[k + 1]?.lower !== 'of') return false;
    for (let j = k + 2; j < k + 5; j++) if (HOUSEHOLD_NOUNS.has(this.tokens[j]?.lower ?? '')) return true;
    return false;
  }

  /** The event a reading of the clause gives a count of people: what the counted did is no event of theirs. */
  private readEvent(reading: Reading | undefined): FigureEvent | undefined {
    if (!reading) return undefined;
    if (reading.role === 'agent') return 'other';
    // "lost 30 soldiers"; "captured 200 fighters" are prisoners, which no event here counts
    if (reading.event === 'controlled') return reading.verb?.ofPeople ?? 'other';
    return reading.event;
  }

  /**
   * "killed 9 in Salihin, 8 in Ansari and 5 in Mayassar", "25 children and 15 women": a count listed right after
   * another count of people in its sentence, with nothing of its own to say what befell it, went through the same.
   */
  private listedAfter(fig: RawFigure): FigureEvent | undefined {
    const prev = this.lastCount;
    if (!prev || prev.sentence !== this.tokens[fig.first].sentence || fig.first - prev.last > LIST_GAP) return undefined;
    // "8 in Ansari", "15 women": a count of no other noun ("killed 5 people in 2 attacks" counts attacks)
    const next = this.tokens[fig.last];
    if (fig.unit !== 'people' && next && next.kind === 'word' && !LIST_FOLLOWERS.has(next.lower)) return undefined;
    // a list, not a part: "15,000 people, including 2,000 militants" counts the militants apart; and not the next
    // clause: "100 were killed and 500 others have been affected" says its own verb of the 500
    for (let k = prev.last; k < fig.first; k++) if ((this.tokens[k].kind === 'punct' && this.tokens[k].text !== ',') || NOT_LISTED.has(this.tokens[k].lower) || CLAUSE_VERBS.has(this.tokens[k].lower)) return undefined;
    return prev.event;
  }

  /** Words of the figure's sentence ordered by distance from it (a word after the figure before one as far before). */
  /** A word of ground changing or staying in hands near the figure; "government-held towns" only says whose they are. */
  private controlNear(fig: RawFigure): boolean {
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    for (let k = Math.max(s.first, fig.first - CONTROL_REACH); k < Math.min(s.last, fig.last + CONTROL_REACH); k++) {
      if (CONTROL.has(this.tokens[k].lower) && this.tokens[k - 1]?.text !== '-') return true;
    }
    return false;
  }

  private byDistance(fig: RawFigure, before: number, after: number): string[] {
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    const out: string[] = [];
    for (let d = 0; d < Math.max(before, after); d++) {
      const a = fig.last + d;
      const b = fig.first - 1 - d;
      if (d < after && a < s.last) out.push(lower(this.tokens[a]));
      if (d < before && b >= s.first) out.push(lower(this.tokens[b]));
    }
    return out;
  }

  /**
   * "killed at least 50 people, including five children, as civilians tried to flee": a count inside a toll (after
   * "including", "among them", "of whom") is what the toll's words before it say happened to them.
   */
  private partOfToll(fig: RawFigure, noun: string | undefined, facts: SentenceFacts, fighters: boolean): FigureEvent | undefined {
    const words = this.wordsOfIncludingCount(fig);
    // the count it is part of, when one of its sentence was read before it
    const whole = this.lastCount;
    // "nine million driven from their homes including 2.6 million refugees": a part of the displaced is displaced
    if ((words || this.partOfPeopleCount(fig)) && whole && whole.sentence === this.tokens[fig.first].sentence) return TOLL_EVENTS.has(whole.event) || whole.event === 'fled' ? whole.event : undefined;
    const event = words && this.eventOf(words, noun, facts, fighters);
    return event && TOLL_EVENTS.has(event) ? event : undefined;
  }

  /**
   * "claiming the lives of three workers, an entire family of six displaced people who were residing the village": a
   * family listed right after a toll, with no verb of its own before it, went through the same.
   */
  private familyListed(fig: RawFigure): FigureEvent | undefined {
    const t = this.tokens;
    if (t[fig.first - 1]?.lower !== 'of' || t[fig.first - 2]?.lower !== 'family') return undefined;
    const prev = this.tollOfSentence(fig);
    if (!prev || fig.first - prev.end > ELLIPSIS_GAP) return undefined;
    for (let k = prev.end; k < fig.first - 2; k++) if (t[k].kind === 'number' || CLAUSE_VERBS.has(t[k].lower)) return undefined;
    return prev.event;
  }

  /** The toll its sentence gave before the figure, if the last count of people read was one. */
  private tollOfSentence(fig: RawFigure): LastCount | undefined {
    const whole = this.lastCount;
    return whole && whole.sentence === this.tokens[fig.first].sentence && TOLL_EVENTS.has(whole.event) ? whole : undefined;
  }

  private wordsOfIncludingCount(fig: RawFigure): string[] | undefined {
    let k = fig.first - 1;
    // "among them a child and two women", "including a woman and three children": past the item listed before it
    if (this.tokens[k]?.lower === 'and') {
      let j = k - 1;
      while (j > k - 1 - LISTED_ITEM_WORDS && this.tokens[j]?.kind === 'word' && !INCLUDING_MARKS.has(this.tokens[j].lower)) j--;
      if (INCLUDING_MARKS.has(this.tokens[j]?.lower ?? '') && /^(?:a|an|one)$/.test(this.tokens[j + 1]?.lower ?? '')) k = j;
    }
    const w = this.tokens[k]?.lower;
    const at = w === 'including' ? k : (w === 'them' || w === 'whom') && (this.tokens[k - 1]?.lower === 'among' || this.tokens[k - 1]?.lower === 'of') ? k - 1 : undefined;
    if (at === undefined) return undefined;
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    const out: string[] = [];
    for (let j = at - 1; j >= Math.max(s.first, at - INCLUDING_REACH); j--) out.push(lower(this.tokens[j]));
    return out;
  }

  /** "three suicide bombers killed two people": the counted people did the killing. */
  private agentOfAttack(fig: RawFigure): boolean {
    if (fig.noun === undefined) return false;
    const verb = this.tokens[fig.noun + 1];
    const after = this.tokens[fig.noun + 2];
    if (!verb || !ATTACK_VERBS.has(verb.lower)) return false;
    return !!after && (after.kind === 'number' || /^(?:at|more|up|some|about|around|dozens|hundreds|scores|several|a|an|the|two|three|four|five|six|seven|eight|nine|ten|civilians|people|children|soldiers)$/.test(after.lower));
  }

  /** "the death toll reached at least 112", "a toll of 36": the number is a toll. */
  private tollValue(fig: RawFigure): FigureEvent | undefined {
    const k = this.headBefore(fig, TOLL_WORDS, TOLL_VALUE_REACH);
    if (k === undefined) return undefined;
    return /casualt|injur|wound/.test(this.tokens[k - 1]?.lower ?? '') ? 'killed-or-wounded' : 'killed';
  }

  /** The nearest of `heads` before the figure in its sentence, within `reach` tokens and with no count between. */
  private headBefore(fig: RawFigure, heads: ReadonlySet<string>, reach: number, from = fig.first - 1): number | undefined {
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    for (let k = from; k >= Math.max(s.first, fig.first - reach); k--) {
      const t = this.tokens[k];
      if (t.kind === 'number') return undefined;
      if (heads.has(t.lower)) return k;
    }
    return undefined;
  }

  /** What happened to the people counted: the nearest event word wins ("executed ... among 2,521 who were killed"). */
  private eventOf(near: string[], noun: string | undefined, facts: SentenceFacts, fighters: boolean): FigureEvent | undefined {
    const sentence = facts.text;
    if (noun === 'wounded' || noun === 'injured') return this.killedOrWounded(facts) ? 'killed-or-wounded' : 'wounded';
    for (const w of near) {
      if (EXECUTED.has(w)) return 'executed';
      if (KILLED.has(w) && !(w === 'lost' && fighters) && !(w === 'lives' && !sentence.includes('lost'))) return this.killedOrWounded(facts) ? 'killed-or-wounded' : 'killed';
      if (WOUNDED.has(w)) return this.killedOrWounded(facts) ? 'killed-or-wounded' : 'wounded';
      if (w === 'casualties') return 'killed-or-wounded';
      if (TRAPPED.has(w)) return fighters ? 'remaining' : 'trapped';
      if (FLED.has(w)) return fighters && (w === 'left' || w === 'remaining') ? 'remaining' : w === 'left' && !fighters ? undefined : 'fled';
      if (fighters && REMAINING.has(w)) return 'remaining';
      if (!fighters && (w === 'still' || w === 'remain' || w === 'remaining') && /\b(?:still|remain)\b.*\b(?:in|inside)\b/.test(sentence)) return 'trapped';
    }
    return undefined;
  }

  /** "29 Syria Rebels Dead", "40 ISIS fighters wounded": fighters named between a count and the state it is counted by. */
  private fightersBeforeNoun(fig: RawFigure): boolean {
    if (fig.noun === undefined || !TOLL_STATES.has(this.tokens[fig.noun].lower)) return false;
    for (let k = fig.last; k < fig.noun; k++) if (isFighterNoun(this.tokens[k].lower)) return true;
    return false;
  }

  /** "75 terrorists killed and more than 100 wounded": a bare count listed right after a count of fighters counts them too. */
  private afterFighters(fig: RawFigure, listing: Listing): boolean {
    const prev = this.lastCount;
    // a bare count, or one whose noun is its state ("more than 100 wounded")
    const bare = fig.noun === undefined || TOLL_STATES.has(this.tokens[fig.noun].lower);
    if (!bare || prev?.cls !== 'fighters') return false;
    return listing.again === prev || (prev.sentence === this.tokens[fig.first].sentence && fig.first - prev.end <= LIST_GAP);
  }

  /**
   * "Five civilians were killed in Sabqa and one in Harasta", "30 jihadists were killed near Shadadi and another five
   * outside Kobane", "killed 19 people outside Saraqeb and another 23 people in Ehsim": a count after "and" or
   * "another", of no noun but people's, placed by a preposition and with no verb of its own, says the toll before it
   * again. Returns that toll.
   */
  private ellipsis(fig: RawFigure): LastCount | undefined {
    const prev = this.lastCount;
    const t = this.tokens;
    if (!prev || !TOLL_EVENTS.has(prev.event) || prev.sentence !== t[fig.first].sentence || fig.first - prev.last > ELLIPSIS_GAP) return undefined;
    const before = t[fig.first - 1]?.lower;
    // "... as well as three rescue workers", "in addition to one local man": a list's last item, placed or not
    const added = (before === 'as' && t[fig.first - 2]?.lower === 'well' && t[fig.first - 3]?.lower === 'as') || (before === 'to' && t[fig.first - 2]?.lower === 'addition' && t[fig.first - 3]?.lower === 'in');
    const asWell = added && fig.first - 3 > prev.last && (fig.unit === 'people' || t[fig.last]?.kind !== 'word');
    if (!asWell && before !== 'and' && !(before === 'another' && fig.first - 1 > prev.last) && !this.afterPlace(fig.first, prev.last)) return undefined;
    // "more than 10 million displaced across the country" says its own state
    if (fig.noun !== undefined && (!PEOPLE_NOUNS.has(t[fig.noun].lower) || OWN_STATE_NOUNS.has(t[fig.noun].lower) || TOLL_STATES.has(t[fig.noun].lower))) return undefined;
    const after = fig.noun !== undefined ? fig.noun + 1 : fig.last;
    if (!asWell && !ELLIPSIS_PLACES.has(t[after]?.lower ?? '')) return undefined;
    // another count between them ("destroyed 3 houses in the town and 2 in the next") is the one said again, if any
    for (let k = prev.last; k < fig.first; k++) if (t[k].kind === 'number' || NUMBER_WORDS.has(t[k].lower)) return undefined;
    return prev;
  }

  /**
   * Whether a place phrase ends right before token `k` and after token `from`: "150 bodies were counted in Hammouriya
   * 100 in Kfar Batna", a list by place whose commas the text has lost.
   */
  private afterPlace(k: number, from: number): boolean {
    const t = this.tokens;
    let j = k - 1;
    while (j > from && k - j <= PLACE_NAME_WORDS && t[j].kind === 'word' && (isCapitalized(t[j].text) || (t[j - 1]?.text === '-' && t[j].start === t[j - 1].end))) {
      j--;
      if (t[j]?.text === '-') j--;
    }
    return j < k - 1 && j > from && ELLIPSIS_PLACES.has(t[j].lower);
  }

  /**
   * "Two of the victims were minors", "11 of the dead": a part of the people a toll counts, the dead or wounded, or the
   * victims of the toll just before (in its sentence or the one before), else the dead.
   */
  private ofTheToll(fig: RawFigure): FigureEvent | undefined {
    const whole = this.wholeOf(fig);
    if (whole === undefined) return undefined;
    const prev = this.lastCount;
    const recent = prev && TOLL_EVENTS.has(prev.event) && this.tokens[fig.first].sentence - prev.sentence <= 1 ? prev.event : undefined;
    return PART_WHOLES.get(whole) ?? recent ?? 'killed';
  }

  /** "Fourteen of the victims died": a count of the victims, dead or hurt, is a part of them whatever befell it. */
  private ofTheVictims(fig: RawFigure): boolean {
    const whole = this.wholeOf(fig);
    return whole !== undefined && PART_WHOLES.get(whole) === undefined;
  }

  /** The toll's people a count is said to be of ("of the victims", "of the dead"), when it is. */
  private wholeOf(fig: RawFigure): string | undefined {
    const t = this.tokens;
    if (t[fig.last]?.lower !== 'of' || t[fig.last + 1]?.lower !== 'the') return undefined;
    // "4 of the 12 wounded": the whole's own count between
    const at = t[fig.last + 2]?.kind === 'number' ? fig.last + 3 : fig.last + 2;
    const whole = t[at]?.lower ?? '';
    return PART_WHOLES.has(whole) ? whole : undefined;
  }

  /** "15 dead among the ranks of Jaish al-Islam", "20 killed in the ranks of the army": an armed group's men. */
  /** "47 leaders of Ahrar al-Sham", "12 leaders of the Taliban": an armed group's leaders are its fighters ("tribal leaders" are not). */
  private leadersOfArmedGroup(fig: RawFigure, noun: string | undefined): boolean {
    if (noun !== 'leaders' || fig.noun === undefined || this.tokens[fig.noun + 1]?.lower !== 'of') return false;
    const k = this.tokens[fig.noun + 2]?.lower === 'the' ? fig.noun + 3 : fig.noun + 2;
    const m = this.mentionAt[k];
    return m !== undefined && m.type === 'actor' && m.first === k && ARMED_KINDS.has(m.kind);
  }

  private inRanks(fig: RawFigure): boolean {
    const from = fig.noun !== undefined ? fig.noun + 1 : fig.last;
    for (let k = from; k < from + RANKS_REACH && k < this.tokens.length; k++) {
      const t = this.tokens[k];
      if (t.kind !== 'word' || t.sentence !== this.tokens[fig.first].sentence) return false;
      if (t.lower === 'ranks') return true;
    }
    return false;
  }

  /**
   * "brought the number of militant casualties to over 300", "the rebel death toll rose to 45", "the toll for Russian
   * soldiers killed in the conflict to 18": a toll of fighters, by its own words.
   */
  private fightersToll(fig: RawFigure, first: number): boolean {
    if (!FIGHTERS_TOLL_LINKS.has(this.tokens[fig.first - 1]?.lower ?? '')) return false;
    const k = this.headBefore(fig, TOLL_HEADS, TOLL_HEAD_REACH, fig.first - 2);
    if (k === undefined || k === first) return false;
    for (let j = k - 1; j >= first && j >= k - 2; j--) if (SINGULAR_FIGHTERS.has(this.tokens[j].lower) || isFighterNoun(this.tokens[j].lower)) return true;
    // "the toll for Russian soldiers killed in the conflict to 18", "the toll among rebel fighters"
    if (!TOLL_OF.has(this.tokens[k + 1]?.lower ?? '')) return false;
    for (let j = k + 2; j < fig.first - 1 && j <= k + 4; j++) if (isFighterNoun(this.tokens[j].lower)) return true;
    return false;
  }

  private fighterContext(fig: RawFigure): boolean {
    if (fig.noun !== undefined) return false;
    // "Nearly 75 terrorist killed", "30 Terrorist Killed": a fighter's noun in the singular, right before the state
    // the count is counted by (a singular elsewhere describes: "a terrorist attack", "1354 terrorist targets")
    if (SINGULAR_FIGHTERS.has(this.tokens[fig.last]?.lower ?? '') && TOLL_STATES.has(this.tokens[fig.last + 1]?.lower ?? '')) return true;
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    if (this.fightersToll(fig, s.first)) return true;
    // up to the next count in its sentence: "Kills 3 Wounds 20 Militants" counts the militants with the 20
    const end = Math.min(fig.last + 6, s.last);
    for (let k = fig.last; k < end; k++) {
      const t = this.tokens[k];
      if (t.kind === 'number' || NUMBER_START.has(t.lower)) return false;
      if (FIGHTER_SUBJECT.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * "An Israeli soldier was killed and three were wounded": a bare count after "and" in a sentence that opened with one
   * fighter counts fighters too (the one is no figure, so no count before it says so).
   */
  private afterOneFighter(fig: RawFigure, noun: string | undefined): boolean {
    if (noun !== undefined && !ONE_MORE_NOUNS.has(noun)) return false;
    if (this.tokens[fig.first - 1]?.lower !== 'and' || this.lastCount?.sentence === this.tokens[fig.first].sentence) return false;
    const first = this.doc.sentences[this.tokens[fig.first].sentence].first;
    const article = this.tokens[first]?.lower;
    if (article !== 'a' && article !== 'an') return false;
    for (let k = first + 1; k < fig.first - 1 && k <= first + ONE_FIGHTER_WORDS; k++) {
      const w = this.tokens[k].lower;
      if (SINGULAR_FIGHTERS.has(w) || SINGULAR_FORCES.has(w)) return true;
      if (this.tokens[k].kind !== 'word') return false;
    }
    return false;
  }

  /** A bare count read as people from its verb ("Hundreds flee", "thousands are still trapped", "ruled over millions"). */
  private peopleByContext(fig: RawFigure): boolean {
    const next = this.tokens.slice(fig.last, fig.last + 4).map((t) => lower(t));
    const prev = this.tokens.slice(Math.max(0, fig.first - 3), fig.first).map((t) => lower(t));
    // "1.8 million more have fled"
    const verb = next[0] === 'more' || next[0] === 'others' ? next[1] : next[0];
    if (verb && AFTER_PEOPLE.has(verb)) return true;
    // "three crewmembers who were killed": "who" is said of people
    if (fig.noun === undefined && (next[1] === 'who' || next[2] === 'who')) return true;
    // "strikes kill 28", "killing 40", "the toll hits 43", "a toll of 36"
    const before = prev[prev.length - 1];
    if (before && HARM_VERBS.has(before)) return true;
    if (this.tollValue(fig) || this.numberOfNoun(fig) !== undefined) return true;
    return prev.some((w) => RULE_WORDS.has(w)) && fig.vague;
  }

  /**
   * "the number of people displaced within Sudan has reached 9 million", "the number of Russian soldiers killed rose
   * to 18", "the number of those killed": the word among the few after "number of" that names whom the figure counts.
   */
  private numberOfNoun(fig: RawFigure): number | undefined {
    // the number's value: "rose to 18", "stands at 220", "reached 70" ("a number of militants while destroying two posts" is not)
    if (!VALUE_LINKS.has(lower(this.tokens[fig.first - 1]))) return undefined;
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    for (let k = fig.first - 1; k >= Math.max(s.first + 1, fig.first - NUMBER_OF_REACH); k--) {
      if (this.tokens[k].kind === 'number') return undefined;
      // "a number of terrorists were killed ... in addition to two vehicles" says several, not a count's value
      if (this.tokens[k].lower !== 'of' || this.tokens[k - 1].lower !== 'number' || this.tokens[k - 2]?.lower === 'a') continue;
      for (let j = k + 1; j < Math.min(fig.first, k + 1 + NUMBER_OF_WORDS); j++) {
        const w = this.tokens[j].lower;
        if (PEOPLE_NOUNS.has(w) || CIVILIAN_NOUNS.has(w) || w === 'those') return j;
        if (TOLL_STATES.has(w) || VALUE_LINKS.has(w) || COPULAS.has(w)) return undefined;
      }
      return undefined;
    }
    return undefined;
  }

  /** "the number of fighters killed", "the number of injured": the state a toll's noun is, or is followed by. */
  private stateOf(noun: number): FigureEvent | undefined {
    for (let k = noun; k <= noun + STATE_REACH; k++) {
      const state = TOLL_STATES.get(this.tokens[k]?.lower ?? '');
      if (state !== undefined) return state;
    }
    return undefined;
  }

  /** The counted noun phrase as written, without the "of" of "hundreds of civilians". */
  private subjectText(fig: RawFigure): string | undefined {
    if (fig.noun === undefined) return undefined;
    // "... and 2,000 to 3,000 in Al-Bukamal": an elliptical figure counts the noun written before it
    if (fig.noun < fig.first) return this.tokens[fig.noun].text;
    let from = fig.last;
    // "five of the dead were children": the noun after the copula
    for (let k = fig.noun - 1; k > fig.last; k--) if (COPULAS.has(this.tokens[k].text)) { from = k + 1; break; }
    // "4 of the 12 wounded": the whole's own count is no part of whom the figure counts
    while (from < fig.noun && (SUBJECT_FILLERS.has(this.tokens[from].lower) || this.tokens[from].kind === 'number')) from++;
    return this.doc.text.slice(this.tokens[from].start, this.tokens[fig.noun].end);
  }

  /** Whose fighters: an actor right before the noun ("ISIS fighters"), else one in the clause, else the article's group. */
  private fightersOf(fig: RawFigure, source: string | null, reading: Reading | undefined): string | null {
    const end = fig.noun ?? fig.last;
    // "70 Syrian regime and rebel fighters": the dead of both sides are no one side's
    if (this.bothSides(fig)) return null;
    // an armed group or force named in the phrase; "Syrian opposition fighters" name a side, not a group (see below)
    for (let k = fig.last; k < end; k++) if (this.mentionAt[k]?.type === 'actor' && this.mentionAt[k]!.kind !== 'opposition') return this.mentionAt[k]!.canonical;
    // "the number of members of the Russian forces killed ... rose to 18": the phrase after "number of"
    const numberOf = fig.noun === undefined ? this.numberOfNoun(fig) : undefined;
    if (numberOf !== undefined) {
      for (let k = numberOf - NUMBER_OF_WORDS; k <= numberOf + NUMBER_OF_WORDS && k < fig.first; k++) {
        const m = this.mentionAt[k];
        if (m?.type === 'actor' && m.kind !== 'opposition') return m.canonical;
      }
    }
    // "40 government soldiers", "90 military personnel": a state's forces are not the armed group the article is about
    if (this.stateForces(fig)) return this.nearestActor(fig, source, STATE_KINDS);
    // "29 Syrian rebels", "14 opposition fighters", "30 Kurdish fighters": a side no group names is not the group the
    // article is about (an IS bombing of rebels); their group says the side (see groupOf)
    if (this.genericSideIn(fig) !== undefined) return null;
    // "Syrian troops killed 50 militants", "Hezbollah killed 20 militants": the one that killed them is not whose they were
    const agent = this.agentOf(fig, reading);
    if (this.dominantGroup && this.dominantGroup !== agent) return this.dominantGroup;
    // "41 members of the security forces and 12 militants": militants are no state's or coalition's
    const kinds = fig.noun !== undefined && INSURGENT_NOUNS.has(this.tokens[fig.noun].lower) ? GROUP_KINDS : ARMED_KINDS;
    const nearest = this.nearestActor(fig, source, kinds);
    return nearest === agent ? this.nearestActor(fig, source, kinds, 'after') : nearest;
  }

  /** Whether the counted noun phrase names the state's side and another ("regime and rebel fighters"). */
  private bothSides(fig: RawFigure): boolean {
    // "27 fighters on both sides", "from each side"
    const end = fig.noun !== undefined && fig.noun >= fig.last ? fig.noun + 1 : fig.last;
    if (SIDES_LINKS.has(this.tokens[end]?.lower ?? '') && EACH.has(this.tokens[end + 1]?.lower ?? '') && /^sides?$/.test(this.tokens[end + 2]?.lower ?? '')) return true;
    if (fig.noun === undefined || fig.noun < fig.last || this.genericSideIn(fig) === undefined) return false;
    for (let k = fig.last; k < fig.noun; k++) if (sideWord(this.tokens[k].lower) === 'state') return true;
    return false;
  }

  /** The side the counted noun phrase names without naming a group ("29 Syrian rebels", "30 Kurdish fighters"). */
  private genericSideIn(fig: RawFigure): string | undefined {
    if (fig.noun === undefined || fig.noun < fig.last) return undefined;
    for (let k = fig.last; k <= fig.noun; k++) {
      const side = genericSideOf(this.tokens[k].lower);
      if (side !== undefined) return side;
    }
    return undefined;
  }

  /**
   * "The army lost 12 men", "Hezbollah has lost 30": those the figure counts were fighters of the force that lost them;
   * its name when one is named (`actor`), none for "the army" alone.
   */
  private lossOf(fig: RawFigure, reading: Reading | undefined): Loss | undefined {
    if (reading?.role !== 'object' || reading.verb?.ofPeople !== 'killed') return undefined;
    // "lost 30 fighters", "lost dozens in the battle"; not "lost 2 tanks"
    const next = this.tokens[fig.last];
    if (fig.unit !== 'people' && next?.kind === 'word' && !LIST_FOLLOWERS.has(next.lower)) return undefined;
    let k = fig.first - 2;
    while (k >= 0 && AGENT_LINKS.has(this.tokens[k].lower)) k--;
    const m = this.mentionAt[k];
    if (m?.type === 'actor' && ARMED_KINDS.has(m.kind)) return { actor: m.canonical };
    for (let j = fig.first - 2; j >= Math.max(0, fig.first - 1 - LOSER_REACH); j--) if (LOSING_FORCES.has(this.tokens[j].lower)) return { actor: null };
    return undefined;
  }

  /**
   * The actor named as the subject of the verb that killed or wounded the counted: "Syrian troops killed 50",
   * "Peshmerga forces have killed 25". Not an actor inside a phrase before the verb ("strikes on ISIL positions killed
   * 35"), nor one that lost or executed its own.
   */
  private agentOf(fig: RawFigure, reading: Reading | undefined): string | null {
    if (reading?.role !== 'object' || !AGENT_EVENTS.has(reading.event)) return null;
    let k = fig.first - 2;
    while (k >= 0 && AGENT_LINKS.has(this.tokens[k].lower)) k--;
    const m = this.mentionAt[k];
    if (m?.type === 'actor' && ARMED_KINDS.has(m.kind)) return m.canonical;
    // "The Syrian army advanced in Deir Ezzor, killing and injuring scores of terrorists": a participle's doer is its
    // sentence's subject
    if (!/ing$/.test(this.tokens[fig.first - 1]?.lower ?? '')) return null;
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    for (let j = s.first; j < Math.min(fig.first, s.first + SUBJECT_REACH); j++) {
      const subject = this.mentionAt[j];
      if (subject?.type === 'actor' && ARMED_KINDS.has(subject.kind)) return subject.canonical;
    }
    return null;
  }

  /** Whether the counted noun phrase names a state's forces ("government soldiers", "army troops", "policemen"). */
  private stateForces(fig: RawFigure): boolean {
    if (fig.noun === undefined || fig.noun < fig.last) return false;
    for (let k = fig.last; k <= fig.noun; k++) if (STATE_FORCE_NOUNS.has(this.tokens[k].lower) || sideWord(this.tokens[k].lower) === 'state') return true;
    return false;
  }

  private perpetrator(fig: RawFigure, source: string | null): string | null {
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    for (let k = s.first; k < s.last; k++) {
      const m = this.mentionAt[k];
      if (m?.type === 'actor' && m.canonical !== source && m.kind !== 'media' && m.kind !== 'monitor' && m.kind !== 'igo') return m.canonical;
    }
    return this.dominantGroup;
  }

  /** Who holds the territory: the nearest armed actor before the figure that is not the one reporting it. */
  private controller(fig: RawFigure, source: string | null): string | null {
    return this.nearestActor(fig, source) ?? this.dominantGroup;
  }

  private nearestActor(fig: RawFigure, source: string | null, kinds = ARMED_KINDS, side: 'before' | 'after' | 'either' = 'either'): string | null {
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    const armed = (m: Mention | undefined) => m && m.type === 'actor' && m.canonical !== source && kinds.has(m.kind);
    if (side !== 'after') for (let k = fig.first - 1; k >= s.first; k--) if (armed(this.mentionAt[k])) return this.mentionAt[k]!.canonical;
    if (side !== 'before') for (let k = fig.last; k < s.last; k++) if (armed(this.mentionAt[k])) return this.mentionAt[k]!.canonical;
    return null;
  }

  /**
   * "80 percent of Libya's oil fields", "40% of the country's oil output": a share of something other than ground; "of
   * Syria's territory", "of oil-rich Deir Ezzor province", "of the city" are of ground.
   */
  private shareOfOther(fig: RawFigure): boolean {
    if (this.tokens[fig.last]?.lower !== 'of') return false;
    const sentence = this.tokens[fig.first].sentence;
    for (let k = fig.last + 1; k < fig.last + SHARE_OF_REACH; k++) {
      const t = this.tokens[k];
      if (!t || t.sentence !== sentence) return false;
      const place = this.mentionAt[k]?.type === 'place' ? this.mentionAt[k]! : undefined;
      const end = place ? place.last : k + 1;
      // past "the country's", "Libya's": the owner of what the share is of
      if (place || GROUND.has(t.lower) || TERRITORY_NOUNS.has(t.lower)) {
        if (!this.possessive(end)) return false;
        k = end + 1;
        continue;
      }
      if (SHARE_OF_FILLERS.has(t.lower)) continue;
      // "oil-rich": a compound describing what follows
      if (this.tokens[k + 1]?.text === '-' && this.tokens[k + 1].start === t.end) { k += 2; continue; }
      // a name no list knows ("Deir e-Zzor") is a place's more likely than a thing's
      return t.kind === 'word' && !isCapitalized(t.text);
    }
    return false;
  }

  /** Whether a possessive "'s" stands at k. */
  private possessive(k: number): boolean {
    return APOSTROPHES.has(this.tokens[k]?.text ?? '') && this.tokens[k + 1]?.lower === 's';
  }

  /** "90 percent of Raqa": the place a share is of. */
  private ofPlace(fig: RawFigure): string | null {
    for (let k = fig.last; k < fig.last + 5 && k < this.tokens.length; k++) {
      const m = this.mentionAt[k];
      if (m?.type === 'place') return m.canonical;
      if (this.tokens[k].sentence !== this.tokens[fig.first].sentence) break;
    }
    return null;
  }

  /**
   * The most specific place the figure is about: a place named in its sentence (towns before provinces before
   * countries), else the town-level place the article is about when the sentence only says "the town" or a country.
   */
  private placeOf(fig: RawFigure): string | null {
    const s = this.doc.sentences[this.tokens[fig.first].sentence];
    let best: Mention | undefined;
    let bestScore = -1;
    const countries = new Set<string>();
    const places = this.placesIn(this.tokens[fig.first].sentence);
    // a place this far away in a run-on sentence is another event's; and each figure looks at a bounded stretch
    const from = fig.first - PLACE_REACH;
    for (let k = countLeading(places, (m) => m.last <= from); k < places.length && places[k].first <= fig.last + PLACE_REACH; k++) {
      const m = places[k];
      if (m.last > s.last) continue;
      // "US-backed", "Russia-backed": a country used as a modifier says who backs, not where
      if (this.tokens[m.last]?.text === '-') continue;
      if (m.kind === 'country') countries.add(m.canonical);
      // "the Security Council met in New York": where the war is reported from, not where it is fought
      if (!this.inTheatre(m)) continue;
      if (this.standsForGovernment(m) || writtenAsDateline(this.tokens, m)) continue;
      // "... killed 19, hours after a chemical attack in Khan Sheikhoun": a place beyond a clause of its own is another event's
      if (this.crossesClause(fig, m)) continue;
      const distance = m.first >= fig.last ? m.first - fig.last : fig.first - m.last + 3;
      const score = (PLACE_RANK[m.kind] ?? 4) * 100 - distance;
      if (score > bestScore) { best = m; bestScore = score; }
    }
    // a war's running total ("the conflict has killed more than 300,000 since 2011") is about no one town, nor about a
    // town of another country than the one its sentence sets the war in ("in Syria ... a war that has claimed some
    // 300000 lives and seen Moscow estranged")
    if (best && best.kind !== 'country') {
      const scene = best.country === undefined ? undefined : places.find((m) => m.kind === 'country' && m.canonical !== best!.country && m.last <= s.last && this.countryAsScene(m) && this.inTheatre(m));
      return scene && this.cumulative(fig) ? scene.canonical : best.canonical;
    }
    if (countries.size > 1) return null;
    if (this.cumulative(fig)) return best?.canonical ?? null;
    const focus = this.seatOrFocus(this.institutionSeat(s), this.focusPlace(fig, best));
    return focus ?? best?.canonical ?? null;
  }

  /** The place an institution's seat says, unless the place the sentences around give lies in its province. */
  private seatOrFocus(seat: Mention | undefined, focus: string | undefined): string | undefined {
    if (seat === undefined) return focus;
    const within = focus !== undefined && this.mentions.some((m) => m.type === 'place' && m.canonical === focus && m.ref.admin1 !== undefined && m.ref.admin1 === seat.ref.admin1);
    return within ? focus : seat.canonical;
  }

  /**
   * "A medical source at Aleppo Health Directorate told SANA that eight students were killed": a sentence that names
   * no place names one in the institution that speaks in it, before any guess from the rest of the article.
   */
  private institutionSeat(s: Sentence): Mention | undefined {
    for (let k = s.first; k < s.last; k++) {
      const m = this.mentionAt[k];
      if (m === undefined || m.first !== k || m.type !== 'actor' || m.last - m.first < 2) continue;
      const seat = this.townsByName.get(this.tokens[k].text);
      if (seat !== undefined) return seat;
    }
    return undefined;
  }

  /** The article's places below a country in its theatre, by the one word they are written with. */
  private get townsByName(): Map<string, Mention> {
    if (!this.towns) {
      this.towns = new Map();
      for (const m of this.mentions) if (m.type === 'place' && m.kind !== 'country' && m.last - m.first === 1 && this.inTheatre(m)) this.towns.set(this.tokens[m.first].text, m);
    }
    return this.towns;
  }
  private towns: Map<string, Mention> | undefined;

  /**
   * "the city", "the enclave": the town-level place named in the three sentences before, else the one the article
   * names most often.
   */
  private focusPlace(fig: RawFigure, inSentence: Mention | undefined): string | undefined {
    const sentence = this.tokens[fig.first].sentence;
    // a statement made in Moscow or Geneva is not about Moscow or Geneva: the focus is a place of the war
    const townLevel = (m: Mention) => m.type === 'place' && TOWN_KINDS.has(m.kind) && this.tokens[m.last]?.text !== '-' && this.inTheatre(m) && !this.standsForGovernment(m) && !writtenAsDateline(this.tokens, m);
    // the country named nearest before the figure (or beside it): a town of another country is not where it happened
    let country = inSentence && this.countryAsScene(inSentence) ? inSentence.canonical : undefined;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k];
      const s = this.tokens[m.first].sentence;
      if (s >= sentence) continue;
      if (s < sentence - 3) break;
      if (country === undefined && m.type === 'place' && m.kind === 'country' && this.inTheatre(m) && this.countryAsScene(m)) country = m.canonical;
      else if (townLevel(m) && (country === undefined || (m.country ?? country) === country)) return m.canonical;
    }
    // with no town near it, a toll is placed in the most named town of that country, or of the one the article is
    // mostly about ("the attack in which more than 1400 were killed" in an article that names Washington most)
    const within = country ?? this.countries.main ?? '';
    let town = this.mostNamedTowns.get(within);
    if (town === undefined) {
      town = mostFrequent(this.mentions.filter((m) => townLevel(m) && (m.country ?? within) === within));
      this.mostNamedTowns.set(within, town);
    }
    return town ?? country;
  }
  /** Per country, the town the article names most often (null: none). */
  private readonly mostNamedTowns = new Map<string, string | null>();

  /**
   * The countries the article is about: those whose places it names nearly as much as the most named one's (a
   * town or province counts twice, the country's own name once, a country as a modifier not at all).
   */
  private get countries(): ArticleCountries {
    if (!this.articleCountries) {
      // a country as a modifier ("US-backed") or one that speaks ("Moscow said") is not where anything happens
      const weight = countryWeights(this.tokens, this.mentions, (m) => this.tokens[m.last]?.text === '-' || (m.kind === 'country' && AGENT_NOUNS.has(this.tokens[m.last]?.lower ?? '')) || this.standsForGovernment(m));
      const main = heaviest(weight);
      const top = main === undefined ? 0 : weight.get(main)!;
      this.articleCountries = { theatre: new Set([...weight].filter(([, w]) => w >= THEATRE_SHARE * top).map(([c]) => c)), main };
    }
    return this.articleCountries;
  }
  private articleCountries: ArticleCountries | undefined;

  /** Whether a clause opener stands between a figure and a mention in its sentence. */
  private crossesClause(fig: RawFigure, m: Mention): boolean {
    const [from, to] = m.first >= fig.last ? [fig.last, m.first] : [m.last, fig.first];
    return this.cues.opensClause(this.tokens[fig.first].sentence, from, to);
  }

  /**
   * "carried out by Washington", "Moscow said", "Washington and Paris say": a place that acts or speaks stands for
   * its government; it is neither where an event happened nor what the article is about.
   */
  private standsForGovernment(m: Mention): boolean {
    const before = this.tokens[m.first - 1]?.lower ?? '';
    if (before === 'by') return true;
    // "barrel bombs on the village of Taduf said the Observatory" (its comma lost): a place after a preposition is where
    if (SCENE_PREPOSITIONS.has(before)) return false;
    let k = m.last;
    // over a list of such places ("Washington, London and Paris say") to its verb
    for (let step = 0; step < MAX_LISTED_SPEAKERS; step++) {
      const next = this.tokens[k]?.lower ?? '';
      if (METONYMY_VERBS.has(next)) return true;
      const listed = next === 'and' || next === ',' ? this.mentionAt[k + 1] : undefined;
      if (listed?.type !== 'place') return false;
      k = listed.last;
    }
    return false;
  }

  /** "in Syria", "northern Syria": a country named as where things happen, not as who acts ("Russia bombed"). */
  private countryAsScene(m: Mention): boolean {
    const before = this.tokens[m.first - 1]?.lower ?? '';
    return m.kind === 'country' && (SCENE_PREPOSITIONS.has(before) || COMPASS_ADJECTIVES.has(before));
  }

  /** Whether a place lies in a country the article is about (a place of no known country may). */
  private inTheatre(m: Mention): boolean {
    const country = m.kind === 'country' ? m.canonical : m.country;
    return !country || this.countries.theatre.has(country);
  }
}

/** Words that begin a count: another count's noun phrase begins there. */
const NUMBER_START = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'tens']);
/** Words right before a toll's value, and the nouns that head the toll ("the militant death toll rose to 45"). */
const FIGHTERS_TOLL_LINKS = new Set(['to', 'at', 'reached', 'exceeded', 'topped', 'passed']);
const TOLL_HEADS = new Set(['casualties', 'toll', 'deaths', 'fatalities', 'losses', 'dead']);
const TOLL_HEAD_REACH = 12;
/** The nouns a toll's value follows ("the death toll rose to 37"), and how far back from the value they may stand. */
const TOLL_WORDS = new Set(['toll', 'tolls']);
const TOLL_VALUE_REACH = 16;
const TOLL_OF = new Set(['for', 'of', 'among']);
const TOLL_EVENTS = new Set<FigureEvent>(['killed', 'wounded', 'killed-or-wounded', 'executed']);
/** A killing by a firing squad, in a sentence's words ("killed 20 by firing squad", "shot by a firing squad"). */
const FIRING_SQUAD = /\b(?:killed|shot|executed|slain|murdered) (?:\S+ ){0,4}by (?:a )?firing squads?\b/;
/** Words that open the parts a toll includes ("including", "among them", "of whom"), and how long an item listed
 * before a count may be ("a child and two women"). */
const INCLUDING_MARKS = new Set(['including', 'them', 'whom']);
const LISTED_ITEM_WORDS = 3;
/** Words of fighters taken prisoner ("captured 200 fighters", "five soldiers were abducted"): no force's size. */
const CAPTIVITY = new Set([...CAPTIVE_TAKING, 'captured', 'capturing', 'seized', 'surrendered', 'imprisoned', 'jailed', 'prisoners', 'prisoner', 'hostage', 'hostages',
  'captive', 'captives', 'exchanged', 'handed', 'detainees', 'abductees', 'swap']);
const CAPTIVE_BEFORE = 3;
const CAPTIVE_AFTER = 5;
/** Words of ground a share may be of besides the names of places ("of the country", "of its territory"). */
const GROUND = new Set(['territory', 'territories', 'land', 'lands', 'countries', 'states', 'soil', 'area', 'surface', 'ground', 'country', 'city', 'town', 'village',
  'province', 'region', 'governorate', 'district', 'state', 'countryside', 'north', 'south', 'east', 'west', 'centre', 'center', 'neighbourhood',
  'neighborhood', 'enclave', 'pocket', 'capital', 'old', 'eastern', 'western', 'northern', 'southern', 'central', 'rural', 'strip', 'bank']);
/** Words between "of" and what a share is of. */
const SHARE_OF_FILLERS = new Set(['the', 'its', 'their', 'his', 'her', 'entire', 'whole', 'both', 'all', 'each', 'this', 'that', 'these', 'those']);
const APOSTROPHES = new Set(["'", '’']);
const SHARE_OF_REACH = 8;
/** Words after "of" that make a count some of a named whole. */
const SOME_OF = new Set(['the', 'its', 'their', 'his', 'her', 'them', 'those', 'these']);
const NOT_LISTED = new Set(['including', 'among', 'whom', 'them', 'of', 'than']);
/** Auxiliaries that end the clause of the count a list follows ("were killed and 500 others"). */
const CLAUSE_VERBS = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been']);
const LIST_FOLLOWERS = new Set(['in', 'at', 'on', 'and', 'from', 'near', 'inside', 'across', 'each', 'more', 'others']);
/** What places an elliptical count: "and one in Harasta", "another five outside Kobane", "23 among its adversaries". */
const ELLIPSIS_PLACES = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'among', 'across', 'on']);
/** Nouns of people that say what befell them: a count of these is no toll said again. */
const OWN_STATE_NOUNS = new Set(['displaced', 'refugees', 'evacuees', 'detainees', 'prisoners', 'hostages', 'captives', 'casualties', 'deaths', 'fatalities', 'victims', 'bodies', 'corpses', 'lives', 'patients', 'survivors']);
/** What the subject of a verb of killing does to others: "killed", "wounded". */
const AGENT_EVENTS = new Set<FigureEvent>(['killed', 'wounded', 'killed-or-wounded']);
/** Words between an attacker's name and its verb: "Peshmerga forces have reportedly killed". */
/** "on both sides", "from each side": a count of the fighters of every side. */
const SIDES_LINKS = new Set(['on', 'from', 'of']);
const EACH = new Set(['both', 'each', 'either', 'all']);
/** Words of an armed force that loses fighters ("the army lost 12 men"). */
const LOSING_FORCES = new Set(['forces', 'troops', 'army', 'units', 'fighters', 'regime', 'military', 'rebels', 'militants', 'jihadists', 'militia', 'militias', 'insurgents']);
const LOSER_REACH = 3;
const AGENT_LINKS = new Set(['forces', 'troops', 'army', 'units', 'fighters', 'soldiers', 'jets', 'warplanes', 'aircraft', 'planes', 'have', 'has', 'had', 'also', 'reportedly', 'allegedly', 'then', 'recently', 'who', 'that', 'which']);
/** Words before a role's noun that say which role it is ("medical staff", "rescue workers", "civil defence volunteers"). */
const ROLE_MODIFIERS = new Map([['medical', 'medics'], ['health', 'medics'], ['hospital', 'medics'], ['rescue', 'rescuers'], ['defence', 'rescuers'], ['defense', 'rescuers'], ['helmets', 'rescuers']]);
/** How far after a count "ranks" may say whose men it counts ("dead among the ranks of"). */
const RANKS_REACH = 5;

/** How many words a place's name in a list by place may have ("in Kfar Batna"). */
const PLACE_NAME_WORDS = 4;
/** How far an elliptical count may follow the toll it says again (its verb group and the place between). */
const ELLIPSIS_GAP = 16;
/** How far a bare count may follow the count it is listed after ("9 in Salihin 8 in Ansari"). */
const LIST_GAP = 6;
/** How many tokens from a figure a place of its sentence may be: far beyond any sentence of real news. */
const PLACE_REACH = 200;


/** Verbs after which a place name stands for its government ("Washington blames", "Moscow said"). */
const COMPASS_ADJECTIVES = new Set('northern southern eastern western northeastern northwestern southeastern southwestern north south east west central'.split(' '));
const SCENE_PREPOSITIONS = new Set('in at on of near from to into inside outside around across towards toward'.split(' '));
/** How far before a figure "the number of <people>" may stand. */
const NUMBER_OF_REACH = 40;
/** How far after the noun of "the number of fighters killed" its state may stand ("those who were killed"). */
const STATE_REACH = 3;
/** How far into its sentence a participle's subject may begin ("The Syrian army also ..."). */
const SUBJECT_REACH = 2;
/** How far from a count of places a word of control may stand. */
const CONTROL_REACH = 10;
/** How many words after "the number of" may name whom it counts ("the number of Russian military personnel"). */
const NUMBER_OF_WORDS = 8;
/** How far back the words of the count that includes another are read. */
const INCLUDING_REACH = 10;
/** How many places a list of speaking governments runs to ("Washington, London, Paris and Berlin say"). */
const MAX_LISTED_SPEAKERS = 6;
/** Nouns a country's name stands before as whose they are ("US raids", "US officials"), not as a place: its attacks and its state. */
const AGENT_NOUNS = new Set([...STRIKES, 'raid', 'planes', 'military', 'officials', 'official', 'government', 'envoy', 'embassy', 'president',
  'administration', 'coalition', 'soldiers', 'navy']);
const METONYMY_VERBS = new Set('said says say blames blamed accuses accused condemned condemns warned warns insists insisted denied denies announced announces believes claimed claims urged urges'.split(' '));
/** A country whose places an article names at least this share as often as the most named country's is one it is about. */
const THEATRE_SHARE = 0.4;

function mostFrequent(ms: Mention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of ms) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) { best = c; n = k; }
  return best;
}
