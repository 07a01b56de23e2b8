// Closed word classes the entity and figure scanners share.

/** Titles written before a name; they are not part of the person's span. */
export const TITLES = new Set([
  'president', 'prime', 'minister', 'colonel', 'col', 'general', 'gen', 'lieutenant', 'lt', 'major', 'maj', 'captain',
  'capt', 'sergeant', 'sgt', 'brigadier', 'brig', 'admiral', 'adm', 'commander', 'cmdr', 'secretary', 'ambassador',
  'envoy', 'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'mayor', 'king', 'queen', 'prince', 'crown',
  'sheikh', 'shaikh', 'emir', 'mr', 'mrs', 'ms', 'dr', 'pope', 'ayatollah', 'imam', 'judge', 'chancellor', 'deputy',
  'foreign', 'defence', 'defense', 'interior', 'vice', 'chief', 'staff', 'spokesman', 'spokeswoman', 'spokesperson',
  'marshal', 'field', 'lord', 'sir', 'dame', 'professor', 'prof', 'rev', 'father', 'patriarch', 'bishop', 'archbishop',
  'speaker', 'special', 'general-secretary', 'secretary-general', 'sgt.', 'brig.', 'lt.', 'cpl', 'corporal', 'private',
  'pvt', 'warrant', 'officer', 'director', 'head', 'leader', 'mufti', 'cleric', 'commissioner', 'high', 'assistant',
  'acting', 'state', 'army', 'air', 'force', 'navy', 'lt-gen', 'maj-gen', 'brig-gen', 'first', 'lady', 'attorney',
]);

/** Role nouns after which a capitalised name is a person ("coalition spokesman Ryan Dillon"). */
export const ROLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'ambassador', 'director', 'chief', 'commander', 'head', 'leader',
  'official', 'officer', 'minister', 'president', 'secretary', 'general', 'colonel', 'analyst', 'researcher',
  'correspondent', 'journalist', 'reporter', 'activist', 'resident', 'doctor', 'physician', 'surgeon', 'nurse',
  'technician', 'medic', 'volunteer', 'witness', 'negotiator', 'mediator', 'governor', 'mayor', 'sheikh', 'cleric',
  'fighter', 'militant', 'member', 'founder', 'coordinator', 'representative', 'deputy', 'adviser', 'advisor',
  'diplomat', 'expert', 'professor', 'lawyer', 'judge', 'prosecutor', 'photographer', 'editor', 'writer', 'author',
  'emir', 'chairman', 'chairwoman', 'chair', 'manager', 'worker', 'counterpart', 'rapporteur', 'investigator',
  'monitor', 'observer', 'general-secretary', 'secretary-general', 'mufti', 'imam', 'politician', 'lawmaker', 'mp',
  'senator', 'congressman', 'congresswoman', 'king', 'prince', 'emir', 'brother', 'sister', 'son', 'daughter', 'wife',
  'husband', 'father', 'mother', 'lt', 'gen', 'col', 'maj', 'capt', 'dr', 'mr', 'mrs', 'ms',
]);

/** Capitalised words that head an organisation's name ("Manbij Military Council", "5th Corps"). */
export const ORG_HEADS = new Set([
  'army', 'forces', 'force', 'front', 'brigade', 'brigades', 'battalion', 'battalions', 'council', 'committee',
  'ministry', 'organisation', 'organization', 'agency', 'office', 'commission', 'coalition', 'party', 'movement',
  'union', 'network', 'observatory', 'service', 'services', 'units', 'unit', 'division', 'corps', 'guard', 'guards',
  'institute', 'centre', 'center', 'foundation', 'university', 'crescent', 'mission', 'programme', 'program',
  'fund', 'court', 'department', 'parliament', 'congress', 'senate', 'assembly', 'board', 'command', 'authority', 'association', 'police', 'navy',
  'legion', 'regiment', 'group', 'bank', 'company', 'tribunal', 'secretariat', 'administration', 'directorate',
  'federation', 'alliance', 'league', 'society', 'academy', 'media', 'news', 'tv', 'television', 'radio', 'channel',
  'times', 'post', 'press', 'herald', 'telegraph', 'journal', 'gazette', 'daily', 'cabinet', 'government', 'regime',
  'militia', 'militias', 'hospital', 'school', 'church', 'mosque', 'cell', 'cells', 'jaysh', 'liwa', 'committees',
  'councils', 'commissions', 'agencies', 'ministries', 'parties', 'organisations', 'organizations', 'groups', 'fronts',
  'fleet', 'squadron', 'wing', 'task',
]);

/** Words that make an organisation an armed one ("Azawad Liberation Front"). */
export const ARMED_WORDS = new Set(['liberation', 'independence', 'resistance', 'army', 'militia', 'brigade', 'brigades', 'battalion', 'revolutionary', 'rebels', 'mujahideen']);

/** Words that open an organisation's name in Arabic transliteration ("Jaysh al-Thuwar", "Liwa al-Quds"). */
export const ARABIC_ORG_OPENERS = new Set(['jaysh', 'jaish', 'jeish', 'liwa', 'harakat', 'harakat', 'jabhat', 'kataib', "kata'ib", 'ahrar', 'faylaq', 'failaq', 'ansar', 'jund', 'hayat', "hay'at", 'saraya', 'firqat', 'tajammu', 'jamaat', "jama'at", 'tanzim', 'quwat', 'alwiya', 'katibat', 'asaib']);

/** Lower-case particles inside names ("Abed al-Zobai", "bin Salman", "de Mistura"). */
export const NAME_PARTICLES = new Set(['al', 'el', 'al-', 'bin', 'ibn', 'bint', 'abu', 'abd', 'de', 'van', 'von', 'der', 'du', 'la', 'le', 'ul', 'ad', 'as', 'ash', 'ar', 'az', 'ez', 'an', 'at', 'ben', 'da', 'di', 'dos', 'y']);

/** Capitalised words that never begin or make up a name on their own. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'and', 'or',
  'but', 'as', 'with', 'after', 'before', 'during', 'since', 'while', 'when', 'where', 'if', 'so', 'yet', 'also',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'god', 'allah', 'islam', 'christmas', 'ramadan', 'eid', 'easter', 'latest', 'news', 'breaking', 'update', 'read',
  'more', 'photo', 'video', 'getty', 'images', 'file', 'caption', 'copyright', 'published', 'updated', 'source',
  'sources', 'local', 'other', 'most', 'many', 'some', 'all', 'no', 'not', 'yes', 'mr', 'mrs', 'ms', 'dr',
]);

export const WEEKDAYS_AND_MONTHS = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Heads of generic state-force phrases ("Iraqi security forces", "government troops", "Syrian army"). */
export const STATE_FORCE_HEADS = new Set(['forces', 'troops', 'army', 'military', 'government', 'regime', 'police', 'authorities', 'navy', 'militias', 'militia', 'soldiers', 'servicemen', 'airmen', 'sailors']);
export const STATE_FORCE_MODIFIERS = new Set(['security', 'government', 'armed', 'special', 'pro-government', 'regime', 'state', 'military', 'air', 'naval', 'ground', 'elite', 'federal', 'interior', 'loyalist', 'pro-regime', 'allied', 'opposition', 'rebel']);
/** Modifiers that make a state-force phrase without a demonym ("government forces", "regime troops"). */
export const BARE_FORCE_MODIFIERS = new Set(['government', 'regime', 'security', 'pro-government', 'pro-regime', 'loyalist']);

/** Capitalised abbreviations that are not organisations. */
export const NOT_ORG_ACRONYMS = new Set(['IED', 'IEDS', 'VBIED', 'VBIEDS', 'ISR', 'GMT', 'UTC', 'TV', 'PM', 'AM', 'CEO', 'HIV', 'AIDS', 'COVID', 'DNA', 'USD', 'EUR', 'GDP', 'ID', 'OK', 'UAV', 'UAVS', 'RPG', 'RPGS', 'AK', 'MP', 'MPS', 'PHD', 'NB', 'PS', 'FAQ', 'HQ', 'KM', 'MM', 'KG', 'SUV', 'VIP', 'GPS', 'SMS', 'PDF', 'URL', 'BC', 'AD', 'NGO', 'NGOS', 'LGBT', 'POW', 'POWS', 'IDP', 'IDPS', 'WMD', 'ATGM', 'MANPADS', 'SAM', 'MLRS', 'APC', 'APCS', 'KIA', 'WIA', 'MIA', 'AWOL', 'ETA', 'RIP', 'PR', 'IT', 'AI', 'CCTV', 'FM', 'AFB', 'USS', 'HMS', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'NO', 'MR', 'DR', 'ST', 'UK', 'US', 'USA']);

/** Arabic topographic words that name no particular place on their own (hill, spring, valley, monastery...). */
export const TOPOGRAPHIC_WORDS = new Set(['tal', 'tall', 'tel', 'tell', 'ain', 'ayn', 'ein', 'deir', 'dayr', 'jabal', 'jebel', 'wadi', 'ras', 'khan', 'kafr', 'kfar', 'umm', 'bir', 'qasr', 'hay', 'hayy', 'mazraa', 'mazraat', 'nahr', 'jisr', 'qarya', 'qaryat', 'karm', 'suq', 'souk', 'bab', 'beit', 'bayt', 'dar', 'sahl', 'madinat', 'mukhayyam', 'tallat', 'khirbet', 'khirbat', 'hawsh', 'hosh', 'maarat', 'maaret', 'qalat', 'qalaat', 'burj', 'sheikh', 'shaykh', 'abu', 'bani', 'beni', 'bu', 'albu']);

/** Words that open the name of a village or landmark ("Deir al-Adas", "Tal Rifaat", "Kafr Nabl"). */
export const PLACE_OPENERS = new Set(['tal', 'tall', 'tel', 'tell', 'ain', 'ayn', 'ein', 'deir', 'dayr', 'jabal', 'jebel', 'wadi', 'wad', 'ras', 'khan', 'kafr', 'kfar', 'kafar', 'bir', 'qasr', 'mazraat', 'nahr', 'jisr', 'qaryat', 'khirbet', 'khirbat', 'maarat', 'maaret', 'qalat', 'qalaat', 'burj', 'beit', 'bayt', 'hosh', 'hawsh', 'tallat', 'madinat', 'umm', 'mount', 'lake', 'camp']);
