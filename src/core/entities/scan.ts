import { caseMatches, type Lexicon, type NameRef } from '../lexicon/names';
import { type Mention, unlistedPlace } from './mention';
import { isArticle, placeKey, placeSkeleton, spelling } from '../text/placeKey';
import { isCapitalized, type Token, type Tokenized } from '../text/tokens';
import { specificCoalitions } from './coalitions';
import { givenName, notAPlace, possessivePlace } from './placeWord';
import { resolvePeople } from './people';
import { adoptDefinedAliases } from './aliases';
import { unlistStrayNeighbourhoods } from './strayPlaces';
import { locateByContext } from './placeContext';
import { ARABIC_ORG_OPENERS, ARMED_WORDS, PLACE_OPENERS, BARE_FORCE_MODIFIERS, NAME_PARTICLES, ORG_HEADS, ROLES, STATE_FORCE_HEADS, STATE_FORCE_MODIFIERS, TITLES } from './vocabulary';
import { possessiveStem, type WordFacts, wordFactsOf } from '../lexicon/wordFacts';
import { ORDINAL_SUFFIXES } from '../figures/vocabulary';

/**
 * A name ending at token `last` (exclusive); `trim` drops a possessive "s" whose apostrophe the text lost. Every
 * match spells out its trim, so that all have one shape and the code comparing them stays optimised.
 */
interface Match { last: number; ref: NameRef; trim: number }

const MAX_PLACE_TOKENS = 8;
const OTHER_COALITIONS = new Set(['opposition', 'rebel', 'rebels', 'islamist', 'jihadist', 'kurdish', 'arab', 'ruling', 'governing', 'electoral', 'political', 'saudi', 'russian', 'iranian', 'turkish', 'national', 'broad', 'tribal', 'militant']);
const PLACE_CONTEXT = new Set(['in', 'near', 'of', 'at', 'from', 'to', 'around', 'outside', 'into', 'toward', 'towards', 'across', 'through', 'between']);
/** Nouns for a class of places, compared in lower case. */
const PLACE_CLASS = new Set('city town village province governorate countryside district region area suburb neighbourhood neighborhood camp cities towns villages provinces districts areas suburbs neighbourhoods neighborhoods camps quarter quarters mountain mountains valley plain plains desert crossing airport airbase dam bridge square'.split(' '));

/** Heads that after a place alone name its forces or authorities in general, not an organisation. */
const GENERIC_HEADS = new Set(['army', 'forces', 'force', 'units', 'unit', 'regime', 'government', 'police', 'militia', 'militias', 'troops', 'authority', 'authorities', 'administration']);

/** Class nouns of the parts of a town: a place so named is a neighbourhood, and lies where its town does. */
const PART_NOUNS = new Set(['neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'quarter', 'quarters', 'square']);

/** "al-Athamiyeh neighborhood", "Gezira province": the kind of place a class noun after a name says it is. */
const kindBefore = (noun: string) => (noun === 'province' || noun === 'provinces' || noun === 'governorate' ? 'province' : PART_NOUNS.has(noun) ? 'neighbourhood' : 'town');

/** Words after a town's name that make it the name of the division around it ("Donetsk regional governor", "the Sagaing region"). */
const INDEFINITE = new Set(['a', 'an']);
const REGION_WORDS = new Set(['regional', 'region', 'province', 'oblast', 'governorate']);

/** Heads that also modify ("government forces", "military police"); "regime" alone is left to the lists ("Syrian regime"). */
const MODIFYING_HEADS = new Set(['government', 'military']);

/** A state's soldiers by any of their names: named as its troops. */
const PERSONNEL = new Set(['soldiers', 'servicemen', 'airmen', 'sailors']);

/** "the village of X", "the towns of X and Y": the kind of place a class noun before "of" says its name is. */
const CUE_KINDS = new Map<string, string>([
  ...['village', 'villages', 'hamlet', 'hamlets'].map((w): [string, string] => [w, 'village']),
  ...['town', 'towns', 'district', 'districts', 'suburb', 'area', 'camp'].map((w): [string, string] => [w, 'town']),
  ...[...PART_NOUNS].map((w): [string, string] => [w, 'neighbourhood']),
  ...['city', 'cities'].map((w): [string, string] => [w, 'city']),
  ...['province', 'governorate', 'region', 'oblast', 'state'].map((w): [string, string] => [w, 'province']),
]);

/**
 * The most tokens a name runs to ("Sudan People's Liberation Movement-North" is 8): a text written all in capitals
 * or in title case is read in time proportional to its length, not to its square.
 */
const MAX_NAME_TOKENS = 16;

/** Words after which a name nobody listed is a place: "near Sarmada", "outside Novoselivka". */
const NEAR_WORDS = new Set(['near', 'outside', 'nearby']);
/** Words after which a name is a place when the place holding it follows: "in Karrada, Baghdad". */
const LOCATING_WORDS = new Set(['in', 'at', 'from', 'of']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

/** Heads that before "of" and a place name a part of the place ("the Center of Damascus"), not an organisation. */
const CENTRE_WORDS = new Set(['center', 'centre', 'centers', 'centres']);

/** Particles that join the words of a name without a hyphen ("Urum al Kubra", "Osama bin Laden"). */
const LINKING_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'ul', 'ben', 'van', 'von', 'de', 'der', 'dos', 'du']);

/** Words that join an organisation's head to what it is of or for: "Ministry of Electricity", "Institute for the Study of War". */
const ORG_LINKERS = new Set(['of', 'for']);

/** Words for a first-level division that follow its name ("Kherson Oblast"). */
const DIVISION_WORDS = new Set(['oblast', 'state', 'county', 'prefecture', 'department', 'municipality', 'governorate', 'region']);

export class EntityScanner {
  private readonly tokens: Token[];
  private readonly text: string;
  /** Each token's word facts, by token index. */
  private readonly facts: WordFacts[];
  private readonly shouting: boolean[];
  /**
   * Per token, 1 when it may be part of a name: capitalised, and not a short common word in a line written in
   * capitals. Read directly, as the rules ask it of almost every capitalised word; beyond the text it is undefined.
   */
  private readonly nameWordAt: Uint8Array;

  constructor(private readonly doc: Tokenized, private readonly lex: Lexicon, facts: WordFacts[]) {
    this.tokens = doc.tokens;
    this.text = doc.text;
    this.facts = facts;
    ({ shouting: this.shouting, nameWordAt: this.nameWordAt } = readCapitals(doc, this.facts));
    const n = doc.tokens.length;
    this.nameAsked = new Uint8Array(n);
    this.placeAsked = new Uint8Array(n);
    this.nameFound = new Array(n);
    this.placeFound = new Array(n);
  }

  /** Tokens of one name may be separated by spaces but never by a line break. */
  private joined(a: number, b: number): boolean {
    for (let k = a + 1; k <= b; k++) if (!this.tokens[k].joined) return false;
    return true;
  }

  private caps(i: number): boolean {
    return this.shouting[this.tokens[i].sentence];
  }

  // answers per token, asked again and again while runs of names are built (0 = not yet asked, 1 = asked)
  private readonly nameAsked: Uint8Array;
  private readonly nameFound: (Match | undefined)[];
  private readonly placeAsked: Uint8Array;
  private readonly placeFound: (Match | undefined)[];

  /** The longest known name (actor, acronym, person) starting at token i. */
  private matchName(i: number): Match | undefined {
    if (this.nameAsked[i]) return this.nameFound[i];
    this.nameAsked[i] = 1;
    return (this.nameFound[i] = this.matchTrie(i));
  }

  private matchTrie(i: number): Match | undefined {
    if (this.facts[i].trieChild === undefined && this.facts[i].trieStemChild === undefined) return undefined;
    const root = this.lex.trie.root;
    let node = root;
    let best: Match | undefined;
    const caps = this.caps(i);
    for (let j = i; j < this.tokens.length; j++) {
      if (j > i && !this.joined(j - 1, j)) break;
      const t = this.tokens[j];
      // "*" stands for any one lower-case word ("US-led * coalition"); the first step is among the word's facts
      const lowerInitial = t.text.charCodeAt(0) === t.lower.charCodeAt(0);
      const child = j === i ? this.facts[i].trieChild : node.next.get(t.lower) ?? (t.kind === 'word' && lowerInitial ? node.next.get('*') : undefined);
      if (!child) {
        // "Assads regime", "Syrias war": a possessive whose apostrophe was stripped ends the name
        const stem = node === root && !isCapitalized(t.text) ? undefined : possessiveStem(t);
        const bare = stem ? node.next.get(stem.toLowerCase()) : undefined;
        const end = bare?.ends.find((e) => e.tokens.every((a, k) => caseMatches(k === e.tokens.length - 1 ? stem! : this.tokens[i + k].text, a, caps)));
        if (end) best = { last: j + 1, ref: end.ref, trim: 1 };
        break;
      }
      node = child;
      for (const end of node.ends) {
        const len = end.tokens.length;
        let ok = true;
        for (let k = 0; k < len && ok; k++) ok = caseMatches(this.tokens[i + k].text, end.tokens[k], caps);
        if (ok && (!best || j > best.last - 1)) best = { last: j + 1, ref: end.ref, trim: 0 };
      }
    }
    return best;
  }

  /** Place names by their transliteration key, longest first; the consonant skeleton only where context says place. */
  private matchPlace(i: number): Match | undefined {
    if (this.placeAsked[i]) return this.placeFound[i];
    this.placeAsked[i] = 1;
    return (this.placeFound[i] = this.regionOf(i, this.findPlace(i)));
  }

  /**
   * "Donetsk regional governor", "the Kharkiv regional administration", "the Sagaing region": before "regional" or a
   * word for a division a name is its province's (Donetsk Oblast, which holds Kramatorsk), not the city the province
   * is named after.
   */
  private regionOf(i: number, found: Match | undefined): Match | undefined {
    if (!found || found.trim !== 0 || !REGION_WORDS.has(this.tokens[found.last]?.lower ?? '') || found.ref.kind === 'province' || found.ref.kind === 'country') return found;
    const name = this.text.slice(this.tokens[i].start, this.tokens[found.last - 1].end);
    const province = this.lex.placesByKey.get(placeKey(`${name} Region`));
    if (province?.kind === 'province') return { last: found.last, ref: province, trim: 0 };
    // "the Sagaing region": the division a town gives its name to, which GeoNames may spell otherwise ("Sagain")
    // (a town of the world's list: a Syrian or Iraqi area with "region" after it is a local one, as "the Houla region")
    const { admin1, country } = found.ref;
    if (!found.ref.exact || (found.ref.kind !== 'city' && found.ref.kind !== 'town') || !admin1 || admin1 === found.ref.canonical) return found;
    return { last: found.last, ref: { canonical: admin1, type: 'place', kind: 'province', country, admin1, exact: found.ref.exact }, trim: 0 };
  }

  private findPlace(i: number): Match | undefined {
    const t = this.tokens[i];
    const startsWithArticle = this.tokens[i + 1]?.text === '-' && /^(?:al|el|ar|as|ad|az|ash|an|at)$/.test(t.text) && this.nameWordAt[i + 2] === 1;
    if (!startsWithArticle && this.nameWordAt[i] !== 1) return undefined;
    if (this.facts[i].notName) return undefined;
    // most capitalised words begin no place name: test the first word before building longer spans
    const head = this.facts[i].article && this.tokens[i + 1] ? (this.tokens[i + 1].text === '-' ? i + 2 : i + 1) : i;
    if (head >= this.tokens.length || !this.facts[head].placeHead) return this.matchPlaceBySkeleton(i);
    let best: Match | undefined;
    let words = 0;
    for (let j = i; j < this.tokens.length && j < i + MAX_PLACE_TOKENS; j++) {
      if (j > i && !this.joined(j - 1, j)) break;
      const tj = this.tokens[j];
      if (tj.text === '-' || tj.text === "'" || tj.text === '’') continue;
      const particle = this.facts[j].lowerParticle;
      if (tj.kind !== 'word' || (!particle && this.nameWordAt[j] !== 1)) break;
      if (particle) continue;
      words++;
      if (j === i) {
        // one word alone: what it names is among its facts, all but whether a name follows it
        const alone = this.facts[i].placeWord;
        if (alone.place !== undefined && !(alone.unlessNameFollows && this.nameFollows(i)) && !this.surnameAfterGivenName(i, alone.place)) { best = { last: j + 1, ref: alone.place, trim: 0 }; continue; }
        if (alone.possessive !== undefined) { best = { last: j + 1, ref: alone.possessive, trim: 1 }; break; }
        continue;
      }
      const span = this.text.slice(t.start, tj.end);
      const ref = this.lex.placesByKey.get(placeKey(span));
      if (ref && !(words === 1 && this.rejectSingleWordPlace(j, span, ref)) && !(ref.exact && this.notAsListed(i, span))) { best = { last: j + 1, ref, trim: 0 }; continue; }
      // "Aleppos outskirts": the possessive's apostrophe was stripped
      const stem = possessiveStem(tj);
      const bare = stem === undefined ? undefined : possessivePlace(this.lex, span, stem, words === 1);
      if (bare) { best = { last: j + 1, ref: bare, trim: 1 }; break; }
    }
    if (best) return best;
    return this.matchPlaceBySkeleton(i);
  }

  /**
   * A town of the world's gazetteer is found only as its list spells it, and not at the end of a longer name
   * ("Samir al-Asmar" is a man, not Asmar in Afghanistan).
   */
  private notAsListed(i: number, span: string): boolean {
    return !this.lex.placeSpellings.has(spelling(span)) || (this.facts[i].article && this.nameEndsAt(i - 1));
  }

  /** Whether a one-word place name (token i, written `span` with any article) is really something else. */
  private rejectSingleWordPlace(i: number, span: string, ref: NameRef): boolean {
    const t = this.tokens[i];
    return notAPlace(this.lex, t.text, t.lower, span, ref) || (givenName(this.lex, t.lower, ref) && this.nameFollows(i));
  }

  /**
   * "Philip Hammond", "Scott Dayton": a word that only a gazetteer holds, right after a given name, is a surname,
   * not the town; a place someone chose to list (a curated name, a user's) stays a place. A town of the world's
   * gazetteer after a word that opens an Arabic place name is the end of that name ("Kafr Naha", not Naha in Japan).
   */
  private surnameAfterGivenName(i: number, ref: NameRef): boolean {
    const prev = this.tokens[i - 1];
    if (!prev || ref.kind === 'country' || !this.joined(i - 1, i)) return false;
    // "Aqareb es Safi", "Samir al-Asmar": an article between two capitalised words joins them into one name
    const article = prev.text === '-' ? i - 2 : i - 1;
    if (ref.exact && this.facts[article]?.article && !this.facts[article].capitalized) return this.nameEndsAt(article - 1);
    if (ref.exact && PLACE_OPENERS.has(prev.lower) && this.facts[i - 1].capitalized) return true;
    // "Scott C. Dayton": a middle initial stands between the given name and the surname
    const given = prev.text === '.' && /^[A-Z]$/.test(this.tokens[i - 2]?.text ?? '') ? i - 3 : i - 1;
    if (!this.facts[given]?.capitalized || (given !== i - 1 && !this.joined(given, i - 2))) return false;
    return this.lex.english.firstNames.has(this.tokens[given].lower) && !this.lex.curatedKeys.has(placeKey(this.tokens[i].text));
  }

  /** Whether token k is a capitalised word joined to the token after it: a name goes on past it. */
  private nameEndsAt(k: number): boolean {
    return k >= 0 && this.nameWordAt[k] === 1 && this.joined(k, k + 1);
  }

  /**
   * Whether a name follows token i as part of the same name: "Hama Ali" is a man, not the city; "Liwa al-Fateh" a
   * brigade. A word for a division or a class of places ("Kherson Oblast", "Gao Region") leaves the place a place.
   */
  private nameFollows(i: number): boolean {
    let next = i + 1;
    if (this.facts[next]?.lowerParticle && this.tokens[next + 1]?.text === '-') next += 2;
    const t = this.tokens[next];
    return !!t && isCapitalized(t.text) && this.joined(i, next) && !PLACE_CLASS.has(t.lower) && !DIVISION_WORDS.has(t.lower);
  }

  private matchPlaceBySkeleton(i: number): Match | undefined {
    const prev = this.tokens[i - 1]?.lower;
    let j = i;
    while (j + 2 < this.tokens.length && this.tokens[j + 1].text === '-' && this.nameWordAt[j + 2] === 1 && this.joined(j, j + 2)) j += 2;
    const next = this.tokens[j + 1]?.lower;
    if (!(prev && PLACE_CONTEXT.has(prev)) && !(next && PLACE_CLASS.has(next))) return undefined;
    const span = this.text.slice(this.tokens[i].start, this.tokens[j].end);
    const skeleton = placeSkeleton(span);
    if (skeleton.length < 4) return undefined;
    const ref = this.lex.placesBySkeleton.get(skeleton);
    return ref ? { last: j + 1, ref, trim: 0 } : undefined;
  }

  scan(): Mention[] {
    const out: Mention[] = [];
    const toks = this.tokens;
    for (let i = 0; i < toks.length;) {
      const t = toks[i];
      if (this.facts[i].inert) { i++; continue; }
      const unit = t.kind === 'number' ? this.matchUnit(i) : undefined;
      if (unit) { out.push(this.mention(i, unit.last, unit.ref, unit.trim)); i = unit.last; continue; }
      if (t.kind === 'number') { i++; continue; }
      const byName = this.matchName(i);
      const byPlace = this.matchPlace(i);
      const named = byName && (!byPlace || byName.last >= byPlace.last) ? byName : byPlace;
      const best = named && named === byPlace ? this.organisationNamedAfter(i, named) ?? named : named;
      const cued = this.placeAfterClassNoun(i, best);
      if (cued) { out.push(this.mention(i, cued.last, cued.ref)); i = cued.last; continue; }
      if (best && this.otherCoalition(i, best)) { i++; continue; }
      const branch = best && this.otherNationsBranch(i, best, out[out.length - 1]);
      if (branch) { out.push(this.mention(i - 1, best!.last, branch, best!.trim)); i = best!.last; continue; }
      const kin = best && this.kinOf(i, best, out[out.length - 1]);
      if (kin) { out.push(this.mention(i - 1, best!.last, kin)); i = best!.last; continue; }
      if (best) { out.push(this.mention(i, best.last, best.ref, best.trim)); i = best.last; continue; }
      const generic = this.matchStateForce(i) ?? this.matchGovernmentOf(i) ?? this.matchAcronym(i);
      if (generic) { out.push(this.mention(i, generic.last, generic.ref, generic.trim)); i = generic.last; continue; }
      const run = this.nameRun(i);
      if (run) {
        const ref = this.classifyRun(i, run);
        const before = out[out.length - 1];
        const listed = before !== undefined && before.type === 'place' && before.last === i - 1;
        const shaped = ref?.type === 'person' ? undefined : this.operation(i) ?? this.organisationOf(i, run) ?? (ref ? undefined : this.placeNear(i, run, listed));
        if (shaped) { out.push(this.mention(i, shaped.last, shaped.ref)); i = shaped.last; continue; }
        if (ref) { out.push(this.mention(i, run, ref)); i = run; continue; }
      }
      i++;
    }
    const named = adoptDefinedAliases(this.doc, this.facts, resolvePeople(this.doc, this.facts, out), (w) => this.lex.english.firstNames.has(w));
    unlistStrayNeighbourhoods(this.doc, named);
    return locateByContext(this.doc, specificCoalitions(this.tokens, named));
  }

  /**
   * "Maher al-Assad", "Doctor Ibrahim al-Assad": a given name of another before a listed person's surname names
   * another person of that family, not the listed one.
   */
  private kinOf(i: number, match: Match, before: Mention | undefined): NameRef | undefined {
    if (match.ref.type !== 'person' || i === 0 || before?.last === i || !this.joined(i - 1, i)) return undefined;
    const given = this.tokens[i - 1];
    const facts = this.facts[i - 1];
    // a given name the lists know: a capitalised word before a surname may as well be a place's or a headline's ("Province Lavrov")
    if (given.kind !== 'word' || !facts.capitalized || !this.lex.english.firstNames.has(given.lower) || facts.demonym || TITLES.has(given.lower)) return undefined;
    const canonical = match.ref.canonical;
    const written = this.text.slice(this.tokens[i].start, this.tokens[match.last - 1].end);
    const listedGiven = canonical.slice(0, canonical.indexOf(' '));
    // the listed name is one word, or its given name is written
    if (listedGiven === '' || written.toLowerCase().includes(listedGiven.toLowerCase()) || given.lower === listedGiven.toLowerCase()) return undefined;
    return { canonical: `${given.text} ${written}`, type: 'person', kind: 'person' };
  }

  private mention(first: number, last: number, ref: NameRef, trim = 0): Mention {
    const start = this.tokens[first].start;
    const end = this.tokens[last - 1].end - trim;
    return { text: this.text.slice(start, end), start, end, type: ref.type, canonical: ref.canonical, kind: ref.kind, country: ref.country, ref, first, last };
  }

  /**
   * "Sudan Liberation Movement", "Kherson Regional Council": a place that opens a longer name ending in a word for
   * an organisation names the organisation, not the place.
   */
  private organisationNamedAfter(i: number, place: Match): Match | undefined {
    const next = place.last;
    if (place.trim !== 0 || this.nameWordAt[next] !== 1 || !this.joined(next - 1, next) || this.matchName(next) || this.matchPlace(next)) return undefined;
    const end = this.nameRun(next);
    if (end === undefined) return undefined;
    const head = this.tokens[end - 1];
    if (!ORG_HEADS.has(head.lower) || !isCapitalized(head.text)) return undefined;
    // "Daraa army units", "Syrian forces": a place and a force's bare noun is a force of the place, named by neither
    if (end - next === 1 && GENERIC_HEADS.has(head.lower)) return undefined;
    const words: string[] = [];
    for (let k = next; k < end; k++) {
      // "in Moscow Russian officials": a nationality opens a name of its own
      if (this.facts[k].demonym) return undefined;
      words.push(this.tokens[k].lower);
    }
    const canonical = this.text.slice(this.tokens[i].start, head.end);
    return { last: end, ref: { canonical, type: 'actor', kind: words.some((w) => ARMED_WORDS.has(w)) ? 'armed-group' : 'organisation' }, trim: 0 };
  }

  /**
   * "the Palestinian Red Crescent", "the Iraqi Red Crescent": a listed organisation named for one nation ("Syrian
   * Arab Red Crescent", listed as "Red Crescent" too), after another nation's adjective, is that nation's own. Not
   * an armed group: "Kurdish SDF" describes the Syrian Democratic Forces.
   */
  private otherNationsBranch(i: number, m: Match, before: Mention | undefined): NameRef | undefined {
    const prev = this.tokens[i - 1];
    if (m.ref.type !== 'actor' || m.ref.kind === 'armed-group' || m.trim !== 0 || !prev || !this.facts[i - 1].demonym || !this.facts[i - 1].capitalized || !this.joined(i - 1, i)) return undefined;
    // "UN-Arab Red Crescent", "Kurdish-Arab Syrian Democratic Forces": the adjective belongs to a compound before it
    if (this.tokens[i - 2]?.text === '-' || (before && before.last > i - 1)) return undefined;
    const nation = m.ref.canonical.split(' ')[0];
    if (nation === prev.text || !this.lex.english.demonyms.has(nation.toLowerCase())) return undefined;
    const text = this.text.slice(prev.start, this.tokens[m.last - 1].end);
    return { canonical: text, type: 'actor', kind: m.ref.kind };
  }

  /** "the opposition coalition", "a Kurdish-Arab coalition": a bare "coalition" that is not the US-led one. */
  private otherCoalition(i: number, m: Match): boolean {
    if (m.last - i !== 1 || this.tokens[i].lower !== 'coalition') return false;
    const prev = this.tokens[i - 1];
    return !!prev && prev.joined && OTHER_COALITIONS.has(prev.lower);
  }

  /**
   * Generic state forces named by a demonym or a government/regime/security modifier: "Iraqi security forces",
   * "Syrian army", "government troops". A country name never starts one ("US special forces" keeps US a place).
   */
  private matchStateForce(i: number): Match | undefined {
    const demonym = this.facts[i].demonym;
    if (!demonym && !this.facts[i].bareForceModifier) return undefined;
    let j = i + (demonym ? 1 : 0);
    // "Iraqi and Syrian governments"
    if (demonym && this.tokens[j]?.lower === 'and' && this.lex.english.demonyms.has(this.tokens[j + 1]?.lower ?? '')) j += 2;
    let modifiers = 0;
    while (j < this.tokens.length && (j === i || this.joined(j - 1, j)) && (STATE_FORCE_MODIFIERS.has(this.tokens[j].lower) || this.tokens[j].text === '-') && modifiers < 3) { j++; modifiers++; }
    // "the French government would act": a word that modifies ("government forces") may be the head itself
    if (modifiers > 0 && !STATE_FORCE_HEADS.has(this.tokens[j]?.lower ?? '') && MODIFYING_HEADS.has(this.tokens[j - 1].lower)) { j--; modifiers--; }
    const head = this.tokens[j];
    if (!head || !(STATE_FORCE_HEADS.has(head.lower) || head.lower === 'governments') || (j > i && !this.joined(j - 1, j))) return undefined;
    if (!demonym && !(modifiers > 0 && BARE_FORCE_MODIFIERS.has(this.tokens[i].lower) && /^(?:forces|troops)$/.test(head.lower))) return undefined;
    if (j === i) return undefined;
    // one canonical however it is capitalised: "Syrian Army", "Syrian army" -> "Syrian army"
    const words = this.tokens.slice(i, j + 1).map((w, k) => (k === 0 || (demonym && this.lex.english.demonyms.has(w.lower)) ? w.text[0].toUpperCase() + w.lower.slice(1) : w.lower));
    // "Ukrainian soldiers", "Ukrainian servicemen", "Ukrainian troops": one body of men, one name
    if (PERSONNEL.has(words[words.length - 1])) words[words.length - 1] = 'troops';
    const canonical = this.tokens.slice(i, j + 1).reduce((acc, w, k) => acc + (k && w.joined && this.tokens[i + k - 1].end === w.start ? '' : k ? ' ' : '') + words[k], '');
    return { last: j + 1, ref: { canonical, type: 'actor', kind: 'state-force' }, trim: 0 };
  }

  /** "the Government of Iraq". */
  private matchGovernmentOf(i: number): Match | undefined {
    if (this.tokens[i].lower !== 'government' || this.tokens[i + 1]?.lower !== 'of') return undefined;
    const place = this.matchPlace(i + 2);
    if (!place || place.ref.kind !== 'country') return undefined;
    return { last: place.last, ref: { canonical: `Government of ${place.ref.canonical}`, type: 'actor', kind: 'government' }, trim: 0 };
  }

  /** An unknown abbreviation in capitals ("SRTF", "NAVCENT") in ordinary text names an organisation. */
  private matchAcronym(i: number): Match | undefined {
    if (this.caps(i) || !this.facts[i].acronym) return undefined;
    // a lone capitalised word inside a capitalised run ("OBLITERATION") is shouting, not a name
    const shouted = (k: number) => k >= 0 && k < this.tokens.length && this.facts[k].allCaps && this.tokens[k].text.length > 2;
    if (shouted(i - 1) || shouted(i + 1)) return undefined;
    return { last: i + 1, ref: { canonical: this.tokens[i].text, type: 'actor', kind: 'organisation' }, trim: 0 };
  }

  /** "7th Division", "5th Corps": numbered military units are actors, not figures. */
  private matchUnit(i: number): Match | undefined {
    const suffix = this.tokens[i + 1];
    const head = this.tokens[i + 2];
    if (!suffix || !head || !ORDINAL_SUFFIXES.has(suffix.text) || suffix.start !== this.tokens[i].end) return undefined;
    let j = i + 2;
    while (j < this.tokens.length && this.nameWordAt[j] === 1 && this.joined(j - 1, j) && !ORG_HEADS.has(this.tokens[j].text.toLowerCase())) j++;
    if (j >= this.tokens.length || !ORG_HEADS.has(this.tokens[j].text.toLowerCase()) || !isCapitalized(this.tokens[j].text)) return undefined;
    const text = this.text.slice(this.tokens[i].start, this.tokens[j].end);
    return { last: j + 1, ref: { canonical: text, type: 'actor', kind: 'state-force' }, trim: 0 };
  }

  /**
   * "the village of Zor Maghar", "the towns of Jabla": a name after a class of places and "of" is a place of that
   * class, whether or not a list holds it; a listed place that covers the whole name keeps what the list says.
   */
  private placeAfterClassNoun(i: number, known: Match | undefined): Match | undefined {
    // "the village of al-Bureij": a name may open with the article in lower case
    const opensName = this.nameWordAt[i] === 1 || (this.facts[i].lowerParticle && this.tokens[i + 1]?.text === '-' && this.nameWordAt[i + 2] === 1);
    if (this.tokens[i - 1]?.lower !== 'of' || !opensName) return undefined;
    const kind = CUE_KINDS.get(this.tokens[i - 2]?.lower ?? '');
    if (!kind || this.facts[i].demonym || TITLES.has(this.tokens[i].lower)) return undefined;
    // "the village of Bab Sharqi": a listed name is the place only when it covers the whole name
    if (known && known.ref.type !== 'place') return undefined;
    const end = this.looseRun(i, true);
    if (known && known.last >= end) return undefined;
    if (end - i === 1 && this.facts[i].common) return undefined;
    return { last: end, ref: unlistedPlace(this.text.slice(this.tokens[i].start, this.tokens[end - 1].end), kind), trim: 0 };
  }

  /**
   * "near Sarmada", "west of Novoselivka Persha", "in Karrada, Baghdad", "at Amiens in France": a name nobody listed,
   * after a word that places it (or after "in", "at", "from" or "of" and before the listed place that holds it),
   * made of words that are neither English nor given names, is a place.
   */
  private placeNear(i: number, run: number, afterPlace: boolean): Match | undefined {
    const prev = this.tokens[i - 1]?.lower;
    if (prev === undefined || !this.joined(i - 1, i)) return undefined;
    // "in Qamenas, Sarmin and Talamenes": the next name of a list after a place's "and", shaped as a place's (one
    // word, or words joined by a particle or opened by a word that opens places), not as a man's ("Fayez Jarboua")
    const opener = PLACE_OPENERS.has(this.tokens[i].lower);
    const listed = afterPlace && prev === 'and' && (run - i === 1 ? !opener : opener || this.tokens.slice(i, run).some((t, k) => k > 0 && t.text === '-'));
    const near = NEAR_WORDS.has(prev) || (prev === 'of' && COMPASS.has(this.tokens[i - 2]?.lower ?? '')) || listed;
    if (!near && !(LOCATING_WORDS.has(prev) && this.heldBy(run))) return undefined;
    // "nearby Al Assad Military Academy": an article alone, the name after it another's, is no place
    if (run - i === 1 && NAME_PARTICLES.has(this.tokens[i].lower)) return undefined;
    for (let k = i; k < run; k++) {
      const w = this.tokens[k].lower;
      if (this.tokens[k].kind === 'word' && (this.facts[k].common || this.lex.english.firstNames.has(w) || this.facts[k].demonym || TITLES.has(w) || ORG_HEADS.has(w))) return undefined;
    }
    return { last: run, ref: unlistedPlace(this.text.slice(this.tokens[i].start, this.tokens[run - 1].end), 'town'), trim: 0 };
  }

  /** Whether a listed place follows the name at `end` as the place that holds it: ", Baghdad", "in France". */
  private heldBy(end: number): boolean {
    const link = this.tokens[end]?.text;
    if ((link !== ',' && link !== 'in') || end + 1 >= this.tokens.length || !this.joined(end, end + 1)) return false;
    const place = this.matchPlace(end + 1);
    // "in Karrada, Baghdad Governor Atwan said": the place must end there, not open a longer name
    return place !== undefined && place.trim === 0 && this.nameWordAt[place.last] !== 1;
  }

  /** "Operation Olive Branch", "Operation Wrath of Euphrates": a named military operation. */
  private operation(i: number): Match | undefined {
    if (this.tokens[i].text !== 'Operation' || this.titleCase(i) || this.nameWordAt[i + 1] !== 1 || !this.joined(i, i + 1) || this.facts[i + 1].notName) return undefined;
    const last = this.linkedComplements(this.looseRun(i + 1));
    return { last, ref: { canonical: this.text.slice(this.tokens[i].start, this.tokens[last - 1].end), type: 'actor', kind: 'operation' }, trim: 0 };
  }

  /**
   * "Ministry of Electricity", "University of Mosul", "Institute for the Study of War": a word for an organisation
   * followed by what it is of or for names one organisation.
   */
  private organisationOf(i: number, run: number): Match | undefined {
    const head = this.tokens[run - 1];
    if (!ORG_HEADS.has(head.lower) || !isCapitalized(head.text) || (GENERIC_HEADS.has(head.lower) && run - i === 1) || this.titleCase(i)) return undefined;
    const last = this.linkedComplements(run);
    if (last === run) return undefined;
    const words = this.tokens.slice(i, last).map((t) => t.lower);
    const canonical = this.text.slice(this.tokens[i].start, this.tokens[last - 1].end).replace(/^The /, '');
    return { last, ref: { canonical, type: 'actor', kind: words.some((w) => ARMED_WORDS.has(w)) ? 'armed-group' : 'organisation' }, trim: 0 };
  }

  /**
   * The end of a name extended by complements ("of Foreign Assets Control", "for the Study of War", "and
   * Antiquities"); a complement is capitalised, and a place only when a list says so; a known actor or person ends it.
   */
  private linkedComplements(end: number): number {
    for (let links = 0; links < 3; links++) {
      const linker = this.tokens[end];
      if (!linker || !this.joined(end - 1, end) || !(ORG_LINKERS.has(linker.lower) || linker.lower === 'and' && links > 0)) break;
      let k = end + 1;
      if (this.tokens[k]?.text === 'the' && this.joined(end, k)) k++;
      if (this.nameWordAt[k] !== 1 || !this.joined(k - 1, k) || this.facts[k].notName || this.facts[k].demonym && linker.lower === 'and') break;
      const known = this.matchName(k);
      if (known && known.ref.type !== 'place') break;
      const place = this.matchPlace(k);
      // "the city centre of Damascus": a centre of a place is a part of it
      if (place && CENTRE_WORDS.has(this.tokens[end - 1].lower)) break;
      const next = place ? place.last : this.looseRun(k);
      if (linker.lower === 'and' && (place || known)) break;
      end = next;
    }
    return end;
  }

  /**
   * End (exclusive) of capitalised words, name particles and hyphens from i, whether a list holds them or not
   * ("Zor Maghar"); a known actor or person, a country, a province or a possessive ends it ("Tokhar Amnesty
   * International", "Aleppo Syrias": commas some sources strip).
   */
  private looseRun(i: number, placeList = false): number {
    let last = i + 1;
    let words = 1;
    const end = Math.min(this.tokens.length, i + MAX_NAME_TOKENS);
    for (let j = i + 1; j < end && this.joined(j - 1, j); j++) {
      const t = this.tokens[j];
      const prev = this.tokens[j - 1];
      if (t.text === '-' || (this.facts[j].lowerParticle && (this.tokens[j + 1]?.text === '-' || LINKING_PARTICLES.has(t.lower)))) continue;
      if (this.nameWordAt[j] !== 1 || this.facts[j].notName || this.facts[j].demonym || PLACE_CLASS.has(t.lower) || DIVISION_WORDS.has(t.lower)) break;
      const known = this.matchName(j);
      const place = this.matchPlace(j);
      if ((known && known.ref.type !== 'place') || (place && (place.trim !== 0 || place.ref.kind === 'country' || place.ref.kind === 'province'))) break;
      // "the villages of Huraytan Hayyan Anadan": a listed place after another name begins the next name of a list
      // whose commas were lost, unless a word that cannot stand alone opens the name ("Kafr Hamra", "Old Damascus")
      // or another word that opens names ("Kafr Ain Kafr Sajna"); a village's name seldom runs past three words
      const afterParticle = prev.text === '-' || this.facts[j - 1].lowerParticle;
      if (placeList && (++words > 3 || t.lower === this.tokens[i].lower || (!afterParticle && ((place && !(j === i + 1 && (PLACE_OPENERS.has(prev.lower) || this.facts[i].common))) || PLACE_OPENERS.has(t.lower))))) break;
      last = j + 1;
    }
    return last;
  }

  /** Per sentence: 0 not yet asked, 1 written in title case (a headline: "Center of Damascus Shelled"), 2 not. */
  private titleCaseOf: Uint8Array | undefined;

  private titleCase(i: number): boolean {
    const sentence = this.tokens[i].sentence;
    this.titleCaseOf ??= new Uint8Array(this.doc.sentences.length);
    if (this.titleCaseOf[sentence] === 0) {
      const { first, last } = this.doc.sentences[sentence];
      let words = 0;
      let capitalised = 0;
      for (let k = first; k < last; k++) {
        if (this.tokens[k].kind !== 'word' || this.tokens[k].text.length < 4) continue;
        words++;
        if (isCapitalized(this.tokens[k].text)) capitalised++;
      }
      this.titleCaseOf[sentence] = words >= 3 && capitalised === words ? 1 : 2;
    }
    return this.titleCaseOf[sentence] === 1;
  }

  /** End (exclusive) of a run of capitalised words and name particles starting at i, or undefined. */
  private nameRun(i: number): number | undefined {
    const f = this.facts[i];
    // "al-Athamiyeh": a transliterated name may begin with its article in lower case
    if (f.article && this.tokens[i + 1]?.text === '-' && this.nameWordAt[i + 2] === 1 && this.joined(i, i + 2)) return this.nameRun(i + 2);
    if (this.nameWordAt[i] !== 1 || (f.allCaps && !this.caps(i)) || f.notName) return undefined;
    let last = i + 1;
    const end = Math.min(this.tokens.length, i + MAX_NAME_TOKENS);
    for (let j = i + 1; j < end; j++) {
      if (!this.joined(j - 1, j)) break;
      const tj = this.tokens[j];
      if (tj.text === '-') continue;
      if (this.facts[j].lowerParticle) continue;
      if (tj.text === '.' && this.middleInitialEndsAt(i, j)) continue;
      if (tj.text === '"' || tj.text === '“') {
        const nickname = this.quotedNicknameEnd(j);
        if (nickname !== undefined) { j = nickname; continue; }
      }
      if (this.nameWordAt[j] !== 1 || this.facts[j].notName) break;
      // "David C. Lyons": after a middle initial comes the surname, whatever a list of places makes of it
      const surname = this.tokens[j - 1].text === '.' && this.middleInitialEndsAt(i, j - 1);
      if (surname ? this.matchName(j)?.ref.type === 'actor' : this.matchName(j) || this.townEndsName(i, j)) break;
      last = j + 1;
    }
    return last;
  }

  /**
   * Whether the place at token j ends the run begun at i rather than belonging to it: it does, unless it is a town of
   * the world's list that ends a name the text says is a person's ("spokesman Getachew Reda", "Getachew Reda said";
   * Reda is also a town in Poland).
   */
  private townEndsName(i: number, j: number): boolean {
    const place = this.matchPlace(j);
    if (!place) return false;
    if (!place.ref.exact || place.ref.kind === 'country' || place.last !== j + 1 || j !== i + 1 || this.facts[i].common) return true;
    return !(this.titledBefore(i) || this.describedAfter(j + 1));
  }

  /** "Stephen J. Townsend": token j is the full stop of a middle initial between two words of the run begun at i. */
  private middleInitialEndsAt(i: number, j: number): boolean {
    const initial = this.tokens[j - 1];
    return j - 1 > i && initial.text.length === 1 && initial.end === this.tokens[j].start && /[A-Z]/.test(initial.text) && this.nameWordAt[j + 1] === 1 && this.joined(j, j + 1) && !this.facts[j + 1].notName;
  }

  /** `John "J.D." Dorrian`: token j opens a quoted nickname after a given name; the index of its closing quote. */
  private quotedNicknameEnd(j: number): number | undefined {
    if (!this.lex.english.firstNames.has(this.tokens[j - 1].lower)) return undefined;
    for (let k = j + 1; k < j + 7 && k < this.tokens.length; k++) {
      const t = this.tokens[k].text;
      if (t === '"' || t === '”') return this.tokens[k].end === this.tokens[k - 1].end + 1 && this.nameWordAt[k + 1] === 1 && this.joined(k, k + 1) && this.nameWordAt[j + 1] === 1 ? k : undefined;
      if (!this.joined(k - 1, k)) return undefined;
    }
    return undefined;
  }

  /**
   * "al-Athamiyeh neighborhood", "al-Qusor and Hrabesh neighborhoods": an unknown name followed by a class noun
   * (or coordinated with one that is) names a place; the class noun, if so.
   */
  private classNounAfter(last: number): string | undefined {
    const next = this.tokens[last];
    if (!next || !next.joined) return undefined;
    if (PLACE_CLASS.has(next.lower)) return next.lower;
    if (next.lower !== 'and' && next.text !== ',') return undefined;
    const k = last + 1;
    const start = isArticle(this.tokens[k]?.lower ?? '') && this.tokens[k + 1]?.text === '-' ? k + 2 : k;
    const end = this.tokens[start] && this.nameWordAt[start] === 1 ? this.nameRun(start) : undefined;
    return end !== undefined && !!this.tokens[end] && /s$/.test(this.tokens[end].lower) && PLACE_CLASS.has(this.tokens[end].lower) ? this.tokens[end].lower : undefined;
  }

  private classifyRun(i: number, last: number): NameRef | undefined {
    if (last - i === 1) return this.classifyWord(i);
    const words = this.tokens.slice(i, last).filter((t) => t.kind === 'word');
    const lowers = words.map((w) => w.lower);
    const text = this.text.slice(this.tokens[i].start, this.tokens[last - 1].end);
    const headWord = lowers[lowers.length - 1];
    if (words.length >= 2 && ORG_HEADS.has(headWord) && isCapitalized(words[words.length - 1].text)) {
      return { canonical: text.replace(/^The /, ''), type: 'actor', kind: lowers.some((w) => ARMED_WORDS.has(w)) ? 'armed-group' : 'organisation' };
    }
    if (words.length >= 2 && ARABIC_ORG_OPENERS.has(lowers[0])) return { canonical: text, type: 'actor', kind: 'armed-group' };
    // an unknown village or landmark: "Deir al-Adas", "Kafr Nabudah", "Camp Hurriya"
    if (words.length >= 2 && PLACE_OPENERS.has(lowers[0]) && words.every((w, k) => k === 0 || !this.lex.english.common.has(w.lower))) return unlistedPlace(text, 'village');
    const first = lowers[0];
    if (TITLES.has(first) || this.lex.english.demonyms.has(first)) return undefined;
    const noun = words.some((w) => this.lex.english.common.has(w.lower)) ? undefined : this.classNounAfter(last);
    if (noun) return unlistedPlace(text, kindBefore(noun));
    const nameWords = words.filter((w) => !NAME_PARTICLES.has(w.text.toLowerCase()) || isCapitalized(w.text));
    if (nameWords.length < 2 || nameWords.length > 5) return this.singleName(i, last, text);
    const common = nameWords.filter((w) => this.lex.english.common.has(w.text.toLowerCase()) && !this.lex.english.firstNames.has(w.text.toLowerCase()) && !this.lex.english.lastNames.has(w.text.toLowerCase()));
    if (common.length > 0 && !this.lex.english.firstNames.has(first)) return undefined;
    if (this.lex.english.firstNames.has(first) || this.titledBefore(i) || this.describedAfter(last)) {
      // `John "J.D." Dorrian` is John Dorrian
      return { canonical: text.replace(/['’]s$/, '').replace(/ ["“][^"”]*["”]/g, ''), type: 'person', kind: 'person' };
    }
    return undefined;
  }

  /** A run of one capitalised word, most runs: what classifyRun decides for it, without collecting its words. */
  private classifyWord(i: number): NameRef | undefined {
    const t = this.tokens[i];
    if (TITLES.has(t.lower) || this.lex.english.demonyms.has(t.lower)) return undefined;
    // "a Damascan suburb town": a word no list holds between "a" and a class of places describes the place, as a
    // demonym does; it does not name it
    const noun = this.facts[i].common || INDEFINITE.has(this.tokens[i - 1]?.lower ?? '') ? undefined : this.classNounAfter(i + 1);
    if (noun) return unlistedPlace(t.text, kindBefore(noun));
    return this.singleName(i, i + 1, t.text);
  }

  /** A lone capitalised word is a person only right after a title ("Colonel Dillon"); surnames are resolved later. */
  private singleName(i: number, last: number, text: string): NameRef | undefined {
    if (last - i !== 1) return undefined;
    const k = this.tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
    const prev = this.tokens[k];
    if (!prev || !TITLES.has(prev.lower) || !isCapitalized(prev.text) || !this.joined(k, i)) return undefined;
    if (this.lex.english.common.has(text.toLowerCase())) return undefined;
    return { canonical: text, type: 'person', kind: 'person' };
  }

  private titledBefore(i: number): boolean {
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const w = this.tokens[k].lower;
      if (this.tokens[k].kind !== 'word' && w !== '.') return false;
      if (w === '.') continue;
      if (ROLES.has(w) || TITLES.has(w)) return true;
    }
    return false;
  }

  private describedAfter(last: number): boolean {
    const next = this.tokens[last];
    if (!next) return false;
    if (/^(?:said|says|told|added|stated|explained|noted|warned|wrote|tweeted|confirmed|denied|claimed|estimated|insisted)$/.test(next.text)) return true;
    if (next.text === ',' || next.text === '(') {
      for (let k = last + 1; k < last + 5 && k < this.tokens.length; k++) {
        const w = this.tokens[k].lower;
        if (ROLES.has(w)) return true;
        if (this.tokens[k].kind !== 'word') return false;
      }
    }
    return false;
  }
}

/**
 * Which sentences are written in capitals (headlines and credit lines: "ISIS OBLITERATION", "AGENCE FRANCE-PRESSE,
 * REUTERS"), and per token, 1 when it may be part of a name given its sentence: one pass over the article.
 */
function readCapitals(doc: Tokenized, facts: WordFacts[]): { shouting: boolean[]; nameWordAt: Uint8Array } {
  const nameWordAt = new Uint8Array(doc.tokens.length);
  const shouting = doc.sentences.map((s) => {
    let words = 0;
    let caps = 0;
    for (let k = s.first; k < s.last; k++) {
      const t = doc.tokens[k];
      if (t.kind !== 'word' || t.text.length < 2) continue;
      words++;
      if (facts[k].allCaps) caps++;
    }
    const shouted = words > 0 && caps / words >= 0.3;
    for (let k = s.first; k < s.last; k++) nameWordAt[k] = (shouted ? facts[k].nameWordShouted : facts[k].nameWord) ? 1 : 0;
    return shouted;
  });
  return { shouting, nameWordAt };
}

/** `facts`: the word facts of the article's tokens, when the caller has them already. */
export function findEntities(doc: Tokenized, lex: Lexicon, facts = wordFactsOf(lex).forTokens(doc.tokens)): Mention[] {
  return new EntityScanner(doc, lex, facts).scan();
}

/** The mention each token belongs to, if any: what the figure scanner, the attributor and the classifier ask. */
export function mentionsByToken(tokenCount: number, mentions: Mention[]): (Mention | undefined)[] {
  const at = new Array<Mention | undefined>(tokenCount).fill(undefined);
  for (const m of mentions) at.fill(m, m.first, m.last);
  return at;
}
