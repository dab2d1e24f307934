import { ApiKeyGuard } from '@cw/service';
import { Inject, Injectable } from '@nestjs/common';
import { AGGREGATOR_CONFIG, type AggregatorConfig } from '../config';

/** Admin routes: the key, always. With no key configured they refuse everyone. */
@Injectable()
export class AdminAccessGuard extends ApiKeyGuard {
  constructor(@Inject(AGGREGATOR_CONFIG) config: AggregatorConfig) {
    super(() => config.ADMIN_API_KEY);
  }
}

/** Read routes: public unless PUBLIC_READS=false, then the admin key. */
@Injectable()
export class ReadAccessGuard extends ApiKeyGuard {
  constructor(@Inject(AGGREGATOR_CONFIG) config: AggregatorConfig) {
    super(() => (config.PUBLIC_READS ? null : config.ADMIN_API_KEY));
  }
}
