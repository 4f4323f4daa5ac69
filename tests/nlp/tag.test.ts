import { describe, expect, it } from 'vitest';
import { tagTokens } from '../../src/nlp/tag.js';
import { tokenize } from '../../src/nlp/tokenize.js';

/** The tags of one word of a sentence, among those the recognizers read. */
const READ = ['ProperNoun', 'Person', 'FirstName', 'LastName', 'Honorific', 'Organization', 'Place', 'Country', 'City', 'Region', 'Demonym', 'Acronym', 'Possessive', 'Noun', 'Plural', 'Verb', 'PastTense', 'Gerund', 'Copula', 'Modal', 'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Date', 'Month', 'WeekDay', 'Year', 'Particle'];
function tagsOf(sentence: string, word: string): string[] {
  const tokens = tagTokens(tokenize(sentence, { start: 0, end: sentence.length }));
  const t = tokens.find((x) => x.text === word);
  if (!t) throw new Error(`no token ${word} in ${sentence}`);
  return READ.filter((g) => t.tags.has(g));
}

describe('the fast tagger', () => {
  it.each([
    // the lexicon, with the parents of each tag
    ['Foreign Minister Sergei Lavrov spoke.', 'Sergei', ['ProperNoun', 'Person', 'FirstName', 'Noun']],
    ['They met in Moscow on Monday.', 'Moscow', ['ProperNoun', 'Place', 'City', 'Noun']],
    ['They met in Moscow on Monday.', 'Monday', ['Noun', 'Date', 'WeekDay']],
    ['They met in Moscow on Monday.', 'met', ['Verb', 'PastTense']],
    ['A Russian official said so.', 'Russian', ['ProperNoun', 'Demonym', 'Noun']],
    // a capitalized word the lexicon does not know is a proper noun inside a sentence ...
    ['The plan came from Rosatom officials.', 'Rosatom', ['ProperNoun', 'Noun']],
    // ... but not as the first word
    ['Rosatom said no.', 'Rosatom', ['Noun']],
    // ... where an ending in "-ly" that neither lexicon knows is a name's, no adverb's
    ['Tessaly rose 4 percent.', 'Tessaly', ['ProperNoun', 'Noun']],
    ['Quickly they left.', 'Quickly', ['Adverb']],
    // multi-word entries tag every word, even with a possessive
    ['The United States’s budget grew.', 'United', ['ProperNoun', 'Place', 'Country', 'Noun']],
    ['The United States’s budget grew.', 'States’s', ['ProperNoun', 'Place', 'Country', 'Possessive', 'Noun']],
    ['Russia’s envoy left.', 'Russia’s', ['ProperNoun', 'Place', 'Country', 'Possessive', 'Noun']],
    // "it's" is a contraction, not a possessive
    ['He said it’s over.', 'it’s', ['Noun', 'Pronoun']],
    // acronyms by their shape
    ['Officials at the NNSA agreed.', 'NNSA', ['Acronym', 'Noun']],
    // a unit of time in capitals is a body's letters
    ['He sued the SEC on Monday.', 'SEC', ['Acronym', 'Noun']],
    ['He ran it in 9.8 sec flat.', 'sec', ['Noun', 'Date']],
    ['Officials from the U.S. agreed.', 'U.S.', ['Acronym', 'Noun']],
    // org words make the proper nouns before them an organization
    ['He joined Johnson Controls Inc last year.', 'Johnson', ['ProperNoun', 'Person', 'LastName', 'Organization', 'Noun']],
    // a place word and the proper noun by it
    ['They sailed on Lake Geneva today.', 'Geneva', ['ProperNoun', 'Place', 'City', 'Noun']],
    // words with two readings go by their neighbours ("mark" a verb here, not a name)
    ['They will mark the date.', 'mark', ['Verb']],
    ['The supply rose.', 'supply', ['Noun']],
    // a four-digit number by a date word is a year
    ['The deal was signed in 2013.', '2013', ['Value', 'Date', 'Year']],
    // unknown lower-case words by their endings
    ['They were rebriefed later.', 'rebriefed', ['Verb', 'PastTense']],
    ['It was quickish.', 'quickish', ['Adjective']],
    ['The widgetry failed.', 'widgetry', ['Noun']],
    // the second word of a phrasal verb is its particle
    ['The results came in late.', 'in', ['Verb', 'Particle']],
  ])('%s: %s', (sentence, word, expected) => {
    expect(tagsOf(sentence, word)).toEqual(expected);
  });

  it('reads words that are names of JavaScript object properties as words', () => {
    const s = 'The constructor said hasOwnProperty and toString were valueOf nothing.';
    const tokens = tagTokens(tokenize(s, { start: 0, end: s.length }));
    for (const t of tokens) for (const g of t.tags) expect(typeof g).toBe('string');
    expect(tagsOf(s, 'constructor')).toEqual(['Noun']);
  });

  // (it used to check only that every token has a tag, which the fallback to Noun always
  // gives: these are the tags words the lexicon does not know get, by their shape or ending)
  it('tags words it does not know by their shape and ending; punctuation is no word', () => {
    const s = 'Xyzzy qwv ##! 12,345 frobnicated the zorbs';
    const tokens = tagTokens(tokenize(s, { start: 0, end: s.length }));
    expect(tokens.map((t) => t.text)).toEqual(['Xyzzy', 'qwv', '12,345', 'frobnicated', 'the', 'zorbs']);
    expect(tagsOf(s, 'qwv')).toEqual(['Noun']);
    expect(tagsOf(s, '12,345')).toEqual(['Value']);
    expect(tagsOf(s, 'frobnicated')).toEqual(['Verb', 'PastTense']);
    expect(tagsOf(s, 'the')).toEqual(['Determiner']);
    expect(tagsOf(s, 'zorbs')).toEqual(['Noun', 'Plural']);
  });
});
