// A sports conference, a league of teams, is an organization where a meeting's
// "Conference" is an event and no name: "the Big Ten Conference", "the Atlantic Coast
// Conference", "the Southeastern Conference". Its words are a conference's
// (conference-words.txt) or numbers; a meeting has other words ("the Kelby Peace Conference").
import { wordList } from '../../data.js';
import { bare, one, rule, type NameRule } from '../names/view.js';

let words: ReadonlyMap<string, boolean> | undefined;

/** word -> whether it may stand alone before "Conference" */
function conferenceWords(): ReadonlyMap<string, boolean> {
  if (words) return words;
  const m = new Map<string, boolean>();
  for (const line of wordList('recognize/org/conference-words.txt')) {
    const [w, flag] = line.trim().split(/\s+/);
    if (w) m.set(w.toLowerCase(), flag === 'alone' || m.get(w.toLowerCase()) === true);
  }
  return (words = m);
}

export const orgConference: NameRule = {
  id: 'org.conference',
  strong: true,
  info: [rule('org.conference', 'ORG', 'a sports conference: "Conference" after a conference\'s words ("Big Ten", "Atlantic Coast", "Southeastern") (conference-words.txt)', 'The university joined the Atlantic Coast Conference in 2013.', 'Atlantic Coast Conference')],
  read(c) {
    const toks = c.tokens;
    if (c.to - c.from < 2 || bare(toks[c.to - 1]!) !== 'Conference') return null;
    const known = conferenceWords();
    const parts: string[] = [];
    for (let i = c.from; i < c.to - 1; i++) {
      const t = toks[i]!.text;
      if (t === '-') continue;
      // (a hyphened word may come as one token: "Pacific-10", "Mid-American")
      if (known.has(t.toLowerCase())) { parts.push(t.toLowerCase()); continue; }
      for (const p of t.split('-')) if (p) parts.push(p.toLowerCase());
    }
    let named = 0;
    for (const p of parts) {
      if (/^\d+$/.test(p)) continue;
      if (!known.has(p) || !/^\p{Lu}/u.test(toks[c.from]!.text)) return null;
      named++;
    }
    if (named === 0) return null;
    // one word alone only if it is a conference's whole name ("Southeastern"), not a part ("East")
    if (parts.length === 1 && !known.get(parts[0]!)) return null;
    return one('ORG', c.from, c.to, 'org.conference');
  },
};
