// The JSON the build writes and the app reads. One set of types for both sides of that seam.

export type Language = 'sw' | 'en';

export interface Headline {
  sw: string;
  en: string | null;
  /** Who wrote the English: the seed's source, or the project's editors (`seeds/headlines.en.json`). */
  enBy: 'source' | 'editors' | null;
}

export interface PostSummary {
  slug: string;
  headline: Headline;
  standfirst: string | null;
  /** False for a headline that only appears in a popular-posts list: its full text is not in the collection. */
  hasBody: boolean;
}

/**
 * A page of the headline list (articles only, newest first). Numbered pages count from the oldest, so a page
 * keeps its articles as the archive grows; the front page (`page: null`) shows the newest.
 */
export interface IndexPageJson {
  page: number | null;
  /** The numbered page of the next newer articles, if any. */
  newer: number | null;
  /** The numbered page of the next older articles, if any. */
  older: number | null;
  posts: PostSummary[];
}

export interface PopularPost extends PostSummary {
  /** How many articles list this post among their popular posts. */
  listedBy: number;
}

/** The popular posts of all seeds, most often listed first. */
export interface PopularJson {
  posts: PopularPost[];
}

export interface PostJson extends PostSummary {
  /** Paragraphs, in order; empty when `hasBody` is false. */
  body: string[];
  /** This article's own popular posts, as the seed lists them. */
  popular: PostSummary[];
  /** Articles whose popular posts list this one. */
  listedIn: PostSummary[];
  /** Up to 4 articles most like this one by content (TF-IDF cosine), other than its popular posts. */
  related: PostSummary[];
}
