import type { PostJson } from '../content/site-json.ts';

const MAX_DESCRIPTION = 160;

/** The meta description of an article: its standfirst, or the start of its first paragraph. */
export function describePost(post: PostJson): string {
  const text = post.standfirst ?? post.body[0] ?? post.headline.sw;
  if (text.length <= MAX_DESCRIPTION) return text;
  const cut = text.slice(0, MAX_DESCRIPTION - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > 80 ? cut.slice(0, lastSpace) : cut}…`;
}
