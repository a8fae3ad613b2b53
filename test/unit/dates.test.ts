import { afterEach, describe, expect, it } from 'vitest';
import { ENGLISH_MONTHS, INDONESIAN_MONTHS } from '../../src/clean/phrases/index.js';
import { isInBodyDateline, parseDate, parseDates, parseDateUnder, type DateContext } from '../../src/metadata/dates/index.js';

/** Tuesday 18 June 2024, 10:00 WIB: the fetch time the relative cases are read against. */
const REFERENCE = new Date('2024-06-18T03:00:00Z');
const WITH_REFERENCE: DateContext = { reference: REFERENCE };

const iso = (text: string, context?: DateContext) => parseDate(text, context)?.iso ?? null;

describe('parseDate: machine values (meta content, datetime attributes, JSON-LD)', () => {
  it.each([
    ['2024-06-18T07:05:00+07:00', '2024-06-18T07:05:00+07:00'],
    ['2024-06-18T07:05:00+0700', '2024-06-18T07:05:00+07:00'],
    ['2024-06-18T07:05+07:00', '2024-06-18T07:05:00+07:00'],
    ['2024-06-18T00:05:00Z', '2024-06-18T00:05:00+00:00'],
    ['2024-06-18T00:05:00.000Z', '2024-06-18T00:05:00+00:00'],
    ['2024-06-18T07:05:00.123456+07:00', '2024-06-18T07:05:00+07:00'],
    ['2024-06-18T07:05:00-03:30', '2024-06-18T07:05:00-03:30'],
    ['2024-06-18 07:05:00', '2024-06-18T07:05:00+07:00'],
    ['2024-06-18', '2024-06-18'],
    ['2024/06/18 07:05', '2024-06-18T07:05:00+07:00'],
    ['  2024-06-18T07:05:00+07:00\n', '2024-06-18T07:05:00+07:00'],
    ['Selasa,\u00a018 Juni 2024\u00a0|\u00a007:05 WIB', '2024-06-18T07:05:00+07:00'],
    // Real values from the id-news pages.
    ['2015-11-05T14:56:43+07:00', '2015-11-05T14:56:43+07:00'], // antaranews itemprop datePublished
    ['2016-02-16T13:01:52+0700', '2016-02-16T13:01:52+07:00'], // viva article:published_time
    ['2016-02-16 09:10:56', '2016-02-16T09:10:56+07:00'], // liputan6 <time datetime>
    ['2016-02-16T02:10:56Z', '2016-02-16T02:10:56+00:00'], // liputan6 JSON-LD, the same instant in UTC
    ['2017-02-17 13:30:08', '2017-02-17T13:30:08+07:00'], // okezone JSON-LD
    ['2014-07-13T20:07:27.8200000', '2014-07-13T20:07:27+07:00'], // okezone index meta, seven fraction digits
    ['2015-11-05 T10:08:58Z', '2015-11-05T10:08:58+00:00'], // detik pubdate: kept as written, never converted
  ])('%j → %s', (text, expected) => {
    expect(parseDate(text)).toEqual({ iso: expected, approximate: false });
  });

  it.each([
    ['2019-09-28WIB19:17:34+07:00', '2019-09-28T19:17:34+07:00'],
    ['2019-09-28 19:17:34 WIB', '2019-09-28T19:17:34+07:00'],
    ['2015-11-05T10:08:58+07:00+07:00', '2015-11-05T10:08:58+07:00'],
    ['2015-11-05 10:08:58 WIB +0700', '2015-11-05T10:08:58+07:00'],
    ['Thu, 05 Nov 2015 10:08:58 +0700', '2015-11-05T10:08:58+07:00'],
    ['Tue, 18 Jun 2024 00:05:00 GMT', '2024-06-18T00:05:00+00:00'],
    ['Tue, 18 Jun 2024 09:05:00 -0500', '2024-06-18T09:05:00-05:00'],
  ])('broken or RSS value %j → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['2015-11-05T10:08:58+07:00+08:00'],
    ['2019-09-28WITA19:17:34+07:00'],
    ['2019-09-28 19:17:34 WIB +09:00'],
    ['2024-06-18T07:05:00+15:00'],
  ])('zones that contradict each other or do not exist give null: %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it.each([
    ['1718669100', '2024-06-18T00:05:00+00:00'],
    ['1718669100000', '2024-06-18T00:05:00+00:00'],
    [' 1447066800 ', '2015-11-09T11:00:00+00:00'],
  ])('a Unix timestamp %j is read as UTC → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([['123456789'], ['12345678901'], ['9999999999'], ['1718669100 views'], ['ID 1718669100']])(
    'digits that are not clearly a timestamp give null: %j',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );
});

describe('parseDate: Indonesian date lines', () => {
  it.each([
    ['Selasa, 18 Juni 2024 | 07:05 WIB', '2024-06-18T07:05:00+07:00'],
    ['Jumat, 18 Juni 2024 | 10:30 WIB', '2024-06-18T10:30:00+07:00'],
    ['Selasa, 18 Jun 2024 - 07:05 WIB', '2024-06-18T07:05:00+07:00'],
    ['18/06/2024, 10:30 WIB', '2024-06-18T10:30:00+07:00'],
    ['18-06-2024 10:30', '2024-06-18T10:30:00+07:00'],
    ['18.06.2024 10:30', '2024-06-18T10:30:00+07:00'],
    ['Kamis 20 Juni 2024, 08:15 WITA', '2024-06-20T08:15:00+08:00'],
    ['21 Juni 2024 - 09.30 WIT', '2024-06-21T09:30:00+09:00'],
    ['05 November 2015 | 11:13 WIB', '2015-11-05T11:13:00+07:00'],
    ['Rabu, 19/06/2024 14:02 WIB', '2024-06-19T14:02:00+07:00'],
    ['Senin, 17 Juni 2024 21:15', '2024-06-17T21:15:00+07:00'],
    ['Kompas.com - 18/06/2024, 10:30 WIB', '2024-06-18T10:30:00+07:00'],
    ['Diperbarui 18/06/2024, 12:00 WIB', '2024-06-18T12:00:00+07:00'],
    ['Dipublikasikan: 18 Juni 2024 pukul 07.05 WIB', '2024-06-18T07:05:00+07:00'],
    ['18 Juni 2024 pukul 10.00 WITA', '2024-06-18T10:00:00+08:00'],
    ['Ahad, 18 Agustus 2024 08:00 WIB', '2024-08-18T08:00:00+07:00'],
    ['18 Juni 2024, 10:30 GMT+7', '2024-06-18T10:30:00+07:00'],
    ['18 Juni 2024 10:30 UTC+07:00', '2024-06-18T10:30:00+07:00'],
    ['18 Juni 2024 10:30 UTC', '2024-06-18T10:30:00+00:00'],
    ['Oleh Aditya Nugroho pada 18 Jun 2024, 16:30 WIB', '2024-06-18T16:30:00+07:00'],
    ['Peristiwa | 21 Juni 2023, 05:00 WIB', '2023-06-21T05:00:00+07:00'],
    ['12 September 2025 | 15.22 WIB', '2025-09-12T15:22:00+07:00'],
    ['Senin, 17 Juni 2024 | 10:00-12:00 WIB', '2024-06-17T10:00:00+07:00'],
  ])('%j → %s', (text, expected) => {
    expect(parseDate(text)).toEqual({ iso: expected, approximate: false });
  });

  // The visible date lines of the id-news pages, with their gold publication times.
  it.each([
    ['Kamis, 5 November 2015 14:56 WIB', '2015-11-05T14:56:00+07:00'], // antaranews <time>
    ['Selasa, 23 Februari 2016 15:06 WIB | 998 Views', '2016-02-23T15:06:00+07:00'], // antaranews .date
    ['Kamis, 05/11/2015 10:08 WIB', '2015-11-05T10:08:00+07:00'], // detik .date
    ['Selasa, 23/02/2016 15:32 WIB', '2016-02-23T15:32:00+07:00'], // detik
    ['Kamis, 05 November 2015 11:52', '2015-11-05T11:52:00+07:00'], // kapanlagi, no zone
    ['Rabu, 4 November 2015 | 21:04 WIB', '2015-11-04T21:04:00+07:00'], // kompas .kcm-date
    ['on 16 Feb 2016 at 09:10 WIB', '2016-02-16T09:10:00+07:00'], // liputan6 <time> text
    ['Kamis, 5 November 2015 - 15:56 wib', '2015-11-05T15:56:00+07:00'], // okezone time.tgl
    ["Jum'at, 17 Februari 2017 - 13:30 wib", '2017-02-17T13:30:00+07:00'], // okezone byline
    ['Jum’at, 17 Februari 2017 - 13:30 WIB', '2017-02-17T13:30:00+07:00'], // typographic apostrophe
    ['Senin, 15 Februari 2016, 16:15 WIB', '2016-02-15T16:15:00+07:00'], // republika .date-detail
    ['Jumat , 17 February 2017, 13:16 WIB', '2017-02-17T13:16:00+07:00'], // republika, English month
    ['Kamis, 05 November 2015 | 11:13 WIB', '2015-11-05T11:13:00+07:00'], // tempo
    ['Wednesday, 04 November, 2015 |  07:28 WIB', '2015-11-04T07:28:00+07:00'], // tempo English
    ['Selasa, 16 Februari 2016 | 13:01 WIB', '2016-02-16T13:01:00+07:00'], // viva
  ])('id-news visible line %j → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each([
    ['18 Juni 2024', '2024-06-18'],
    ['Selasa, 18 Juni 2024', '2024-06-18'],
    ['05/11/2015', '2015-11-05'],
    ['5/11/2015', '2015-11-05'],
    ['18/06/24', '2024-06-18'],
    ['18-06-24', '2024-06-18'],
    ['05/11/98', '1998-11-05'],
    ['3 Agt. 2024', '2024-08-03'],
    ['18-Jun-2024', '2024-06-18'],
    ['18 Juni 2024 WIB', '2024-06-18'],
    ['18 Juni 2024, 12.500 orang hadir', '2024-06-18'],
    ['Skor 2-1, 18 Juni 2024', '2024-06-18'],
  ])('day only: %j → %s', (text, expected) => {
    expect(parseDate(text)).toEqual({ iso: expected, approximate: false });
  });

  const spellings = (months: typeof INDONESIAN_MONTHS | typeof ENGLISH_MONTHS) =>
    months.flatMap((names, index) => names.map((name) => [name, index + 1] as const));

  it.each(spellings(INDONESIAN_MONTHS))('Indonesian month spelling %s is month %i', (name, month) => {
    expect(iso(`7 ${name} 2024`)).toBe(`2024-${String(month).padStart(2, '0')}-07`);
  });

  it.each(spellings(ENGLISH_MONTHS))('English month spelling %s is month %i', (name, month) => {
    expect(iso(`${name} 7, 2024`)).toBe(`2024-${String(month).padStart(2, '0')}-07`);
  });

  it('reads month names in any case', () => {
    expect(iso('18 JUNI 2024 07:05 WIB')).toBe('2024-06-18T07:05:00+07:00');
    expect(iso('18 juni 2024')).toBe('2024-06-18');
  });
});

describe('parseDate: English date lines', () => {
  it.each([
    ['June 18, 2024 07:05', '2024-06-18T07:05:00+07:00'],
    ['18 June 2024', '2024-06-18'],
    ['Tuesday, June 18, 2024 | 07:05 WIB', '2024-06-18T07:05:00+07:00'],
    ['Jun 18 2024, 7:05 PM', '2024-06-18T19:05:00+07:00'],
    ['Jun 18 2024, 7:05 am', '2024-06-18T07:05:00+07:00'],
    ['Jun 18 2024, 12:05 AM', '2024-06-18T00:05:00+07:00'],
    ['Jun 18 2024, 12:05 PM', '2024-06-18T12:05:00+07:00'],
    ['June 18th, 2024 9:30 a.m.', '2024-06-18T09:30:00+07:00'],
    ['Sept. 3, 2024', '2024-09-03'],
    ['Published on 18th June 2024 at 07:05', '2024-06-18T07:05:00+07:00'],
  ])('%j → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });
});

describe('parseDate: the context', () => {
  it('gives a text without a zone the default offset, and keeps a named zone as written', () => {
    expect(iso('18 Juni 2024 07:05', { defaultOffset: '+08:00' })).toBe('2024-06-18T07:05:00+08:00');
    expect(iso('2024-06-18 07:05:00', { defaultOffset: '+0900' })).toBe('2024-06-18T07:05:00+09:00');
    expect(iso('2024-06-18 07:05:00', { defaultOffset: 'Z' })).toBe('2024-06-18T07:05:00+00:00');
    expect(iso('18 Juni 2024 07:05 WIB', { defaultOffset: '+09:00' })).toBe('2024-06-18T07:05:00+07:00');
  });

  it('refuses a malformed default offset instead of guessing one', () => {
    expect(() => parseDate('18 Juni 2024', { defaultOffset: 'WIB' })).toThrow(RangeError);
    expect(() => parseDate('18 Juni 2024', { defaultOffset: '+25:00' })).toThrow(RangeError);
  });
});

describe('parseDate: relative times', () => {
  it.each([
    ['2 jam yang lalu', '2024-06-18T08:00:00+07:00'],
    ['16 jam yang lalu', '2024-06-17T18:00:00+07:00'],
    ['5 menit lalu', '2024-06-18T09:55:00+07:00'],
    ['30 detik yang lalu', '2024-06-18T09:59:30+07:00'],
    ['sejam yang lalu', '2024-06-18T09:00:00+07:00'],
    ['satu jam lalu', '2024-06-18T09:00:00+07:00'],
    ['sehari lalu', '2024-06-17'],
    ['seminggu yang lalu', '2024-06-11'],
    ['setahun silam', '2023-06-18'],
    ['baru saja', '2024-06-18T10:00:00+07:00'],
    ['2 hours ago', '2024-06-18T08:00:00+07:00'],
    ['an hour ago', '2024-06-18T09:00:00+07:00'],
    ['10 mins ago', '2024-06-18T09:50:00+07:00'],
    ['just now', '2024-06-18T10:00:00+07:00'],
    ['kemarin 10:15', '2024-06-17T10:15:00+07:00'],
    ['Kemarin, pukul 22.10 WIB', '2024-06-17T22:10:00+07:00'],
    ['hari ini 07:30', '2024-06-18T07:30:00+07:00'],
    ['Hari ini, 07:30 WITA', '2024-06-18T07:30:00+08:00'],
    ['yesterday at 9:00 PM', '2024-06-17T21:00:00+07:00'],
    ['3 hari lalu', '2024-06-15'],
    ['1 minggu lalu', '2024-06-11'],
    ['2 pekan yang lalu', '2024-06-04'],
    ['1 bulan lalu', '2024-05-18'],
    ['1 tahun yang lalu', '2023-06-18'],
    ['kemarin', '2024-06-17'],
    ['kemarin lusa', '2024-06-16'],
    ['yesterday', '2024-06-17'],
    ['Diperbarui 2 jam yang lalu', '2024-06-18T08:00:00+07:00'],
  ])('%j → %s, approximate', (text, expected) => {
    expect(parseDate(text, WITH_REFERENCE)).toEqual({ iso: expected, approximate: true });
  });

  it.each([['2 jam yang lalu'], ['baru saja'], ['kemarin'], ['kemarin 10:15'], ['hari ini 07:30'], ['3 days ago']])(
    'without a reference %j gives null',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it('resolves against the default offset, not UTC and not the machine', () => {
    expect(iso('2 jam yang lalu', { reference: REFERENCE, defaultOffset: '+08:00' })).toBe('2024-06-18T09:00:00+08:00');
    // 01:30 WIB on the 18th is still the 17th in UTC.
    const afterMidnight = new Date('2024-06-17T18:30:00Z');
    expect(iso('kemarin', { reference: afterMidnight })).toBe('2024-06-17');
    expect(iso('kemarin', { reference: afterMidnight, defaultOffset: '+00:00' })).toBe('2024-06-16');
  });

  it('clamps a month back to the month’s last day', () => {
    expect(iso('1 bulan lalu', { reference: new Date('2024-03-31T03:00:00Z') })).toBe('2024-02-29');
  });

  it.each([['hari ini'], ['Berita hari ini'], ['100 tahun lalu'], ['kemarin 25:10']])(
    'gives null for %j (a heading, too far back, an impossible time)',
    (text) => {
      expect(parseDate(text, WITH_REFERENCE)).toBeNull();
    },
  );

  it('ignores an invalid reference date', () => {
    expect(parseDate('2 jam yang lalu', { reference: new Date(Number.NaN) })).toBeNull();
  });

  describe('on a machine in another zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it('gives the same answers', () => {
      process.env.TZ = 'America/Los_Angeles';
      expect(iso('kemarin 10:15', WITH_REFERENCE)).toBe('2024-06-17T10:15:00+07:00');
      expect(iso('3 hari lalu', WITH_REFERENCE)).toBe('2024-06-15');
      expect(iso('Selasa, 18 Juni 2024 | 07:05 WIB')).toBe('2024-06-18T07:05:00+07:00');
    });
  });
});

describe('parseDates: publication and update', () => {
  it.each([
    [
      'Kompas.com - 18/06/2024, 10:30 WIB Diperbarui 18/06/2024, 12:05 WIB',
      ['2024-06-18T10:30:00+07:00', '2024-06-18T12:05:00+07:00'],
    ],
    [
      'Published: June 18, 2024 07:05 | Updated: June 19, 2024 08:00',
      ['2024-06-18T07:05:00+07:00', '2024-06-19T08:00:00+07:00'],
    ],
    ['25 Mei 2017 23:49 Diperbarui: 26 Mei 2017 00:26', ['2017-05-25T23:49:00+07:00', '2017-05-26T00:26:00+07:00']],
    // Liputan6 writes the update first: the caller must read the labels, not the order.
    [
      'oleh Liputan6 diperbarui 22 Nov 2024, 03:02 WIB Diterbitkan 21 Nov 2024, 20:15 WIB',
      ['2024-11-22T03:02:00+07:00', '2024-11-21T20:15:00+07:00'],
    ],
    ['Selasa, 18 Juni 2024 07:05 WIB (diperbarui 2 jam yang lalu)', ['2024-06-18T07:05:00+07:00', '2024-06-18T08:00:00+07:00']],
  ])('%j', (text, expected) => {
    expect(parseDates(text, WITH_REFERENCE).map((date) => date.iso)).toEqual(expected);
    expect(parseDate(text, WITH_REFERENCE)?.iso).toBe(expected[0]);
  });

  it('marks only the relative one approximate', () => {
    const dates = parseDates('18 Juni 2024 07:05 WIB | Diperbarui 5 menit lalu', WITH_REFERENCE);
    expect(dates.map((date) => date.approximate)).toEqual([false, true]);
  });

  it('skips a date that means nothing and keeps the next', () => {
    expect(iso('31 Februari 2024 | 1 Maret 2024')).toBe('2024-03-01');
    expect(parseDates('tidak ada tanggal di sini')).toEqual([]);
  });
});

describe('parseDate: validation', () => {
  it.each([
    ['31 Februari 2024'],
    ['29 Februari 2023'],
    ['31/04/2024'],
    ['18/13/2024'],
    ['2024-13-01'],
    ['2024-00-10'],
    ['0/06/2024'],
    ['18 Juni 2024 25:00'],
    ['18 Juni 2024 10:60'],
    ['2024-06-18T24:00:00+07:00'],
    ['2024-06-18T23:59:60+07:00'],
    ['Jun 18 2024, 13:05 PM'],
    ['Jun 18 2024, 0:05 AM'],
    ['18 Juni 1989'],
    ['1985-06-18T07:05:00+07:00'],
    ['18 Juni 2101'],
  ])('impossible or out of range: %j → null', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('accepts the edges of the ranges', () => {
    expect(iso('29 Februari 2024')).toBe('2024-02-29');
    expect(iso('1 Januari 1990')).toBe('1990-01-01');
    expect(iso('31 Desember 2100')).toBe('2100-12-31');
    expect(iso('Jun 18 2024, 11:59 PM')).toBe('2024-06-18T23:59:00+07:00');
  });

  it('with a reference, believes at most the next year', () => {
    expect(iso('18 Juni 2025', WITH_REFERENCE)).toBe('2025-06-18');
    expect(iso('18 Juni 2026', WITH_REFERENCE)).toBeNull();
    expect(iso('1893456000', WITH_REFERENCE)).toBeNull(); // 2030
  });
});

describe('parseDate: what is not a publication date', () => {
  it.each([
    ['Selasa (18/6)'],
    ['Kamis (5/11/2015)'],
    ['Jakarta, Kamis (5/11/2015) - Sebanyak 29 penerbangan dibatalkan.'],
    ['Senin (17/6/2024) pukul 10.00 WIB'],
    ['Selasa ( 18 Juni 2024 )'],
    ['© 2024 Kompas.com'],
    ['Copyright 2015'],
    ['Copyright © 2015 TEMPO.CO'],
    ['© 2003-2015 Kapanlagi.com - KLN KapanLagi Network - All Rights Reserved'],
    ['Liga 1 2024/25'],
    ['Versi 1.2.24'],
    ['Selasa, pukul 10.00 WIB'],
    [''],
    ['   '],
  ])('%j → null', (text) => {
    expect(parseDate(text, WITH_REFERENCE)).toBeNull();
  });

  it('treats a text longer than a date line as body', () => {
    const line = 'Selasa, 18 Juni 2024 | 07:05 WIB';
    expect(iso(`${line} ${'kata '.repeat(40)}`)).toBe('2024-06-18T07:05:00+07:00');
    expect(parseDate(`${line} ${'kata '.repeat(60)}`)).toBeNull();
    expect(parseDates(`${line} ${'kata '.repeat(60)}`)).toEqual([]);
  });

  it('finds a headline date line even when a dateline follows it', () => {
    expect(iso('Kamis, 5 November 2015 14:56 WIB. Mataram, Kamis (5/11) - Sebanyak 29 penerbangan')).toBe(
      '2015-11-05T14:56:00+07:00',
    );
  });
});

describe('isInBodyDateline', () => {
  it.each([
    ['Selasa (18/6)'],
    ['Kamis (5/11/2015)'],
    ["Jum'at (7/6/2024)"],
    ['Jumat (7/6/24)'],
    ['Rabu (19-06-2024)'],
    ['Ahad ( 18/8 )'],
    ['REPUBLIKA.CO.ID, MEDAN -- Ketua DPRD Sumut belum tampak hari ini, Kamis (5/11).'],
    ['Menurut laporan Manchester Evening News, Rabu (18/11), musim lalu'],
  ])('recognises %j', (text) => {
    expect(isInBodyDateline(text)).toBe(true);
  });

  it.each([
    ['Selasa, 18 Juni 2024 | 07:05 WIB'],
    ['Kamis, 05/11/2015 10:08 WIB'],
    ['Rabu, 19/06/2024 14:02 WIB'],
    ['(18/6)'],
    ['Selasa (pagi)'],
    ['Penyelasa (18/6)'],
  ])('does not take %j', (text) => {
    expect(isInBodyDateline(text)).toBe(false);
  });
});

describe('performance', () => {
  it('reads hostile lines of the maximum length quickly', () => {
    const hostile = [
      '1/'.repeat(150),
      '18 '.repeat(100),
      '2024-06-18'.repeat(30),
      `18 Juni 2024${' , |'.repeat(70)}`,
      '12:'.repeat(100),
      'Juni 18, '.repeat(33),
      'a '.repeat(150),
      '2 jam '.repeat(50),
    ];
    const started = performance.now();
    for (let round = 0; round < 100; round += 1) for (const line of hostile) parseDates(line, WITH_REFERENCE);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('parseDateUnder: one reading, several contexts', () => {
  const contexts: DateContext[] = [
    { defaultOffset: '+01:00', reference: REFERENCE },
    { defaultOffset: '+00:00', reference: REFERENCE },
    { defaultOffset: '+08:00' },
  ];

  it.each([
    'Selasa, 18 Juni 2024 07:05',
    '18/06/2024, 10:30 WIB',
    '2 jam yang lalu',
    'kemarin 14:00',
    '1718694300',
    '31 Februari 2024 | 1 Maret 2024',
    'tidak ada tanggal di sini',
    '',
  ])('gives for %j what parseDate gives under each context', (text) => {
    expect(parseDateUnder(text, contexts)).toEqual(contexts.map((context) => parseDate(text, context)));
  });

  it('reads a bare time differently under different offsets', () => {
    const [east, utc] = parseDateUnder('Selasa, 18 Juni 2024 07:05', contexts);
    expect(east?.iso).toBe('2024-06-18T07:05:00+01:00');
    expect(utc?.iso).toBe('2024-06-18T07:05:00+00:00');
  });
});
