import { antaranewsRule } from './antaranews.js';
import { bisnisRule } from './bisnis.js';
import { cnbcindonesiaRule } from './cnbcindonesia.js';
import { cnnindonesiaRule } from './cnnindonesia.js';
import { detikRule } from './detik.js';
import { gridRule } from './grid.js';
import { idntimesRule } from './idntimes.js';
import { inewsRule } from './inews.js';
import { jawaposRule } from './jawapos.js';
import { jpnnRule } from './jpnn.js';
import { kapanlagiRule } from './kapanlagi.js';
import { katadataRule } from './katadata.js';
import { kompasRule } from './kompas.js';
import { kontanRule } from './kontan.js';
import { kumparanRule } from './kumparan.js';
import { liputan6Rule } from './liputan6.js';
import { mediaindonesiaRule } from './mediaindonesia.js';
import { merdekaRule } from './merdeka.js';
import { okezoneRule } from './okezone.js';
import { pikiranRakyatRule } from './pikiran-rakyat.js';
import { republikaRule } from './republika.js';
import { sindonewsRule } from './sindonews.js';
import { suaraRule } from './suara.js';
import { tempoRule } from './tempo.js';
import { tirtoRule } from './tirto.js';
import { tribunnewsRule } from './tribunnews.js';
import { vivaRule } from './viva.js';
import type { SiteRule } from './types.js';

export type { SiteRule } from './types.js';

/** The table: one entry per site family, each in its own file. */
export const SITE_RULES: readonly SiteRule[] = [
  antaranewsRule,
  bisnisRule,
  cnbcindonesiaRule,
  cnnindonesiaRule,
  detikRule,
  gridRule,
  idntimesRule,
  inewsRule,
  jawaposRule,
  jpnnRule,
  kapanlagiRule,
  katadataRule,
  kompasRule,
  kontanRule,
  kumparanRule,
  liputan6Rule,
  mediaindonesiaRule,
  merdekaRule,
  okezoneRule,
  pikiranRakyatRule,
  republikaRule,
  sindonewsRule,
  suaraRule,
  tempoRule,
  tirtoRule,
  tribunnewsRule,
  vivaRule,
];

const byHost = new Map<string, SiteRule>(SITE_RULES.flatMap((rule) => rule.hosts.map((host) => [host, rule] as const)));

/** The rule for a URL's host or any of its parent domains (`m.news.detik.com` -> `detik.com`), or null. */
export function ruleForUrl(url: string | null): SiteRule | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  for (let at = 0; at !== -1; at = host.indexOf('.', at + 1)) {
    const rule = byHost.get(at === 0 ? host : host.slice(at + 1));
    if (rule) return rule;
  }
  return null;
}
