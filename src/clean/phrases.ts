/**
 * Boilerplate that Indonesian (and English) news pages wrap around an article, as data.
 *
 * Each pattern is tested against one whole block (a line of a text page, a paragraph of an HTML
 * page) after whitespace is collapsed and the block trimmed; a match removes the block with the
 * reason `boilerplate:<id>`. Patterns must be anchored (`^...$`) so that they only ever take a
 * block that is nothing but boilerplate: a body paragraph never goes.
 *
 * Where a pattern needs a list of words (weekdays, months, photo agencies) the list is a named
 * array below and the pattern is assembled from it, so that the lists can be read and reused.
 */
export interface BoilerplatePhrase {
  /** Reason id suffix, kebab-case and unique: `baca-juga` gives `boilerplate:baca-juga`. */
  id: string;
  /** Anchored, case-insensitive, Unicode (`/^...$/iu`). */
  pattern: RegExp;
  lang: 'id' | 'en' | 'any';
  /** Real-looking blocks it must remove (the table test checks each one matches). */
  examples: string[];
  /** A block longer than this is never this boilerplate, whatever the pattern says. */
  maxChars: number;
  /** The block heads a list of headlines (related, popular): the short lines after it go too. */
  startsList?: boolean;
}

/** Weekdays as datelines spell them; `Jum'at` and `Ahad` are common variants. */
export const INDONESIAN_WEEKDAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu', 'Ahad'] as const;

export const ENGLISH_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * Month names, January first: entry `i` is month `i + 1`, its full name first, then the short and
 * older spellings newsrooms still print (`Mrt`, `Agt`, `Nop`, `Pebruari`).
 */
export const INDONESIAN_MONTHS = [
  ['Januari', 'Jan'],
  ['Februari', 'Pebruari', 'Feb', 'Peb'],
  ['Maret', 'Mar', 'Mrt'],
  ['April', 'Apr'],
  ['Mei'],
  ['Juni', 'Jun'],
  ['Juli', 'Jul'],
  ['Agustus', 'Agu', 'Agt', 'Ags', 'Agst'],
  ['September', 'Sep', 'Sept'],
  ['Oktober', 'Okt'],
  ['November', 'Nopember', 'Nov', 'Nop'],
  ['Desember', 'Des'],
] as const;

/** Same layout as `INDONESIAN_MONTHS`: English-language pages and bylines use these. */
export const ENGLISH_MONTHS = [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sep', 'Sept'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
] as const;

/** Time zones of Indonesian datelines (western, central, eastern), plus the international ones. */
export const TIME_ZONES = ['WIB', 'WITA', 'WIT', 'GMT', 'UTC'] as const;

/**
 * Newsrooms and photo agencies whose name heads an `Agency/Photographer` credit
 * (`ANTARA FOTO/Fulan`, `Republika/Fulan`); newsroom domains (`KOMPAS.com/FULAN`) are below.
 */
const PHOTO_SOURCES = [
  'ANTARA FOTO', 'ANTARA', 'Antaranews', 'Reuters', 'AFP', 'AP Photo', 'AP', 'EPA-EFE', 'EPA', 'Xinhua', 'Getty Images',
  'iStockphoto', 'iStock', 'Shutterstock', 'Unsplash', 'Pexels', 'Pixabay', 'Freepik', 'Kompas', 'Tempo', 'Republika',
  'detikcom', 'detikFoto', 'Tribunnews', 'Tribun', 'kumparan', 'Liputan6', 'SINDOnews', 'Okezone', 'VIVA', 'JPNN',
  'CNN Indonesia', 'CNBC Indonesia', 'Media Indonesia', 'MI', 'IDN Times', 'Bisnis', 'Kontan', 'Katadata', 'JP',
  'Jawa Pos', 'Beritasatu', 'Humas',
] as const;

/** Wire agencies: alone on a line they credit a photo, but `(Reuters)` also closes a wire story's text. */
const WIRE_AGENCIES = ['ANTARA', 'Reuters', 'AFP', 'Xinhua'] as const;

/** Photo libraries: their bare name credits a photo wherever it stands. */
const PHOTO_LIBRARIES = [
  'AP Photo', 'Getty Images', 'Unsplash', 'Freepik', 'Pixabay', 'Pexels', 'Shutterstock', 'iStockphoto', 'iStock',
] as const;

/**
 * Newsrooms whose domain signs photo credits (`KOMPAS.com/FULAN`; Tribun's regional sites as
 * `TribunJabar.id/Fulan`). Not any domain: `twitter.com/akun` alone on a line is a link, not a credit.
 */
const NEWSROOM_DOMAIN_NAMES = [
  'kompas', 'liputan6', 'suara', 'merdeka', 'okezone', 'antaranews', 'detik', 'tirto', 'kumparan', 'republika',
  'sindonews', 'tempo', 'viva', 'jpnn', 'idntimes', 'cnnindonesia', 'cnbcindonesia', 'inews', 'pikiran-rakyat', 'grid',
  'kontan', 'bisnis', 'katadata', 'beritasatu', 'jawapos', 'mediaindonesia',
] as const;

/** Regex alternation of literal words, longest first, with `'` also matching the typographic `’`. */
function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');
}

/** One group of alternatives, for a piece that a longer pattern wraps. */
function oneOf(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** The table's one way to build a pattern: any of the alternatives as the whole block, case-insensitive, Unicode. */
function wholeBlock(...alternatives: string[]): RegExp {
  return new RegExp(`^(?:${alternatives.join('|')})$`, 'iu');
}

const WEEKDAY = alternation([...INDONESIAN_WEEKDAYS, ...ENGLISH_WEEKDAYS]);
const MONTH = alternation([...INDONESIAN_MONTHS.flat(), ...ENGLISH_MONTHS.flat()]);
const ZONE = alternation(TIME_ZONES);
const DOMAIN = String.raw`[\p{L}\d-]{2,30}\.(?:co\.id|com|id|net|org|tv)`;
const NEWSROOM_DOMAIN = String.raw`(?:tribun[\p{L}-]*|${alternation(NEWSROOM_DOMAIN_NAMES)})\.(?:co\.id|com|id)`;
/** Who signs a photo credit: an agency or newsroom by name, or a newsroom domain. */
const SOURCE = `(?:${alternation(PHOTO_SOURCES)}|${NEWSROOM_DOMAIN})`;

/** `18 Juni 2024`, `04 November, 2015`, `June 18, 2024`, `18/06/2024`, `2024-06-18`; always with a year. */
const DATE = oneOf(
  String.raw`\d{1,2}\s*(?:${MONTH})\.?,?\s*\d{4}`,
  String.raw`(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
  String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`,
  String.raw`\d{4}-\d{2}-\d{2}`,
);
/** `07:05 WIB`, `pukul 09.30 WIT`, `at 09:10 WIB`, `18:20:00`, `7:05 PM`. */
const TIME = String.raw`(?:(?:pukul|jam|at)\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:${ZONE})(?:\s*[+-]\s*\d{1,2})?)?`;
/** A weekday, a date and a time, joined the ways sites join them (`,` `-` `|` `·` or a space). */
const DATETIME = String.raw`(?:(?:${WEEKDAY})\s*,?\s*)?${DATE}(?:\s*[-–—|,·•]?\s*(?:${TIME}))?`;
/** What sites put before a date line: a verb (`Diperbarui`), a preposition (`on`) or their own domain. */
const DATE_PREFIX = oneOf(
  String.raw`(?:(?:terakhir\s+)?diperbarui|diupdate|update[ds]?|last\s+updated|dipublikasikan|dipublikasi|diterbitkan|terbit|tayang|published|posted|diposting|dibuat|ditulis|pada|on)\s*:?\s*`,
  String.raw`${DOMAIN}\s*[-–—|]?\s*`,
);

/** A time alone on its line only counts with its zone: a bare `00:57` may be a video length. */
const ZONED_TIME = String.raw`(?:(?:pukul|jam)\s*)?\d{1,2}[:.]\d{2}\s*(?:${ZONE})`;

/** What a date line may carry after a `|`: a view count or a byline (`| 1.229 Views`, `| Penulis: Admin`). */
const DATE_SUFFIX = oneOf(
  String.raw`[\d.,]+\s*(?:views?|kali\s+dibaca|dibaca)`,
  String.raw`(?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+\s*(?:kali|x)?`,
  String.raw`(?:penulis|oleh|editor|reporter)\s*:\s*[^|]{1,40}`,
);

/** A date line, with an optional `Diperbarui` second date (`4 November 2008 03:51 Diperbarui: 26 Juni 2015 20:25`). */
const DATE_LINE = String.raw`${DATE_PREFIX}?${DATETIME}(?:\s*[|,]?\s*(?:diperbarui|updated?)\s*:?\s*${DATETIME})?(?:\s*\|\s*${DATE_SUFFIX}){0,3}\s*\|?`;

/** Where a follow prompt sends the reader: a follow prompt names one of these. */
const FOLLOW_CHANNEL = oneOf(
  String.raw`google\s+news`,
  String.raw`whatsapp`,
  String.raw`wa\s+channel`,
  String.raw`telegram`,
  String.raw`instagram`,
  String.raw`twitter`,
  String.raw`facebook`,
  String.raw`tiktok`,
  String.raw`youtube`,
  String.raw`channel`,
  String.raw`saluran`,
  String.raw`newsletter`,
  String.raw`aplikasi`,
  String.raw`app\s*store`,
  String.raw`play\s*store`,
  String.raw`ponsel(?:mu)?`,
  String.raw`notifikasi`,
  String.raw`cek\s+fakta`,
  String.raw`grup`,
  String.raw`kanal`,
);

/** Roles that label a byline or credit: `Penulis: A | Editor: B`. */
const CREDIT_ROLES = [
  'Penulis', 'Editor', 'Editor Foto', 'Foto Editor', 'Reporter', 'Pewarta', 'Redaktur', 'Redaktur Pelaksana', 'Penyunting',
  'Fotografer', 'Photographer', 'Videografer', 'Kameramen', 'Oleh', 'Sumber', 'Wartawan', 'Jurnalis', 'Koresponden',
  'Author', 'Writer', 'Editing', 'Penerjemah', 'Translator', 'Rep', 'Red', 'Produser', 'Penanggung Jawab', 'Tim Redaksi',
  'Redaksi', 'Laporan', 'Credit', 'Credits',
] as const;
/** A role, or `Kontributor` with its city (`Kontributor Lhokseumawe`). */
const CREDIT_ROLE = String.raw`${alternation(CREDIT_ROLES)}|kontributor(?:\s+[\p{L}]+){0,3}`;

/** Networks that share buttons name. */
const SHARE_NETWORKS = [
  'Facebook', 'FB', 'Twitter', 'X', 'WhatsApp', 'WA', 'Telegram', 'Line', 'LinkedIn', 'Pinterest', 'Google+', 'Google +',
  'Google Plus', 'Google', 'Email', 'E-mail', 'Mail', 'Path', 'Tumblr', 'Reddit', 'Threads', 'Instagram', 'TikTok',
  'YouTube', 'Messenger',
] as const;
const SHARE_NETWORK = alternation(SHARE_NETWORKS);

/** One button of a share bar; bars glue them together (`Bagikan ke WhatsAppBagikan ke Twitter`). */
const SHARE_BUTTON = oneOf(
  String.raw`(?:share|bagikan|kirim|sebarkan)(?:\s(?:on|ke|via|to|lewat|artikel(?:\sini)?|berita\sini|halaman\sini|this(?:\sarticle)?)){0,3}(?:\s?:?\s?(?:${SHARE_NETWORK}))?`,
  SHARE_NETWORK,
  String.raw`copy(?:\slink)?`,
  String.raw`salin(?:\s(?:tautan|link))?`,
  String.raw`link\s(?:successfully\scopied|berhasil\sdisalin|copied)`,
  String.raw`(?:url|link|tautan)\s(?:telah\s|berhasil\s|sudah\s)?(?:tercopy|tersalin|disalin|dicopy|di-copy|copied)`,
  String.raw`tweet`,
  String.raw`print`,
  String.raw`cetak`,
  String.raw`pin\s?t?\sit`,
  String.raw`follow(?:\sus)?(?:\son)?(?:\sour\ssocial\smedia)?`,
  String.raw`ikuti\skami(?:\sdi)?`,
  String.raw`find\sus\son`,
  String.raw`subscribe`,
  String.raw`tweets\sby\s@\w{1,30}`,
  String.raw`toggle`,
);

export const BOILERPLATE_PHRASES: BoilerplatePhrase[] = [
  {
    id: 'loading',
    pattern: wholeBlock(
      String.raw`(?:loading|memuat|sedang\s+memuat|mohon\s+tunggu|harap\s+tunggu|please\s+wait)(?:\s*(?:\.{2,}|…))?`,
    ),
    lang: 'any',
    examples: ['loading...', 'Memuat…', 'loading…', 'Mohon tunggu...'],
    maxChars: 24,
  },
  {
    // Sites render their text-size buttons as bare `A` letters; a lone `A` block is never prose.
    id: 'font-size-control',
    pattern: wholeBlock(
      String.raw`(?:(?:a{1,2}[+-]?|reset)\s*\|?\s*){1,4}`,
      String.raw`text\s+sizes?`,
      String.raw`ukuran\s+(?:teks|huruf|font)`,
      String.raw`zoom\s+(?:in|out)`,
      String.raw`(?:perbesar|perkecil)(?:\s+(?:teks|huruf))?`,
    ),
    lang: 'any',
    examples: ['A', 'A A A', 'A- A+', 'Reset | A-'],
    maxChars: 24,
  },
  {
    id: 'advertisement',
    pattern: wholeBlock(
      String.raw`(?:advertisement|advertisment|advertising|iklan|ads?)(?:\s*[-–—:]?\s*(?:scroll\s+to\s+continue(?:\s+with\s+content)?|continue\s+reading\s+below))?`,
      String.raw`advertise(?:\s+with\s+us)?`,
      String.raw`(?:informasi\s+)?pemasangan\s+iklan`,
      String.raw`pasang\s+iklan`,
      String.raw`info\s+iklan`,
      String.raw`beriklan\s+di\s+sini`,
      String.raw`baca\s+berita\s+(?:dengan\s+sedikit|tanpa)\s+iklan[.,]?(?:\s*(?:klik\s+di\s?sini|gabung\s+[\p{L}\d.+]{2,30}))?[.!]?`,
    ),
    lang: 'any',
    examples: ['ADVERTISEMENT', 'Advertisement', 'IKLAN', 'Baca berita dengan sedikit iklan, klik di sini'],
    maxChars: 80,
  },
  {
    id: 'sponsored-label',
    pattern: wholeBlock(
      String.raw`konten\s+(?:ber)?sponsor`,
      String.raw`sponsored(?:\s+(?:content|post|links?))?`,
      String.raw`advertorial`,
      String.raw`promoted(?:\s+content)?`,
      String.raw`paid\s+(?:content|promote|partnership)`,
      String.raw`partner\s+content`,
      String.raw`konten\s+(?:mitra|kerja\s+sama|promosi)`,
      String.raw`(?:dipersembahkan|disponsori)\s+oleh\s+[\p{L}\d .&-]{2,40}`,
      String.raw`presented\s+by\s+[\p{L}\d .&-]{2,40}`,
    ),
    lang: 'any',
    examples: ['Konten Sponsor', 'Advertorial', 'Promoted', 'Sponsored Link'],
    maxChars: 60,
  },
  {
    id: 'continue-reading',
    pattern: wholeBlock(
      oneOf(
        String.raw`scroll\s+to\s+(?:continue|resume)(?:\s+(?:with\s+content|reading))?`,
        String.raw`scroll\s+(?:ke\s+bawah\s+)?untuk\s+(?:melanjutkan|lanjut)(?:\s+membaca)?`,
        String.raw`gulir\s+(?:ke\s+bawah\s+)?untuk\s+(?:melanjutkan|membaca)(?:\s+(?:artikel|berita))?`,
        String.raw`lanjutkan\s+membaca(?:\s+(?:artikel|berita))?`,
        String.raw`lanjut(?:kan)?\s+baca(?:an)?`,
        String.raw`lanjut\s+membaca`,
        String.raw`continue\s+reading`,
        String.raw`keep\s+reading`,
        String.raw`read\s+more`,
        String.raw`baca\s+lebih\s+lanjut`,
        String.raw`(?:load|muat|tampilkan)\s+(?:lebih\s+banyak|more)`,
        String.raw`load\s+more(?:\s*lihat\s+semua)?`,
      ) + String.raw`\s*[.…:!»›>→]*`,
    ),
    lang: 'any',
    examples: ['SCROLL TO CONTINUE WITH CONTENT', 'Scroll untuk melanjutkan membaca', 'Lanjutkan membaca', 'Lanjut baca ›'],
    maxChars: 60,
  },
  {
    // Inline "read also" links carry a headline after `:` or a dash; `Baca juga` alone heads a list below.
    id: 'baca-juga',
    pattern: wholeBlock(
      String.raw`[(\[]?\s*(?:(?:baca|lihat|simak|tonton|saksikan|cek)\s+(?:juga|pula)|read\s+also|see\s+also|also\s+read|editor['’]?s\s+(?:choice|pick)|pilihan\s+(?:editor|redaksi))\s*(?::|-|–|—|»|>)\s*.{3,240}?\s*[)\]]?`,
      String.raw`[(\[]\s*baca\s*:\s*.{3,240}?\s*[)\]]`,
      String.raw`baca\s*:\s*.{3,240}`,
    ),
    lang: 'any',
    examples: ['Baca juga: Polisi Tangkap Dua Pelaku Begal di Bekasi', 'Baca Juga : Harga Cabai Naik Jelang Lebaran', 'BACA JUGA:Warga Keluhkan Jalan Rusak', 'Lihat juga: Daftar Lengkap Menteri Baru'],
    maxChars: 260,
  },
  {
    id: 'read-more-link',
    pattern: wholeBlock(
      String.raw`(?:(?:baca|lihat|simak|cek|detail|info)\s+)?(?:(?:berita|artikel|ulasan|informasi)\s+)?selengkapnya(?:\s+(?:bisa\s+)?(?:baca|dibaca|klik|di\s?sini|disini|di\s+(?:tautan|link)\s+(?:ini|berikut)|berikut(?:\s+ini)?)){0,3}\s*[.:!»›>→…]*`,
      String.raw`klik\s+(?:di\s?sini|disini|link\s+ini|tautan\s+ini|link\s+berikut|tautan\s+berikut)\b.{0,160}`,
      String.raw`(?:[\p{L}]+\s+){0,3}(?:baca|klik|cek)(?:\s+[\p{L}-]+){0,6}\s+(?:di\s?sini|disini)[.!]?`,
      String.raw`baca\s+(?:berita|artikel)\s+.{0,60}?lainnya\s+di\s+.{1,80}`,
    ),
    lang: 'id',
    examples: ['Baca selengkapnya di sini', 'Berita selengkapnya bisa baca di sini', 'Klik di sini untuk mendapatkan berita terbaru', 'Baca berita menarik lainnya di Google News'],
    maxChars: 200,
  },
  {
    // Prompts to watch an embedded video; "Tonton video itu ..." in a sentence goes on past these forms.
    id: 'video-prompt',
    pattern: wholeBlock(
      String.raw`(?:simak|saksikan|tonton|lihat)\s+(?:juga\s+)?(?:video|live\s+streaming|siaran\s+langsung)(?:\s+(?:pilihan|menarik|terkait|lainnya|terbaru|lengkapnya|selengkapnya))?(?:\s+(?:berikut|di\s+bawah|dibawah)(?:\s+ini)?)?\s*:?`,
      String.raw`(?:simak|saksikan|tonton)\s+(?:juga\s+)?video\s*:?\s*["“'‘].{1,150}["”'’]\s*(?:(?:di\s+bawah|berikut)\s+ini)?[:.]?`,
      String.raw`watch(?:\s+the)?\s+video\s*:?`,
    ),
    lang: 'any',
    examples: ['Simak juga video pilihan berikut ini:', 'Simak Video "Detik-detik Banjir Rendam Permukiman Warga"', 'Saksikan Video Pilihan di Bawah Ini:'],
    maxChars: 200,
  },
  {
    id: 'syndication',
    pattern: wholeBlock(
      String.raw`(?:sebagian\s+)?(?:artikel|berita|tulisan|konten)\s+ini\s+(?:(?:telah|sudah|pernah|sebelumnya|pertama\s+kali)\s+)*(?:tayang|terbit|dimuat|diterbitkan|ditayangkan|dipublikasikan|publish)\s+(?:di|dalam|pada|oleh)\s.{2,360}`,
      String.raw`this\s+(?:article|story)\s+(?:was|has\s+been|is)\s+(?:first\s+|originally\s+)?(?:published|posted|republished)\s.{2,300}`,
    ),
    lang: 'any',
    examples: [
      'Artikel ini telah tayang di Kompas.com dengan judul "Banjir Rendam Tiga Kecamatan"',
      'Artikel ini telah tayang di Tribunnews.com dengan judul Polisi Selidiki Kebakaran Pasar, Klik untuk baca: https://www.tribunnews.com/regional/2024/06/18/polisi-selidiki',
      'Berita ini telah terbit di Antaranews.com',
    ],
    maxChars: 400,
  },
  {
    id: 'gambas-embed',
    pattern: wholeBlock(String.raw`[\[(]\s*gambas\s*:\s*[^\[\]()]{1,80}[\])]`),
    lang: 'id',
    examples: ['[Gambas:Video CNN]', '[Gambas:Instagram]', '(Gambas:Video 20detik)'],
    maxChars: 100,
  },
  {
    // The text an Instagram or X embed leaves behind once its script is gone.
    id: 'social-embed',
    pattern: wholeBlock(
      String.raw`view\s+this\s+post\s+on\s+instagram`,
      String.raw`lihat\s+(?:postingan|kiriman|unggahan)\s+ini\s+di\s+(?:instagram|tiktok|facebook|twitter|x)`,
      String.raw`(?:a\s+post\s+shared\s+by|sebuah\s+kiriman\s+dibagikan\s+oleh|kiriman\s+dibagikan\s+oleh)\s.{1,120}`,
      String.raw`[—–-]\s*[^()]{1,60}\(@[\w.]{1,30}\)\s+(?:(?:${MONTH})\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:${MONTH})\s+\d{4})`,
      String.raw`pic\.twitter\.com\/\w+`,
    ),
    lang: 'any',
    examples: ['View this post on Instagram', 'Sebuah kiriman dibagikan oleh Fulan Fulani (@fulanfulani)', '— Badan Cuaca (@badancuaca) June 18, 2024'],
    maxChars: 160,
  },
  {
    // Newsroom initials closing a story: `(akd/akd)`, `(kpl/pur/tch)`, `( Ant )`, `(*)`.
    id: 'reporter-code',
    pattern: wholeBlock(
      String.raw`[(\[]\s*(?:\*{1,3}|[\p{L}\d*.+-]{1,20}(?:\s[\p{L}\d*.+-]{1,20})?(?:\s*\/\s*[\p{L}\d*.+-]{1,20}){0,3})\s*[)\]](?:\s*[(\[]\s*[\p{L}\d*.+-]{1,10}\s*[)\]])?`,
    ),
    lang: 'id',
    examples: ['(akd/akd)', '(rdp/imk)', '(*)', '( Ant )'],
    maxChars: 40,
  },
  {
    // A call to follow the site: a known opening and, further on, where to follow it. "Ikuti
    // langkah berikut di aplikasi ..." in a how-to article has neither such opening nor intent.
    id: 'follow-prompt',
    pattern: wholeBlock(
      String.raw`[*•]?\s*(?:(?:yuk|ayo|mari)\s*,?\s*)?` +
      oneOf(
        String.raw`ikuti\s+(?:berita|kami|saluran|channel|update|kanal)`,
        String.raw`follow\s+(?:us|kami|berita|official|channel|saluran|whatsapp|instagram|twitter|tiktok|telegram|[\p{L}\d.]+\s+(?:di|on)\s)`,
        String.raw`simak\s+(?:breaking\s+news|berita|update|info|kabar)`,
        String.raw`dapatkan\s+(?:update|berita|info(?:rmasi)?|notifikasi|kabar|artikel)\s+(?:berita|terbaru|terkini|pilihan|menarik|lainnya|seputar|dari|harian)`,
        String.raw`cek\s+(?:berita|artikel|update|info)`,
        String.raw`(?:gabung|bergabung|join)\s+(?:(?:ke|di|dengan|bersama)\s+)?(?:grup|group|channel|saluran|komunitas|kanal|whatsapp|telegram|kami|sekarang)`,
        String.raw`(?:ber)?langganan\s+(?:newsletter|berita|kami|gratis|sekarang|notifikasi)`,
        String.raw`subscribe\s+(?:to\s+)?(?:our|newsletter|kanal|channel|sekarang|now)`,
        String.raw`jangan\s+(?:sampai\s+)?(?:lewatkan|ketinggalan)\s+(?:berita|update|info(?:rmasi)?|kabar)`,
        String.raw`fakta\s+atau\s+hoaks`,
        String.raw`untuk\s+mengetahui\s+kebenaran\s+informasi`,
        String.raw`click\s+here\s+to\s+(?:get|read|follow|join|subscribe)`,
      ) + String.raw`(?=.{0,300}?\b${FOLLOW_CHANNEL}\b).{0,390}`,
    ),
    lang: 'any',
    examples: [
      'Ikuti berita terkini dari Sindonews di Google News',
      'Follow Berita Okezone di Google News',
      'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/contoh',
      'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link https://t.me/contohkanal, kemudian join.',
    ],
    maxChars: 400,
  },
  {
    id: 'share-buttons',
    pattern: wholeBlock(String.raw`(?:${SHARE_BUTTON}\s?[|/·,:]?\s?){1,10}`),
    lang: 'any',
    examples: ['Bagikan', 'Share', 'Copy link', 'Bagikan ke WhatsAppBagikan ke TwitterBagikan ke Facebook'],
    maxChars: 160,
  },
  {
    id: 'comment-prompt',
    pattern: wholeBlock(
      String.raw`(?:\d+\s*)?(?:(?:tulis|beri(?:kan)?|isi|kirim|lihat|tampilkan|baca|tambah(?:kan)?)\s+)?komentar(?:i)?(?:\s+(?:anda|kamu|pembaca|artikel\s+ini|berita\s+ini))?(?:\s*:\s*\d+)?(?:\s*disclaimer)?\s*:?`,
      String.raw`(?:\d+\s*)?comments?`,
      String.raw`komentar\s*\(\s*\d+\s*\)`,
      String.raw`(?:silakan\s+)?(?:sign\s+in|log\s?in|masuk)\s+(?:untuk|to)\s+(?:post\s+a\s+comment|leave\s+a\s+comment|berkomentar|komentar|memberi\s+komentar)[.!]?`,
      String.raw`(?:sisa\s+karakter|characters?\s+left)\s*:?\s*\d*`,
      String.raw`laporkan\s+(?:konten|akun|komentar)`,
      String.raw`belum\s+ada\s+komentar.{0,80}`,
      String.raw`(?:berkomentarlah|komentar\s+(?:adalah|sepenuhnya)|setiap\s+komentar)\b(?=.{0,250}\b(?:redaksi|uu\s+ite|tanggapan\s+pribadi)\b).{0,250}`,
    ),
    lang: 'any',
    examples: ['Komentar', 'Tulis komentar', '0 komentar', 'Komentar adalah tanggapan pribadi, tidak mewakili kebijakan redaksi.'],
    maxChars: 300,
  },
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
  {
    id: 'navigation-label',
    pattern: wholeBlock(
      String.raw`[«‹<»›>+]?\s*` +
      oneOf(
        String.raw`home`,
        String.raw`beranda`,
        String.raw`halaman\s+utama`,
        String.raw`index`,
        String.raw`indeks(?:\s+(?:berita(?:\s+pilihan)?|terpopuler|terkomentari|headlines?|topik\s+pilihan|foto|video))?`,
        String.raw`news`,
        String.raw`login`,
        String.raw`log\s+in`,
        String.raw`logout`,
        String.raw`masuk`,
        String.raw`keluar`,
        String.raw`daftar`,
        String.raw`register`,
        String.raw`sign\s+(?:in|up)`,
        String.raw`menu`,
        String.raw`cari(?:\s+berita)?`,
        String.raw`search`,
        String.raw`pencarian`,
        String.raw`tutup`,
        String.raw`close`,
        String.raw`x`,
        String.raw`kembali(?:\s+ke\s+atas)?`,
        String.raw`ke\s+atas`,
        String.raw`back\s+to\s+top`,
        String.raw`selanjutnya`,
        String.raw`berikutnya`,
        String.raw`sebelumnya`,
        String.raw`next`,
        String.raw`prev(?:ious)?`,
        String.raw`lihat\s+semua(?:\s+hasil)?`,
        String.raw`view\s+all(?:\s+results?)?`,
        String.raw`see\s+all`,
        String.raw`tidak\s+ada\s+hasil`,
        String.raw`no\s+results?`,
        String.raw`(?:menuju|langsung\s+ke)\s+konten\s+utama`,
        String.raw`skip\s+to\s+(?:main\s+)?content`,
        String.raw`toggle(?:\s+navigation)?`,
        String.raw`site\s?map`,
        String.raw`disclaimer`,
        String.raw`pedoman\s+media\s+siber`,
        String.raw`tentang\s+kami`,
        String.raw`about\s+us`,
        String.raw`kontak\s+kami`,
        String.raw`hubungi\s+kami`,
        String.raw`contact(?:\s+us)?`,
        String.raw`(?:susunan\s+)?redaksi`,
        String.raw`karir`,
        String.raw`career`,
        String.raw`kebijakan\s+privasi`,
        String.raw`privacy\s+policy`,
        String.raw`ketentuan\s+penggunaan`,
        String.raw`terms\s+of\s+(?:use|service)`,
        String.raw`rss`,
        String.raw`kategori`,
        String.raw`arsip`,
        String.raw`mobile\s+version`,
        String.raw`desktop\s+version`,
        String.raw`versi\s+(?:mobile|desktop)`,
        String.raw`foto`,
        String.raw`video`,
        String.raw`galeri(?:\s+foto)?`,
        String.raw`infografis`,
        String.raw`more\s+photos`,
        String.raw`vote\s+photo`,
        String.raw`lihat\s+(?:semua\s+)?(?:foto|galeri|arsip)(?:\s+[\p{L}]+){0,3}`,
      ) + String.raw`\s*[«‹<»›>:|]?`,
    ),
    lang: 'any',
    examples: ['Home', 'Beranda', 'Kembali ke atas', 'Index »'],
    maxChars: 60,
  },
  {
    // Words only (no digits, no commas), so a price line like `Cabai Rp 50.000 / kg` is not a trail.
    id: 'breadcrumb',
    pattern: wholeBlock(
      String.raw`(?:[\p{L}&'+-]+(?:\s[\p{L}&'+-]+){0,3}\s*(?:[>»›]|\s\/\s|\s\|\s)\s*){1,6}(?:[\p{L}&'+-]+(?:\s[\p{L}&'+-]+){0,3})?`,
    ),
    lang: 'any',
    examples: ['Home > Nasional > Politik', 'Beranda » Berita', 'Bola / Liga Indonesia'],
    maxChars: 120,
  },
  {
    // Page numbers need a separator between them so a run of digits cannot be split many ways.
    id: 'pagination',
    pattern: wholeBlock(
      String.raw`(?:(?:halaman|hal\.?|page)\s*:?\s*)?\d{1,3}(?:(?:\s*[|,·]\s*|\s+)\d{1,3}){1,30}(?:\s*(?:selanjutnya|berikutnya|next|last|terakhir|»|›|>))?`,
      String.raw`(?:halaman|hal\.?|page)\s*:?\s*\d{1,3}(?:\s*(?:dari|of|\/)\s*\d{1,3})?`,
      String.raw`\d{1,3}\s*(?:dari|of)\s*\d{1,3}\s*halaman`,
      String.raw`(?:halaman|page)\s+(?:selanjutnya|berikutnya|sebelumnya|next|previous|all|semua)`,
      String.raw`tampilkan\s+semua(?:\s+halaman)?`,
    ),
    lang: 'any',
    examples: ['Halaman 1 2 3', '2 dari 3 halaman', 'Halaman selanjutnya', '1 2 3 4 Next'],
    maxChars: 100,
  },
  {
    id: 'tags-line',
    pattern: wholeBlock(
      String.raw`(?:tags?|topik|topics?|kata\s+kunci|keywords?|hashtag|trending\s+(?:tags?|topics?)|topik\s+(?:terkait|menarik)|ikuti\s+perkembangan\s+berita\s+ini\s+dalam\s+topik)\s*:?`,
      String.raw`(?:tags?|topik|topics?|kata\s+kunci|keywords?|trending)\s*:\s*.{1,280}`,
      String.raw`(?:#\s?[\p{L}\d][\p{L}\d _&'-]{0,40}){1,25}`,
    ),
    lang: 'any',
    examples: ['Tags: banjir, Jakarta, BMKG', 'Topik:', '#Pemilu 2024', 'TAG'],
    maxChars: 300,
  },
  {
    id: 'counter',
    pattern: wholeBlock(
      String.raw`[\d.,]+\s*(?:rb|ribu|k|jt|juta)?\s*(?:foto|photos?|views?|kali\s+dibaca|dibaca|pembaca|shares?|likes?)`,
      String.raw`(?:telah\s+)?(?:dibaca|dilihat|ditonton)\s*:?\s*[\d.,]+\s*(?:rb|ribu|k|jt|juta)?\s*(?:kali|x)?`,
      String.raw`(?:like|dislike|suka|rating)\s*\(\s*\d*\s*(?:voters?)?\s*\)`,
      String.raw`credits\s*\(\s*\d+\s*\)`,
      String.raw`rate\s+(?:artikel\s+ini|this\s+article)`,
    ),
    lang: 'any',
    examples: ['dibaca 53,203 kali', '1.229 Views', '13Shares', '12 Foto'],
    maxChars: 40,
  },
];
