// The explorer in the browser: load an artifact (served preset, file picker or drag-and-drop),
// enter an item, and show the integer scores, the decision and why — computed here by the bundled
// TypeScript runtime, no server round trip. Also browses a dataset's predictions with filters.
import { ArtifactError, loadArtifact, type Artifact, type Explanation, type McqItem } from '../runtime/index.ts';
import { startCommandsPanel } from './commands-panel.ts';
import { $, el } from './dom.ts';
import type { DatasetRow } from './dataset.ts';
import type { ExplorerConfig } from './server.ts';

const MIN_OPTIONS = 2;
const MAX_OPTIONS = 8;
const TOP_CONTRIBUTIONS = 5;
const MAX_TABLE_ROWS = 300;

let artifact: Artifact | null = null;
let rows: DatasetRow[] = [];
/** Question type per dataset row, filled once an artifact is loaded. */
let rowTypes: string[] | null = null;
/** Where the served dataset came from, shown above the filters. */
let datasetInfo = '';

const letter = (i: number) => String.fromCharCode(65 + i);

// ---- artifact loading --------------------------------------------------------------------------

function useArtifact(bytes: Uint8Array, name: string): void {
  $('load-error').textContent = '';
  try {
    artifact = loadArtifact(bytes);
  } catch (err) {
    if (!(err instanceof ArtifactError)) throw err;
    artifact = null;
    $('load-error').textContent = `${name}: not a valid artifact (${err.code}): ${err.message}`;
    renderStatus(null);
    return;
  }
  renderStatus(name);
  rowTypes = null;
  renderDataset();
  ($('score') as HTMLButtonElement).disabled = false;
}

function renderStatus(name: string | null): void {
  const s = $('artifact-status');
  s.replaceChildren();
  if (!artifact || name === null) {
    s.append('No artifact loaded.');
    ($('score') as HTMLButtonElement).disabled = true;
    return;
  }
  s.append('Artifact ', el('code', { 'data-testid': 'artifact-name' }, name), ` · ${artifact.bytes.length.toLocaleString('en-US')} bytes · sha256 `, el('code', {}, artifact.sha256.slice(0, 16) + '…'), ` · features ${artifact.featureFamilies.join(', ')}`);
  document.body.dataset.artifact = artifact.sha256;
}

async function readFile(file: File): Promise<void> {
  useArtifact(new Uint8Array(await file.arrayBuffer()), file.name);
}

function wireLoading(): void {
  const input = $('artifact-file') as HTMLInputElement;
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    if (f) void readFile(f);
  });
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer?.files[0];
    if (f) void readFile(f);
  });
}

// ---- the item form -----------------------------------------------------------------------------

function optionInputs(): HTMLInputElement[] {
  return Array.from($('options').querySelectorAll<HTMLInputElement>('input[data-option]'));
}

function renderOptions(values: string[]): void {
  const box = $('options');
  box.replaceChildren();
  values.forEach((v, i) => {
    const input = el('input', { type: 'text', 'data-option': String(i), 'aria-label': `option ${letter(i)}` });
    input.value = v;
    const remove = el('button', { title: 'remove this option' }, '×');
    remove.disabled = values.length <= MIN_OPTIONS;
    remove.addEventListener('click', () => renderOptions(optionInputs().map((x) => x.value).filter((_, k) => k !== i)));
    box.append(el('div', { class: 'opt' }, el('span', { class: 'letter' }, letter(i)), input, remove));
  });
  ($('add-option') as HTMLButtonElement).disabled = values.length >= MAX_OPTIONS;
}

function fillForm(item: McqItem): void {
  ($('context') as HTMLTextAreaElement).value = item.context;
  ($('question') as HTMLInputElement).value = item.question;
  renderOptions(item.options);
}

function readForm(): McqItem {
  return {
    context: ($('context') as HTMLTextAreaElement).value,
    question: ($('question') as HTMLInputElement).value,
    options: optionInputs().map((x) => x.value),
  };
}

/** The same checks the CLI's validateItem makes, with messages for a person at a form. */
function parseItemJson(text: string): McqItem {
  const o = JSON.parse(text) as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new Error('expected a JSON object');
  if (typeof o.context !== 'string' || typeof o.question !== 'string') throw new Error('"context" and "question" must be strings');
  if (!Array.isArray(o.options) || !o.options.every((x) => typeof x === 'string')) throw new Error('"options" must be an array of strings');
  if (o.options.length < MIN_OPTIONS || o.options.length > MAX_OPTIONS) throw new Error(`"options" must have ${MIN_OPTIONS}..${MAX_OPTIONS} entries`);
  return { context: o.context, question: o.question, options: o.options as string[] };
}

function wireForm(): void {
  renderOptions(['', '', '', '']);
  $('add-option').addEventListener('click', () => renderOptions([...optionInputs().map((x) => x.value), '']));
  $('score').addEventListener('click', () => scoreForm());
  $('fill-json').addEventListener('click', () => {
    $('item-error').textContent = '';
    try {
      fillForm(parseItemJson(($('item-json') as HTMLTextAreaElement).value));
    } catch (err) {
      $('item-error').textContent = `item JSON: ${(err as Error).message}`;
    }
  });
}

function scoreForm(gold?: number | null): void {
  $('item-error').textContent = '';
  if (!artifact) {
    $('item-error').textContent = 'Load an artifact first.';
    return;
  }
  const item = readForm();
  if (item.options.length < MIN_OPTIONS) {
    $('item-error').textContent = `An item needs at least ${MIN_OPTIONS} options.`;
    return;
  }
  renderExplanation(item, artifact.explain(item), gold ?? null);
}

// ---- the explanation ---------------------------------------------------------------------------

function renderExplanation(item: McqItem, ex: Explanation, gold: number | null): void {
  const out = $('result');
  out.replaceChildren();
  const line = el('div', { id: 'decision-line' }, 'Decision: ', el('span', { id: 'decision', 'data-testid': 'decision' }, letter(ex.prediction)), ' · question type ', el('b', { 'data-testid': 'question-type' }, ex.questionType), el('span', { class: 'muted' }, ' · ties go to the lowest option'));
  if (gold !== null) line.append(' · gold ', el('b', {}, letter(gold)), ' ', el('span', { class: gold === ex.prediction ? 'ok' : 'bad' }, gold === ex.prediction ? '✓ right' : '✗ wrong'));
  out.append(line);
  const lo = Math.min(...ex.scores);
  const hi = Math.max(...ex.scores);
  for (const o of ex.options) {
    const width = hi === lo ? 100 : Math.round((100 * (o.score - lo)) / (hi - lo));
    const card = el('div', { class: o.index === ex.prediction ? 'card chosen' : 'card', 'data-option-card': String(o.index) });
    card.append(
      el('div', { class: 'top' }, el('span', { class: 'letter' }, letter(o.index)), el('span', { class: 'text' }, item.options[o.index]), el('span', { class: 'score', 'data-testid': `score-${o.index}` }, String(o.score))),
      el('div', { class: 'bar' }, el('div', { style: `width:${Math.max(2, width)}%` })),
    );
    const facts = el('div', { class: 'facts' }, `content words in the context ${o.contextHits}/${o.content} · shared with other options ${o.otherOptionHits}/${o.content}`);
    for (const f of o.flags) facts.append(el('span', { class: 'flag' }, f));
    card.append(facts);
    const table = el('table', {}, el('tbody', {}, ...o.contributions.slice(0, TOP_CONTRIBUTIONS).map((c) => contributionRow(c.value, c.family, c.label))));
    card.append(table);
    if (o.contributions.length > TOP_CONTRIBUTIONS) {
      const rest = el('details', {}, el('summary', { class: 'muted' }, `all ${o.contributions.length} contributions`));
      rest.append(el('table', {}, el('tbody', {}, ...o.contributions.slice(TOP_CONTRIBUTIONS).map((c) => contributionRow(c.value, c.family, c.label)))));
      card.append(rest);
    }
    out.append(card);
  }
  out.append(deductivePanel(ex), repairsPanel(artifact?.repairs.length ?? 0, ex.repairsFired));
  document.body.dataset.scored = String(Number(document.body.dataset.scored ?? '0') + 1);
}

/** What the deductive module parsed from the context and what it concluded for each option. */
function deductivePanel(ex: Explanation): HTMLElement {
  const box = el('div', { class: 'future', 'data-slot': 'deductive-verdicts' }, el('b', {}, 'Deductive module'));
  const d = ex.deductive;
  if (!d) {
    box.append(' — this artifact does not enable it (no qt_logic family).');
    return box;
  }
  box.append(` — ${d.rules} rule(s) parsed, ${d.consistent ? 'consistent' : 'inconsistent'}; atoms: ${d.atoms.map((a) => `{${a.join(' ')}}`).join(' ') || 'none'}`);
  const list = el('ul', {});
  for (const s of d.sentences) list.append(el('li', {}, el('span', { class: 'flag' }, s.kind), ' ', s.text));
  box.append(list);
  box.append(el('div', { 'data-testid': 'verdicts' }, 'Verdicts: ', d.verdicts.map((v, i) => `${letter(i)} ${v}`).join(' · ')));
  return box;
}

function repairsPanel(count: number, fired: number[]): HTMLElement {
  const box = el('div', { class: 'future', 'data-slot': 'repairs' }, el('b', {}, 'Repairs'));
  if (count === 0) box.append(' — this artifact carries no repairs.');
  else box.append(` — ${count} in the artifact; fired on this item: `, el('span', { 'data-testid': 'repairs-fired' }, fired.length ? fired.map((id) => `#${id}`).join(', ') : 'none'));
  return box;
}

function contributionRow(value: number, family: string, label: string): HTMLTableRowElement {
  return el('tr', {}, el('td', { class: value > 0 ? 'v pos' : 'v neg' }, (value > 0 ? '+' : '') + value), el('td', { class: 'fam' }, family), el('td', {}, label));
}

// ---- the dataset browser -----------------------------------------------------------------------

interface Filters {
  wrongOnly: boolean;
  qtype: string;
  text: string;
}
const filters: Filters = { wrongOnly: false, qtype: '', text: '' };

/** With an artifact loaded: question types, and whether the browser reproduces the file's scores. */
function analyseRows(): { same: number; compared: number } {
  let same = 0;
  let compared = 0;
  if (!artifact) return { same, compared };
  const a = artifact;
  rowTypes = rows.map((r) => {
    const ex = a.explain(r.item);
    if (r.scores) {
      compared++;
      if (r.scores.length === ex.scores.length && r.scores.every((v, i) => v === ex.scores[i])) same++;
    }
    return ex.questionType;
  });
  return { same, compared };
}

function renderDataset(): void {
  if (rows.length === 0) return;
  const box = $('dataset');
  box.replaceChildren(el('p', { class: 'muted' }, datasetInfo));
  const parity = artifact ? analyseRows() : null;
  const types = rowTypes ? [...new Set(rowTypes)].sort() : [];
  const wrong = el('input', { type: 'checkbox', id: 'f-wrong' });
  wrong.checked = filters.wrongOnly;
  const qsel = el('select', { id: 'f-qtype' }, el('option', { value: '' }, 'all question types'), ...types.map((t) => el('option', { value: t }, t)));
  qsel.value = filters.qtype;
  qsel.disabled = !rowTypes;
  const search = el('input', { type: 'text', id: 'f-text', placeholder: 'search id or text', style: 'width:220px' });
  search.value = filters.text;
  const bar = el('div', { class: 'filters' }, el('label', {}, wrong, ' wrong only'), el('label', {}, 'question type ', qsel), search);
  if (!rowTypes) bar.append(el('span', { class: 'muted' }, 'load an artifact to filter by question type'));
  if (parity && parity.compared) bar.append(el('span', { class: parity.same === parity.compared ? 'ok' : 'bad', 'data-testid': 'rescore' }, `re-scored in this browser: ${parity.same}/${parity.compared} items identical to the file`));
  box.append(bar, el('div', { id: 'ds-body' }));
  wrong.addEventListener('change', () => ((filters.wrongOnly = wrong.checked), renderTable()));
  qsel.addEventListener('change', () => ((filters.qtype = qsel.value), renderTable()));
  search.addEventListener('input', () => ((filters.text = search.value.toLowerCase()), renderTable()));
  renderTable();
}

function renderTable(): void {
  const shown: number[] = [];
  rows.forEach((r, i) => {
    if (filters.wrongOnly && !(r.gold !== null && r.prediction !== null && r.gold !== r.prediction)) return;
    if (filters.qtype && rowTypes?.[i] !== filters.qtype) return;
    if (filters.text && !`${r.id} ${r.item.question} ${r.item.context}`.toLowerCase().includes(filters.text)) return;
    shown.push(i);
  });
  const labelled = shown.filter((i) => rows[i].gold !== null && rows[i].prediction !== null);
  const right = labelled.filter((i) => rows[i].gold === rows[i].prediction).length;
  const body = $('ds-body');
  body.replaceChildren(
    el('p', { class: 'muted', 'data-testid': 'ds-count' }, `${shown.length} of ${rows.length} items shown${labelled.length ? ` · ${right}/${labelled.length} right (${((100 * right) / labelled.length).toFixed(1)}%)` : ''}${shown.length > MAX_TABLE_ROWS ? ` · first ${MAX_TABLE_ROWS} listed` : ''} · click a row to explain it`),
  );
  const tbody = el('tbody');
  for (const i of shown.slice(0, MAX_TABLE_ROWS)) {
    const r = rows[i];
    const ok = r.gold !== null && r.prediction !== null ? r.gold === r.prediction : null;
    const tr = el(
      'tr',
      { 'data-row': r.id },
      el('td', {}, r.id),
      el('td', {}, rowTypes?.[i] ?? ''),
      el('td', {}, r.gold === null ? '' : letter(r.gold)),
      el('td', {}, r.prediction === null ? '' : letter(r.prediction)),
      el('td', { class: ok === null ? '' : ok ? 'ok' : 'bad' }, ok === null ? '' : ok ? '✓' : '✗'),
      el('td', {}, r.item.question.length > 110 ? r.item.question.slice(0, 110) + '…' : r.item.question),
    );
    tr.addEventListener('click', () => {
      fillForm(r.item);
      scoreForm(r.gold);
      $('result-panel').scrollIntoView({ behavior: 'smooth' });
    });
    tbody.append(tr);
  }
  body.append(el('table', { id: 'ds-table' }, el('thead', {}, el('tr', {}, ...['id', 'question type', 'gold', 'predicted', '', 'question'].map((h) => el('th', {}, h)))), tbody));
}

// ---- start ---------------------------------------------------------------------------------------

async function fetchOk(path: string): Promise<Response> {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res;
}

async function start(): Promise<void> {
  wireLoading();
  wireForm();
  const config = (await (await fetchOk('/api/config')).json()) as ExplorerConfig;
  if (config.dataset) {
    rows = (await (await fetchOk('/api/dataset')).json()) as DatasetRow[];
    datasetInfo = `${config.dataset.rows} items · ${config.dataset.data} · predictions ${config.dataset.predictions}${config.dataset.unmatched ? ` · ${config.dataset.unmatched} predictions match no item` : ''}`;
    renderDataset();
  }
  if (config.artifact) useArtifact(new Uint8Array(await (await fetchOk('/api/artifact')).arrayBuffer()), config.artifact.name);
  await startCommandsPanel(config.commands);
  document.body.dataset.ready = 'true';
}

start().catch((err: Error) => {
  $('load-error').textContent = `explorer failed to start: ${err.message}`;
});
