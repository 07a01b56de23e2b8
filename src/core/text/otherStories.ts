import { isCapitalized, type Tokenized } from './tokens';

// A scraped page often ends with the headlines of other stories ("Related News Iraq's vote violations | ... Suicide car
// bomb kills eight in Daraa"): their counts are those stories' claims, not the article's.

/** Words after "Related" that open such a list ("Related News", "Related Articles"). */
const RELATED_HEADS = new Set(['news', 'articles', 'stories', 'content', 'coverage', 'posts', 'topics', 'links']);
/** Other openers of such a list, word by word, by their first word. */
const OPENERS = new Map([['you', ['you', 'may', 'also', 'like']], ['more', ['more', 'on', 'this', 'story']], ['recommended', ['recommended', 'stories']]]);
/** The first letters of every opener, capitalised ("Related", "You", "More", "Recommended"). */
const OPENER_INITIALS = new Set(['related', ...OPENERS.keys()].map((w) => w.toUpperCase().charCodeAt(0)));
/** A list of other stories follows the article: it is not looked for in the first third of the page. */
const BODY_SHARE = 1 / 3;

/** The token where a list of other stories begins, or the number of tokens when there is none. */
export function otherStoriesFrom(doc: Tokenized): number {
  const tokens = doc.tokens;
  for (let k = Math.floor(tokens.length * BODY_SHARE); k < tokens.length; k++) {
    const t = tokens[k];
    // every opener is capitalised: most tokens are passed over on their first letter, without a lookup
    if (!OPENER_INITIALS.has(t.text.charCodeAt(0))) continue;
    const opener = OPENERS.get(t.lower);
    if ((t.lower !== 'related' && opener === undefined) || !isCapitalized(t.text)) continue;
    if (t.lower === 'related' ? RELATED_HEADS.has(tokens[k + 1]?.lower ?? '') : opener!.every((w, j) => tokens[k + j]?.lower === w)) return k;
  }
  return tokens.length;
}
