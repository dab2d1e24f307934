import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

// STYLE.md section 2: pure libs never import a framework. The rule is only as good as the proof that it
// bites, so this puts a forbidden import into libs/extraction and expects `nx lint` to refuse it.
describe('the module boundaries', () => {
  const probe = join(ROOT, 'libs/extraction/src/boundary-probe.ts');

  afterEach(() => rmSync(probe, { force: true }));

  it('refuse a Nest import in a pure domain lib', () => {
    writeFileSync(probe, "import '@nestjs/common';\n\nexport const probe = 1;\n");
    const lint = spawnSync('npx', ['nx', 'run', 'extraction:lint', '--skip-nx-cache'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    expect(lint.status).not.toBe(0);
    expect(lint.stdout + lint.stderr).toMatch(/A project tagged with "type:domain" is not allowed to import "@nestjs\/common"/);
  });
});
