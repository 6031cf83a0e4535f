/** The page number in `/ukurasa/:page`: a plain positive integer of sane size, or null. */
export function parseListPageNumber(raw: string): number | null {
  return /^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : null;
}
