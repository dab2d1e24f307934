import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasShared, sharedPath } from './shared-dir';

// npm run eval scores with tools/eval/score.py so that its numbers mean what the unseen sets' do: it must
// stay the scorer shared/eval holds, byte for byte.
describe('the eval scorer', () => {
  it('is shared/eval/score.py unchanged', () => {
    if (!hasShared() && process.env.CI !== 'true') return;
    const ours = readFileSync(join(__dirname, '../../../tools/eval/score.py'), 'utf8');
    expect(ours).toBe(readFileSync(sharedPath('eval', 'score.py'), 'utf8'));
  });
});
