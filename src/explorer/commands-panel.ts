// The explorer's structured-commands panel (browser side): a person types a command and sees the
// parse — intent, slots highlighted at their code-point offsets, normalized values, refusal and its
// reason — computed in this page by the commands runtime from the artifact bytes `engram serve
// --commands A.engram` hands out. The JSON shown is exactly what `engram commands parse` prints.
import { loadCommandsArtifact } from '../skills/commands/artifact.ts';
import { CommandsRuntime, type Decision } from '../skills/commands/runtime.ts';
import { $, el } from './dom.ts';

/** Distinct slot colours (cycled). */
const SLOT_COLORS = ['#ffe08a', '#b9e4c9', '#c7d8ff', '#ffc9c9', '#e3ccff', '#ffd6a5', '#c5f0f0'];

/** The query with every slot span wrapped in a coloured <mark> (offsets are code points). */
function highlighted(text: string, d: Decision): HTMLElement {
  const cps = [...text];
  const out = el('div', { id: 'cmd-highlight', class: 'cmd-text' });
  let at = 0;
  d.frame.slots.forEach((s, i) => {
    out.append(cps.slice(at, s.start).join(''));
    out.append(el('mark', { 'data-slot': s.slot, style: `background:${SLOT_COLORS[i % SLOT_COLORS.length]}`, title: `${s.slot} [${s.start}, ${s.end})` }, cps.slice(s.start, s.end).join(''), el('sub', {}, s.slot)));
    at = s.end;
  });
  out.append(cps.slice(at).join(''));
  return out;
}

function render(rt: CommandsRuntime, text: string): void {
  const d = rt.decide(text);
  const f = d.frame;
  const body = $('cmd-result');
  body.replaceChildren();
  const head = el('div', { id: 'cmd-intent-line' }, 'intent ', el('b', { id: 'cmd-intent' }, f.intent));
  if (f.refused) head.append(' ', el('span', { class: 'bad', id: 'cmd-refused' }, 'refused'));
  body.append(head, highlighted(text, d));
  if (f.refused) {
    const why = d.rejected ? ` (no served intent won by the artifact's margin: ${d.margin} < ${rt.model.rejectMargin})` : '';
    body.append(el('p', { id: 'cmd-reason' }, `Reason: ${f.reason ?? ''}${why}`));
  }
  if (f.missing?.length) body.append(el('p', { id: 'cmd-missing' }, `Missing required: ${f.missing.join(', ')}`));
  if (f.slots.length) {
    const rows = f.slots.map((s) => el('tr', {}, el('td', {}, s.slot), el('td', {}, s.text), el('td', {}, `${s.start}–${s.end}`), el('td', {}, s.value ? `${s.value.kind}: ${s.value.text}` : '')));
    body.append(el('table', { id: 'cmd-slots' }, el('thead', {}, el('tr', {}, ...['slot', 'text', 'offsets', 'normalized value'].map((h) => el('th', {}, h)))), el('tbody', {}, ...rows)));
  }
  body.append(el('pre', { id: 'cmd-json' }, JSON.stringify(f)));
}

/** Loads the served commands artifact (if any) and wires the panel. */
export async function startCommandsPanel(served: { name: string; bytes: number } | null | undefined): Promise<void> {
  const status = $('cmd-status');
  if (!served) {
    status.textContent = 'Start `engram serve --commands A.engram` to parse commands here.';
    return;
  }
  const res = await fetch('/api/commands');
  if (!res.ok) throw new Error(`/api/commands: HTTP ${res.status}`);
  let rt: CommandsRuntime;
  try {
    rt = new CommandsRuntime(loadCommandsArtifact(new Uint8Array(await res.arrayBuffer())));
  } catch (err) {
    status.textContent = `${served.name}: not a valid commands artifact: ${(err as Error).message}`;
    return;
  }
  status.textContent = `${served.name} · ${served.bytes.toLocaleString('en-US')} bytes · ${rt.model.intents.length} intents`;
  const input = $<HTMLInputElement>('cmd-input');
  const button = $<HTMLButtonElement>('cmd-parse');
  button.disabled = false;
  const go = () => render(rt, input.value);
  button.addEventListener('click', go);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') go();
  });
}
