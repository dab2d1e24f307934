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

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
