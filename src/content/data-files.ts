// Where each JSON file lives, relative to the site root: the build writes there and the app fetches from there.

export const dataFiles = {
  indexPage: (page: number) => `data/pages/${page}.json`,
  popular: () => 'data/popular.json',
  post: (slug: string) => `data/posts/${slug}.json`,
  searchIndex: () => 'data/search-index.json',
};

/** Headlines per page of the list: small enough for a cheap phone, large enough to browse. */
export const HEADLINES_PER_PAGE = 50;

/** Popular posts shown on the home page. */
export const POPULAR_ON_HOME = 10;

/** Slugs are lowercase ASCII words joined by hyphens; anything else cannot name a post. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
