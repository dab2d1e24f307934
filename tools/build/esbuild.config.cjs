// esbuild options shared by the services' `nx build` (@nx/esbuild:esbuild, its `esbuildConfig`).
//
// - esbuild strips TypeScript itself but never emits decorator metadata (emitDecoratorMetadata), which
//   NestJS and @nestjs/swagger read at run time. So each .ts file is first compiled by swc, the compiler
//   that `npm start` (@swc-node/register) and the specs (@swc/jest) already run, with the same decorator
//   settings; esbuild then resolves the `@cw/*` aliases (tsconfig paths) and bundles the workspace code into
//   one main.js, leaving every npm package external.
// - Nx writes the service's package.json (`generatePackageJson`) from the project graph, which also holds
//   what only the libraries' specs import (the fetcher would carry the gazetteer's 40 MB, the extractor
//   TypeORM). Once the bundle is written, that list is cut to the packages the bundle requires, the peers
//   they require, and the ones they load by name (LOADED_BY_NAME), and the workspace's lock file is cut to
//   match (production-lockfile.cjs): the image installs exactly that, with `npm ci --omit=dev`.
const { transformFile } = require('@swc/core');
const { productionLockfile } = require('./production-lockfile.cjs');
const { builtinModules } = require('node:module');
const { readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

/** Optional peers that a package the bundle requires loads by name when it runs. */
const LOADED_BY_NAME = {
  // NestFactory.create loads its HTTP adapter.
  '@nestjs/core': ['@nestjs/platform-express'],
  // The postgres driver of a DataSource.
  typeorm: ['pg'],
};

/** @type {import('esbuild').Plugin} */
const swcDecoratorMetadata = {
  name: 'swc-decorator-metadata',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const { code, map } = await transformFile(path, {
        swcrc: false,
        configFile: false,
        sourceMaps: true,
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
          target: 'es2022',
          keepClassNames: true,
        },
        // ES modules out: esbuild does the module format (CommonJS) and the bundling.
        module: { type: 'es6' },
      });
      const inlineMap = map ? `\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(map).toString('base64')}` : '';
      return { contents: code + inlineMap, loader: 'js' };
    });
  },
};

const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const isBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(packageName(specifier));
// Not a package: esbuild's own helpers (`<runtime>`), relative and absolute paths.
const isPackage = (specifier) => /^[@a-z0-9]/i.test(specifier) && !isBuiltin(specifier);

/** The packages a bundle requires, from its metafile. */
const requiredPackages = (metafile) => {
  const names = new Set();
  for (const input of Object.values(metafile.inputs)) {
    for (const { path, external } of input.imports) if (external && isPackage(path)) names.add(packageName(path));
  }
  return names;
};

/** `required`, with the peers each needs and the packages it loads by name, among those `available`. */
const runtimeClosure = (required, available, workspaceRoot) => {
  const keep = new Set();
  const visit = (name) => {
    if (keep.has(name) || !available.has(name)) return;
    keep.add(name);
    // Every listed package is a root dependency, so npm installed it at the top of node_modules.
    const manifest = JSON.parse(readFileSync(join(workspaceRoot, 'node_modules', name, 'package.json'), 'utf8'));
    const optional = manifest.peerDependenciesMeta ?? {};
    for (const peer of Object.keys(manifest.peerDependencies ?? {})) if (!optional[peer]?.optional) visit(peer);
    for (const loaded of LOADED_BY_NAME[name] ?? []) visit(loaded);
  };
  for (const name of required) visit(name);
  return keep;
};

/** @type {import('esbuild').Plugin} */
const productionDependencies = {
  name: 'production-dependencies',
  setup(build) {
    build.initialOptions.metafile = true;
    build.onEnd((result) => {
      if (result.errors.length > 0 || !result.metafile) return;
      const workspaceRoot = build.initialOptions.absWorkingDir ?? process.cwd();
      const outDir = join(workspaceRoot, dirname(build.initialOptions.outfile));
      const manifestPath = join(outDir, 'package.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const listed = manifest.dependencies ?? {};
      const required = requiredPackages(result.metafile);
      const missing = [...required].filter((name) => !(name in listed));
      if (missing.length > 0) {
        // A package the service requires but the root package.json lists as a devDependency.
        return {
          errors: [
            { text: `the bundle requires ${missing.join(', ')}, missing from the generated package.json: list them in the root "dependencies"` },
          ],
        };
      }
      const keep = runtimeClosure(required, new Set(Object.keys(listed)), workspaceRoot);
      manifest.dependencies = Object.fromEntries(Object.entries(listed).filter(([name]) => keep.has(name)));
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      const workspaceLock = JSON.parse(readFileSync(join(workspaceRoot, 'package-lock.json'), 'utf8'));
      writeFileSync(join(outDir, 'package-lock.json'), `${JSON.stringify(productionLockfile(workspaceLock, manifest), null, 2)}\n`);
      return undefined;
    });
  },
};

module.exports = {
  plugins: [swcDecoratorMetadata, productionDependencies],
  // Nest names providers and modules after their classes in logs and errors: bundling must not rename them.
  keepNames: true,
  // main.js, not main.cjs: the generated package.json says "type": "commonjs".
  outExtension: { '.js': '.js' },
};
