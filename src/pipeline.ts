import type { ResolvedCleanOptions } from './clean-options.js';
import { cleanBoilerplate } from './clean/index.js';
import { dedupeParagraphs } from './dedupe/index.js';
import type { InputDocument } from './input/index.js';
import { extractArticle } from './extract/index.js';
import { finishMetadata, readPageMetadata } from './metadata/index.js';
import { parse } from './parse/index.js';
import type { DocumentRecord } from './record.js';
import type { ProfiledStage, StageClock } from './profile.js';

/** A document's time budget as the stages see it: checked between them, since a stage itself cannot be interrupted in its thread. */
export interface StageBudget {
  /** Throws when the document is over its budget. */
  check(): void;
}

const UNLIMITED: StageBudget = { check: () => {} };

/**
 * The whole pipeline for one document: parse, extract, clean, dedupe, metadata. The metadata stage
 * reads the page's head and untouched DOM first, since extraction prunes it, and finishes once the
 * body is known. Pure but for CPU; `clock` (`--profile`) adds up each stage's time.
 */
export function processDocument(document: InputDocument, options: ResolvedCleanOptions, budget: StageBudget = UNLIMITED, clock?: StageClock): DocumentRecord {
  const stage = <T>(name: ProfiledStage, work: () => T): T => {
    const result = clock ? clock.time(name, work) : work();
    budget.check();
    return result;
  };
  const parsed = stage('parse', () => parse(options.name, document, document.type ?? options.type));
  const first = stage('metadata', () => readPageMetadata(parsed));
  const extracted = (document.pages ?? []).reduce((story, page) => {
    // A story's further pages add their body; its metadata is page one's.
    const next = stage('parse', () => parse(options.name, page, page.type ?? options.type));
    const more = stage('extract', () => extractArticle(next));
    return { ...story, blocks: [...story.blocks, ...more.blocks], removals: [...story.removals, ...more.removals] };
  }, stage('extract', () => extractArticle(first)));
  const cleaned = stage('clean', () => cleanBoilerplate(extracted));
  const deduped = stage('dedupe', () => dedupeParagraphs(cleaned, { enabled: options.dedupe, threshold: options.dedupeThreshold }));
  return stage('metadata', () => finishMetadata(deduped));
}
