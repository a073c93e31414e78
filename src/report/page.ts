// Writes the report page: static HTML (headings, notices for missing inputs, tables of every number)
// plus the embedded ReportData and the bundled plotting script, all in one self-contained file.
import type { AccuracyRow, ReportData, SectionKey } from './types.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that is safe inside a <script> element: no `<` can end the element early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Script text that is safe inline: esbuild already escapes `</script`, this is the check. */
export function inlineScript(code: string): string {
  if (/<\/script/i.test(code)) throw new Error('bundled script contains "</script": cannot inline it');
  return code;
}

const pct = (x: number | undefined) => (x === undefined ? '' : `${(100 * x).toFixed(1)}%`);
const h = escapeHtml;

function table(head: string[], rows: (string | number)[][]): string {
  const th = head.map((c) => `<th>${h(c)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${h(String(c))}</td>`).join('')}</tr>`).join('\n');
  return `<details><summary>numbers (${rows.length} rows)</summary><table><thead><tr>${th}</tr></thead><tbody>${trs}</tbody></table></details>`;
}

function missing(data: ReportData, key: SectionKey): string {
  const m = data.missing[key];
  if (!m?.length) return '';
  return `<div class="missing" data-missing="${key}"><strong>Input missing or partial:</strong><ul>${m.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div>`;
}

function accuracyTable(rows: AccuracyRow[]): string {
  return table(
    ['system', 'split', 'kind', 'accuracy', 'correct', 'n', '95% low', '95% high', 'note'],
    rows.map((r) => [r.system, r.split, r.kind, pct(r.accuracy), r.correct ?? '', r.n ?? '', pct(r.lo), pct(r.hi), r.note ?? '']),
  );
}

function section(id: string, title: string, intro: string, body: string): string {
  return `<section id="${id}"><h2>${h(title)}</h2><p class="intro">${intro}</p>${body}</section>`;
}

function accuracySection(data: ReportData): string {
  const benches = [...new Set(data.accuracy.map((r) => r.benchmark))];
  const parts = benches.map((b) => {
    const rows = data.accuracy.filter((r) => r.benchmark === b);
    return `<h3>${h(b)}</h3><div class="plot" data-plot="accuracy-${h(b)}"></div>${accuracyTable(rows)}`;
  });
  return section(
    'accuracy',
    'Accuracy with 95% intervals',
    'Our integer artifact, the baselines computed here from the same items, and published figures. Diamonds are <em>published, not reproduced here</em>: they come without our n or interval, and the LogiQA public system figure is on its own tuning set. The dashed line is chance (25% for four options).',
    missing(data, 'accuracy') + parts.join('\n'),
  );
}

function perBenchSection(data: ReportData, key: 'confusion' | 'questionTypes', title: string, intro: string): string {
  const rows = key === 'confusion' ? data.confusion : data.questionTypes;
  const benches = [...new Set(rows.map((r) => r.benchmark))];
  const parts = benches.map((b) => {
    const tbl =
      key === 'confusion'
        ? table(['split', 'gold', 'predicted', 'items'], data.confusion.filter((c) => c.benchmark === b).map((c) => [c.split, c.gold, c.predicted, c.count]))
        : table(['split', 'question type', 'correct', 'n', 'accuracy', '95% low', '95% high'], data.questionTypes.filter((q) => q.benchmark === b).map((q) => [q.split, q.questionType, q.correct, q.n, pct(q.accuracy), pct(q.lo), pct(q.hi)]));
    return `<h3>${h(b)}</h3><div class="plot" data-plot="${key}-${h(b)}"></div>${tbl}`;
  });
  return section(key, title, intro, missing(data, key) + (parts.join('\n') || '<p class="empty">Nothing to plot.</p>'));
}

function paritySection(data: ReportData): string {
  const p = data.parity;
  let body = missing(data, 'parity');
  if (p) {
    // Scalars first, then one level of nested objects (e.g. estimates.latency_us_median) flattened.
    const s = Object.entries(p.summary).flatMap(([k, v]): [string, unknown][] =>
      v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v).filter(([, x]) => typeof x !== 'object').map(([k2, x]) => [`${k}.${k2}`, x]) : [[k, Array.isArray(v) ? v.join(' – ') : v]],
    );
    body += `<p class="source">From <code>${h(p.source)}</code>.</p>`;
    body += `<table class="kv">${s.map(([k, v]) => `<tr><th>${h(k)}</th><td>${h(String(v))}</td></tr>`).join('')}</table>`;
    body += `<div class="plot" data-plot="parity"></div>`;
    const differs = p.items.filter((i) => i.match === false);
    body += table(['id', 'match', 'instret'], (differs.length ? differs : p.items).map((i) => [i.id, i.match === null ? '?' : i.match ? 'yes' : 'NO', i.instret ?? '']));
  }
  return section('parity', 'Host vs board parity', 'Every option score of every probe item, as the host computes it and as the emulated board computes it. Bit-exact agreement puts every point on the diagonal.', body);
}

function instretSection(data: ReportData): string {
  const body = missing(data, 'instret') + (data.parity?.items.some((i) => i.instret !== null) ? '<div class="plot" data-plot="instret"></div>' : '');
  return section('instret', 'Instructions per item on the device', 'Instructions retired by the RV32IMC firmware per scored item (from the board report). At 160 MHz, 160,000 instructions take about 1 ms.', body);
}

function sectionsSection(data: ReportData): string {
  const body =
    missing(data, 'sections') +
    (data.sections.length
      ? `<div class="plot" data-plot="sections"></div>` + table(['artifact', 'section', 'offset', 'bytes'], data.sections.map((s) => [s.artifact, s.tag, s.offset ?? '', s.bytes]))
      : '');
  return section('sections', 'Artifact bytes by section', 'Where the bytes of each .engram file go (docs/format.md): the header and section table, metadata, configuration, lexicon, hashed and dense weight tables.', body);
}

function ifevalSection(data: ReportData): string {
  const f = data.ifeval;
  let body = missing(data, 'ifeval');
  if (f) {
    body += `<p class="source">From <code>${h(f.source)}</code> (responses: ${h(f.system)}). Prompt-level strict ${pct(f.promptStrict ?? undefined) || '?'}, loose ${pct(f.promptLoose ?? undefined) || '?'}${f.prompts ? ` over ${f.prompts} prompts` : ''}; GPT-4's official responses score 77.1% / 79.7% (published).</p>`;
    body += `<div class="plot" data-plot="ifeval"></div>`;
    body += table(['instruction', 'n', 'strict', 'loose'], f.instructions.map((r) => [r.instruction, r.n, pct(r.strict), pct(r.loose)]));
  }
  return section('ifeval', 'IFEval pass rate per instruction', 'Share of prompts whose instruction of each kind is followed, strict and loose (the official evaluator\'s two modes).', body);
}

function commandsSection(data: ReportData): string {
  const c = data.commands;
  let body = missing(data, 'commands');
  if (c) {
    body += `<p class="source">From ${c.sources.map((x) => `<code>${h(x)}</code>`).join(' and ')}. Snips figures are computed from the benchmark's <code>anchors/</code> (Coucke et al. 2018; published, not reproduced here).</p>`;
    if (c.slots.length) {
      body += `<h3>Slot F1 per intent (Snips NLU benchmark, validate/)</h3><div class="plot" data-plot="commands-slots"></div>`;
      body += table(['regime', 'intent', 'system', 'slot F1'], c.slots.map((r) => [r.regime === 'full' ? 'full training' : '70 per intent', r.intent, r.system, r.f1.toFixed(3)]));
    }
    if (c.rates.length) {
      body += `<h3>Intent accuracy and exact frame (95% Wilson intervals)</h3><div class="plot" data-plot="commands-rates"></div>`;
      body += table(['measured on', 'metric', 'k', 'n', 'rate', '95% low', '95% high'], c.rates.map((r) => [r.group, r.metric, r.k, r.n, pct(r.rate), pct(r.lo), pct(r.hi)]));
    }
    if (c.refusals.length) {
      body += `<h3>Demo assistant refusals</h3><div class="plot" data-plot="commands-refusals"></div>`;
      body += table(['class', 'metric', 'k', 'n', 'rate', '95% low', '95% high'], c.refusals.map((r) => [r.group, r.metric, r.k, r.n, pct(r.rate), pct(r.lo), pct(r.hi)]));
    }
  }
  return section(
    'commands',
    'Structured commands',
    'The commands skill (docs/commands.md): slot F1 per intent beside the Snips NLU benchmark\'s published engines, at full training and with 70 queries per intent; intent accuracy and exact frame with intervals; and how often the demo assistant refuses what it must (recall) and only that (precision).',
    body,
  );
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0;background:#f6f7f9}
header{background:#15233b;color:#fff;padding:18px 32px}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:2px 0;color:#c9d3e3;font-size:13px}
header code{color:#fff}
nav{padding:8px 32px;background:#e9edf3;font-size:13px}
nav a{margin-right:14px;color:#15233b}
main{padding:8px 32px 40px;max-width:1060px}
section{background:#fff;border:1px solid #dde2ea;border-radius:6px;padding:12px 20px 16px;margin:16px 0}
h2{font-size:18px;margin:4px 0 6px}
h3{font-size:15px;margin:14px 0 4px;color:#334}
.intro{color:#445;margin:0 0 8px;max-width:900px}
.missing{background:#fff6e5;border:1px solid #f0c36d;border-radius:4px;padding:6px 12px;margin:8px 0;font-size:13px}
.missing ul{margin:4px 0 0;padding-left:20px}
details{margin:6px 0;font-size:12px}
table{border-collapse:collapse;margin:6px 0}
td,th{border-bottom:1px solid #e3e6ea;padding:2px 10px 2px 0;text-align:left;font-variant-numeric:tabular-nums}
table.kv th{font-weight:600;padding-right:18px}
code{font-size:12px}
.plot svg{overflow:visible}
`;

export function renderReportHtml(data: ReportData, script: string): string {
  const arts = data.artifacts.map((a) => `<p><code>${h(a.path)}</code> · ${a.bytes.toLocaleString('en-US')} bytes · sha256 <code>${h(a.sha256)}</code></p>`).join('');
  const nav = [
    ['accuracy', 'Accuracy'],
    ['confusion', 'Confusion'],
    ['questionTypes', 'Question types'],
    ['parity', 'Host vs board'],
    ['instret', 'Instructions/item'],
    ['sections', 'Artifact bytes'],
    ['ifeval', 'IFEval'],
    ['commands', 'Commands'],
  ]
    .map(([id, t]) => `<a href="#${id}">${t}</a>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Engram report</title><style>${CSS}</style></head>
<body>
<header><h1>Engram report</h1>${arts || '<p>No artifact found.</p>'}<p>Inputs: <code>${h(data.inputs.dir)}</code>; data: <code>${h(data.inputs.dataDir ?? 'none')}</code>. Machine-readable: <code>report.json</code> beside this file.</p></header>
<nav>${nav}</nav>
<main>
${accuracySection(data)}
${perBenchSection(data, 'confusion', 'Confusion matrix: gold vs predicted option', 'Rows are the correct option, columns the option the artifact chose; the diagonal is what it got right. A column that dominates shows a position bias.')}
${perBenchSection(data, 'questionTypes', 'Accuracy per question type', 'Question type as the artifact itself classifies it (<code>explain(item).questionType</code>), with a 95% interval; small groups have wide intervals. Dashed line: chance.')}
${paritySection(data)}
${instretSection(data)}
${sectionsSection(data)}
${ifevalSection(data)}
${commandsSection(data)}
</main>
<script id="report-data" type="application/json">${scriptJson(data)}</script>
<script>${inlineScript(script)}</script>
</body></html>
`;
}
