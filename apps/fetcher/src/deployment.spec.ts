import { describeDeployment } from '@cw/testing';
import { fetcherConfigSchema } from './config';

describeDeployment('fetcher', fetcherConfigSchema);
