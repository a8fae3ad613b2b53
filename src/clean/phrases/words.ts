/**
 * The vocabulary the boilerplate table is built from: weekdays, months, zones, newsrooms, photo
 * agencies, share networks, credit roles, and the helpers that turn word lists into patterns.
 */
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
export const WIRE_AGENCIES = ['ANTARA', 'Reuters', 'AFP', 'Xinhua'] as const;

/** Photo libraries: their bare name credits a photo wherever it stands. */
export const PHOTO_LIBRARIES = [
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

/**
 * Regex alternation of literal words, longest first, with `'` also matching the typographic `’`.
 * Lower case: the patterns are case-insensitive anyway, and the matcher reads a lower-case source
 * without `i` (clean/matcher.ts).
 */
export function alternation(words: readonly string[]): string {
  return [...new Set(words.map((word) => word.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');
}

/** One group of alternatives, for a piece that a longer pattern wraps. */
export function oneOf(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** The table's one way to build a pattern: any of the alternatives as the whole block, case-insensitive, Unicode. */
export function wholeBlock(...alternatives: string[]): RegExp {
  return new RegExp(`^(?:${alternatives.join('|')})$`, 'iu');
}

const WEEKDAY = alternation([...INDONESIAN_WEEKDAYS, ...ENGLISH_WEEKDAYS]);
export const MONTH = alternation([...INDONESIAN_MONTHS.flat(), ...ENGLISH_MONTHS.flat()]);
const ZONE = alternation(TIME_ZONES);
const DOMAIN = String.raw`[\p{L}\d-]{2,30}\.(?:co\.id|com|id|net|org|tv)`;
const NEWSROOM_DOMAIN = String.raw`(?:tribun[\p{L}-]*|${alternation(NEWSROOM_DOMAIN_NAMES)})\.(?:co\.id|com|id)`;
/** Who signs a photo credit: an agency or newsroom by name, or a newsroom domain. */
export const SOURCE = `(?:${alternation(PHOTO_SOURCES)}|${NEWSROOM_DOMAIN})`;

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
export const ZONED_TIME = String.raw`(?:(?:pukul|jam)\s*)?\d{1,2}[:.]\d{2}\s*(?:${ZONE})`;

/** What a date line may carry after a `|`: a view count or a byline (`| 1.229 Views`, `| Penulis: Admin`). */
const DATE_SUFFIX = oneOf(
  String.raw`[\d.,]+\s*(?:views?|kali\s+dibaca|dibaca)`,
  String.raw`(?:dibaca|dilihat|views?)\s*:?\s*[\d.,]+\s*(?:kali|x)?`,
  String.raw`(?:penulis|oleh|editor|reporter)\s*:\s*[^|]{1,40}`,
);

/** A date line, with an optional `Diperbarui` second date (`4 November 2008 03:51 Diperbarui: 26 Juni 2015 20:25`). */
export const DATE_LINE = String.raw`${DATE_PREFIX}?${DATETIME}(?:\s*[|,]?\s*(?:diperbarui|updated?)\s*:?\s*${DATETIME})?(?:\s*\|\s*${DATE_SUFFIX}){0,3}\s*\|?`;

/** Where a follow prompt sends the reader: a follow prompt names one of these. */
export const FOLLOW_CHANNEL = oneOf(
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
export const CREDIT_ROLE = String.raw`${alternation(CREDIT_ROLES)}|kontributor(?:\s+[\p{L}]+){0,3}`;

/** Networks that share buttons name. */
const SHARE_NETWORKS = [
  'Facebook', 'FB', 'Twitter', 'X', 'WhatsApp', 'WA', 'Telegram', 'Line', 'LinkedIn', 'Pinterest', 'Google+', 'Google +',
  'Google Plus', 'Google', 'Email', 'E-mail', 'Mail', 'Path', 'Tumblr', 'Reddit', 'Threads', 'Instagram', 'TikTok',
  'YouTube', 'Messenger',
] as const;
const SHARE_NETWORK = alternation(SHARE_NETWORKS);

/** One button of a share bar; bars glue them together (`Bagikan ke WhatsAppBagikan ke Twitter`). */
export const SHARE_BUTTON = oneOf(
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

