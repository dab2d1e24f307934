import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, posix } from 'node:path';
import { readDockerfileStages } from './dockerfile-stages';

const ROOT = join(__dirname, '../../..');

export interface RuntimeStage {
  /** The image's working directory, here: what the stage put there. */
  dir: string;
  /** The stage's ENV. */
  env: Record<string, string>;
  /** Its CMD, exec form: ['node', 'main.js']. */
  command: string[];
  remove(): void;
}

/**
 * The files `docker build -f deploy/Dockerfile --target <app>` would put in the image, made without a Docker
 * engine: a temporary folder stands for the image's root, and the stage's instructions are followed in
 * order, with this checkout's `dist/` standing for the build stage's (run `npm run build` first). Its
 * COPY --from=build and RUN (`npm ci --omit=dev`) happen for real; USER, EXPOSE and HEALTHCHECK change no file.
 */
export const assembleRuntimeStage = (app: 'fetcher' | 'extractor' | 'aggregator'): RuntimeStage => {
  const stages = readDockerfileStages();
  const stage = stages.find((s) => s.name === app);
  if (!stage) throw new Error(`deploy/Dockerfile has no stage ${app}`);
  const buildWorkdir = stages.find((s) => s.name === 'build')?.instructions.findLast((i) => i.keyword === 'WORKDIR')?.content ?? '/';
  const imageRoot = mkdtempSync(join(tmpdir(), `cw-image-${app}-`));
  let workdir = '/';
  const env: Record<string, string> = {};
  let command: string[] = [];
  const inImage = (path: string) => join(imageRoot, posix.resolve(workdir, path));
  for (const instruction of stage.instructions) {
    switch (instruction.keyword) {
      case 'WORKDIR':
        workdir = posix.resolve(workdir, instruction.content);
        mkdirSync(inImage('.'), { recursive: true });
        break;
      case 'ENV':
        Object.assign(env, instruction.env);
        break;
      case 'COPY': {
        if (instruction.flags.from !== 'build') throw new Error(`${app}: only COPY --from=build is followed here: COPY ${instruction.content}`);
        const sources = instruction.args.slice(0, -1).map((source) => join(ROOT, posix.relative(buildWorkdir, source)));
        const destination = instruction.args.at(-1) as string;
        for (const source of sources) {
          if (!existsSync(source)) throw new Error(`${app}: ${source} is missing: run npm run build first`);
          // Docker copies a folder's contents, and a file into a destination that ends with /.
          const into =
            statSync(source).isDirectory() || !destination.endsWith('/') ? inImage(destination) : join(inImage(destination), basename(source));
          cpSync(source, into, { recursive: true });
        }
        break;
      }
      case 'RUN':
        execFileSync('sh', ['-c', instruction.content], { cwd: inImage('.'), env: { ...process.env, ...env }, stdio: 'pipe' });
        break;
      case 'CMD':
        command = instruction.json ?? [];
        break;
      case 'USER':
      case 'EXPOSE':
      case 'HEALTHCHECK':
        break;
      default:
        throw new Error(`${app}: ${instruction.keyword} is not followed here`);
    }
  }
  return { dir: inImage('.'), env, command, remove: () => rmSync(imageRoot, { recursive: true, force: true }) };
};

/** Bytes under `dir`, as `du -sb` counts them (the apparent size of every file). */
export const folderBytes = (dir: string): number => Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
