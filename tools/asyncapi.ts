// Writes docs/asyncapi.yaml from TOPIC_CATALOG; libs/contracts/src/asyncapi-document.spec.ts fails when
// the committed file and a fresh generation differ, so run `npm run asyncapi` after changing a contract.
import { buildAsyncApi, TOPIC_CATALOG } from '@cw/contracts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { version } from '../package.json';

const target = join(__dirname, '../docs/asyncapi.yaml');
// aliasDuplicateObjects off: a shared schema written twice beats YAML anchors many readers mishandle.
writeFileSync(target, stringify(buildAsyncApi(TOPIC_CATALOG, { version }), { aliasDuplicateObjects: false, lineWidth: 0 }));
process.stdout.write(`wrote ${target}\n`);
