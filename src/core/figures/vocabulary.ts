// Word classes for figures: hedges, units and the nouns that say what a number counts.

import type { EventType } from '../model';

export type Qualifier = 'exact' | 'about' | 'at-least' | 'more-than' | 'up-to' | 'fewer-than' | 'range';
export type Unit = 'people' | 'percent' | 'km2' | 'sq-mile' | 'years' | 'months' | 'days' | 'pages' | 'other';
export type Category = 'combatants' | 'civilians' | 'casualties' | 'displaced' | 'territory' | 'other';
export type FigureEvent = 'remaining' | 'killed' | 'wounded' | 'killed-or-wounded' | 'executed' | 'fled' | 'trapped' | 'controlled' | 'population' | 'other';

/** Hedges written before a number, longest first within each qualifier. */
export const HEDGES: [string[], Qualifier][] = [
  [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'], [['not', 'less', 'than'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'], [['at', 'least'], 'at-least'],
  [['in', 'excess', 'of'], 'more-than'], [['upwards', 'of'], 'more-than'], [['well', 'over'], 'more-than'], [['just', 'over'], 'more-than'],
  [['more', 'than'], 'more-than'], [['greater', 'than'], 'more-than'], [['over'], 'more-than'], [['above'], 'more-than'], [['exceeding'], 'more-than'],
  [['as', 'many', 'as'], 'up-to'], [['as', 'much', 'as'], 'up-to'], [['a', 'maximum', 'of'], 'up-to'], [['no', 'more', 'than'], 'up-to'],
  [['at', 'most'], 'up-to'], [['up', 'to'], 'up-to'],
  [['fewer', 'than'], 'fewer-than'], [['less', 'than'], 'fewer-than'], [['just', 'under'], 'fewer-than'], [['under'], 'fewer-than'], [['below'], 'fewer-than'],
  [['an', 'estimated'], 'about'], [['close', 'to'], 'about'], [['more', 'or', 'less'], 'about'], [['approximately'], 'about'], [['approx'], 'about'],
  [['roughly'], 'about'], [['nearly'], 'about'], [['almost'], 'about'], [['around'], 'about'], [['about'], 'about'], [['some'], 'about'],
  [['circa'], 'about'], [['estimated'], 'about'], [['an', 'approximate'], 'about'], [['some', 'estimated'], 'about'],
];

export const PEOPLE_NOUNS = new Set([
  'people', 'persons', 'person', 'civilians', 'civilian', 'fighters', 'fighter', 'militants', 'militant', 'jihadists',
  'jihadis', 'jihadist', 'extremists', 'terrorists', 'insurgents', 'rebels', 'rebel', 'troops', 'soldiers', 'soldier',
  'gunmen', 'members', 'mercenaries', 'combatants', 'servicemen', 'sailors', 'airmen', 'paratroopers', 'reservists', 'men', 'man', 'women', 'woman', 'children', 'child', 'kids', 'boys',
  'girls', 'babies', 'infants', 'minors', 'schoolchildren', 'schoolboys', 'schoolgirls', 'toddlers', 'pupils', 'refugees', 'residents', 'inhabitants', 'villagers', 'families', 'family', 'households',
  'individuals', 'victims', 'bodies', 'corpses', 'dead', 'deaths', 'casualties', 'wounded', 'injured', 'injuries', 'patients',
  'detainees', 'prisoners', 'hostages', 'captives', 'protesters', 'demonstrators', 'students', 'workers',
  'doctors', 'nurses', 'journalists', 'medics', 'medic', 'paramedics', 'rescuers', 'crewmembers', 'teachers', 'employees', 'firefighters', 'engineers', 'peacekeepers', 'pilots', 'policemen', 'officers', 'personnel', 'guards', 'recruits', 'foreigners',
  'evacuees', 'displaced', 'migrants', 'pilgrims', 'worshippers', 'shoppers', 'passengers', 'volunteers', 'staff',
  'fatalities', 'lives', 'syrians', 'iraqis', 'kurds', 'arabs', 'yazidis', 'christians', 'shiites', 'sunnis',
  'alawites', 'turkmen', 'islamists', 'loyalists', 'paramilitaries', 'commanders', 'leaders', 'emirs', 'suspects',
  'others', 'adults', 'elderly', 'survivors', 'orphans', 'siblings', 'infantrymen', 'marines', 'advisers', 'advisors', 'contractors',
  'operatives', 'cadres', 'recruit', 'militiamen', 'peshmerga', 'defectors', 'deserters', 'conscripts', 'policeman',
  'forces', 'bombers', 'attackers', 'assailants', 'snipers', 'servicemen', 'sailors', 'airmen', 'paratroopers', 'reservists',
]);

/** Nouns whose counts are counts of fighters. */
export const COMBATANT_NOUNS = new Set([
  'fighters', 'fighter', 'militants', 'militant', 'jihadists', 'jihadis', 'jihadist', 'extremists', 'terrorists',
  'insurgents', 'rebels', 'rebel', 'troops', 'soldiers', 'soldier', 'gunmen', 'mercenaries', 'combatants', 'islamists',
  'loyalists', 'paramilitaries', 'commanders', 'emirs', 'recruits', 'militiamen', 'peshmerga', 'infantrymen', 'marines',
  'operatives', 'cadres', 'conscripts', 'personnel', 'members', 'policemen', 'officers', 'guards', 'defectors',
  'forces', 'bombers', 'attackers', 'assailants', 'snipers', 'servicemen', 'sailors', 'airmen', 'paratroopers', 'reservists',
]);

export const CHILD_NOUNS = new Set(['children', 'child', 'kids', 'boys', 'girls', 'babies', 'infants', 'minors', 'orphans', 'schoolchildren', 'schoolboys', 'schoolgirls', 'toddlers', 'pupils']);
export const WOMEN_NOUNS = new Set(['women', 'woman']);
/**
 * People counted by what they do ("two medics", "three rescue workers"): counted apart from the toll they are part
 * of, under their own noun (the singular stands for its plural).
 */
export const ROLE_NOUNS = new Map<string, string>([
  ['medics', 'medics'], ['medic', 'medics'], ['paramedics', 'paramedics'], ['doctors', 'doctors'], ['doctor', 'doctors'], ['nurses', 'nurses'],
  ['rescuers', 'rescuers'], ['volunteers', 'volunteers'], ['journalists', 'journalists'], ['journalist', 'journalists'], ['reporters', 'journalists'],
  ['workers', 'workers'], ['crewmembers', 'crewmembers'], ['staff', 'staff'], ['teachers', 'teachers'], ['employees', 'employees'],
  ['firefighters', 'firefighters'], ['engineers', 'engineers'], ['peacekeepers', 'peacekeepers'], ['pilots', 'pilots'],
]);
/** Counts of households, not of people: "1,000 families fled" is never read as 1,000 people. */
export const HOUSEHOLD_NOUNS = new Set(['families', 'family', 'households', 'household']);

export const TERRITORY_NOUNS = new Set([
  'towns', 'villages', 'enclaves', 'capitals', 'cities', 'districts', 'neighbourhoods', 'neighborhoods', 'areas',
  'pockets', 'strongholds', 'hills', 'provinces', 'regions', 'outposts',
  'sectors', 'fronts', 'footholds', 'settlements', 'hamlets', 'centres', 'centers', 'bases', 'positions', 'checkpoints',
  'hilltops', 'crossings', 'islands', 'counties', 'municipalities', 'localities', 'oblasts', 'governorates', 'suburbs', 'quarters',
]);

export const DURATION_UNITS = new Map<string, Unit>([
  ['year', 'years'], ['years', 'years'], ['month', 'months'], ['months', 'months'], ['day', 'days'], ['days', 'days'],
]);
/** Time units the unit vocabulary has no word for; their figures are durations all the same. */
export const OTHER_DURATIONS = new Set(['week', 'weeks', 'hour', 'hours', 'minute', 'minutes', 'decade', 'decades']);

/** "7th", "21st": the letters after a number that make it an ordinal. */
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Month names and their abbreviations, in lower case. */
/** The copulas a count and its noun may stand before: "around 2,000 are said to be", "234 of them were children". */
export const COPULAS = new Set(['are', 'were', 'is', 'was']);
/** The marks between the day, month and year of a date written in numbers ("23-09-2013", "16.04.2017"). */
export const DATE_MARKS = new Set(['-', '/', '.']);
export const MONTHS = new Set('jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(' '));

/** Capitalised words after which a number is part of a name ("Resolution 2254", "Route 4", "Kurdistan 24"). */
export const NAME_NUMBER_PREFIXES = new Set([
  'resolution', 'resolutions', 'route', 'highway', 'road', 'brigade', 'division', 'regiment', 'battalion', 'flight',
  'article', 'chapter', 'section', 'kurdistan', 'channel', 'gate', 'building', 'room', 'level', 'phase', 'apollo',
  'protocol', 'item', 'number', 'no', 'paragraph', 'annex', 'page', 'vol', 'volume', 'squad', 'unit', 'team', 'group',
  'camp', 'base', 'station', 'checkpoint', 'point', 'hill', 'block', 'sector', 'zone', 'tower', 'line', 'one',
]);

/** Words that may begin a figure besides digits: "two", "hundreds", "a few", "dozens". */
export const NUMBER_WORDS = new Set('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundreds thousands millions billions tens dozens dozen scores a few several half hundred thousand million'.split(' '));

/** Verbs that report what someone said; "according (to)" is looked for beside them. */
export const SPEECH_VERBS = new Set('said says say saying told tells tell estimated estimates estimate believes believe believed reported reports report announced announces stated states added adds claimed claims confirmed confirms warned warns indicated noted notes explained wrote writes tweeted counted documented recorded predicted revealed disclosed acknowledged insisted alleged stressed put puts raised gave citing quoted announcing reporting estimating'.split(' '));

/** Words that open a clause about another event ("hours after a chemical attack", "while"). */
export const CLAUSE_OPENERS = new Set(['after', 'before', 'while', 'whereas', 'following', 'although', 'though', ';']);

/** Words that name a kind of attack by themselves ("sarin", "airstrikes", "mortars"). */
export const ATTACK_TYPE_WORDS = new Map<string, EventType>();
const attackWords = (type: EventType, words: string) => { for (const w of words.split(' ')) ATTACK_TYPE_WORDS.set(w, type); };
attackWords('chemical', 'chemical chemicals sarin chlorine toxic nerve poisonous mustard gassing gassed organophosphorus');
attackWords('execution', 'executed execute executing execution executions beheaded beheading beheadings crucified');
attackWords('bombing', 'suicide bomber bombers explosion explosions blast blasts explosive explosives exploded detonated detonation ied ieds landmine landmines vbied');
attackWords('air-strike', 'airstrike airstrikes warplane warplanes jet jets aircraft helicopter helicopters drone drones barrel raids raid');
attackWords('shelling', 'shelling shells shell shelled mortar mortars artillery rocket rockets missile missiles bombardment bombarded projectiles');
attackWords('shooting', 'shot shooting shootings gunfire gunmen gunman sniper snipers gunshot gunshots');
attackWords('clashes', 'clashes clash clashed fighting battle battles fought combat ambush');
/** Words that name a kind of attack with the word after them ("air strikes", "gas attack", "car bomb"). */
export const ATTACK_HEADS = new Set(['air', 'gas', 'car', 'roadside', 'truck']);

/** Words of a side that no group's name says ("Syrian rebels", "opposition fighters" are one side; "Kurdish fighters"). */
const GENERIC_SIDES = new Map([['rebel', 'Rebel'], ['rebels', 'Rebel'], ['opposition', 'Rebel'], ['kurdish', 'Kurdish']]);
/** The side a word of a counted noun phrase names without naming a group, if any. */
export const genericSideOf = (word: string): string | undefined => GENERIC_SIDES.get(word);
/** What a part is a part of in "two of the victims", "11 of the dead": the people a toll counts. */
export const PART_WHOLES = new Map<string, 'killed' | 'wounded' | undefined>([
  ['dead', 'killed'], ['killed', 'killed'], ['victims', undefined], ['casualties', undefined], ['wounded', 'wounded'], ['injured', 'wounded'],
]);
/** Words a toll counts people by the state they were left in, after the noun of who they were ("29 rebels dead", "175 Nusra Terrorists Killed"), and what befell them. */
export const TOLL_STATES = new Map<string, FigureEvent>([
  ['killed', 'killed'], ['dead', 'killed'], ['died', 'killed'], ['wounded', 'wounded'], ['injured', 'wounded'], ['executed', 'executed'],
]);
/** Verbs that take people captive or set them free, in the forms both the clause reader and the classifier read. */
export const CAPTIVE_TAKING = ['arrested', 'arresting', 'detained', 'detaining', 'abducted', 'abducting', 'kidnapped', 'kidnapping', 'freed', 'released'];

/** Words right before the value of a toll or a number ("the toll rose to 37", "a toll of 36", "the number ... stands at 220"). */
export const VALUE_LINKS = new Set(['to', 'at', 'of', 'reached', 'reaches', 'hit', 'is', 'was', 'stood', 'stands', 'become', 'became', 'exceeded', 'exceeds',
  'topped', 'passed', 'surpassed', 'now']);
