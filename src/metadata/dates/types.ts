export interface ParsedDate {
  /** ISO 8601: 'YYYY-MM-DDTHH:MM:SS+07:00' when a time is known, 'YYYY-MM-DD' when only the day is. */
  iso: string;
  /** True for relative times ("2 jam yang lalu") resolved against the reference time. */
  approximate: boolean;
}

export interface DateContext {
  /** Offset assumed when the text names no zone, e.g. '+07:00' for an Indonesian site (default '+07:00'). */
  defaultOffset?: string;
  /** The reference time for relative dates (fetch time, HTTP Date, WARC-Date). Without it relative dates give null. */
  reference?: Date;
}

/** A `DateContext` checked and turned into numbers once per call. */
export interface Settings {
  defaultOffsetMinutes: number;
  /** Milliseconds since the epoch, or undefined when there is no usable reference. */
  referenceMs: number | undefined;
  /** Later years are typos or placeholders, not publication dates. */
  latestYear: number;
}

/**
 * One date expression found in a line: where it is, and what it means under a context's settings
 * (null when it means no date). Finding is the costly part and needs no settings, so a line read
 * once can be dated under several.
 */
export interface Candidate {
  start: number;
  end: number;
  date: (settings: Settings) => ParsedDate | null;
}
