import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The project's shared material (the seed report, the labelled seed, the unseen sets' scorer) lives in
// shared/ beside the checkout. A clone elsewhere (CI's fresh clone in a temporary folder) is told where it
// is by CW_SHARED_DIR, which .ci/run sets from the clone's origin.
const ROOT = join(__dirname, '../../..');

/** A path inside shared/: CW_SHARED_DIR when set, else ../shared beside the checkout. */
export const sharedPath = (...parts: string[]): string => join(process.env.CW_SHARED_DIR ?? join(ROOT, '..', 'shared'), ...parts);

/** Whether shared/ is there at all (a developer's bare clone may lack it; CI never does). */
export const hasShared = (): boolean => existsSync(sharedPath('eval'));
