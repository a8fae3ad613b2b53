export { isInBodyDateline, parseDate, parseDates, parseDateUnder } from './parse.js';
export { atOffset, hasTime, offsetOf, wallMinute } from './shift.js';
export type { DateContext, ParsedDate } from './types.js';
