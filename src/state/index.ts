/**
 * The `--state` store: which URLs earlier runs finished, their HTTP validators, and fingerprints
 * of their text to skip the same story republished elsewhere.
 */
export { type DuplicateMatch, type StateEntry, StateStore, type Validators } from './store.js';
export { fingerprintText, STATE_NEAR_DUP_JACCARD, STATE_NEAR_DUP_MIN_WORDS, type TextFingerprint } from './fingerprint.js';
export { SCHEMA_VERSION } from './schema.js';
