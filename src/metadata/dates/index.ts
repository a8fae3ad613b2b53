export { isInBodyDateline, parseDate, parseDates } from './parse.js';
export type { DateContext, ParsedDate } from './types.js';
