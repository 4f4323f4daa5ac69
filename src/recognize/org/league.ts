// A sports league whose head word "League" does not end its name is an organization all the
// same: "Major League Baseball" (a rank, "League", the sport), "the A-League", "the
// W-League" (a letter joined to "League"). Names that end in "League" are org.head's.
import { wordList } from '../../data.js';
import { bare, has, one, rule, type NameRule } from '../names/view.js';

let sports: ReadonlySet<string> | undefined;

// "A-League", "W-League", "J1-League": one or two capitals (a digit after) joined to "League"
const LETTER_LEAGUE = /^\p{Lu}{1,2}\d?-League$/u;

export const orgLeague: NameRule = {
  id: 'org.league',
  strong: false,
  info: [rule('org.league', 'ORG', 'a sports league named by a rank, "League" and the sport ("Major League Baseball"), or by a letter joined to "League" ("the A-League")', 'She left Major League Lacrosse for the W-League in 2019.', 'Major League Lacrosse')],
  read(c) {
    const toks = c.tokens;
    const n = c.to - c.from;
    if (n === 1 && LETTER_LEAGUE.test(bare(toks[c.from]!))) return one('ORG', c.from, c.to, 'org.league');
    // (the tokenizer may keep the hyphen apart: "A", "-", "League")
    if (n === 3 && /^\p{Lu}{1,2}\d?$/u.test(toks[c.from]!.text) && toks[c.from + 1]!.text === '-' && bare(toks[c.from + 2]!) === 'League') return one('ORG', c.from, c.to, 'org.league');
    if (n < 3) return null;
    sports ??= new Set(wordList('recognize/org/league-sports.txt'));
    const last = bare(toks[c.to - 1]!);
    if (toks[c.to - 2]!.text !== 'League' || !sports.has(last.toLowerCase()) || last === last.toLowerCase()) return null;
    // the words before "League": capitalized, no function word ("Major", "Premier", "Kelby Premier")
    for (let i = c.from; i < c.to - 2; i++) if (!/^\p{Lu}/u.test(toks[i]!.text) || has(toks[i]!, 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Date')) return null;
    return one('ORG', c.from, c.to, 'org.league');
  },
};
