import { DockerfileParser, type Env, type Flag, type JSONInstruction, type ModifiableInstruction } from 'dockerfile-ast';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

export interface DockerInstruction {
  keyword: string;
  /** `--name=value` flags (COPY --from, RUN --mount, HEALTHCHECK --interval). */
  flags: Record<string, string | null>;
  /** The arguments after the flags, as written. */
  content: string;
  /** Shell-form arguments split as Docker splits them. */
  args: string[];
  /** Exec-form (JSON) arguments of CMD, or null. */
  json: string[] | null;
  /** ENV's variables. */
  env: Record<string, string>;
}

export interface DockerStage {
  name: string;
  /** The image or the earlier stage it starts FROM. */
  from: string;
  instructions: DockerInstruction[];
}

/** The stages of deploy/Dockerfile (or of `text`), each with its instructions in order. */
export const readDockerfileStages = (text = readFileSync(join(ROOT, 'deploy/Dockerfile'), 'utf8')): DockerStage[] => {
  const stages: DockerStage[] = [];
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    const keyword = instruction.getKeyword();
    const flagList: Flag[] = 'getFlags' in instruction ? (instruction as ModifiableInstruction).getFlags() : [];
    const parsed: DockerInstruction = {
      keyword,
      flags: Object.fromEntries(flagList.map((flag) => [flag.getName(), flag.getValue()])),
      content: instruction.getArgumentsContent() ?? '',
      args: instruction.getArguments().map((argument) => argument.getValue()),
      json: keyword === 'CMD' ? (instruction as JSONInstruction).getJSONStrings().map((s) => s.getJSONValue()) : null,
      env:
        keyword === 'ENV'
          ? Object.fromEntries((instruction as Env).getProperties().map((property) => [property.getName(), property.getValue() ?? '']))
          : {},
    };
    if (keyword === 'FROM') {
      const [from, as, name] = parsed.args;
      stages.push({ name: as?.toUpperCase() === 'AS' ? name : `stage-${stages.length}`, from, instructions: [] });
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push(parsed);
    }
  }
  return stages;
};

const ONLY_PRODUCTION_INSTALL = /^npm ci( [^&|;]*)? --omit=dev( [^&|;]*)?$/;

/**
 * What is wrong with the runtime stage of `app`: it must start from a bare Node image, take from the build
 * stage only the service's build output (dist/apps/<app>), run nothing but the install of its production
 * dependencies, and run the built main.js as a user other than root, with a health check on /health/ready.
 * Answers one line per problem, none when the stage is right.
 */
export const runtimeStageProblems = (stages: DockerStage[], app: string): string[] => {
  const stage = stages.find((s) => s.name === app);
  if (!stage) return [`no stage named ${app}`];
  const problems: string[] = [];
  const build = stages.find((s) => s.name === 'build');
  const buildWorkdir = build?.instructions.filter((i) => i.keyword === 'WORKDIR').at(-1)?.content ?? '/';
  const output = `${buildWorkdir.replace(/\/$/, '')}/dist/apps/${app}`;
  if (!build?.instructions.some((i) => i.keyword === 'RUN' && /\bnx (run-many -t build\b.*|build )/.test(i.content) && i.content.includes(app))) {
    problems.push(`the build stage never runs nx build for ${app}`);
  }
  if (!/^node:\d+[\w.-]*$/.test(stage.from) || stages.some((s) => s.name === stage.from)) {
    problems.push(`${app} starts FROM ${stage.from}, not a bare node image`);
  }
  let user: string | undefined;
  for (const instruction of stage.instructions) {
    switch (instruction.keyword) {
      case 'COPY': {
        const from = instruction.flags.from;
        const sources = instruction.args.slice(0, -1);
        if (from !== 'build') problems.push(`${app} copies ${sources.join(' ')} from ${from ? `stage ${from}` : 'the build context'}`);
        else
          for (const source of sources)
            if (source !== output && !source.startsWith(`${output}/`))
              problems.push(`${app} copies ${source}, which is not its build output (${output})`);
        break;
      }
      case 'ADD':
        problems.push(`${app} uses ADD ${instruction.content}`);
        break;
      case 'RUN':
        if (!ONLY_PRODUCTION_INSTALL.test(instruction.content)) problems.push(`${app} runs "${instruction.content}", not only npm ci --omit=dev`);
        break;
      case 'USER':
        user = instruction.content.split(':')[0];
        break;
    }
  }
  if (user === undefined || user === 'root' || user === '0') problems.push(`${app} runs as ${user ?? 'root (no USER)'}`);
  if (!stage.instructions.some((i) => i.keyword === 'HEALTHCHECK' && i.content.includes('/health/ready')))
    problems.push(`${app} has no HEALTHCHECK on /health/ready`);
  const cmd = stage.instructions.filter((i) => i.keyword === 'CMD').at(-1);
  if (JSON.stringify(cmd?.json) !== JSON.stringify(['node', 'main.js']))
    problems.push(`${app} does not run its build output: CMD ${cmd?.content ?? '(none)'}`);
  return problems;
};
