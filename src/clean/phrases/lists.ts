import type { BoilerplatePhrase } from './types.js';
import { oneOf, wholeBlock } from './words.js';

/**
 * Headers of lists of other stories (related, popular) and news labels.
 */
export const LIST_PHRASES: BoilerplatePhrase[] = [
  {
    // Headers whose next short lines are headlines of other stories (see `startsList`).
    id: 'related-list-header',
    pattern: wholeBlock(
      String.raw`[»›>]?\s*` +
      oneOf(
        String.raw`(?:baca|lihat|simak)\s+(?:juga|pula)`,
        String.raw`(?:kumpulan\s+)?(?:berita|artikel|foto|video|foto\s+(?:dan\s+|&\s+)?video|konten|artis|tulisan|topik)\s+(?:terkait|lainnya|serupa|rekomendasi)`,
        String.raw`terkait`,
        String.raw`lainnya`,
        String.raw`rekomendasi(?:\s+(?:untuk\s+(?:anda|kamu)|berita|artikel))?`,
        String.raw`berita\s+rekomendasi`,
        String.raw`pilihan\s+untuk(?:mu|\s+anda|\s+kamu)`,
        String.raw`jangan\s+lewatkan`,
        String.raw`(?:simak|baca)\s+(?:berita|artikel|[\p{L}]+)\s+(?:menarik\s+|populer\s+)?lainnya`,
        String.raw`baca\s+artikel\s+menarik\s+lainnya`,
        String.raw`artikel\s+menarik\s+lainnya`,
        String.raw`related(?:\s+(?:news|articles?|posts?|stories))?`,
        String.raw`read\s+also`,
        String.raw`also\s+read`,
        String.raw`you\s+may\s+also\s+like`,
        String.raw`more\s+(?:stories|news)`,
        String.raw`must\s+read`,
        String.raw`see\s+also`,
      ) + String.raw`\s*[:!.]*`,
    ),
    lang: 'any',
    examples: ['BERITA TERKAIT', 'Baca Juga', 'Berita Lainnya', 'Rekomendasi'],
    maxChars: 60,
    startsList: true,
  },
  {
    id: 'popular-list-header',
    pattern: wholeBlock(
      oneOf(
        String.raw`(?:(?:berita|artikel|foto|video|artis|topik)\s+)?terpopuler(?:\s+(?:hari\s+ini|minggu\s+ini|pekan\s+ini|indonesia))?`,
        String.raw`(?:berita\s+)?populer`,
        String.raw`terkomentari`,
        String.raw`(?:berita\s+)?(?:terkini|terbaru)`,
        String.raw`trending(?:\s+(?:now|topic))?`,
        String.raw`sedang\s+trending`,
        String.raw`most\s+(?:popular|viewed|read|commented)`,
        String.raw`popular(?:\s+(?:news|videos?|photos?|articles?))?`,
        String.raw`top\s+news`,
        String.raw`latest(?:\s+news)?`,
        String.raw`the\s+latest`,
        String.raw`headlines?`,
        String.raw`pilihan\s+redaksi`,
        String.raw`editor['’]?s?\s+(?:pick|choice)`,
        String.raw`(?:topik|berita|foto|video)\s+pilihan`,
        String.raw`paling\s+banyak\s+dibaca`,
        String.raw`hot\s+topics?`,
      ) + String.raw`\s*\|?`,
    ),
    lang: 'any',
    examples: ['TERPOPULER', 'Terkini', 'Pilihan Redaksi', 'Topik Pilihan'],
    maxChars: 60,
    startsList: true,
  },
  {
    id: 'news-label',
    pattern: wholeBlock(
      String.raw`breaking(?:\s+news)?`,
      String.raw`live(?:\s+(?:report|update[s]?))?`,
      String.raw`laporan\s+langsung`,
      String.raw`siaran\s+langsung`,
      String.raw`sedang\s+berlangsung`,
      String.raw`news\s+flash`,
      String.raw`flash\s+news`,
      String.raw`just\s+in`,
      String.raw`hot\s+(?:news|issue)`,
      String.raw`berita\s+utama`,
      String.raw`exclusive`,
      String.raw`eksklusif`,
      String.raw`(?:konten|artikel)\s+premium`,
      String.raw`premium`,
    ),
    lang: 'any',
    examples: ['BREAKING NEWS', 'Live Report', 'LIVE'],
    maxChars: 40,
  },
];
