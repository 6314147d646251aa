/**
 * Generated pages for `npm run bench:page`. Each is plain HTML a report or an app might serve; the
 * citations are spread evenly so that the viewport holds a small share of them, as on real pages.
 */

const FILLER = [
  'The Conference of the Parties considered the information provided by the secretariat and by Parties on the implementation of the provisions relating to cooperation.',
  'Several delegations stressed the importance of capacity-building, technical assistance and technology transfer for developing countries.',
  'The representative of one regional group welcomed the progress made during the intersessional period and called for continued engagement.',
  'Observers from intergovernmental organizations described joint activities on health, waste and the sound management of chemicals.',
  'It was noted that resources remained limited and that priorities for the next biennium would need to be agreed at the next meeting.',
];
const CITES = ['UNEP/MC/COP.6/INF/28', 'UNEP/MC/COP.6/22', 'resolution 6/4', 'decision MC-5/3', 'UNEP/MC/COP.5/INF/28', 'UNEP/EA.6/Res.9'];

/** mark.js's pattern for the same citations, so both tools mark the same matches. */
export const MARK_PATTERN = String.raw`UNEP\/MC\/COP\.6\/INF\/28|UNEP\/MC\/COP\.6\/22|resolution 6\/4|decision MC-5\/3|UNEP\/MC\/COP\.5\/INF\/28|UNEP\/EA\.6\/Res\.9`;

function html(body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Minamata Convention: bench</title>${script}</head><body><main>${body}</main></body></html>`;
}

/** A report of about `bytes` of text: paragraphs under section headings, `citations` of them cited. */
export function densePage(bytes: number, citations: number): string {
  const parts: string[] = [];
  let size = 0;
  let placed = 0;
  let i = 0;
  const paragraphs = Math.ceil(bytes / 700);
  while (size < bytes) {
    let text = `${FILLER[i % FILLER.length]} ${FILLER[(i + 2) % FILLER.length]} ${FILLER[(i + 4) % FILLER.length]} ${FILLER[(i + 1) % FILLER.length]}`;
    const due = Math.floor(((i + 1) * citations) / paragraphs) - placed;
    for (let k = 0; k < due && placed < citations; k++, placed++) text += ` See ${CITES[placed % CITES.length]} on this point.`;
    parts.push(`${i % 40 === 0 ? `<h2>Section ${i / 40 + 1}</h2>` : ''}<p>${text}</p>\n`);
    size += text.length;
    i++;
  }
  for (; placed < citations; placed++) parts.push(`<p>Finally, see ${CITES[placed % CITES.length]}.</p>\n`);
  return html(parts.join(''));
}

/**
 * A live page: `citations` paragraphs, one citation each, under a ticker whose text the page
 * rewrites every 16 ms (a clock, a price, a score). `window.__tick` starts and stops it.
 */
export function mutatingPage(citations: number): string {
  const rows: string[] = [];
  for (let i = 0; i < citations; i++) rows.push(`<p>${FILLER[i % FILLER.length]} See ${CITES[i % CITES.length]} on this point.</p>`);
  const script = `<script>
  window.__tick = (on) => {
    clearInterval(window.__timer);
    if (!on) return;
    const out = document.getElementById('ticker');
    let n = 0;
    window.__updates = 0;
    window.__timer = setInterval(() => { out.textContent = 'Live: ' + (n++) + ' updates, ' + performance.now().toFixed(1) + ' ms'; window.__updates++; }, 16);
  };
</script>`;
  return html(`<div id="ticker">Live: 0 updates</div>${rows.join('\n')}`, script);
}

/**
 * A page of about `textNodes` text nodes: short inline runs (`<b>w</b> ` is two text nodes), a
 * citation every `citeEvery` paragraphs.
 */
export function manyNodesPage(textNodes: number, citeEvery = 10): string {
  const perParagraph = 40;
  const paragraphs = Math.ceil(textNodes / perParagraph);
  const words = '<b>w</b> '.repeat(perParagraph / 2);
  const rows: string[] = [];
  for (let i = 0; i < paragraphs; i++) rows.push(`<p>${words}${i % citeEvery === 0 ? `see ${CITES[i % CITES.length]}` : ''}</p>`);
  return html(rows.join('\n'));
}

/** The former long-task spec's page: 12 500 paragraphs of inline markup (~100 000 nodes), a citation in every 25th. */
export function inlineReportPage(): string {
  const rows: string[] = [];
  for (let i = 0; i < 12_500; i++) {
    const cite = i % 25 === 0 ? ` see <em>UNEP/MC/COP.6/INF/${28 + (i % 8)}</em> and decision MC-5/${1 + (i % 9)}` : '';
    rows.push(`<p id="p${i}"><span class="n">${i}.</span> The <b>Parties</b> noted <a href="#p${i}">the report</a>${cite} on <i>mercury</i>.</p>`);
  }
  return html(rows.join('\n'));
}
