import { readDockerfileStages, runtimeStageProblems } from './dockerfile-stages';

const BUILD_STAGE = `
FROM node:20-bookworm-slim AS build
WORKDIR /workspace
COPY . .
RUN npm ci && npx nx run-many -t build -p fetcher
`;

describe('the runtime stage check of deploy/Dockerfile', () => {
  it('passes a stage that takes only the build output, installs production dependencies and runs as node', () => {
    const stages = readDockerfileStages(`${BUILD_STAGE}
FROM node:20-bookworm-slim AS fetcher
WORKDIR /app
COPY --from=build /workspace/dist/apps/fetcher/package.json \\
     /workspace/dist/apps/fetcher/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit
COPY --from=build /workspace/dist/apps/fetcher ./
USER node
HEALTHCHECK --interval=10s CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health/ready')"]
CMD ["node", "main.js"]
`);
    expect(stages.map((stage) => stage.name)).toEqual(['build', 'fetcher']);
    expect(stages[1].instructions[1]).toMatchObject({
      keyword: 'COPY',
      flags: { from: 'build' },
      args: ['/workspace/dist/apps/fetcher/package.json', '/workspace/dist/apps/fetcher/package-lock.json', './'],
    });
    expect(runtimeStageProblems(stages, 'fetcher')).toEqual([]);
  });

  it('names every way a stage carries more than the build output, or runs as root', () => {
    const stages = readDockerfileStages(`${BUILD_STAGE}
FROM build AS fetcher
COPY . .
COPY --from=build /workspace/node_modules ./node_modules
COPY --from=build /workspace/apps/fetcher/src ./src
ADD https://example.org/tool.tgz /opt/
RUN npm ci
CMD ["node", "-r", "@swc-node/register", "apps/fetcher/src/main.ts"]
`);
    expect(runtimeStageProblems(stages, 'fetcher')).toEqual([
      'fetcher starts FROM build, not a bare node image',
      'fetcher copies . from the build context',
      'fetcher copies /workspace/node_modules, which is not its build output (/workspace/dist/apps/fetcher)',
      'fetcher copies /workspace/apps/fetcher/src, which is not its build output (/workspace/dist/apps/fetcher)',
      'fetcher uses ADD https://example.org/tool.tgz /opt/',
      'fetcher runs "npm ci", not only npm ci --omit=dev',
      'fetcher runs as root (no USER)',
      'fetcher has no HEALTHCHECK on /health/ready',
      'fetcher does not run its build output: CMD ["node", "-r", "@swc-node/register", "apps/fetcher/src/main.ts"]',
    ]);
  });

  it('refuses root given by name or id, a stage missing, and a build stage that never builds the service', () => {
    const stage = (user: string) => `
FROM node:20-slim AS extractor
COPY --from=build /workspace/dist/apps/extractor ./
USER ${user}
HEALTHCHECK CMD ["node", "-e", "fetch('http://127.0.0.1:3001/health/ready')"]
CMD ["node", "main.js"]
`;
    expect(runtimeStageProblems(readDockerfileStages(`${BUILD_STAGE}${stage('root')}`), 'extractor')).toEqual([
      'the build stage never runs nx build for extractor',
      'extractor runs as root',
    ]);
    expect(runtimeStageProblems(readDockerfileStages(`${BUILD_STAGE}${stage('0:0')}`), 'extractor')).toContain('extractor runs as 0');
    expect(runtimeStageProblems(readDockerfileStages(BUILD_STAGE), 'aggregator')).toEqual(['no stage named aggregator']);
  });
});
