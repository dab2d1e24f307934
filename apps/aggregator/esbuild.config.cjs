// `nx build aggregator`: the services' shared build (tools/build/esbuild.config.cjs), and the dashboard's
// bundle (apps/dashboard/dist, built first) copied beside main.js as dashboard/, where the built
// aggregator serves it from (src/dashboard/serve-dashboard.ts).
const { copyBesideBundle } = require('../../tools/build/copy-beside-bundle.cjs');
const shared = require('../../tools/build/esbuild.config.cjs');

module.exports = { ...shared, plugins: [...shared.plugins, copyBesideBundle('apps/dashboard/dist', 'dashboard')] };
