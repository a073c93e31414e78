// The `engram` command line: one commander program; each pipeline stage registers its own subcommands.
import { Command } from 'commander';
import { registerCommands } from './commands.ts';

export async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program
    .name('engram')
    .description('Compile a bounded language skill into a small, bit-exact, table-driven artifact.')
    .showHelpAfterError();
  registerCommands(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    const e = err as Error & { code?: string };
    // Typed errors carry a code (ArtifactError: BAD_MAGIC, ...); Node's own errors already start with theirs.
    const prefix = e.code && !e.message.startsWith(e.code) ? `${e.code}: ` : '';
    process.stderr.write(`engram: ${prefix}${e.message}\n`);
    process.exitCode = 1;
  }
}
