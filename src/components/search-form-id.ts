/** The header's search box, which the `/` shortcut focuses. */
export const SEARCH_INPUT_ID = 'search-input';
