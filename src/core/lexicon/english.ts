import compromiseLexicon from 'compromise-lexicon';

// compromise's lexicon is the part of it that earns its cost here: tens of thousands of tagged English words,
// first names and world places. esbuild.js reads it from the installed compromise when it bundles (the virtual
// module 'compromise-lexicon'), so no process pays for loading compromise's tagger.

export interface EnglishWords {
  /** Lower-case words whose main sense is not a name (verbs, common nouns, adjectives...). */
  common: Set<string>;
  firstNames: Set<string>;
  maleNames: Set<string>;
  femaleNames: Set<string>;
  lastNames: Set<string>;
  demonyms: Set<string>;
  /** Nouns of people, singular and plural: compromise's actors ("citizen", "martyrs") and the plurals of demonyms ("Palestinians"). */
  persons: Set<string>;
  /** World countries and cities compromise knows, lower-case. */
  worldPlaces: Map<string, 'country' | 'city' | 'region'>;
}

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const PLACE_TAGS: Record<string, 'country' | 'city' | 'region'> = { Country: 'country', City: 'city', Region: 'region' };
const PROPER_TAGS = new Set(['ProperNoun', 'Place', 'Organization', 'SportsTeam', 'Person', 'LastName', 'Honorific', 'Abbreviation', 'Demonym', ...NAME_TAGS, ...Object.keys(PLACE_TAGS)]);

// Words compromise lacks: Middle-East demonyms and sect names, and common Arabic given names (male, then female).
const EXTRA_DEMONYMS = ['kurdish', 'kurd', 'kurds', 'arab', 'arabs', 'turkmen', 'yazidi', 'yazidis', 'yezidi', 'shiite', 'shia', "shi'ite", 'sunni', 'sunnis', 'alawite', 'alawites', 'druze', 'assyrian', 'syriac', 'chaldean', 'chechen', 'uighur', 'uyghur', 'circassian', 'bedouin', 'palestinian', 'palestinians', 'lebanese', 'jordanian', 'iranian', 'iranians', 'saudi', 'saudis', 'qatari', 'emirati', 'yemeni', 'libyan', 'tunisian', 'egyptian', 'turkish', 'turks', 'russian', 'russians', 'syrian', 'syrians', 'iraqi', 'iraqis', 'american', 'americans', 'european', 'europeans', 'western', 'british', 'french', 'german', 'muslim', 'muslims', 'christian', 'christians', 'islamist', 'islamists', 'jihadist', 'jihadists', 'afghan', 'pakistani', 'israeli', 'israelis', 'belgian', 'dutch', 'swedish', 'danish', 'australian', 'canadian'];
const EXTRA_FIRST_NAMES = ['abdul', 'abdel', 'abd', 'abdullah', 'abdallah', 'abdulrahman', 'abdelrahman', 'ahmad', 'ahmed', 'ali', 'amer', 'amir', 'ammar', 'anas', 'asaad', 'assad', 'ayman', 'bashar', 'basel', 'bassam', 'fadi', 'fadel', 'faisal', 'fares', 'faris', 'fawaz', 'firas', 'ghassan', 'haider', 'haidar', 'hamid', 'hamza', 'hani', 'hassan', 'hasan', 'hussein', 'husain', 'ibrahim', 'imad', 'issa', 'jamal', 'jamil', 'karim', 'khaled', 'khalid', 'mahmoud', 'mahmud', 'majid', 'maher', 'mansour', 'marwan', 'masoud', 'mazloum', 'mazlum', 'mohammad', 'mohammed', 'muhammad', 'mohamed', 'mostafa', 'mustafa', 'munir', 'nabil', 'nasser', 'nasr', 'nawaf', 'nizar', 'noman', 'nouri', 'nuri', 'omar', 'osama', 'qassem', 'qasim', 'rami', 'riad', 'riyad', 'saad', 'sabri', 'saddam', 'saeed', 'said', 'salah', 'saleh', 'salim', 'salem', 'sami', 'samir', 'sergei', 'sheikh', 'suhail', 'suheil', 'talal', 'tariq', 'tarek', 'walid', 'waleed', 'yasser', 'yasir', 'yassin', 'yahya', 'youssef', 'yusuf', 'zaid', 'zakaria', 'ziad', 'hadi', 'haitham', 'haytham', 'hisham', 'jihad', 'kamal', 'louay', 'raed', 'wael', 'adnan', 'akram', 'bilal', 'emad', 'fouad', 'hazem', 'jaber', 'kadhim', 'muqtada', 'nechirvan', 'masrour', 'barzani', 'recep', 'tayyip', 'mevlut', 'binali', 'vladimir', 'sergey', 'hulusi', 'staffan', 'mikhail', 'dmitry', 'ibrahim', 'abu', 'fahd', 'mazen'];

const EXTRA_FEMALE_NAMES = ['lilwa', 'lina', 'leila', 'layla', 'mona', 'nour', 'rasha', 'reem', 'rania', 'sara', 'zeinab', 'fatima', 'aisha', 'hala', 'huda', 'ilham', 'rima', 'rola', 'samar', 'suad', 'wafa'];

/** An English noun's regular plural ("militiaman" -> "militiamen", "deputy" -> "deputies"), for the actors compromise lists in the singular. */
function plural(w: string): string {
  if (w.endsWith('man')) return `${w.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

let cached: EnglishWords | undefined;

export function englishWords(): EnglishWords {
  if (cached) return cached;
  const lexicon = compromiseLexicon;
  const common = new Set<string>();
  const firstNames = new Set<string>([...EXTRA_FIRST_NAMES, ...EXTRA_FEMALE_NAMES]);
  const maleNames = new Set<string>(EXTRA_FIRST_NAMES);
  const femaleNames = new Set<string>(EXTRA_FEMALE_NAMES);
  const lastNames = new Set<string>();
  const demonyms = new Set<string>(EXTRA_DEMONYMS);
  const worldPlaces = new Map<string, 'country' | 'city' | 'region'>();
  const persons = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.some((t) => NAME_TAGS.has(t))) firstNames.add(word);
    if (tags.includes('MaleName')) maleNames.add(word);
    if (tags.includes('FemaleName')) femaleNames.add(word);
    if (tags.includes('LastName')) lastNames.add(word);
    if (tags.includes('Demonym')) demonyms.add(word);
    if (tags.includes('Actor') && /^[a-z]+$/.test(word)) { persons.add(word); persons.add(tags.includes('Plural') ? word : plural(word)); }
    for (const t of tags) if (PLACE_TAGS[t]) worldPlaces.set(word, PLACE_TAGS[t]);
    if (!tags.some((t) => PROPER_TAGS.has(t))) common.add(word);
  }
  // "Palestinians", "Iraqis", "Shiites": a people named by a demonym ending so; "Sudanese" and "Kurdish" have no plural
  for (const d of demonyms) if (/(?:an|i|ite)$/.test(d)) persons.add(`${d}s`);
  cached = { common, firstNames, maleNames, femaleNames, lastNames, demonyms, persons, worldPlaces };
  return cached;
}
