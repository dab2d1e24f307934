// The workspace's package-lock.json cut down to one service's production dependencies, with every
// version and every place in the tree kept as the workspace installed and tested them. Nx's own pruned
// lock file (createLockFile) drops packages nested two levels deep (htmlparser2's dom-serializer's
// entities@4), and `npm ci` refuses it; this walks the lock the way Node resolves a require instead.

/** Where `name`, required by the package installed at `from`, is found: its own node_modules, then each parent's. */
const resolveInLock = (packages, from, name) => {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return null;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
};

/**
 * @param {{ packages: Record<string, any> }} workspaceLock the root package-lock.json (lockfileVersion 2 or 3)
 * @param {{ name: string, version: string, dependencies: Record<string, string> }} manifest the service's package.json
 */
const productionLockfile = (workspaceLock, manifest) => {
  const { packages } = workspaceLock;
  const kept = new Map();
  const visit = (from, name, optional) => {
    const at = resolveInLock(packages, from, name);
    if (at === null) {
      if (optional) return;
      throw new Error(`${name}, required by ${from || manifest.name}, is not in package-lock.json`);
    }
    if (kept.has(at)) return;
    const entry = packages[at];
    kept.set(at, entry);
    for (const dep of Object.keys(entry.dependencies ?? {})) visit(at, dep, false);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) visit(at, dep, true);
    // npm installs peers too; one the workspace did not install (an optional peer) is not needed here either.
    for (const dep of Object.keys(entry.peerDependencies ?? {})) visit(at, dep, true);
  };
  for (const name of Object.keys(manifest.dependencies ?? {})) visit('', name, false);

  const out = {
    name: manifest.name,
    version: manifest.version,
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: manifest.name, version: manifest.version, dependencies: manifest.dependencies } },
  };
  for (const at of [...kept.keys()].sort()) {
    // Nothing here is a dev dependency of this package; a dev-or-optional one is optional.
    const { dev, devOptional, ...entry } = kept.get(at);
    if (devOptional) entry.optional = true;
    out.packages[at] = entry;
  }
  return out;
};

module.exports = { productionLockfile };
