import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { foldCase, matchBoilerplate, phraseMatcher } from '../../src/clean/matcher.js';
import {
  BOILERPLATE_PHRASES,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
  INDONESIAN_MONTHS,
  INDONESIAN_WEEKDAYS,
  type BoilerplatePhrase,
} from '../../src/clean/phrases/index.js';

/** The cleaner's rule: a block longer than a phrase's cap is never that phrase. */
function matches(phrase: BoilerplatePhrase, block: string): boolean {
  return block.length <= phrase.maxChars && phrase.pattern.test(block);
}

function matchesAny(block: string): string | null {
  return BOILERPLATE_PHRASES.find((phrase) => matches(phrase, block))?.id ?? null;
}

/** The source with escapes and character classes blanked, so only real alternation bars remain. */
function alternationSkeleton(source: string): string {
  return source.replace(/\\./g, 'e').replace(/\[(?:\\.|[^\]\\])*\]/g, 'c');
}

/** Body text in the style of Indonesian and English news: none of it may ever be removed. */
const BODY_BLOCKS = [
  'JAKARTA - Presiden meminta seluruh kepala daerah menyiapkan langkah antisipasi menghadapi musim kemarau panjang tahun ini.',
  'Jakarta -',
  'Selasa (18/6)',
  'Baca juga buku itu, kata dia.',
  'Editor senior itu mengatakan redaksi akan meninjau ulang tulisan tersebut sebelum terbit.',
  'Penulis buku itu, Fulan Fulani, menyebut naskahnya rampung dalam dua tahun.',
  'Foto-foto itu beredar di media sosial sejak Selasa (18/6).',
  'Foto itu diambil warga dari lantai dua rumahnya.',
  'Kronologi kejadian',
  'Tanggapan Polisi',
  'Daftar Pemenang',
  'Persaingan',
  'Layanan 4G',
  '“Kami siap bekerja sama dengan semua pihak.”',
  '"Saya tidak tahu apa-apa soal itu," katanya singkat.',
  'Oleh karena itu, pemerintah meminta warga tetap waspada terhadap cuaca ekstrem.',
  'Sumber masalahnya, kata dia, ada pada distribusi pupuk yang terlambat.',
  'Harga cabai merah Rp 50.000 / kg',
  'Pukul 10.30 WIB, massa mulai membubarkan diri dengan tertib.',
  'Pada 18 Juni 2024, KPU menetapkan hasil rekapitulasi suara nasional.',
  '18 Juni 2024 menjadi hari bersejarah bagi warga desa itu.',
  'Mulai 1 Juli 2024, tarif KRL untuk penumpang umum naik Rp 1.000.',
  'Simak video itu, kata polisi, pelaku tampak membawa senjata tajam.',
  'Tonton juga pertandingan final yang digelar Minggu malam di Stadion Utama.',
  'Lihat juga bagaimana warga bergotong royong membersihkan lumpur.',
  'Ikuti langkah berikut untuk mendaftar di aplikasi layanan kesehatan.',
  'Dapatkan diskon hingga 50 persen melalui aplikasi belanja daring tersebut.',
  'Komentar warganet pun beragam menanggapi video tersebut.',
  'Terkait hal itu, Kementerian Kesehatan meminta warga memeriksakan diri.',
  'Terkini, korban meninggal akibat banjir bertambah menjadi 12 orang.',
  'Iklan rokok dilarang tayang di televisi pada jam tayang utama.',
  'Advertorial itu dimuat di halaman depan surat kabar lokal.',
  'Masuk ke dalam rumah, polisi menemukan barang bukti berupa dua ponsel.',
  '#SaveHutan menggema di media sosial sejak Senin pagi.',
  'Video: https://www.youtube.com/watch?v=abc123xyz',
  '(Foto: http://www.contoh.co.id/galeri/foto-1.jpg)',
  'SURABAYA, 18 Juni 2024 (Antara/PRNewswire) --',
  'KONTAK: info@contoh.co.id',
  'Kapolres AKBP Fulan (kanan) saat memberikan keterangan kepada wartawan.',
  'By 2030, the government aims to cut emissions by 31 percent.',
  'Share of renewable energy rose to 13 percent last year, the ministry said.',
  'Live music filled the square on Saturday night as thousands gathered.',
  'The Jakarta Post reported on Tuesday that exports rose 5 percent.',
  'Hak cipta lagu itu kini dipegang oleh ahli waris sang pencipta.',
  'Dilarang mengambil gambar di area ini, kata petugas keamanan museum.',
  'Laporan wartawan itu kemudian dibantah oleh juru bicara kepolisian.',
  'Artikel ini membahas tiga penyebab utama inflasi pangan.',
  'Awal Cerita',
  'Lantas bagaimana akhir cerita kedua sejoli ini?',
  'Dalam foto yang diunggah akun Instagram resminya, ia tampak tersenyum.',
  'Kondisi jalan terlihat dalam foto: rusak parah dan berlubang di banyak titik.',
  'Langganan listrik PLN bisa dilakukan lewat aplikasi PLN Mobile.',
  'Ikuti akun Instagram @bmkg untuk informasi cuaca terkini.',
  'Dapatkan informasi lengkap melalui aplikasi Mobile JKN.',
  'Ia tiba 10 menit lalu.',
  'Kawasan itu kini menjadi zona Bisnis/Perdagangan. Warga menolak rencana tersebut (Fulan/warga)',
];

/** Realistic boilerplate beyond each phrase's own examples, one or more per category. */
const BOILERPLATE_BLOCKS = [
  'Advertisement',
  'Scroll untuk melanjutkan',
  'Lanjut baca',
  'Simak juga: Daftar Harga BBM Terbaru Bulan Ini',
  'Tonton juga: Momen Haru Pelepasan Jemaah Haji',
  'Saksikan juga: Banjir Bandang Terjang Permukiman',
  '( Baca: Warga Temukan Ular Sanca di Dapur )',
  'Baca selengkapnya',
  'Baca berita Tribun Jateng lainnya di Google News',
  'Artikel ini telah tayang di Kompas.com dengan judul "Contoh Judul Berita", Klik untuk baca: https://www.kompas.com/contoh',
  '[Gambas:Video CNBC]',
  '(ap/ap)',
  '(mdk/ded)',
  '(ant)',
  '(Antara)',
  'Cek berita dan artikel yang lain di Google News dan ikuti WhatsApp channel kami',
  '* Follow Official WhatsApp Channel Contoh.com untuk mendapatkan berita-berita terkini dengan mengklik tautan ini.',
  'Share on Facebook',
  'Klik di sini.',
  'Berita Terkait',
  'Lihat Juga :',
  'Pilihan Untukmu',
  'Video pilihan',
  'FOTO: dok. Humas Polri',
  'Foto: detikcom/Fulan Fulani',
  'Sumber foto: Instagram @contoh',
  'ist',
  'ANTARA FOTO/Fulan Fulani',
  '(ANTARA/Fulan)',
  'iStockphoto/Fulan',
  'Image: TEMPO/Fulan Fulani',
  'Kamis 20 Juni 2024, 08:15 WITA',
  'Rabu, 19 Jun 2024 14:02 WIB',
  'Dipublikasikan 19 Juni 2024',
  'Jumat, 21 Juni 2024',
  "Jum'at, 21 Juni 2024 | 09:30 WIB",
  '21 Juni 2024 - 09.30 WIT',
  'Wednesday, 19 June, 2024 | 07:28 WIB',
  'Kompas.com - 18/06/2024, 06:16 WIB',
  'Reporter: Fulan Fulani',
  'Redaktur: Fulan',
  'Kontributor Yogyakarta: Fulan Fulani',
  'Fotografer: Fulan Fulani',
  'Penyunting: Siti Aminah',
  'Laporan Reporter Tribun Jogja, Fulan Fulani',
  'Oleh: Fulan Fulani',
  'Sumber: Antara',
  'Home',
  'Indeks',
  'News',
  'Login',
  'Masuk',
  'Daftar',
  'Menu',
  'Cari',
  'Tutup',
  'Close',
  'Selanjutnya',
  'Sebelumnya',
  'Next',
  'Tag:',
  'Topik: Pemilu 2024',
  'Tulis komentar',
  'Hak Cipta © 2024 PT Media Contoh',
  'Copyright © 2024 PT Media Contoh',
  '1 jam yang lalu',
  'Telah dibaca 2.9k kali',
  'url telah tercopy',
  'Silakan login untuk berkomentar.',
  'Follow WhatsApp Channel Contoh untuk update berita terbaru setiap hari',
  'Click here to get the latest news updates from Tempo on Google News',
  "Editor's Choice: Rupiah Slides Past 16,400 per US Dollar",
  'Kamis, 20 Juni 2024 - 08:15 WIB | Penulis: Admin | Dibaca: 1.284 kali',
  'Nasional 24 menit lalu',
  'Motorists queue for fuel at a gas station in South Jakarta. TEMPO/Fulan Fulani',
  'Pedagang menata cabai di Pasar Induk, Senin (17/6/2024).(KOMPAS.com/FULAN FULANI)',
];

describe('BOILERPLATE_PHRASES table', () => {
  it('has unique kebab-case ids', () => {
    const ids = BOILERPLATE_PHRASES.map((phrase) => phrase.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('anchors every pattern, case-insensitive and Unicode, with no empty alternative', () => {
    for (const { id, pattern } of BOILERPLATE_PHRASES) {
      expect(pattern.flags, id).toBe('iu');
      expect(pattern.source.startsWith('^'), id).toBe(true);
      expect(pattern.source.endsWith('$') && !pattern.source.endsWith('\\$'), id).toBe(true);
      expect(alternationSkeleton(pattern.source), id).not.toMatch(/\(\||\|\||\|\)|\(\?:\||\(\?[=!]\|/);
    }
  });

  it('caps every phrase between 1 and 400 characters', () => {
    for (const { id, maxChars } of BOILERPLATE_PHRASES) {
      expect(Number.isInteger(maxChars), id).toBe(true);
      expect(maxChars, id).toBeGreaterThanOrEqual(1);
      expect(maxChars, id).toBeLessThanOrEqual(400);
    }
  });

  it('marks only list headers as starting a list', () => {
    const listHeaders = BOILERPLATE_PHRASES.filter((phrase) => phrase.startsList).map((phrase) => phrase.id);
    expect(listHeaders.sort()).toEqual(['popular-list-header', 'related-list-header']);
  });
});

describe('examples', () => {
  it('gives each phrase between 2 and 4 examples', () => {
    for (const { id, examples } of BOILERPLATE_PHRASES) {
      expect(examples.length, id).toBeGreaterThanOrEqual(2);
      expect(examples.length, id).toBeLessThanOrEqual(4);
    }
  });

  it('matches every example with its own phrase, within its cap', () => {
    for (const phrase of BOILERPLATE_PHRASES) {
      for (const example of phrase.examples) {
        expect(example.length, `${phrase.id}: ${example}`).toBeLessThanOrEqual(phrase.maxChars);
        expect(phrase.pattern.test(example), `${phrase.id}: ${example}`).toBe(true);
      }
    }
  });

  it('removes each example as its own phrase, not an earlier one', () => {
    for (const phrase of BOILERPLATE_PHRASES) {
      for (const example of phrase.examples) expect(matchesAny(example), example).toBe(phrase.id);
    }
  });

  it.each(BOILERPLATE_BLOCKS)('removes %j', (block) => {
    expect(matchesAny(block)).not.toBeNull();
  });
});

describe('body text', () => {
  it('has enough samples to mean something', () => {
    expect(BODY_BLOCKS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BODY_BLOCKS)('keeps %j', (block) => {
    expect(matchesAny(block)).toBeNull();
  });

  it('keeps a long paragraph that opens like boilerplate', () => {
    const paragraph = `Baca juga: ${'warga diminta tetap tenang dan mengikuti arahan petugas di lapangan. '.repeat(6)}`;
    expect(matchesAny(paragraph)).toBeNull();
  });
});

describe('date lines', () => {
  const dateLine = BOILERPLATE_PHRASES.find((phrase) => phrase.id === 'date-line');

  it('knows every weekday and every spelling of every month', () => {
    expect(INDONESIAN_MONTHS).toHaveLength(12);
    expect(ENGLISH_MONTHS).toHaveLength(12);
    if (!dateLine) throw new Error('no date-line phrase');
    for (const weekday of [...INDONESIAN_WEEKDAYS, ...ENGLISH_WEEKDAYS]) {
      for (const month of [...INDONESIAN_MONTHS.flat(), ...ENGLISH_MONTHS.flat()]) {
        const block = `${weekday}, 3 ${month} 2024 - 10:00 WIB`;
        expect(matches(dateLine, block), block).toBe(true);
      }
    }
  });
});

describe('pathological input', () => {
  const LONG = [
    'A '.repeat(25_000),
    `Baca juga: ${'x'.repeat(50_000)}`,
    '('.repeat(50_000),
    '1 '.repeat(25_000),
    '1'.repeat(50_000),
    '#a'.repeat(25_000),
    'Home > '.repeat(7_200),
    'Share '.repeat(8_400),
    `Foto: ${'a '.repeat(25_000)}`,
    'Senin, 18 Juni 2024 '.repeat(2_500),
    'Penulis: a | '.repeat(3_900),
    `${' '.repeat(49_999)}a`,
  ];

  it('never takes a 50,000-character block, the cap is checked first', () => {
    for (const block of LONG) {
      expect(block.length).toBeGreaterThanOrEqual(50_000);
      expect(matchesAny(block)).toBeNull();
    }
  });

  it('finishes every pattern on 2,000-character versions of the same input', () => {
    for (const block of LONG.map((long) => long.slice(0, 2_000))) {
      for (const phrase of BOILERPLATE_PHRASES) expect(typeof phrase.pattern.test(block)).toBe('boolean');
    }
  });
});

describe('the matcher, which reads the table without `i`', () => {
  it('folds only what /iu takes for an ASCII letter, keeping the length', () => {
    expect(foldCase('Baca JUGA: ſiaran \u212aompas İstanbul ılık Éclair')).toBe('baca juga: siaran kompas İstanbul ılık Éclair');
  });

  it('reads every phrase of the table without `i`', () => {
    for (const phrase of BOILERPLATE_PHRASES) expect(phraseMatcher(phrase).folded, phrase.id).not.toBeNull();
  });

  it('gives each phrase the verdict of its own /iu pattern, on its examples changed at random', () => {
    const forms: Record<string, string[]> = { s: ['S', '\u017f'], k: ['K', '\u212a'], i: ['I', 'İ', 'ı'], e: ['E', 'é', 'É'], a: ['A', 'ä'] };
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('case', 'form', 'insert', 'delete'), char: fc.constantFrom('a', 'Z', ' ', '.', ':', '-', 'ſ', 'K', 'İ', '😀', '»', '1') });
    const changed = fc.record({
      phrase: fc.constantFrom(...BOILERPLATE_PHRASES),
      example: fc.nat(),
      edits: fc.array(edit, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(changed, ({ phrase, example, edits }) => {
        let text = phrase.examples[example % phrase.examples.length]!;
        for (const { at, kind, char } of edits) {
          const i = at % (text.length + 1);
          const here = text[i] ?? '';
          const replacement =
            kind === 'case' ? here.toUpperCase() : kind === 'form' ? (forms[here.toLowerCase()]?.[at % 3] ?? here) : kind === 'insert' ? char + here : '';
          text = text.slice(0, i) + replacement + text.slice(i + 1);
        }
        expect(phraseMatcher(phrase).folded!.test(foldCase(text)), `${phrase.id}: ${text}`).toBe(phrase.pattern.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("tests a pattern it cannot read without `i` as it is: upper case, other scripts' letters, character codes, case-sensitive properties, back-references", () => {
    const phrase = (id: string, pattern: RegExp, example: string): BoilerplatePhrase => ({ id, pattern, lang: 'any', examples: [example], maxChars: 50 });
    const table = [
      phrase('upper', /^Baca\s+JUGA$/iu, 'baca juga'),
      phrase('accent', /^kafé$/iu, 'KAFÉ'),
      phrase('code', /^caf\u00e9$/iu, 'CAFÉ'),
      phrase('property', /^x\p{Lu}$/iu, 'xa'),
      phrase('back-reference', /^(é)\1$/iu, 'éÉ'),
    ];
    for (const entry of table) {
      expect(phraseMatcher(entry).folded, entry.id).toBeNull();
      expect(matchBoilerplate(entry.examples[0]!, table)?.id, entry.id).toBe(entry.id);
    }
  });
});
