import { lexicon } from '../../lexicon/registry.js';
import { bare, one, rule, type NameRule } from '../names/view.js';

/**
 * "Jaish al-Adl", "Tehrik-i-Taliban Pakistan", "Hizb ut-Tahrir": a transliterated name whose
 * first word is an organization's head in its own language (army, front, movement, party),
 * as defence and world news write armed groups and parties.
 */
export const orgOpeningHead: NameRule = {
  id: 'org.opening-head',
  strong: false,
  info: [rule('org.opening-head', 'ORG', 'a transliterated name opened by a head word of its language ("Jaish", "Harakat", "Tehrik": army, movement)', 'Police said Jaish al-Kalvar claimed the attack.', 'Jaish al-Kalvar')],
  read(c) {
    if (c.to - c.from < 2) return null;
    // a title after the head is the head's holder: "Majlis Speaker Tom Hale"
    for (let i = c.from + 1; i < c.to; i++) if (c.lex.titles.has(c.tokens[i]!.text.toLowerCase())) return null;
    const first = c.tokens[c.from]!;
    // the head with its joined particle: "Tehrik-i-Taliban", "Lashkar-e-Taiba"
    const head = first.post === '-' ? first.text.toLowerCase() : bare(first).toLowerCase();
    return lexicon('openingHeads').has(head) ? one('ORG', c.from, c.to, 'org.opening-head') : null;
  },
};
