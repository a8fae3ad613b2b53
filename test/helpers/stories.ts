/** A small, seedable generator (mulberry32): a failing random test reruns with the seed it printed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const VOCABULARY = (
  'pemerintah warga kota desa pasar harga beras cabai minyak banjir hujan jalan tol jembatan sekolah guru murid ' +
  'rumah sakit dokter pasien polisi pelaku korban saksi hakim sidang gubernur bupati wali menteri presiden dewan ' +
  'anggaran pajak bank rupiah dolar ekspor impor kapal pelabuhan bandara pesawat kereta stasiun terminal bus ' +
  'petani nelayan kebun sawah panen pupuk sungai gunung pantai laut pulau hutan api asap gempa tsunami relawan ' +
  'bantuan posko pengungsi tenda logistik vaksin obat klinik puskesmas camat lurah rapat warga pemuda masjid gereja ' +
  'pura festival musik film buku pameran lomba atlet pelatih stadion gol juara liga turnamen medali skor'
).split(' ');

/**
 * A news page whose story shares no run of three words with another number's (the words are drawn
 * at random, seeded by `n`), so `--state`'s check for syndicated copies never merges two of them.
 */
export function storyPage(n: number): string {
  const random = seededRandom(n + 1);
  const word = (): string => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
  const sentence = (): string => `${Array.from({ length: 12 }, word).join(' ')}.`;
  const paragraphs = Array.from({ length: 4 }, (_, p) => `<p>Berita ${n}, bagian ${p + 1}: ${sentence()} ${sentence()}</p>`);
  const title = `Kabar ${n}: ${word()} ${word()} ${word()}`;
  return `<!doctype html><html lang="id"><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.join('')}</article></body></html>`;
}
