/**
 * Labels of link inserts that news sites put between paragraphs ("Related
 * article: ...", "Read more: ..."), and lines that are page furniture rather
 * than the article (advertising, share and newsletter prompts). Written from
 * what news sites print; each entry is compared lower-cased, with white space
 * folded, against the start of a block (labels) or the whole block (prompts).
 */

/** Labels that introduce a link to another article. */
export const RELATED_LABELS: readonly string[] = [
  'related article',
  'related articles',
  'related story',
  'related stories',
  'related content',
  'related coverage',
  'related topics',
  'related',
  'read more',
  'read also',
  'also read',
  'read next',
  'see also',
  'more on this story',
  'more on this',
  'recommended',
  'recommended reading',
  'suggested reading',
  'you may also like',
  'watch',
  'listen',
  'more',
  'latest',
  'trending',
]

/** Whole blocks that are prompts or furniture, by kind. */
export const FURNITURE: Readonly<Record<string, readonly string[]>> = {
  advertisement: [
    'advertisement',
    'advertising',
    'sponsored',
    'sponsored content',
    'ad',
    'story continues below advertisement',
    'article continues below advertisement',
    'continue reading below',
    'scroll to continue with content',
    'continue reading the main story',
  ],
  share: [
    'share this article',
    'share this story',
    'share',
    'share on facebook',
    'share on twitter',
    'share via email',
    'copy link',
    'link copied',
    'print',
    'email',
    'comments',
    'save',
    'save article',
  ],
  promotion: ['click here', 'click here to subscribe', 'download our app', 'get the app'],
  newsletter: [
    'sign up for our newsletter',
    'subscribe to our newsletter',
    'sign up',
    'subscribe',
    'subscribe now',
    'get our newsletter',
    'newsletter',
  ],
  pageFurniture: [
    'image',
    'photo',
    'video',
    'gallery',
    'exclusive',
    'audio',
    'listen to this article',
    'play video',
    'watch video',
    'click to expand',
    'enlarge this image',
    'toggle caption',
  ],
  social: [
    'follow us on twitter',
    'follow us on facebook',
    'follow us on instagram',
    'like us on facebook',
    'follow us',
  ],
}
