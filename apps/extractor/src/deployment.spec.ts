import { describeDeployment } from '@cw/testing';
import { extractorConfigSchema } from './config';

describeDeployment('extractor', extractorConfigSchema);
