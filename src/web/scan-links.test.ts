import { describe, expect, it } from 'vitest';
import { csvField, linksCsv, linksFileName } from './scan-links.ts';

describe('the links of a scan as a CSV file', () => {
  it('has a header and one line per link, with the segment beside each', () => {
    const csv = linksCsv([{ url: 'https://trust.example/respond/abc' }, { url: 'https://trust.example/respond/def' }], 'Productieteam');
    expect(csv).toBe('link,segment\r\nhttps://trust.example/respond/abc,Productieteam\r\nhttps://trust.example/respond/def,Productieteam\r\n');
  });

  it('leaves the segment empty for links to the whole group', () => {
    expect(linksCsv([{ url: 'https://x/respond/a' }], null).split('\r\n')[1]).toBe('https://x/respond/a,');
  });

  it('quotes a field with a comma, a quote or a line break', () => {
    expect(csvField('Papier, Inkt')).toBe('"Papier, Inkt"');
    expect(csvField('De "Klok"')).toBe('"De ""Klok"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain')).toBe('plain');
  });

  it('names the file after the scan and segment, without accents or spaces', () => {
    expect(linksFileName('Klantenscan Hôtel 2026', null)).toBe('klantenscan-hotel-2026-links.csv');
    expect(linksFileName('Medewerkers', 'Verkoop- en projectteam')).toBe('medewerkers-verkoop-en-projectteam-links.csv');
    expect(linksFileName('!!!', null)).toBe('scan-links.csv');
  });
});
