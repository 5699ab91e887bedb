import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';

describe('CSV export', () => {
  it('quotes what needs quoting and never lets server text become a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField('+49 30 1234')).toBe("'+49 30 1234");
  });

  it('writes the header line, then a line per row, CRLF line ends', () => {
    const rows = [
      { id: 'a', amount: '-5.00' },
      { id: 'b, c', amount: '7' },
    ];
    const text = toCsv(
      [
        ['id', (r: (typeof rows)[number]) => r.id],
        ['amount', (r: (typeof rows)[number]) => r.amount],
      ],
      rows,
    );
    expect(text).toBe('id,amount\r\na,-5.00\r\n"b, c",7\r\n');
  });
});
