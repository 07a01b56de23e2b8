import loadCompiled from 'conflict-lens-lexicon';
import type { UserAliasFile } from '../data/schemas';
import { applyUserAliases, type Lexicon } from './names';
import { fromSnapshot, LexiconSnapshot } from './snapshot';

/** The bundled lexicon, plus a user's aliases when given. */
export function buildLexicon(user?: UserAliasFile): Lexicon {
  const lex = fromSnapshot(LexiconSnapshot.parse(loadCompiled()));
  if (user) applyUserAliases(lex, user);
  return lex;
}

let shared: Lexicon | undefined;
/** The lexicon built from the bundled data alone, shared by every analysis in the process. */
export function defaultLexicon(): Lexicon {
  return (shared ??= buildLexicon());
}
