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
  /**
   * When the article was published, in the newsroom's time: `2026-11-28T09:30+03:00`, or `2026-11-28` when its
   * seed's name gives no time; null when it gives no date, and for a headline-only post.
   */
  date: string | null;
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
  /** The front page only: the newest months of the archive, newest first (none for an undated archive). */
  months?: MonthSummary[];
}

/** A month of the archive and how many articles it has. */
export interface MonthSummary {
  /** `2026-11`. */
  month: string;
  articles: number;
}

/** A page of a day of the archive: its articles, newest first, 50 to a page (page 1 the newest). */
export interface DayPageJson {
  /** `2026-11-28`. */
  day: string;
  page: number;
  pages: number;
  /** The days before and after this one that have articles. */
  previous: string | null;
  next: string | null;
  posts: PostSummary[];
}

/** A month of the archive: the days that have articles, oldest first, and how many each has. */
export interface MonthJson {
  month: string;
  days: Array<{ day: string; articles: number }>;
  /** The months before and after this one that have articles. */
  previous: string | null;
  next: string | null;
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
