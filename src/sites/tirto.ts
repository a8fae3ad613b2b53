import type { SiteRule } from './types.js';

/** Tirto.id: every era keeps the story in `.content-text-editor` and the writer in `.reporter-name`. */
export const tirtoRule: SiteRule = {
  id: 'tirto',
  hosts: ['tirto.id'],
  // The story's paragraphs and sub-headings.
  body: ['.content-text-editor'],
  // "Baca juga" link lists (`.baca-holder`), Revive ad tags and GPT slots placed between paragraphs.
  drop: ['.baca-holder', 'ins[data-revive-zoneid]', '[id^="gpt-inline"]', '[id^="div-gpt-ad"]'],
  // The byline's time line under the headline ("Terbit 18 Des 2023 07:05 WIB").
  published: ['.byline div'],
  // The byline's writer link; archive pages show it without the `.byline` wrapper.
  author: ['.byline .reporter-name', '.reporter-name'],
  defaultOffset: '+07:00',
};
