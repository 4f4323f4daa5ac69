import { one, rule, type NameRule } from '../names/view.js';

// "airline Lufthansa", "engine maker Europrop", "manufacturer, Airbus,": a noun naming a
// kind of organization right before a name says what the name is
export const orgDescribed: NameRule = {
  id: 'org.described',
  strong: false,
  info: [rule('org.described', 'ORG', 'a noun naming a kind of organization right before the name', 'The engine maker Zantrel cut its forecast.', 'Zantrel')],
  read(c) {
    const prev = c.tokens[c.from - 1];
    if (!prev || !c.lex.orgDescriptors.has(prev.text)) return null;
    const gap = prev.post.trim();
    // a comma between them only in an apposition closed by another: "maker, Airbus, said"
    if (gap !== '' && !(gap === ',' && c.tokens[c.to - 1]!.post.trim().startsWith(','))) return null;
    return one('ORG', c.from, c.to, 'org.described');
  },
};
