// The list of subcommand groups. Each module adds its commands to the program.
import type { Command } from 'commander';
import { registerMcq } from './mcq.ts';
import { registerInspect } from './inspect.ts';
import { registerLogiqa } from './logiqa.ts';
import { registerServe } from './serve.ts';
import { registerReport } from './report.ts';
import { registerIfeval } from './ifeval.ts';
import { registerIfevalRespond } from './ifeval-respond.ts';
import { registerBoard } from './board.ts';
import { registerRepair } from './repair.ts';
import { registerCommandsSkill } from '../skills/commands/cli.ts';

type Register = (program: Command) => void;

const groups: Register[] = [registerMcq, registerInspect, registerLogiqa, registerIfeval, registerIfevalRespond, registerReport, registerServe, registerBoard, registerRepair, registerCommandsSkill];

export function registerCommands(program: Command): void {
  for (const register of groups) register(program);
}
