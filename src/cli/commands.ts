// The command registry: each skill and each shared stage adds its own subcommands. Adding a skill
// is one import and one entry here (its cli.ts lives in its folder).
import type { Command } from 'commander';
import { registerMcq } from '../skills/mcq/cli.ts';
import { registerLogiqa } from '../skills/mcq/logiqa-cli.ts';
import { registerRepair } from '../skills/mcq/repair/cli.ts';
import { registerIfeval } from '../skills/ifeval/cli.ts';
import { registerIfevalRespond } from '../skills/respond/cli.ts';
import { registerCommandsSkill } from '../skills/commands/cli.ts';
import { registerDemo } from './demo.ts';
import { registerInspect } from './inspect.ts';
import { registerReport } from './report.ts';
import { registerServe } from './serve.ts';
import { registerBoard } from './board.ts';

type Register = (program: Command) => void;

const groups: Register[] = [
  // skills
  registerMcq,
  registerLogiqa,
  registerRepair,
  registerIfeval,
  registerIfevalRespond,
  registerCommandsSkill,
  // shared stages
  registerDemo,
  registerInspect,
  registerReport,
  registerServe,
  registerBoard,
];

export function registerCommands(program: Command): void {
  for (const register of groups) register(program);
}
