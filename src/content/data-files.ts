// Where each JSON file lives, relative to the site root: the build writes there and the app fetches from there.

/** A numbered page of the list (named on its own, so the search worker takes this and nothing more). */
export const indexPageFile = (page: number) => `data/pages/${page}.json`;

export const dataFiles = {
  frontPage: () => 'data/pages/front.json',
  indexPage: indexPageFile,
  popular: () => 'data/popular.json',
  /** A page of a day of the archive (`2026-11-28`): the first page, or `…/2.json` for the next. */
  dayPage: (day: string, page = 1) =>
    page === 1 ? `data/tarehe/${day}.json` : `data/tarehe/${day}/${page}.json`,
  /** A month of the archive (`2026-11`). */
  month: (month: string) => `data/tarehe/${month}.json`,
};

/** Headlines per numbered page of the list: small enough for a cheap phone, large enough to browse. */
export const HEADLINES_PER_PAGE = 50;

/** Slugs are lowercase ASCII words joined by hyphens; anything else cannot name a post. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
