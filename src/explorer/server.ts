// `engram serve`: a small loopback-only HTTP server for the explorer page. It serves the page, the
// bundled browser app, and (when given) one artifact and one predictions+dataset join, all read
// into memory at startup. Scoring happens in the browser; the server only hands out bytes.
// Bounded: GET/HEAD only, no request bodies, capped connections and timeouts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { bundleBrowserScript, srcPath } from '../io/browser-bundle.ts';
import { loadExplorerDataset, type ExplorerDataset } from './dataset.ts';
import { renderExplorerHtml } from './page.ts';

export const LOOPBACK = '127.0.0.1';
const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;

export interface ExplorerOptions {
  port: number;
  artifactPath?: string;
  predictionsPath?: string;
  dataPath?: string;
  /** A commands artifact the page's commands panel parses with (docs/commands.md). */
  commandsPath?: string;
}

/** What the page asks for first: which preset inputs exist. */
export interface ExplorerConfig {
  artifact: { name: string; bytes: number } | null;
  dataset: { predictions: string; data: string; rows: number; unmatched: number } | null;
  /** The commands artifact served at /api/commands (absent when none). */
  commands?: { name: string; bytes: number } | null;
}

export class ServeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServeError';
  }
}

interface Assets {
  html: string;
  app: string;
  artifact: Uint8Array | null;
  config: ExplorerConfig;
  dataset: string | null;
  commands: Uint8Array | null;
}

/** The bytes of an artifact to serve, size-checked. */
function readArtifactBytes(path: string): Uint8Array {
  const size = statSync(path).size;
  if (size > MAX_ARTIFACT_BYTES) throw new ServeError(`${path}: ${size} bytes is more than the ${MAX_ARTIFACT_BYTES} the explorer serves`);
  return new Uint8Array(readFileSync(path));
}

async function loadAssets(opts: ExplorerOptions): Promise<Assets> {
  const artifact = opts.artifactPath ? readArtifactBytes(opts.artifactPath) : null;
  const commands = opts.commandsPath ? readArtifactBytes(opts.commandsPath) : null;
  if ((opts.predictionsPath === undefined) !== (opts.dataPath === undefined)) throw new ServeError('--predictions and --data go together');
  let ds: ExplorerDataset | null = null;
  if (opts.predictionsPath && opts.dataPath) ds = loadExplorerDataset(opts.predictionsPath, opts.dataPath);
  const config: ExplorerConfig = {
    artifact: artifact && opts.artifactPath ? { name: basename(opts.artifactPath), bytes: artifact.length } : null,
    dataset: ds ? { predictions: ds.predictions, data: ds.data, rows: ds.rows.length, unmatched: ds.unmatched } : null,
    // Left out (not null) without --commands: the config without it is unchanged for older pages.
    ...(commands && opts.commandsPath ? { commands: { name: basename(opts.commandsPath), bytes: commands.length } } : {}),
  };
  return { html: renderExplorerHtml(), app: await bundleBrowserScript(srcPath(import.meta.url, './app.ts')), artifact, config, dataset: ds ? JSON.stringify(ds.rows) : null, commands };
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, head: boolean): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': typeof body === 'string' ? Buffer.byteLength(body) : body.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // The page loads nothing from elsewhere; this makes that a rule, not a habit.
    'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
  });
  res.end(head ? undefined : body);
}

function handler(a: Assets) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-length': 0 });
      res.end();
      return;
    }
    const path = new URL(req.url ?? '/', `http://${LOOPBACK}`).pathname;
    switch (path) {
      case '/':
        return send(res, 200, 'text/html; charset=utf-8', a.html, head);
      case '/app.js':
        return send(res, 200, 'text/javascript; charset=utf-8', a.app, head);
      case '/api/config':
        return send(res, 200, 'application/json', JSON.stringify(a.config), head);
      case '/api/artifact':
        return a.artifact ? send(res, 200, 'application/octet-stream', a.artifact, head) : send(res, 404, 'text/plain', 'no artifact given to engram serve\n', head);
      case '/api/commands':
        return a.commands ? send(res, 200, 'application/octet-stream', a.commands, head) : send(res, 404, 'text/plain', 'no --commands artifact given to engram serve\n', head);
      case '/favicon.ico':
        res.writeHead(204, { 'content-length': 0 });
        res.end();
        return;
      case '/api/dataset':
        return a.dataset ? send(res, 200, 'application/json', a.dataset, head) : send(res, 404, 'text/plain', 'no --predictions/--data given to engram serve\n', head);
      default:
        return send(res, 404, 'text/plain', 'not found\n', head);
    }
  };
}

/** Starts the server on the loopback interface; port 0 picks a free port. Resolves with the URL. */
export async function startExplorer(opts: ExplorerOptions): Promise<{ server: Server; url: string }> {
  const assets = await loadAssets(opts);
  const server = createServer({ requestTimeout: 15_000, headersTimeout: 10_000 }, handler(assets));
  server.maxConnections = 64;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) => reject(new ServeError(`cannot listen on ${LOOPBACK}:${opts.port} (${(err as Error).message})`)));
    server.listen(opts.port, LOOPBACK, () => resolve());
  });
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new ServeError('server has no TCP address');
  return { server, url: `http://${LOOPBACK}:${addr.port}/` };
}
