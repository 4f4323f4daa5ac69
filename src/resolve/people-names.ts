// "the Azra, a pagan people ... the Azra attacked at night": a name the document says is a
// people, a tribe, a clan or a caste (people-names.txt) is none of our types wherever it
// stands, however a rule read it ("the Azra attacked" reads as an organization's subject).
// As a nationality is: the lexicons name the peoples of the news (not-names.txt); this
// reads the ones they lack from the document itself.
import { wordList } from '../data.js';
import type { Mention } from '../types.js';
import { withoutNames } from './names.js';
import type { ResolveRefiner } from './types.js';

let pattern: RegExp | undefined;
function peoplePattern(): RegExp {
  if (pattern) return pattern;
  const nouns = wordList('resolve/people-names.txt').map((w) => w.replace(/ /g, '[ \\t]+')).join('|');
  // the name (one or two capitalized words, "the" before it aside), then ", a" or "is a",
  // up to three lower-case words that are no "of" ("a town of 5,000 people"), then the noun
  const name = String.raw`(\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?)`;
  const link = String.raw`(?:,[ \t]+|[ \t]+(?:is|are|was|were)[ \t]+)(?:a|an)[ \t]+`;
  // (a people's adjective may be capitalized: "a Bedouin tribe")
  const words = String.raw`(?:(?!(?:of|in|with|for|and)[ \t])\p{L}[\p{Ll}-]*[ \t]+){0,3}`;
  // (the noun ends the phrase: "Tom Hale, a minority shareholder" is a person)
  const end = String.raw`(?=[ \t]*(?:[,.;:)!?]|$|(?:who|that|which|of|in|from|whose|living|known)(?![\p{L}])))`;
  return (pattern = new RegExp(String.raw`(?<![\p{L}'’-])${name}${link}${words}(?:${nouns})${end}`, 'gmu'));
}

/** The names the text says are peoples, tribes, clans or castes. */
export function peopleNames(text: string): Set<string> {
  const names = new Set<string>();
  // ("The Dorvai, a nomadic people": the article opening the sentence is no part of the name)
  for (const m of text.matchAll(peoplePattern())) names.add(m[1]!.replace(/^The[ \t]+/, ''));
  return names;
}

export const dropPeopleNames = (text: string, mentions: readonly Mention[]): Mention[] => withoutNames(mentions, peopleNames(text));

export const peopleNamesRefiner: ResolveRefiner = {
  id: 'people-names',
  refine: (a) => void (a.mentions = dropPeopleNames(a.plain.text, a.mentions)),
};
