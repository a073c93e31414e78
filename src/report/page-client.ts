// Browser side of the report: reads the embedded ReportData and draws every plot with Observable
// Plot (bundled into the page by esbuild, so the file works offline). Each plot goes into the
// placeholder `[data-plot="<key>"]` that page.ts wrote; sections without data keep their notice.
import * as Plot from '@observablehq/plot';
import type { AccuracyRow, CommandsRate, CommandsSlotRow, ReportData, SystemKind } from './types.ts';

const KIND_LABEL: Record<SystemKind, string> = {
  engram: 'Engram (this artifact)',
  other: 'other systems and variants (measured here)',
  baseline: 'baselines (computed here)',
  published: 'published, not reproduced here',
};
const KIND_COLOR: Record<SystemKind, string> = { engram: '#1f5fbf', other: '#7b5ea7', baseline: '#8c8c8c', published: '#d9822b' };
const KINDS: SystemKind[] = ['engram', 'other', 'baseline', 'published'];
const WIDTH = 980;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function mount(key: string, node: Element): void {
  const slot = document.querySelector(`[data-plot="${key}"]`);
  if (!slot) throw new Error(`report page has no slot for plot ${key}`);
  slot.append(node);
}

function accuracyPlot(rows: AccuracyRow[], chance: number | null): Element {
  const label = (d: AccuracyRow) => `${d.system} · ${d.split}`;
  const order = [...rows].sort((a, b) => a.split.localeCompare(b.split) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  const maxX = Math.min(1, Math.max(...rows.map((d) => d.hi ?? d.accuracy)) + 0.12);
  const kinds = KINDS.filter((k) => rows.some((r) => r.kind === k));
  return Plot.plot({
    width: WIDTH,
    height: 44 + 26 * rows.length,
    marginLeft: 360,
    marginRight: 24,
    style: { fontSize: '12px' },
    x: { domain: [0, maxX], grid: true, label: 'accuracy (dot) with 95% interval (bar)', tickFormat: (x: number) => pct(x) },
    y: { domain: order.map(label), label: null },
    color: { domain: kinds.map((k) => KIND_LABEL[k]), range: kinds.map((k) => KIND_COLOR[k]), legend: true },
    marks: [
      chance === null ? null : Plot.ruleX([chance], { stroke: '#999', strokeDasharray: '4 3' }),
      Plot.ruleY(rows.filter((d) => d.lo !== undefined && d.hi !== undefined), { y: label, x1: 'lo', x2: 'hi', stroke: (d: AccuracyRow) => KIND_LABEL[d.kind], strokeWidth: 3, strokeOpacity: 0.55 }),
      Plot.dot(rows, { y: label, x: 'accuracy', fill: (d: AccuracyRow) => KIND_LABEL[d.kind], r: 5, symbol: (d: AccuracyRow) => (d.kind === 'published' ? 'diamond' : 'circle') }),
      Plot.text(rows, {
        y: label,
        x: (d: AccuracyRow) => d.hi ?? d.accuracy,
        dx: 10,
        textAnchor: 'start',
        text: (d: AccuracyRow) => `${pct(d.accuracy)}${d.n !== undefined ? `  n=${d.n}` : ''}${d.kind === 'published' ? '  (published)' : ''}`,
      }),
    ],
  });
}

function drawAccuracy(data: ReportData): void {
  const benches = [...new Set(data.accuracy.map((r) => r.benchmark))];
  for (const b of benches) {
    const rows = data.accuracy.filter((r) => r.benchmark === b);
    const slot = document.querySelector(`[data-plot="accuracy-${b}"]`);
    if (slot) slot.append(accuracyPlot(rows, b === 'ifeval' ? null : 0.25));
  }
}

function drawConfusion(data: ReportData): void {
  for (const b of new Set(data.confusion.map((c) => c.benchmark))) {
    const cells = data.confusion.filter((c) => c.benchmark === b);
    const splits = [...new Set(cells.map((c) => c.split))];
    const max = Math.max(1, ...cells.map((c) => c.count));
    mount(
      `confusion-${b}`,
      Plot.plot({
        width: Math.min(WIDTH, 330 * splits.length + 60),
        height: 330,
        marginLeft: 60,
        marginTop: 40,
        style: { fontSize: '13px' },
        fx: { label: null, tickFormat: (s: string) => `${s} split` },
        x: { label: 'predicted option', axis: 'top' },
        y: { label: 'gold option' },
        color: { scheme: 'blues', legend: true, label: 'items' },
        marks: [
          Plot.cell(cells, { x: 'predicted', y: 'gold', fx: 'split', fill: 'count', inset: 1 }),
          Plot.text(cells, { x: 'predicted', y: 'gold', fx: 'split', text: 'count', fill: (d: { count: number }) => (d.count > max * 0.55 ? 'white' : 'black') }),
        ],
      }),
    );
  }
}

function drawQuestionTypes(data: ReportData): void {
  for (const b of new Set(data.questionTypes.map((q) => q.benchmark))) {
    const rows = data.questionTypes.filter((q) => q.benchmark === b);
    const types = [...new Set(rows.map((r) => r.questionType))];
    mount(
      `questionTypes-${b}`,
      Plot.plot({
        width: WIDTH,
        height: 60 + 30 * types.length,
        marginLeft: 100,
        marginRight: 90,
        style: { fontSize: '12px' },
        fx: { label: null, tickFormat: (s: string) => `${s} split`, padding: 0.16 },
        x: { domain: [0, 1], label: 'accuracy, 95% interval', tickFormat: (x: number) => `${Math.round(100 * x)}%`, ticks: [0, 0.25, 0.5, 0.75, 1], grid: true },
        y: { domain: types, label: 'question type' },
        marks: [
          Plot.ruleX([0.25], { stroke: '#999', strokeDasharray: '4 3' }),
          Plot.barX(rows, { x: 'accuracy', y: 'questionType', fx: 'split', fill: '#1f5fbf', fillOpacity: 0.75 }),
          Plot.ruleY(rows, { x1: 'lo', x2: 'hi', y: 'questionType', fx: 'split', stroke: '#222' }),
          Plot.text(rows, { x: 'hi', y: 'questionType', fx: 'split', dx: 6, textAnchor: 'start', text: (d: { correct: number; n: number }) => `${d.correct}/${d.n}` }),
        ],
      }),
    );
  }
}

function drawSections(data: ReportData): void {
  if (data.sections.length === 0) return;
  const arts = [...new Set(data.sections.map((s) => s.artifact))];
  mount(
    'sections',
    Plot.plot({
      width: WIDTH,
      height: 40 + 26 * data.sections.length + 20 * arts.length,
      marginLeft: 110,
      marginRight: 90,
      style: { fontSize: '12px' },
      fy: { label: null, tickFormat: (a: string) => `${a}.engram` },
      x: { label: 'bytes', grid: true },
      y: { label: null },
      marks: [
        Plot.barX(data.sections, { x: 'bytes', y: 'tag', fy: 'artifact', fill: '#2a8a6a', sort: { y: 'x', reverse: true } }),
        Plot.text(data.sections, { x: 'bytes', y: 'tag', fy: 'artifact', dx: 6, textAnchor: 'start', text: (d: { bytes: number }) => d.bytes.toLocaleString('en-US') + ' B' }),
      ],
    }),
  );
}

function drawParity(data: ReportData): void {
  const p = data.parity;
  if (!p) return;
  if (p.points.length > 0) {
    const byId = new Map(p.items.map((i) => [i.id, i.match]));
    const pts = p.points.map((d) => ({ ...d, status: byId.get(d.id) === false ? 'item differs' : 'item matches' }));
    mount(
      'parity',
      Plot.plot({
        width: 560,
        height: 480,
        marginLeft: 80,
        style: { fontSize: '12px' },
        x: { label: 'host score (TypeScript / native)', grid: true },
        y: { label: 'board score (emulated RV32IMC)', grid: true },
        color: { domain: ['item matches', 'item differs'], range: ['#1f5fbf', '#d62728'], legend: true },
        marks: [Plot.line([[Math.min(...pts.map((d) => d.host)), Math.min(...pts.map((d) => d.host))], [Math.max(...pts.map((d) => d.host)), Math.max(...pts.map((d) => d.host))]], { stroke: '#bbb' }), Plot.dot(pts, { x: 'host', y: 'board', stroke: 'status', r: 2.5 })],
      }),
    );
  }
  const ins = p.items.filter((i) => i.instret !== null);
  if (ins.length > 0) {
    const sorted = ins.map((i) => i.instret as number).sort((a, b) => a - b);
    const median = sorted[Math.floor((sorted.length - 1) / 2)];
    mount(
      'instret',
      Plot.plot({
        width: WIDTH,
        height: 320,
        marginLeft: 60,
        style: { fontSize: '12px' },
        x: { label: 'instructions retired per item (board)', tickFormat: (x: number) => x.toLocaleString('en-US') },
        y: { label: 'items', grid: true },
        marks: [
          Plot.rectY(ins, { ...Plot.binX({ y: 'count' }, { x: 'instret', thresholds: 30 }), fill: '#2a8a6a' }),
          Plot.ruleX([median], { stroke: '#d9822b', strokeWidth: 2 }),
          Plot.text([median], { x: (d: number) => d, frameAnchor: 'top', dy: 4, dx: 6, textAnchor: 'start', text: (d: number) => `median ${d.toLocaleString('en-US')}` }),
          Plot.ruleY([0]),
        ],
      }),
    );
  }
}

function drawIfeval(data: ReportData): void {
  const f = data.ifeval;
  if (!f || f.instructions.length === 0) return;
  const long = f.instructions.flatMap((r) => [
    { instruction: r.instruction, mode: 'loose', rate: r.loose, n: r.n },
    { instruction: r.instruction, mode: 'strict', rate: r.strict, n: r.n },
  ]);
  mount(
    'ifeval',
    Plot.plot({
      width: WIDTH,
      height: Math.max(150, 70 + 17 * f.instructions.length),
      marginLeft: 380,
      marginRight: 70,
      style: { fontSize: '11px' },
      x: { domain: [0, 1], label: 'pass rate', tickFormat: (x: number) => pct(x), grid: true, axis: 'both' },
      y: { domain: f.instructions.map((r) => r.instruction), label: null },
      color: { domain: ['loose', 'strict'], range: ['#b9d3ee', '#1f5fbf'], legend: true },
      marks: [
        Plot.barX(long, { x1: 0, x2: 'rate', y: 'instruction', fill: 'mode', insetTop: 2, insetBottom: 2 }),
        Plot.text(f.instructions, { x: 'loose', y: 'instruction', dx: 6, textAnchor: 'start', text: (d: { strict: number; n: number }) => `${pct(d.strict)} n=${d.n}` }),
      ],
    }),
  );
}

const REGIME_LABEL: Record<CommandsSlotRow['regime'], string> = { full: 'full training', '70': '70 queries per intent' };

/** Slot F1 per intent: one panel per regime, Engram as blue dots, the published engines as diamonds. */
function drawCommands(data: ReportData): void {
  const c = data.commands;
  if (!c) return;
  if (c.slots.length) {
    const intents = [...new Set(c.slots.map((r) => r.intent))];
    const systems = [...new Set(c.slots.map((r) => r.system))];
    const rows = c.slots.map((r) => ({ ...r, regimeLabel: REGIME_LABEL[r.regime] }));
    const minX = Math.max(0, Math.min(...c.slots.map((r) => r.f1)) - 0.05);
    mount(
      'commands-slots',
      Plot.plot({
        width: WIDTH,
        height: 80 + 2 * 24 * intents.length,
        marginLeft: 170,
        marginRight: 24,
        style: { fontSize: '12px' },
        fy: { label: null, domain: Object.values(REGIME_LABEL).filter((l) => rows.some((r) => r.regimeLabel === l)) },
        x: { domain: [minX, 1], grid: true, label: 'slot F1 (benchmark figure)', tickFormat: (x: number) => x.toFixed(2) },
        y: { domain: intents, label: null },
        color: { domain: systems, legend: true, scheme: 'tableau10' },
        marks: [
          Plot.dot(rows, { x: 'f1', y: 'intent', fy: 'regimeLabel', stroke: 'system', fill: (d: CommandsSlotRow) => (d.kind === 'engram' ? d.system : 'none'), r: (d: CommandsSlotRow) => (d.kind === 'engram' ? 6 : 4), symbol: (d: CommandsSlotRow) => (d.kind === 'engram' ? 'circle' : 'diamond') }),
          Plot.text(rows.filter((d) => d.kind === 'engram'), { x: 'f1', y: 'intent', fy: 'regimeLabel', dy: -10, text: (d: CommandsSlotRow) => d.f1.toFixed(3), fill: '#1f5fbf' }),
        ],
      }),
    );
  }
  const ratePlot = (rows: CommandsRate[], label: (d: CommandsRate) => string, xLabel: string) =>
    Plot.plot({
      width: WIDTH,
      height: 50 + 28 * rows.length,
      marginLeft: 360,
      marginRight: 24,
      style: { fontSize: '12px' },
      x: { domain: [0, 1.12], grid: true, label: xLabel, tickFormat: (x: number) => (x <= 1 ? pct(x) : '') },
      y: { domain: rows.map(label), label: null },
      marks: [
        Plot.ruleY(rows, { y: label, x1: 'lo', x2: 'hi', stroke: '#1f5fbf', strokeWidth: 3, strokeOpacity: 0.55 }),
        Plot.dot(rows, { y: label, x: 'rate', fill: '#1f5fbf', r: 5 }),
        Plot.text(rows, { y: label, x: 'hi', dx: 10, textAnchor: 'start', text: (d: CommandsRate) => `${pct(d.rate)}  ${d.k}/${d.n}` }),
      ],
    });
  if (c.rates.length) mount('commands-rates', ratePlot(c.rates, (d) => `${d.metric} · ${d.group}`, 'rate (dot) with 95% interval (bar)'));
  if (c.refusals.length) mount('commands-refusals', ratePlot(c.refusals, (d) => `${d.group} refusal ${d.metric}`, 'refusal precision / recall with 95% interval'));
}

function main(): void {
  const el = document.getElementById('report-data');
  if (!el?.textContent) throw new Error('report page has no embedded data');
  const data = JSON.parse(el.textContent) as ReportData;
  drawAccuracy(data);
  drawConfusion(data);
  drawQuestionTypes(data);
  drawSections(data);
  drawParity(data);
  drawIfeval(data);
  drawCommands(data);
  document.body.dataset.rendered = 'true';
}

main();
