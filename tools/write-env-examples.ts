// Writes deploy/env/<app>.env.example from each app's config schema; each app's deployment.spec checks it.
import { describeConfig } from '@cw/config';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregatorConfigSchema } from '../apps/aggregator/src/config';
import { extractorConfigSchema } from '../apps/extractor/src/config';
import { fetcherConfigSchema } from '../apps/fetcher/src/config';

const schemas = { fetcher: fetcherConfigSchema, extractor: extractorConfigSchema, aggregator: aggregatorConfigSchema };
for (const [app, schema] of Object.entries(schemas)) {
  writeFileSync(join(__dirname, '../deploy/env', `${app}.env.example`), describeConfig(schema));
}
