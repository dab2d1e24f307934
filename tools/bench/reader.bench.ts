// npm run bench (stage "reader"): the pass-structured reader against the reader it replaced, in the same run, on
// the same real-text reports (a ratio, since this machine's speed drifts), and its time per KB at 1, 10 and 100 KB
// (linear in the report's length, issue 12). The old reader is the commit before the passes; this bench checks it
// out into a temporary worktree and times it in a child process on the same inputs, so each reader runs warm and
// alone, in CPU time over alternating rounds (the fastest of each). Prints one JSON line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The last commit whose readReport was one loop (before libs/extraction/src/passes).
const OLD_READER_COMMIT = 'ee5909a';
const ROOT = join(__dirname, '../..');
const SIZES_KB = [1, 10, 100];
const publishedAt = '2024-03-14T12:00:00Z';

/** Real-text reports (retold corpora) joined into a report of about `kb` kilobytes, cut at a sentence end. */
function reportOf(kb: number, texts: string[]): string {
  let text = '';
  for (let i = 0; text.length < kb * 1024; i++) text += `${texts[i % texts.length]}\n`;
  const cut = text.lastIndexOf('.', kb * 1024);
  return text.slice(0, cut > kb * 512 ? cut + 1 : kb * 1024);
}

const texts = ['eval/real1', 'eval/real2', 'eval/real3']
  .flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(ROOT, dir, f), 'utf8')),
  )
  .filter((t) => t.length > 400);
const reports = SIZES_KB.map((kb) => ({ kb, text: reportOf(kb, texts) }));
const corpus = texts.slice(0, 60);

// Each reader is timed in a child process of its own (the current one in this checkout, the old one in a worktree of
// its commit) by the same script, in alternating rounds; the fastest round of each counts, since a busy machine
// only ever adds time.
const ROUNDS = 3;
const TIMING_SCRIPT = readFileSync(join(__dirname, 'reader-timing.ts'), 'utf8');

type Times = { corpusMs: number; bySize: { kb: number; ms: number }[] };

function timeIn(checkout: string, inputs: string): Times | null {
  const script = join(checkout, 'tools', 'reader-timing.tmp.ts');
  writeFileSync(script, TIMING_SCRIPT);
  try {
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', script, inputs], { cwd: checkout, encoding: 'utf8', maxBuffer: 1 << 24 });
    return run.status === 0 ? (JSON.parse(run.stdout) as Times) : null;
  } finally {
    rmSync(script, { force: true });
  }
}

function fastest(rounds: (Times | null)[]): Times | null {
  const done = rounds.filter((r): r is Times => r !== null);
  if (done.length === 0) return null;
  return {
    corpusMs: Math.min(...done.map((r) => r.corpusMs)),
    bySize: done[0].bySize.map(({ kb }, i) => ({ kb, ms: Math.min(...done.map((r) => r.bySize[i].ms)) })),
  };
}

function bothReaders(inputs: string): { now: Times; old: Times | null } {
  const worktree = mkdtempSync(join(tmpdir(), 'cw-old-reader-'));
  const nowRounds: (Times | null)[] = [];
  const oldRounds: (Times | null)[] = [];
  let oldReady = false;
  try {
    execFileSync('git', ['worktree', 'add', '--detach', '-f', worktree, OLD_READER_COMMIT], { cwd: ROOT, stdio: 'ignore' });
    symlinkSync(join(ROOT, 'node_modules'), join(worktree, 'node_modules'));
    oldReady = true;
  } catch {
    // No history in this clone (a shallow checkout): the current reader is still timed alone.
  }
  try {
    for (let round = 0; round < ROUNDS; round++) {
      nowRounds.push(timeIn(ROOT, inputs));
      if (oldReady) oldRounds.push(timeIn(worktree, inputs));
    }
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', worktree], { cwd: ROOT });
    if (existsSync(worktree)) rmSync(worktree, { recursive: true, force: true });
  }
  const now = fastest(nowRounds);
  if (!now) throw new Error('the current reader could not be timed');
  return { now, old: fastest(oldRounds) };
}

const inputs = join(mkdtempSync(join(tmpdir(), 'cw-reader-bench-')), 'inputs.json');
writeFileSync(inputs, JSON.stringify({ corpus, reports, publishedAt }));
const { now, old } = bothReaders(inputs);
const perKb = (ms: number, kb: number) => +(ms / kb).toFixed(3);
const result = {
  bench: 'reader',
  corpusReports: corpus.length,
  newCorpusMs: +now.corpusMs.toFixed(1),
  oldCorpusMs: old ? +old.corpusMs.toFixed(1) : 'unavailable',
  newOverOld: old ? +(now.corpusMs / old.corpusMs).toFixed(2) : 'unavailable',
  ...Object.fromEntries(now.bySize.map(({ kb, ms }) => [`new${kb}KbMsPerKb`, perKb(ms, kb)])),
  ...Object.fromEntries((old?.bySize ?? []).map(({ kb, ms }) => [`old${kb}KbMsPerKb`, perKb(ms, kb)])),
  // Linear: the time per KB of a 100 KB report over that of a 1 KB one (1 is perfectly linear).
  newLinearity: +(now.bySize[2].ms / 100 / (now.bySize[0].ms / 1)).toFixed(2),
  oldLinearity: old ? +(old.bySize[2].ms / 100 / (old.bySize[0].ms / 1)).toFixed(2) : 'unavailable',
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.stdout.write(
  `reader: new/old time on ${result.corpusReports} real reports ${result.newOverOld} (${result.newCorpusMs} ms against ${result.oldCorpusMs}); ` +
    `ms per KB at 1/10/100 KB: new ${now.bySize.map(({ kb, ms }) => perKb(ms, kb)).join('/')}` +
    (old ? `, old ${old.bySize.map(({ kb, ms }) => perKb(ms, kb)).join('/')}` : '') +
    `\n`,
);
