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
    // the head with its joined particle: "Tehrik-i-Taliban", "Lashkar-e-Taiba"
    const headAt = (t: typeof c.tokens[number]) => lexicon('openingHeads').has(t.post === '-' ? t.text.toLowerCase() : bare(t).toLowerCase());
    if (headAt(c.tokens[c.from]!)) return one('ORG', c.from, c.to, 'org.opening-head');
    // ... after the land's name it is of: "Pakistan Tehreek-e-Insaf", "Bangladesh Jamaat-e-Islami"
    // (the head joined to the next word by a hyphen: no common English word that heads a name)
    const second = c.tokens[c.from + 1];
    if (c.to - c.from >= 3 && second && second.post === '-' && c.tokens[c.from]!.post === ' ' && c.tokens[c.from]!.tags.has('Country') && headAt(second)) return one('ORG', c.from, c.to, 'org.opening-head');
    return null;
  },
};
