import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jaccard, wordShingles } from '../../src/dedupe/shingles.js';
import { fingerprintText, STATE_NEAR_DUP_JACCARD, type StateEntry, StateStore } from '../../src/state/index.js';
import { normalizeForComparison } from '../../src/text.js';
import { useTempDirs } from '../helpers/tmp.js';

// Stories written for these tests in the style of Indonesian wire copy: an ANTARA original, the
// same story as another site republishes it (own dateline and intro sentence, a few words
// changed, perhaps the last paragraph cut), a different story on the same topic, and two days
// of a templated price report.
const BI_RATE_ANTARA = `Jakarta (ANTARA) - Bank Indonesia (BI) memutuskan mempertahankan suku bunga acuan BI-Rate sebesar 6,25 persen dalam Rapat Dewan Gubernur (RDG) yang berlangsung pada 16-17 Juli 2024.
Gubernur Bank Indonesia Perry Warjiyo mengatakan keputusan tersebut konsisten dengan kebijakan moneter yang pro-stabilitas, yaitu untuk memastikan inflasi tetap terkendali dalam sasaran 2,5 plus minus 1 persen pada 2024 dan 2025.
"Keputusan ini juga untuk memperkuat stabilisasi nilai tukar rupiah dari dampak ketidakpastian pasar keuangan global," kata Perry dalam konferensi pers di Jakarta, Rabu.
Selain BI-Rate, bank sentral juga menahan suku bunga Deposit Facility sebesar 5,50 persen dan suku bunga Lending Facility sebesar 7,00 persen.
Perry menuturkan kebijakan makroprudensial dan sistem pembayaran tetap diarahkan untuk mendukung pertumbuhan ekonomi yang berkelanjutan. Insentif likuiditas makroprudensial akan terus diperkuat untuk mendorong kredit perbankan ke sektor prioritas, termasuk hilirisasi, perumahan, pariwisata, serta usaha mikro, kecil, dan menengah.
Menurut dia, nilai tukar rupiah pada Juli 2024 cenderung menguat seiring dengan meredanya ketidakpastian pasar keuangan global dan masuknya kembali aliran modal asing ke pasar keuangan domestik.
BI memperkirakan pertumbuhan ekonomi Indonesia pada 2024 berada dalam kisaran 4,7 sampai 5,5 persen, ditopang oleh permintaan domestik, terutama konsumsi rumah tangga dan investasi.`;

const BI_RATE_SYNDICATED = `JAKARTA, KOMPAS.com - Bank sentral kembali menahan bunga acuannya di tengah upaya menjaga nilai tukar. Bank Indonesia (BI) memutuskan mempertahankan suku bunga acuan BI-Rate sebesar 6,25 persen dalam Rapat Dewan Gubernur (RDG) yang digelar pada 16-17 Juli 2024.
Gubernur BI Perry Warjiyo mengatakan keputusan tersebut konsisten dengan kebijakan moneter yang pro-stabilitas, yakni untuk memastikan inflasi tetap terkendali dalam sasaran 2,5 plus minus 1 persen pada 2024 dan 2025.
"Keputusan ini juga untuk memperkuat stabilisasi nilai tukar rupiah dari dampak ketidakpastian pasar keuangan global," ujar Perry dalam konferensi pers di Jakarta, Rabu (17/7/2024).
Selain BI-Rate, bank sentral juga menahan suku bunga Deposit Facility sebesar 5,50 persen dan suku bunga Lending Facility sebesar 7,00 persen.
Perry menuturkan kebijakan makroprudensial dan sistem pembayaran tetap diarahkan untuk mendukung pertumbuhan ekonomi yang berkelanjutan. Insentif likuiditas makroprudensial akan terus diperkuat untuk mendorong kredit perbankan ke sektor prioritas, termasuk hilirisasi, perumahan, pariwisata, serta UMKM.
Menurut dia, nilai tukar rupiah pada Juli 2024 cenderung menguat seiring dengan meredanya ketidakpastian pasar keuangan global dan masuknya kembali aliran modal asing ke pasar keuangan domestik.
BI memperkirakan pertumbuhan ekonomi Indonesia pada 2024 berada dalam kisaran 4,7 sampai 5,5 persen, ditopang oleh permintaan domestik, terutama konsumsi rumah tangga dan investasi.`;

const BI_RATE_ECONOMISTS = `Jakarta (ANTARA) - Ekonom menilai keputusan Bank Indonesia (BI) menahan suku bunga acuan BI-Rate sebesar 6,25 persen sudah tepat untuk menjaga stabilitas nilai tukar rupiah di tengah ketidakpastian pasar keuangan global.
Kepala Ekonom Bank Permata Josua Pardede mengatakan ruang penurunan suku bunga baru akan terbuka setelah bank sentral Amerika Serikat, The Fed, mulai memangkas suku bunganya, yang diperkirakan terjadi pada akhir tahun.
"Dengan inflasi yang terkendali, BI sebenarnya punya ruang untuk memangkas suku bunga. Namun, prioritas saat ini adalah stabilitas rupiah," kata Josua saat dihubungi di Jakarta, Rabu.
Ia memperkirakan BI-Rate akan bertahan di level 6,25 persen hingga kuartal III 2024 dan baru turun 25 basis poin pada kuartal IV.
Senada, ekonom Center of Reform on Economics (CORE) Indonesia Mohammad Faisal berpendapat keputusan itu memberikan kepastian bagi pelaku pasar. Menurut dia, kenaikan suku bunga justru akan membebani dunia usaha dan memperlambat penyaluran kredit perbankan.
Pada perdagangan Rabu sore, rupiah ditutup menguat 35 poin atau 0,22 persen ke level Rp16.190 per dolar AS dibandingkan penutupan sebelumnya Rp16.225 per dolar AS.
Penguatan rupiah juga didorong oleh data penjualan ritel Amerika Serikat yang lebih lemah dari perkiraan pasar.`;

const FLOOD_ANTARA = `Jakarta (ANTARA) - Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta mencatat sebanyak 38 rukun tetangga (RT) terendam banjir pada Sabtu pagi akibat hujan deras yang mengguyur Jakarta sejak Jumat malam serta meluapnya Kali Ciliwung.
Kepala Pelaksana BPBD DKI Jakarta Isnawa Adji mengatakan ketinggian air bervariasi antara 30 sentimeter hingga 1,5 meter. Wilayah yang paling parah terdampak berada di Kelurahan Kampung Melayu dan Bidara Cina, Jakarta Timur.
"Kami bersama Dinas Sumber Daya Air, Dinas Gulkarmat, dan Satpol PP telah mengerahkan personel untuk menyedot genangan dan memastikan tali-tali air berfungsi," kata Isnawa di Jakarta, Sabtu.
Ia menyebutkan sebanyak 412 warga mengungsi ke sejumlah lokasi, antara lain masjid, sekolah, dan kantor kelurahan terdekat. Petugas juga menyiapkan dapur umum untuk memenuhi kebutuhan makan para pengungsi.
BPBD mengimbau warga yang tinggal di bantaran sungai untuk tetap waspada karena status Bendung Katulampa di Bogor sempat berada di Siaga 3 pada Sabtu dini hari.
Isnawa menambahkan, pihaknya menargetkan genangan surut dalam waktu 6 jam setelah hujan berhenti, dengan catatan tidak ada kiriman air dari wilayah hulu.
Warga dapat melaporkan genangan atau kondisi darurat melalui layanan Jakarta Siaga 112 yang aktif selama 24 jam.`;

const FLOOD_SYNDICATED = `Jakarta - Hujan deras sejak semalam membuat sejumlah permukiman di Jakarta kembali tergenang. Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta mencatat sebanyak 38 rukun tetangga (RT) terendam banjir pada Sabtu pagi akibat hujan deras yang mengguyur Jakarta sejak Jumat malam serta meluapnya Kali Ciliwung.
Kepala Pelaksana BPBD DKI Jakarta Isnawa Adji mengatakan ketinggian air bervariasi antara 30 sentimeter hingga 1,5 meter. Wilayah yang paling parah terdampak berada di Kelurahan Kampung Melayu dan Bidara Cina, Jakarta Timur.
"Kami bersama Dinas Sumber Daya Air, Dinas Gulkarmat, dan Satpol PP sudah mengerahkan personel untuk menyedot genangan dan memastikan saluran air berfungsi," kata Isnawa kepada wartawan, Sabtu (27/1/2024).
Ia menyebutkan sebanyak 412 warga mengungsi ke sejumlah lokasi, antara lain masjid, sekolah, dan kantor kelurahan terdekat. Petugas juga menyiapkan dapur umum untuk memenuhi kebutuhan makan para pengungsi.
BPBD mengimbau warga yang tinggal di bantaran sungai untuk tetap waspada karena status Bendung Katulampa di Bogor sempat berada di Siaga 3 pada Sabtu dini hari.
Isnawa menambahkan, pihaknya menargetkan genangan surut dalam waktu 6 jam setelah hujan berhenti, dengan catatan tidak ada kiriman air dari wilayah hulu.`;

const FLOOD_EVACUEES = `Jakarta (ANTARA) - Ratusan warga Kampung Melayu, Jakarta Timur, terpaksa mengungsi setelah banjir setinggi hampir dua meter merendam permukiman mereka pada Sabtu pagi.
Salah seorang warga, Sumarni (54), mengaku air mulai masuk ke rumahnya sekitar pukul 03.00 WIB dan naik dengan cepat dalam waktu kurang dari satu jam. Ia hanya sempat menyelamatkan dokumen penting dan beberapa pakaian.
"Sudah biasa kalau Ciliwung meluap, tapi kali ini airnya naik lebih cepat dari biasanya," kata Sumarni saat ditemui di posko pengungsian di Jakarta, Sabtu.
Di posko yang menempati gedung sekolah dasar tersebut, relawan membagikan makanan siap saji, selimut, dan air bersih. Petugas kesehatan dari puskesmas kecamatan juga memeriksa kondisi para pengungsi, terutama anak-anak dan lansia.
Lurah Kampung Melayu mengatakan pihaknya terus mendata jumlah warga yang mengungsi dan kebutuhan logistik yang masih kurang, seperti popok bayi, obat-obatan, dan tikar.
Menurut dia, banjir kali ini dipicu oleh hujan deras di wilayah hulu yang membuat debit Kali Ciliwung meningkat sejak Jumat malam.
Warga berharap pemerintah segera menuntaskan proyek normalisasi sungai agar banjir tidak lagi terjadi setiap musim hujan.`;

const GOLD_MONDAY = `Jakarta (ANTARA) - Harga emas batangan produksi PT Aneka Tambang Tbk (Antam) pada Senin pagi naik Rp8.000 menjadi Rp1.405.000 per gram dibandingkan harga pada Sabtu (10/8) yang sebesar Rp1.397.000 per gram.
Mengutip laman Logam Mulia di Jakarta, Senin, harga pembelian kembali (buyback) emas Antam juga naik Rp8.000 menjadi Rp1.262.000 per gram.
Harga emas batangan ukuran 0,5 gram dijual Rp752.500, sedangkan ukuran 2 gram Rp2.750.000, 3 gram Rp4.100.000, 5 gram Rp6.775.000, 10 gram Rp13.495.000, 25 gram Rp33.612.000, 50 gram Rp67.145.000, dan 100 gram Rp134.212.000.
Adapun harga emas Antam untuk ukuran 250 gram Rp335.265.000, ukuran 500 gram Rp670.320.000, dan ukuran 1 kilogram Rp1.340.600.000.
Harga tersebut sudah termasuk Pajak Penghasilan (PPh) 22 sebesar 0,45 persen bagi pemegang Nomor Pokok Wajib Pajak (NPWP) dan 0,9 persen bagi yang tidak memiliki NPWP.
Sesuai dengan Peraturan Menteri Keuangan Nomor 34/PMK.10/2017, penjualan kembali emas batangan ke PT Antam Tbk dengan nominal lebih dari Rp10 juta dikenakan PPh 22 sebesar 1,5 persen untuk pemegang NPWP dan 3 persen untuk non-NPWP.`;

const GOLD_TUESDAY = `Jakarta (ANTARA) - Harga emas batangan produksi PT Aneka Tambang Tbk (Antam) pada Selasa pagi turun Rp3.000 menjadi Rp1.402.000 per gram dibandingkan harga pada Senin (12/8) yang sebesar Rp1.405.000 per gram.
Mengutip laman Logam Mulia di Jakarta, Selasa, harga pembelian kembali (buyback) emas Antam juga turun Rp3.000 menjadi Rp1.259.000 per gram.
Harga emas batangan ukuran 0,5 gram dijual Rp751.000, sedangkan ukuran 2 gram Rp2.744.000, 3 gram Rp4.091.000, 5 gram Rp6.760.000, 10 gram Rp13.465.000, 25 gram Rp33.537.000, 50 gram Rp66.995.000, dan 100 gram Rp133.912.000.
Adapun harga emas Antam untuk ukuran 250 gram Rp334.515.000, ukuran 500 gram Rp668.820.000, dan ukuran 1 kilogram Rp1.337.600.000.
Harga tersebut sudah termasuk Pajak Penghasilan (PPh) 22 sebesar 0,45 persen bagi pemegang Nomor Pokok Wajib Pajak (NPWP) dan 0,9 persen bagi yang tidak memiliki NPWP.
Sesuai dengan Peraturan Menteri Keuangan Nomor 34/PMK.10/2017, penjualan kembali emas batangan ke PT Antam Tbk dengan nominal lebih dari Rp10 juta dikenakan PPh 22 sebesar 1,5 persen untuk pemegang NPWP dan 3 persen untuk non-NPWP.`;

const SHORT_BRIEF = 'Jakarta (ANTARA) - Presiden meresmikan Jalan Tol Cibitung-Cilincing di Jakarta Utara, Jumat. Tol sepanjang 34,8 kilometer itu diharapkan memangkas waktu tempuh truk logistik dari kawasan industri Bekasi ke Pelabuhan Tanjung Priok.';

const tempDir = useTempDirs();
const opened: StateStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function storeWith(articles: Record<string, string>, path = join(tempDir(), 's.db')): StateStore {
  const store = StateStore.open(path);
  opened.push(store);
  for (const [url, text] of Object.entries(articles)) store.record(entry(url, text));
  return store;
}

function entry(url: string, text: string): StateEntry {
  return { url, canonicalUrl: null, fetchedAt: '2024-07-17T09:00:00.000Z', etag: null, lastModified: null, ...fingerprintText(text) };
}

function trueJaccard(a: string, b: string): number {
  return jaccard(wordShingles(normalizeForComparison(a)), wordShingles(normalizeForComparison(b)));
}

const ANTARA_BI = 'https://www.antaranews.com/berita/4201234/bi-tahan-bi-rate-625-persen';
const ANTARA_FLOOD = 'https://www.antaranews.com/berita/3933555/38-rt-di-jakarta-terendam-banjir';
const ANTARA_GOLD = 'https://www.antaranews.com/berita/4250001/harga-emas-antam-naik-rp8000';

describe('near-duplicates across runs and sites', () => {
  it.each([
    ['a republished BI-Rate story: new dateline and intro, a few words changed', ANTARA_BI, BI_RATE_ANTARA, BI_RATE_SYNDICATED],
    ['a republished flood story: new dateline and intro, words changed, last paragraph cut', ANTARA_FLOOD, FLOOD_ANTARA, FLOOD_SYNDICATED],
  ])('finds %s', (_, url, original, copy) => {
    const store = storeWith({ [url]: original });
    const match = store.findNearDuplicate(copy);
    expect(match?.url).toBe(url);
    expect(match!.similarity).toBeGreaterThanOrEqual(STATE_NEAR_DUP_JACCARD);
    expect(trueJaccard(original, copy)).toBeGreaterThan(0.7);
  });

  it.each([
    ['economists on the same BI-Rate decision', BI_RATE_ANTARA, BI_RATE_ECONOMISTS],
    ['evacuees of the same flood', FLOOD_ANTARA, FLOOD_EVACUEES],
  ])('keeps a different story on the same topic: %s', (_, sameTopic, story) => {
    expect(trueJaccard(sameTopic, story)).toBeLessThan(0.1);
    const store = storeWith({ [ANTARA_BI]: BI_RATE_ANTARA, [ANTARA_FLOOD]: FLOOD_ANTARA, 'https://kompas.com/bi': BI_RATE_SYNDICATED });
    expect(store.findNearDuplicate(story)).toBeNull();
  });

  it('keeps the next day of a templated price report, though most of its sentences are the same', () => {
    expect(trueJaccard(GOLD_MONDAY, GOLD_TUESDAY)).toBeGreaterThan(0.5);
    const store = storeWith({ [ANTARA_GOLD]: GOLD_MONDAY });
    expect(store.findNearDuplicate(GOLD_TUESDAY)).toBeNull();
  });

  it('finds a story recorded by an earlier run', () => {
    const path = join(tempDir(), 's.db');
    storeWith({ [ANTARA_BI]: BI_RATE_ANTARA }, path).close();
    const second = storeWith({}, path);
    expect(second.findNearDuplicate(BI_RATE_SYNDICATED)?.url).toBe(ANTARA_BI);
  });

  it('names the earliest stored copy when the story was recorded twice', () => {
    const store = storeWith({ [ANTARA_BI]: BI_RATE_ANTARA, 'https://money.kompas.com/read/2024/07/17/bi-rate': BI_RATE_SYNDICATED });
    expect(store.findNearDuplicate(BI_RATE_SYNDICATED.replace('UMKM', 'usaha kecil'))?.url).toBe(ANTARA_BI);
  });

  it('forgets the old text of a URL recorded again with a new one', () => {
    const store = storeWith({ [ANTARA_BI]: BI_RATE_ANTARA });
    store.record(entry(ANTARA_BI, FLOOD_ANTARA));
    expect(store.findNearDuplicate(BI_RATE_SYNDICATED)).toBeNull();
    expect(store.findNearDuplicate(FLOOD_SYNDICATED)?.url).toBe(ANTARA_BI);
  });
});

describe('exact duplicates', () => {
  it('finds the same text despite case, punctuation, spacing and full-width characters', () => {
    const store = storeWith({ [ANTARA_BI]: BI_RATE_ANTARA });
    const restyled = BI_RATE_ANTARA.toUpperCase().replaceAll(',', ' ;').replaceAll('\n', '\n\n').replace('BI-RATE', 'ＢＩ RATE');
    expect(store.findNearDuplicate(restyled)).toEqual({ url: ANTARA_BI, similarity: 1 });
  });

  it('matches a text under 50 words only when it is the same text', () => {
    const store = storeWith({ 'https://www.antaranews.com/berita/4199999/tol-cibitung': SHORT_BRIEF });
    expect(store.findNearDuplicate(`${SHORT_BRIEF.toLowerCase()}  `)?.url).toBe('https://www.antaranews.com/berita/4199999/tol-cibitung');
    expect(store.findNearDuplicate(SHORT_BRIEF.replace('Jumat', 'Sabtu'))).toBeNull();
    expect(store.findNearDuplicate(`${SHORT_BRIEF} ${FLOOD_EVACUEES}`)).toBeNull();
  });

  it('finds no duplicate for a text without words, even after recording one', () => {
    const store = storeWith({ 'https://www.antaranews.com/foto/1': '', 'https://www.antaranews.com/foto/2': ' — … — ' });
    expect(store.findNearDuplicate('')).toBeNull();
    expect(store.findNearDuplicate('***')).toBeNull();
  });
});
