// What insight may show (issue 15): shared by the dashboard, the municipality pages and open data.

/**
 * Small-number suppression: a count below this, where it could identify a bearer, is shown only
 * to staff. 5 is the usual threshold in Swedish official statistics for person-level counts.
 */
export const SMALL_NUMBER_THRESHOLD = 5;
