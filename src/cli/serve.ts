// `engram serve`: the explorer on a loopback port. Items are scored in the browser by the bundled
// TypeScript runtime; the server only serves the page and the files named here.
import type { Command } from 'commander';
import { startExplorer } from '../explorer/server.ts';
import { intArg } from '../io/args.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('start the explorer web page on 127.0.0.1 (score and explain items in the browser; browse predictions)')
    .option('--port <n>', 'port on 127.0.0.1 (0 picks a free one)', intArg('--port', 0, 65535), 8080)
    .option('--artifact <file>', 'artifact the page loads at start')
    .option('--predictions <file>', 'predictions JSONL to browse (with --data)')
    .option('--data <file>', 'the dataset those predictions were made on (JSONL or LogiQA text)')
    .option('--commands <file>', 'commands artifact the page parses typed commands with')
    .action(async (flags: { port: number; artifact?: string; predictions?: string; data?: string; commands?: string }) => {
      const { server, url } = await startExplorer({ port: flags.port, artifactPath: flags.artifact, predictionsPath: flags.predictions, dataPath: flags.data, commandsPath: flags.commands });
      process.stdout.write(`engram explorer: ${url}  (Ctrl-C stops it)\n`);
      const stop = () => server.close(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
