// The list of subcommand groups. Each module adds its commands to the program.
import type { Command } from 'commander';
import { registerMcq } from '../skills/mcq/cli.ts';
import { registerInspect } from './inspect.ts';
import { registerLogiqa } from '../skills/mcq/logiqa-cli.ts';
import { registerServe } from './serve.ts';
import { registerReport } from './report.ts';
import { registerIfeval } from '../skills/ifeval/cli.ts';
import { registerIfevalRespond } from '../skills/respond/cli.ts';
import { registerBoard } from './board.ts';
import { registerRepair } from '../skills/mcq/repair/cli.ts';
import { registerCommandsSkill } from '../skills/commands/cli.ts';

type Register = (program: Command) => void;

const groups: Register[] = [registerMcq, registerInspect, registerLogiqa, registerIfeval, registerIfevalRespond, registerReport, registerServe, registerBoard, registerRepair, registerCommandsSkill];

export function registerCommands(program: Command): void {
  for (const register of groups) register(program);
}
