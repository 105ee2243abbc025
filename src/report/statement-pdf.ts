import PDFDocument from 'pdfkit';
import { barChart } from './statement-charts.ts';
import type { Block, StatementDocument } from './statement-document.ts';

/**
 * The statement as a PDF (A4) drawn with pdfkit: the same blocks as the HTML page, tables as text
 * and charts as vector paths. The built-in Helvetica knows only the WinAnsi characters, so text
 * is brought within them first (`winAnsi`) rather than printed as gibberish.
 */

const MARGIN = 50;
const INK = '#1b2530';
const MUTED = '#4a5866';
const RULE = '#d5dde4';

/** The characters outside Latin-1 that WinAnsi still has (0x80–0x9F). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Readonly<Record<string, string>> = { '−': '-', '≥': '>=', '≤': '<=', '→': '->', '←': '<-', '×': 'x', '\u00a0': ' ', '\u202f': ' ' };

/** Text within what the built-in fonts can show: known look-alikes replaced, anything else as '?'. */
export function winAnsi(text: string): string {
  return [...text]
    .map((c) => {
      if (REPLACEMENTS[c] !== undefined) return REPLACEMENTS[c];
      const code = c.codePointAt(0)!;
      if (code === 0x0a || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c)) return c;
      return '?';
    })
    .join('');
}

type Pdf = InstanceType<typeof PDFDocument>;

function ensureRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
}

/**
 * Column widths from their content: each column at least as wide as its longest word (a header
 * never breaks inside a word), the room left shared out by how much more each column would use.
 */
function columnWidths(pdf: Pdf, block: Extract<Block, { kind: 'table' }>, width: number): number[] {
  const measure = (text: string, bold: boolean) => pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8).widthOfString(winAnsi(text)) + 8;
  const columns = block.head.map((head, i) => {
    const cells = block.rows.map((row) => row[i] ?? '');
    const words = [...head.split(/\s+/).map((w) => measure(w, true)), ...cells.flatMap((c) => (block.numeric[i] ? [measure(c, false)] : c.split(/\s+/).map((w) => measure(w, false))))];
    const least = Math.max(...words, 20);
    return { least, wanted: Math.max(least, measure(head, true), ...cells.map((c) => measure(c, false))) };
  });
  const least = columns.reduce((sum, c) => sum + c.least, 0);
  const wanted = columns.reduce((sum, c) => sum + c.wanted, 0);
  if (wanted <= width) return columns.map((c) => (c.wanted / wanted) * width);
  const extra = wanted - least;
  return columns.map((c) => c.least + (extra === 0 ? 0 : ((c.wanted - c.least) / extra) * Math.max(0, width - least)));
}

function drawTable(pdf: Pdf, block: Extract<Block, { kind: 'table' }>): void {
  const width = pdf.page.width - 2 * MARGIN;
  const widths = columnWidths(pdf, block, width);
  const drawRow = (cells: readonly string[], bold: boolean) => {
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    const heights = cells.map((cell, i) => pdf.heightOfString(winAnsi(cell), { width: widths[i]! - 6 }));
    const height = Math.max(...heights, 8) + 6;
    ensureRoom(pdf, height);
    const top = pdf.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      pdf.fillColor(INK).text(winAnsi(cell), x + 3, top + 3, { width: widths[i]! - 6, align: block.numeric[i] ? 'right' : 'left' });
      x += widths[i]!;
    });
    pdf.moveTo(MARGIN, top + height).lineTo(MARGIN + width, top + height).lineWidth(bold ? 1 : 0.5).strokeColor(bold ? INK : RULE).stroke();
    pdf.x = MARGIN;
    pdf.y = top + height;
  };
  drawRow(block.head, true);
  for (const row of block.rows) drawRow(row, false);
  pdf.moveDown(0.6);
}

function drawChart(pdf: Pdf, block: Extract<Block, { kind: 'bars' }>): void {
  const chart = barChart(block.series, block.groups);
  ensureRoom(pdf, chart.height + 10);
  const left = MARGIN;
  const top = pdf.y;
  pdf.fontSize(7).font('Helvetica');
  for (const g of chart.gridlines) {
    pdf.moveTo(left + chart.plot.left, top + g.y).lineTo(left + chart.plot.left + chart.plot.width, top + g.y).lineWidth(0.5).strokeColor(RULE).stroke();
    pdf.fillColor(MUTED).text(g.label, left, top + g.y - 3, { width: chart.plot.left - 4, align: 'right' });
  }
  for (const b of chart.bars) pdf.rect(left + b.x, top + b.y, b.width, b.height).fill(b.colour);
  for (const l of chart.labels) pdf.fillColor(INK).text(winAnsi(l.text), left + l.x - 50, top + l.y - 6, { width: 100, align: 'center' });
  for (const l of chart.legend) {
    pdf.rect(left + l.x, top + l.y - 8, 8, 8).fill(l.colour);
    pdf.fillColor(INK).text(winAnsi(l.text), left + l.x + 11, top + l.y - 7, { width: 220 });
  }
  pdf.x = MARGIN;
  pdf.y = top + chart.height + 6;
}

function drawBlock(pdf: Pdf, block: Block): void {
  switch (block.kind) {
    case 'text':
      pdf.font('Helvetica').fontSize(9).fillColor(INK);
      ensureRoom(pdf, pdf.heightOfString(winAnsi(block.text), { width: pdf.page.width - 2 * MARGIN }));
      pdf.text(winAnsi(block.text), MARGIN, pdf.y, { width: pdf.page.width - 2 * MARGIN });
      pdf.moveDown(0.5);
      return;
    case 'table':
      drawTable(pdf, block);
      return;
    case 'bars':
      drawChart(pdf, block);
      return;
  }
}

/** The PDF's bytes. `createdAt` is written into the file's information, so the same input gives the same file. */
export async function statementPdf(document: StatementDocument, createdAt: Date): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: winAnsi(`${document.title} - ${document.organisation}`), Author: 'Trust Ledger', CreationDate: createdAt, ModDate: createdAt },
    lang: document.language,
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(winAnsi(document.title));
  pdf.font('Helvetica-Bold').fontSize(12).text(winAnsi(document.organisation));
  pdf.font('Helvetica').fontSize(9).fillColor(MUTED);
  for (const line of document.lines) pdf.text(winAnsi(line));
  pdf.moveDown(1);
  for (const section of document.sections) {
    // A heading keeps at least a few lines of its section with it.
    ensureRoom(pdf, 110);
    pdf.font('Helvetica-Bold').fontSize(13).fillColor(INK).text(winAnsi(section.title), MARGIN, pdf.y);
    pdf.moveTo(MARGIN, pdf.y + 1).lineTo(pdf.page.width - MARGIN, pdf.y + 1).lineWidth(1.2).strokeColor('#1f5f8b').stroke();
    pdf.moveDown(0.5);
    for (const block of section.blocks) drawBlock(pdf, block);
    pdf.moveDown(0.4);
  }

  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.height - MARGIN + 14;
    // Writing in the bottom margin must not trigger a new page.
    pdf.page.margins.bottom = 0;
    pdf.font('Helvetica').fontSize(7).fillColor(MUTED).text(winAnsi(`${document.footer}  ${i + 1}/${range.count}`), MARGIN, bottom, { width: pdf.page.width - 2 * MARGIN, lineBreak: false });
  }
  pdf.end();
  return done;
}
