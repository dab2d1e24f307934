import type { Metric } from '@cw/contracts';

/** The metrics the page offers, in the order it shows them. */
export const METRICS: readonly Metric[] = ['killed', 'injured', 'displaced', 'kidnapped', 'missing'];
