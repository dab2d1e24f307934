// Writes deploy/env/<app>.env.example from each app's config schema; a spec checks they match.
import { describeConfig } from '@cw/config';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_CONFIG_SCHEMAS } from '../e2e/src/service-config-schemas';

for (const [app, schema] of Object.entries(SERVICE_CONFIG_SCHEMAS)) {
  writeFileSync(join(__dirname, '../deploy/env', `${app}.env.example`), describeConfig(schema));
}
