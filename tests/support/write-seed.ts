// Writes an article in the seed format: the inverse of parseSeed, for round-trip tests.
import { POPULAR_MARKER, type SeedArticle } from '../../src/seeds/parse-seed.ts';

export function writeSeed(article: SeedArticle, lineEnd = '\n'): string {
  const heading = [
    article.headline,
    article.standfirst,
    article.standfirst === null ? null : article.englishHeadline,
  ];
  const parts = [
    article.headline,
    heading.filter((line): line is string => line !== null).join(lineEnd),
    ...article.body,
    ...(article.popular.length > 0 ? [POPULAR_MARKER, ...article.popular] : []),
  ];
  return parts.join(lineEnd + lineEnd) + lineEnd;
}
