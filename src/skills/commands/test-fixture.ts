// A tiny benchmark-format dataset for tests (oven, lights, timers, and out_of_scope queries to refuse),
// generated from templates so it is small in the repository and large enough to learn from.

type Chunk = { text: string; entity?: string };

const OVEN_TEMPS = ['350 F', '200 degrees', '180 C', '425 F', '400 degrees', '375 F', '220 C', '300 F'];
const ROOMS = ['kitchen', 'living room', 'bedroom', 'hallway', 'garage', 'office', 'bathroom', 'porch'];
const DURATIONS = ['ten minutes', '5 minutes', 'an hour', '30 seconds', 'two hours', '15 minutes', 'half an hour', '45 minutes'];
const OOS = ['what is the meaning of life', 'tell me a joke', 'who won the game last night', 'how tall is mount everest', 'write me a poem', 'what is your favorite color', 'translate hello into french', 'how old are you'];

function intentQueries(i: number): Record<string, Array<{ data: Chunk[] }>> {
  const t = OVEN_TEMPS[i % OVEN_TEMPS.length];
  const r = ROOMS[i % ROOMS.length];
  const d = DURATIONS[i % DURATIONS.length];
  return {
    SetOven: [
      { data: [{ text: 'set the oven to ' }, { text: t, entity: 'temperature' }] },
      { data: [{ text: 'preheat the oven to ' }, { text: t, entity: 'temperature' }, { text: ' please' }] },
    ],
    LightsOn: [
      { data: [{ text: 'turn on the lights in the ' }, { text: r, entity: 'room' }] },
      { data: [{ text: 'switch on the ' }, { text: r, entity: 'room' }, { text: ' light' }] },
    ],
    StartTimer: [
      { data: [{ text: 'set a timer for ' }, { text: d, entity: 'duration' }] },
      { data: [{ text: 'start a ' }, { text: d, entity: 'duration' }, { text: ' timer' }] },
    ],
    out_of_scope: [{ data: [{ text: OOS[i % OOS.length] }] }],
  };
}

/** `count` rounds of the templates, as one benchmark JSON object {"Intent": [{data}]}. */
export function fixtureJson(count = 8, offset = 0): Record<string, Array<{ data: Chunk[] }>> {
  const out: Record<string, Array<{ data: Chunk[] }>> = {};
  for (let i = offset; i < offset + count; i++) {
    for (const [intent, qs] of Object.entries(intentQueries(i))) (out[intent] ??= []).push(...qs);
  }
  return out;
}
