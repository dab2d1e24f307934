import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

export interface ServiceProcess {
  name: string;
  pid: number;
  /** Everything it wrote, for the failure message of a test. */
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  exited: Promise<number | null>;
}

/** Runs one of the apps as a real process, the way `npm start` does, so a test can SIGTERM or SIGKILL it. */
export const runServiceProcess = (name: 'fetcher' | 'extractor' | 'aggregator', env: Record<string, string>): ServiceProcess =>
  spawnServiceProcess(name, ['-r', '@swc-node/register', `apps/${name}/src/main.ts`], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
  });

/** Runs `node <args>` in `cwd` with exactly `env`: a service started some other way (its build output, say). */
export const spawnServiceProcess = (name: string, args: string[], { cwd, env }: { cwd: string; env: NodeJS.ProcessEnv }): ServiceProcess => {
  const child: ChildProcess = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: string[] = [];
  const keep = (chunk: Buffer) => {
    chunks.push(chunk.toString());
    if (chunks.length > 400) chunks.splice(0, chunks.length - 400);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    name,
    pid: child.pid ?? -1,
    output: () => chunks.join(''),
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
};

// A port the kernel hands out for listen(0) lies in its ephemeral range (32768-60999 on Linux), where every outgoing
// connection (a service's Kafka and Postgres clients) also takes its local port: between our closing the probe and a
// spawned service binding it, a client elsewhere could take it (EADDRINUSE in e2e, CI of 2026-12-06). Below that range
// only listeners compete, so a free port there stays free until the service binds it.
const LISTEN_PORTS = { from: 20_000, to: 32_000 };

const bindable = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

export const freePort = async (): Promise<number> => {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LISTEN_PORTS.from + Math.floor(Math.random() * (LISTEN_PORTS.to - LISTEN_PORTS.from));
    if (await bindable(port)) return port;
  }
  throw new Error(`no free port between ${LISTEN_PORTS.from} and ${LISTEN_PORTS.to}`);
};
