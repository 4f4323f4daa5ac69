import { lexicon } from '../../lexicon/registry.js';
import { lower, one, rule, type NameRule } from '../names/view.js';
import { personLike } from './person-like.js';

// "spokesman Robert Middaugh", "composer Alfredo Keil", "By Yekaterina Kravtsova", "Editing by Shinjini Ganguli"
export const afterTitle: NameRule = {
  id: 'person.after-title',
  strong: false,
  info: [
    rule('person.after-title', 'PERSON', 'a name after a lower-case title ("spokesman")', 'The agency spokesman Zorvan Telek declined to comment.', 'Zorvan Telek'),
    rule('person.byline', 'PERSON', 'a name after "By" opening a sentence (a byline), or after a credit line\'s "Reporting by"', 'By Zorvan Telek\n\nThe talks ended.', 'Zorvan Telek'),
  ],
  read(c) {
    const prev = c.tokens[c.from - 1];
    if (!prev || prev.post.trim() !== '') return null;
    const p = prev.text.toLowerCase();
    // (a credit line's "Reporting by", "Editing by": credit-words.txt)
    const credit = (): boolean => c.from >= 2 && c.tokens[c.from - 2]!.post === ' ' && lexicon('creditWords').has(lower(c.tokens[c.from - 2]!));
    const byline = p === 'by' && (c.from === 1 || credit());
    // (or a trade's noun: "composer Alfredo Keil", "pianist Eddy Duchin")
    if (!byline && !c.lex.titles.has(p) && !lexicon('occupations').has(p)) return null;
    return personLike(c, c.from, c.to) ? one('PERSON', c.from, c.to, byline ? 'person.byline' : 'person.after-title') : null;
  },
};
