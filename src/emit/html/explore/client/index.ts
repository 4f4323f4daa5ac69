// The page's script to explore the corpus, put together from its parts: they share one
// scope (the filter's state and apply()), inside one function so that nothing leaks into
// the page. It is allowed by its hash in the Content-Security-Policy, as the other one is.
import { FILTER } from './filter.js';
import { PICKS } from './picks.js';
import { SEARCH } from './search.js';
import { SORT } from './sort.js';

export const EXPLORE_SCRIPT = `(() => {
  'use strict';${FILTER}${SEARCH}${PICKS}${SORT}})();
`;
