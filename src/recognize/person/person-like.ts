import { isCommonWord } from '../../nlp/dictionary.js';
import { lexicon } from '../../lexicon/registry.js';
import { bare, has, type ChunkView } from '../names/view.js';
import { firstName } from './first-name.js';

// the words of a body's sitting, which a title's word may open ("General Meeting")
const MEETINGS = /^(?:meeting|meetings|session|sessions|assembly|debate|hearing|election|elections|strike|staff)$/;

/**
 * Could these tokens be a person's name? `apposed`: a person noun or a title stands beside
 * them ("Ellison Marsh, chief executive of ..."), so a common word may end the name.
 */
export function personLike(c: ChunkView, from: number, to: number, apposed = false): boolean {
  // particles do not count: "Luiz Inacio Lula da Silva" is four names
  let particles = 0;
  for (let i = from + 1; i < to - 1; i++) if (lexicon('nameParticles').has(c.tokens[i]!.text)) particles++;
  if (to - from < 1 || to - from - particles > 4) return false;
  // a letter alone is no one's name ("Gen Z", "Plan B")
  if (to - from === 1 && /^\p{L}\.?$/u.test(bare(c.tokens[from]!))) return false;
  for (let i = from; i < to; i++) {
    const t = c.tokens[i]!;
    const w = bare(t);
    // a lower-case syllable after a hyphen belongs to the name: "Lee Cheuk-yan"
    const syllable = i > from && c.tokens[i - 1]!.post === '-' && /^\p{Ll}+$/u.test(w);
    // ... so does a particle inside it: "Osama bin Laden", "Ursula von der Leyen"
    if (i > from && i < to - 1 && c.tokens[i - 1]!.post === ' ' && lexicon('nameParticles').has(w)) continue;
    if (!syllable && !/^\p{Lu}[\p{L}'’.-]*$/u.test(w)) return false;
    if (w.length > 1 && w === w.toUpperCase() && !/\./.test(w)) return false;
    const l = w.toLowerCase();
    // (a title's word that is a surname too ends a name a known first name opens: "Stephen King")
    const surname = i === to - 1 && i > from && firstName(c.tokens[from]!) && lexicon('titleSurnames').has(w);
    if (c.lex.orgHeads.has(l) || (c.lex.titles.has(l) && !surname) || c.lex.programHeads.has(l)) return false;
    // "the Alfred Phillips House", "the Ann Roe Hall": after "the", a building's word that is
    // a surname too ends a building named after a person, no person's name
    if (i === to - 1 && to - from >= 3 && /^(?:the|The)$/.test(c.tokens[from - 1]?.text ?? '') && lexicon('surnameFacilityHeads').has(l)) return false;
    // a word that ends an event's name or a meeting's: "Extraordinary General Meeting"; or a
    // place's ("King County", "Prince Edward Island")
    if (i === to - 1 && (lexicon('eventHeads').has(l) || MEETINGS.test(l) || lexicon('placeEnds').has(l))) return false;
    if (c.lex.notNames.has(w) || c.lex.corporateSuffixes.has(w)) return false;
    // (a month's name that is a given name opens a person's before a surname: "Jan Kovar", "June Carter")
    if (has(t, 'Month', 'WeekDay', 'Date') && !(i === from && to - from >= 2 && lexicon('monthGivenNames').has(w) && !has(c.tokens[from + 1]!, 'Month', 'WeekDay', 'Date', 'Value'))) return false;
    // a plural noun ("Warhol Polaroids") or a common word at the end ("Ahmed Mohamed Image")
    // (a surname shaped like a plural after a known given name is a name: "John Stones")
    // (... or after a given name that is a common word, beside a title: "Spokeswoman Sandy Angers")
    if (has(t, 'Plural') && !has(t, 'FirstName', 'LastName') && !(i === to - 1 && to - from === 2 && (firstName(c.tokens[from]!) || (apposed && lexicon('commonWordNames').has(c.tokens[from]!.text))) && /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
    // ... unless a known first name opens it ("Tom Cruise", "Jim Press"), or, beside a title
    // or a person noun, a given name that is a common word too ("Vice President Al Gore")
    const commonGiven = apposed && to - from === 2 && lexicon('commonWordNames').has(c.tokens[from]!.text);
    // (after a particle a common word is a surname: "Jan de Wit", "Piet van Dam")
    const afterParticle = i - 1 > from && /^\p{Ll}/u.test(c.tokens[i - 1]!.text) && lexicon('nameParticles').has(c.tokens[i - 1]!.text);
    if (i === to - 1 && to - from > 1 && !syllable && !commonGiven && !afterParticle && !(apposed && !isCommonWord(bare(c.tokens[from]!).toLowerCase()) && !has(c.tokens[from]!, 'Demonym')) && isCommonWord(w) && !has(t, 'FirstName', 'LastName') && !has(c.tokens[from]!, 'Person') && !firstName(c.tokens[from]!)) return false;
  }
  return true;
}
