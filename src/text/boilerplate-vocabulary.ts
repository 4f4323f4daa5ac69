// What tells the article of a web page from what surrounds it, as data. The patterns follow
// Mozilla Readability's (Readability.js, Apache-2.0: REGEXPS, DEFAULT_TAGS_TO_SCORE), with
// the boilerplate news pages add today (cookie and consent banners, newsletters, teasers).
// They are matched against an element's `class` and `id` together.

/** Class or id of something that is not the article (menus, footers, comments, promos). */
export const UNLIKELY =
  /-ad-|ai2html|banner|copyright|disclaimer|breadcrumb|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|masthead|site-header|global-header|legends|menu|newsletter|nav|paywall|popup|promo|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skip|skyscraper|social|sponsor|subscribe|supplemental|teaser|trending|ad-break|agegate|pagination|pager|most-?read|recommend|outbrain|taboola|yom-remote|advert|(?:^|[\s_-])ads?(?:$|[\s_-])/i;

/** ... unless it also says this (an "article-header", a "main-column"). */
export const MAYBE_ARTICLE = /and|article|body|column|content|main|mathjax|shadow|story/i;

/** Class or id worth +25 to an element's score. */
export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;

/** Class or id worth -25. */
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|cookie|consent|newsletter|teaser/i;

// ("header" alone is not in UNLIKELY, though Readability has it: an article's own header,
// "entry-header", holds the headline and byline, which we keep; a site's header sits
// outside the article anyway.)

/** Class, id, rel or itemprop of the byline ("By Lena Hartmann"), kept even outside the article. */
export const BYLINE = /byline|author|dateline|writtenby|p-author/i;

/** A byline is short: longer text under such a class is an author box or a bio. */
export const BYLINE_MAX = 100;

/** Elements that are never the article, whatever their class. */
export const UNLIKELY_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'form', 'dialog', 'menu']);

/** ARIA roles of the same. */
export const UNLIKELY_ROLES: ReadonlySet<string> = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);

/** Elements whose text is a paragraph of its own, scored for its ancestors. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'blockquote']);

/** Elements whose text counts as a paragraph when they hold text directly (not only in child blocks). */
export const LOOSE_PARAGRAPH_TAGS: ReadonlySet<string> = new Set(['div', 'section', 'article', 'main']);

/** Shorter runs are not paragraphs (a caption, a label). */
export const PARAGRAPH_MIN = 25;

/** Score an element starts with, by tag (Readability's _initializeNode). */
export const TAG_SCORES: ReadonlyMap<string, number> = new Map([
  ['article', 10], ['main', 5], ['div', 5], ['section', 3],
  ['pre', 3], ['td', 3], ['blockquote', 3],
  ['address', -3], ['ol', -3], ['ul', -3], ['dl', -3], ['dd', -3], ['dt', -3], ['li', -3], ['form', -3],
  ['h1', -5], ['h2', -5], ['h3', -5], ['h4', -5], ['h5', -5], ['h6', -5], ['th', -5],
]);

/** What a paragraph gives its parent, grandparent and the one above (Readability: 1, 1/2, 1/6). */
export const ANCESTOR_SHARES: readonly number[] = [1, 1 / 2, 1 / 6];

/**
 * A sibling of the best element joins it with this share of its score (and at least
 * SIBLING_MIN). Readability takes a fifth; a list of story summaries beside the article
 * scores that much (each summary a paragraph with commas), while the parts of one article
 * split into sibling blocks score alike: half.
 */
export const SIBLING_SHARE = 0.5;
export const SIBLING_MIN = 10;
/** A sibling of the same class as the best element adds this share of the best's score (Readability). */
export const SAME_CLASS_BONUS = 0.2;
/** A <p> beside the best element joins it when longer than `min` characters with less than `links` of them in links, or when it is a sentence without links (Readability). */
export const SIBLING_PARAGRAPH = { min: 80, links: 0.25 } as const;

/**
 * Below this many characters of text the chosen article is not trusted (a page of short
 * items, a fragment): the whole page is read, as with --whole-page.
 */
export const ARTICLE_MIN_CHARS = 140;
