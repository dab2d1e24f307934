import { aggregatorConfigSchema } from '../../apps/aggregator/src/config';
import { extractorConfigSchema } from '../../apps/extractor/src/config';
import { fetcherConfigSchema } from '../../apps/fetcher/src/config';

export const SERVICE_CONFIG_SCHEMAS = {
  fetcher: fetcherConfigSchema,
  extractor: extractorConfigSchema,
  aggregator: aggregatorConfigSchema,
};
