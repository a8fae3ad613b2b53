import type { BoilerplatePhrase } from './types.js';
import { CREDIT_ROLE, DATE_LINE, PHOTO_LIBRARIES, SOURCE, WIRE_AGENCIES, ZONED_TIME, alternation, oneOf, wholeBlock } from './words.js';

/**
 * Credits, captions, copyright, date lines and bylines.
 */
export const CREDIT_PHRASES: BoilerplatePhrase[] = [
  {
    // A credit alone on its line: `Foto: Antara/Fulan`, `(Foto: iStock)`, `Dok. Istimewa`, `ist`.
    id: 'photo-credit',
    pattern: wholeBlock(
      String.raw`[-–—]?\s?[(\[]?\s*` +
      oneOf(
        String.raw`(?:(?:foto\s+)?ilustrasi\s*[.,:-]?\s*)?(?:sumber\s+)?(?:foto|photo|image|gambar|grafis|infografis|kredit\s+foto|credit)\s*[:/]\s*(?!\s*(?:https?:|www\.))[^()\[\],!?\s]+(?:\s[^()\[\],!?\s]+){0,5}`,
        String.raw`(?:dok|doc|dokumentasi)\s*[.:]\s*[^()\[\]]{0,60}`,
        String.raw`(?:${SOURCE})(?:\s+foto)?\s*\/\s*[^\s()\[\]/][^()\[\]]{0,60}`,
        String.raw`ist(?:imewa)?`,
        String.raw`ilustrasi`,
        String.raw`net`,
        String.raw`internet`,
        String.raw`tangkapan\s+layar(?:\s+[^()\[\]]{1,50})?`,
        String.raw`screenshot`,
        alternation([...WIRE_AGENCIES, ...PHOTO_LIBRARIES]),
      ) + String.raw`\s*[)\]]?`,
    ),
    lang: 'any',
    examples: ['Foto: Antara/Fulan Fulani', '(Foto: iStock)', 'Ilustrasi. Foto: Shutterstock', 'Dok. Istimewa'],
    maxChars: 90,
  },
  {
    id: 'copyright',
    pattern: wholeBlock(
      String.raw`[\d\s–-]{0,12}(?:©|\(c\)|copyright\s*(?:©|@|\(c\)|\d{4})|hak\s+cipta\s+(?:©|\d{4}|dilindungi)).{0,240}`,
      String.raw`.{0,200}all\s+rights\s+reserved\.?`,
      String.raw`copyright`,
      String.raw`dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|menayangkan|memperbanyak|mereproduksi|menyebarluaskan)\b(?=.{0,200}\b(?:artikel|konten|berita|tulisan)\b)(?=.{0,260}\b(?:seizin|izin|redaksi)\b).{0,280}`,
    ),
    lang: 'any',
    examples: [
      '© 2024 Kompas.com',
      'Copyright © 2024 PT Media Fulan. All Rights Reserved.',
      'Hak cipta dilindungi undang-undang',
      'Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas untuk konten akun media sosial komersil tanpa seizin redaksi.',
    ],
    maxChars: 300,
  },
  {
    // A short caption ending on its credit. Gallery pages tell their story in captions of the
    // same shape, usually longer: the tight cap keeps those (and any paragraph with a caption
    // sentence inside); agency codes such as `(ant/nm)` or a bare `(Reuters)` close real paragraphs
    // and are not credits here.
    id: 'photo-caption',
    pattern: wholeBlock(
      String.raw`(?!.*:\/\/).{8,150}?` +
      oneOf(
        String.raw`(?:[.!?]\s|\s?\()\s*(?:foto|photo|image|gambar|sumber\s+foto)\s*:\s*[^()\[\],!?\s]+(?:\s[^()\[\],!?\s]+){0,5}\)?`,
        String.raw`\s?[(\[]\s*(?:${SOURCE})(?:\s+foto)?\s*\/\s*[^()\[\]]{1,60}[)\]]`,
        String.raw`\s?[(\[]\s*[^()\[\]\/\s]+(?:\s[^()\[\]\/\s]+){1,4}\s?\/\s?(?:${SOURCE})\s*[)\]]`,
        String.raw`\s?\(\s*(?:ist|istimewa|net|ilustrasi|dok\.?(?:\s[^()]{1,40})?|(?:instagram|twitter|youtube|tiktok|facebook|tangkapan\s+layar|screenshot)(?:\s[^()]{1,50})?|${alternation(PHOTO_LIBRARIES)})\s*\)`,
        String.raw`[.)]\s+(?:${SOURCE})\s*\/\s*[\p{L} .'-]{2,50}`,
        String.raw`\s?\/?\s*©\s*[^©]{1,60}`,
      ),
    ),
    lang: 'any',
    examples: [
      'Ilustrasi. Sawah yang mengering di Kabupaten Fulan. (ANTARA FOTO/Fulan Fulani)',
      'Foto: Kepadatan kendaraan di kawasan Tendean (Fulan Fulani/detikcom)',
      'Warga antre membeli minyak goreng di pasar, Selasa (18/6/2024). (Foto: Istimewa)',
      'Petugas memeriksa tanggul di pesisir utara. TRIBUNJATENG.COM/FULAN FULANI',
    ],
    maxChars: 155,
  },
  {
    // A dateline alone on its line. `Selasa (18/6)` inside prose has no year and stays.
    id: 'date-line',
    pattern: wholeBlock(DATE_LINE, ZONED_TIME),
    lang: 'any',
    examples: [
      'Selasa, 18 Jun 2024 - 07:05 WIB',
      'Senin, 17 Juni 2024 | 10:30 WIB',
      '18/06/2024, 10:30 WIB',
      'Diperbarui 19 Juni 2024, 14:02 WIB',
    ],
    maxChars: 120,
  },
  {
    id: 'relative-time',
    pattern: wholeBlock(
      String.raw`(?:[\p{L}]+\s){0,2}(?:\d{1,3}|se|satu|an?)\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)`,
      String.raw`baru\s+saja`,
      String.raw`just\s+now`,
    ),
    lang: 'any',
    examples: ['46 menit lalu', '2 jam yang lalu', '3 days ago'],
    maxChars: 40,
  },
  {
    // `Editor senior itu ...` and `Penulis buku itu ...` stay: a role needs a colon or must stand alone.
    id: 'credit-line',
    pattern: wholeBlock(
      String.raw`(?:${CREDIT_ROLE})\s*:?`,
      String.raw`(?:${CREDIT_ROLE})\s*:\s*[^|]{1,80}(?:\s*[|,/]\s*(?:${CREDIT_ROLE})\s*:\s*[^|]{1,80}){0,4}`,
      String.raw`:\s*[^|:]{1,60}`,
      String.raw`laporan\s+(?:wartawan|reporter|koresponden|kontributor|jurnalis)\s+[\p{L}\d ]{2,40}(?:\.(?:com|co\.id|id))?,\s*[\p{L} .'-]{0,60}[\p{L}]`,
      String.raw`kontributor\s+[\p{L} ]{2,30},\s*[\p{L} .'-]{0,60}[\p{L}]`,
      String.raw`by\s+[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,3}`,
      String.raw`[\p{L} .'-]{3,50}\s[-–]\s(?:detik[\p{L}]*|kumparan[\p{L}]*)`,
    ),
    lang: 'any',
    examples: ['Penulis: Fulan Fulani | Editor: Siti Aminah', 'Editor : Fulan Fulani', 'Laporan Wartawan Tribunnews.com, Fulan Fulani', 'Pewarta:'],
    maxChars: 180,
  },
];
