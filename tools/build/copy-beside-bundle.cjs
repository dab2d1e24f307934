// An esbuild plugin for a service's `nx build` (see apps/aggregator/esbuild.config.cjs).
const { cpSync, existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

/**
 * Copies a folder the service serves into its build output once the bundle is written (Nx's `assets` skip
 * git-ignored files, and a built folder is git-ignored).
 * @returns {import('esbuild').Plugin}
 */
const copyBesideBundle = (from, to) => ({
  name: 'copy-beside-bundle',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return undefined;
      const workspaceRoot = build.initialOptions.absWorkingDir ?? process.cwd();
      const source = join(workspaceRoot, from);
      if (!existsSync(source)) return { errors: [{ text: `${from} is missing: build it first` }] };
      cpSync(source, join(workspaceRoot, dirname(build.initialOptions.outfile), to), { recursive: true });
      return undefined;
    });
  },
});

module.exports = { copyBesideBundle };
