import type { BoilerplatePhrase } from './types.js';
import { FOLLOW_CHANNEL, MONTH, SHARE_BUTTON, oneOf, wholeBlock } from './words.js';

/**
 * What pages say to the reader around a story: loading and font controls, ads, "read also" and
 * "watch" prompts, embeds, follow, share and comment prompts.
 */
export const PROMPT_PHRASES: BoilerplatePhrase[] = [
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
];
