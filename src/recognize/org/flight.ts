import { one, rule, type NameRule } from '../names/view.js';

// a flight's number: "447", "MH17", "9525"
const FLIGHT_NUMBER = /^(?:[A-Z]{1,2}\d{1,4}|\d{1,4}[A-Z]?)$/;

/**
 * "Air France Flight 447", "Garuda Indonesia Flight 200": the name before "Flight" and its
 * number is the airline's (the flight itself is no organization).
 */
export const orgFlight: NameRule = {
  id: 'org.flight',
  strong: true,
  info: [rule('org.flight', 'ORG', 'the airline named before "Flight" and a flight number', 'Divers found the recorders of Zorvair Flight 447 on Monday.', 'Zorvair')],
  read(c) {
    const last = c.tokens[c.to - 1]!;
    const next = c.tokens[c.to];
    if (c.to - c.from < 2 || last.text !== 'Flight' || last.post !== ' ' || !next || !FLIGHT_NUMBER.test(next.text)) return null;
    return one('ORG', c.from, c.to - 1, 'org.flight');
  },
};
