/**
 * Where the Create button leads, relative to the list page, or `null` while there is no wizard
 * to open: the page then shows no Create button at all rather than one that does nothing.
 * The wizard, once it ships, opens over the list at `?create=1`.
 */
export const CREATE_SEARCH: string | null = null;
