// A user's lexicon wins over our rules: where one of its forms is found, no mention of ours
// overlaps it. The lexicons' mentions are kept apart while the mention refiners run (none of
// them may retype or drop what a user stated), then join the others here, just before
// entities are built.
import { overlapsAny } from '../recognize/shared/spans.js';
import type { Mention, Span } from '../types.js';
import type { ResolveRefiner } from './types.js';

/** The items that overlap none of the (sorted) user mentions. */
export function outsideUserMentions<T extends Span>(items: T[], user: readonly Span[]): T[] {
  return user.length === 0 ? items : items.filter((x) => !overlapsAny(user, x.start, x.end));
}

/** Our mentions outside the users', and the users', in text order. */
export function withUserMentions(mentions: readonly Mention[], user: readonly Mention[]): Mention[] {
  if (user.length === 0) return [...mentions];
  return [...outsideUserMentions([...mentions], user), ...user].sort((a, b) => a.start - b.start || a.end - b.end);
}

export const userEntriesRefiner: ResolveRefiner = {
  id: 'user-entries',
  refine: (a) => void (a.mentions = withUserMentions(a.mentions, a.userMentions)),
};
