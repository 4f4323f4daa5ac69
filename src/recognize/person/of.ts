import { bare, lower, rule, type ChunkView, type NameRule, type NamePart } from '../names/view.js';
import { lexicon } from '../../lexicon/registry.js';
import { loneSurname } from './lone-surname.js';
import { hyphenatedGiven } from './hyphenated-given.js';
import { personShape } from './shape.js';
import { taggedPerson } from './tagged.js';
import { titledName } from './title-name.js';

// "Wu Chi-wai of the Democratic Party", "Biden of Delaware": a person, then where from
export const personOf: NameRule = {
  id: 'person.of',
  strong: false,
  info: [
    rule('person.of-org', 'PERSON', 'one word no lexicon knows, then "of the" and an organization: the surname of who speaks for it', 'Voss of the Brellix Foundation said the plan would fail.', 'Voss'),
  ],
  read(c) {
    let k = c.from + 1;
    while (k < c.to - 1 && c.tokens[k]!.text !== 'of') k++;
    if (k >= c.to - 1) return null;
    const left = { ...c, to: k };
    // "Sen. Kelby of Ohio": a title before the person is the role's, not part of the name
    const titled = titledName.read(left);
    const person = titled ?? taggedPerson.read(left) ?? hyphenatedGiven.read(left) ?? personShape.read(left);
    const from = c.tokens[k + 1]!.text === 'the' ? k + 2 : k + 1;
    if (!person) return surnameOfOrg(c, k, from);
    const right = from < c.to ? c.read({ ...c, from }) : null;
    const place = !right && titled?.title && from === k + 1 ? landOfOffice(c, titled.title, from) : null;
    return { parts: [...person.parts, ...(right?.parts ?? []).filter((p) => p.type !== 'PERSON'), ...(place ? [place] : [])], ...(titled?.title ? { title: titled.title } : {}) };
  },
};

/** The offices of a state or a place, whoever holds them ("President ... of", "Governor ... of"). */
const STATE_OFFICE = /^(?:president|vice president|prime minister|deputy prime minister|king|queen|emir|sultan|foreign minister|defence minister|defense minister|finance minister|interior minister|ambassador|envoy)$/;

/**
 * "President Ivo Dorn of Kelvania", "Governor Ann Hale of Tessaly": after a state's or a
 * place's office and the holder's name, the one or two words after "of" that nothing else
 * reads are the land or the place (a firm's officers are "chief executive ... of").
 */
function landOfOffice(c: ChunkView, title: { from: number; to: number }, from: number): NamePart | null {
  const words = c.tokens.slice(title.from, title.to).map(lower);
  const office = [words.at(-1), words.slice(-2).join(' ')].some((w) => w !== undefined && (STATE_OFFICE.test(w) || lexicon('placeOfficeTitles').has(w)));
  const rest = c.tokens.slice(from, c.to);
  if (!office || rest.length > 2 || !rest.every((t) => /^\p{Lu}\p{Ll}+$/u.test(bare(t)) && !c.lex.orgHeads.has(lower(t)))) return null;
  return { type: 'LOCATION', from, to: c.to, rule: 'location.cue' };
}

/**
 * "Voss of the Brellix Foundation": a lone word before "of the" reads as a person only when
 * what follows "the" is one organization of its own; "Friends of the Earth", "Bank of the
 * West" and "Army of the Potomac" open with common words and stay one name.
 */
function surnameOfOrg(c: ChunkView, k: number, from: number): { parts: NamePart[] } | null {
  if (k !== c.from + 1 || from !== k + 2 || c.to - from < 2 || !loneSurname(c, c.tokens[c.from]!)) return null;
  const right = c.read({ ...c, from });
  const p = right?.parts[0];
  if (right?.parts.length !== 1 || p?.type !== 'ORG' || p.from !== from || p.to !== c.to) return null;
  return { parts: [{ type: 'PERSON', from: c.from, to: k, rule: 'person.of-org' }, p] };
}
