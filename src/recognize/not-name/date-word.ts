import { has, none, type NameRule } from '../names/view.js';

// Weekdays and months are dates, not names ("magazine Wednesday"), unless inside a name.
export const dateWord: NameRule = {
  id: 'not-name.date-word',
  strong: true,
  info: [],
  read(c) {
    for (let i = c.from; i < c.to; i++) if (!has(c.tokens[i]!, 'Date', 'WeekDay', 'Month')) return null;
    return none();
  },
};
