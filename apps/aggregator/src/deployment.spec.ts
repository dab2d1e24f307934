import { describeDeployment } from '@cw/testing';
import { aggregatorConfigSchema } from './config';

describeDeployment('aggregator', aggregatorConfigSchema);
