import { barChart } from './statement-charts.ts';
import type { Block, StatementDocument } from './statement-document.ts';

/**
 * The statement as one self-contained HTML page: inline CSS with a print stylesheet, charts as
 * inline SVG drawn here on the server, no script and no outside asset — it opens offline, prints,
 * and can be mailed as one file.
 */

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const CSS = `
body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; color: #1b2530; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.7rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #1f5f8b; padding-bottom: 0.2rem; margin-top: 2rem; }
.meta { color: #4a5866; margin: 0.1rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #d5dde4; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eef3f7; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
svg { max-width: 100%; height: auto; }
svg text { font-size: 10px; fill: #1b2530; }
footer { margin-top: 2.5rem; color: #4a5866; font-size: 0.85rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  table, svg { break-inside: avoid; }
  th { background: none; border-bottom: 1.5px solid #1b2530; }
  @page { size: A4; margin: 18mm 15mm; }
}
`;

function svgChart(block: Extract<Block, { kind: 'bars' }>): string {
  const chart = barChart(block.series, block.groups);
  const parts = [
    ...chart.gridlines.map(
      (g) =>
        `<line x1="${chart.plot.left}" x2="${chart.plot.left + chart.plot.width}" y1="${g.y}" y2="${g.y}" stroke="#d5dde4"/><text x="${chart.plot.left - 4}" y="${g.y + 3}" text-anchor="end">${g.label}</text>`,
    ),
    ...chart.bars.map((b) => `<rect x="${b.x.toFixed(1)}" y="${b.y.toFixed(1)}" width="${b.width.toFixed(1)}" height="${b.height.toFixed(1)}" fill="${b.colour}"><title>${b.value.toFixed(1)}</title></rect>`),
    ...chart.labels.map((l) => `<text x="${l.x.toFixed(1)}" y="${l.y}" text-anchor="middle">${escape(l.text)}</text>`),
    ...chart.legend.map((l) => `<rect x="${l.x}" y="${l.y - 8}" width="10" height="10" fill="${l.colour}"/><text x="${l.x + 14}" y="${l.y}">${escape(l.text)}</text>`),
  ];
  const label = block.groups.map((g) => `${g.label}: ${g.values.map((v) => (v === null ? '-' : v.toFixed(1))).join(' / ')}`).join('; ');
  return `<svg viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" role="img" aria-label="${escape(label)}">${parts.join('')}</svg>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'text':
      return `<p>${escape(block.text)}</p>`;
    case 'bars':
      return svgChart(block);
    case 'table': {
      const cls = (i: number) => (block.numeric[i] ? ' class="num"' : '');
      const head = block.head.map((h, i) => `<th scope="col"${cls(i)}>${escape(h)}</th>`).join('');
      const rows = block.rows.map((row) => `<tr>${row.map((cell, i) => `<td${cls(i)}>${escape(cell)}</td>`).join('')}</tr>`).join('');
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

export function statementHtml(document: StatementDocument): string {
  const sections = document.sections.map((s) => `<section><h2>${escape(s.title)}</h2>${s.blocks.map(blockHtml).join('\n')}</section>`).join('\n');
  return `<!doctype html>
<html lang="${document.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(`${document.title} - ${document.organisation}`)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escape(document.title)}</h1><p class="meta"><strong>${escape(document.organisation)}</strong></p>${document.lines.map((l) => `<p class="meta">${escape(l)}</p>`).join('')}</header>
<main>
${sections}
</main>
<footer>${escape(document.footer)}</footer>
</body>
</html>
`;
}
