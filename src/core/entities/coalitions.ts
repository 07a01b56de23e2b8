import type { Token } from '../text/tokens';
import type { Mention } from './mention';

// "The coalition" alone is the US-led one in most reporting of the war against IS, and the lists say so; but an
// article that names another coalition and not that one (the Syrian opposition's National Coalition, the Saudi-led
// coalition in Yemen) means that one by "the Coalition" afterwards, unless the words around it say it is a military
// coalition of many nations ("the international coalition", "coalition air strikes").

const BARE = 'coalition';
const LISTED_DEFAULT = 'US-led coalition';
const WAR_MODIFIERS = new Set(['international', 'us', 'u.s.', 'western', 'global', 'american', 'military', 'led', 'is', 'isis', 'isil', 'daesh', 'terror', 'jihadist']);
const WAR_NOUNS = new Set(['strikes', 'strike', 'airstrikes', 'airstrike', 'air', 'jets', 'warplanes', 'aircraft', 'planes', 'raids', 'raid', 'forces', 'bombing', 'bombings', 'bombs', 'drones', 'drone', 'aviation', 'troops']);

const isCoalition = (m: Mention) => m.type === 'actor' && /\bcoalition\b/i.test(m.canonical);
const isBare = (m: Mention) => m.text.toLowerCase() === BARE;

/** The mentions, the bare "coalition" ones taking the one coalition the article names in full, if it names one other than the default. */
export function specificCoalitions(tokens: Token[], mentions: Mention[]): Mention[] {
  let named: Mention | undefined;
  for (const m of mentions) {
    if (!isCoalition(m) || isBare(m)) continue;
    if (m.canonical === LISTED_DEFAULT || (named && named.canonical !== m.canonical)) return mentions;
    named = m;
  }
  if (!named) return mentions;
  const { canonical, kind, ref } = named;
  const atWar = (m: Mention) => WAR_MODIFIERS.has(tokens[m.first - 1]?.lower ?? '') || WAR_NOUNS.has(tokens[m.last]?.lower ?? '');
  return mentions.map((m) => (isCoalition(m) && isBare(m) && !atWar(m) ? { ...m, canonical, kind, ref } : m));
}
