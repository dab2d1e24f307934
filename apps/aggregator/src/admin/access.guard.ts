import { checkApiKey } from '@cw/service';
import {
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { AGGREGATOR_CONFIG, type AggregatorConfig } from '../config';

/** Reading, reviewing (the queue, corrections) and administering (feeds, outbox, imports) are separate keys (issue 13). */
export type Role = 'reader' | 'reviewer' | 'admin';

/** Who a request comes from: the name every correction and audit entry carries, and what the key may do. */
export interface Principal {
  name: string;
  role: Role;
}

const RANK: Record<Role, number> = { reader: 0, reviewer: 1, admin: 2 };

type KeyedRequest = { headers: Record<string, string | string[] | undefined>; principal?: Principal };

// A repeated header arrives as an array: only its first value counts.
const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * The principal a request's key (Authorization: Bearer or x-api-key) belongs to, or null for no key or an unknown
 * one. Every configured key is compared, in constant time, whichever matches.
 */
export const principalOf = (config: AggregatorConfig, headers: KeyedRequest['headers']): Principal | null => {
  const authorization = single(headers.authorization);
  const apiKey = single(headers['x-api-key']);
  if (!authorization && !apiKey) return null;
  const keys: [string, Principal][] = [
    [config.ADMIN_API_KEY, { name: 'admin', role: 'admin' }],
    ...config.REVIEWER_API_KEYS.map((r): [string, Principal] => [r.key, { name: r.name, role: 'reviewer' }]),
    [config.READER_API_KEY, { name: 'reader', role: 'reader' }],
  ];
  let found: Principal | null = null;
  for (const [key, principal] of keys) if (checkApiKey(key, authorization, apiKey) && !found) found = principal;
  return found;
};

/**
 * Lets a request through when its key's role reaches `role`. No key, or a key nobody was given, is a bare 401;
 * a key of a lesser role is a bare 403 (a reviewer's key on an admin route, a reader's on a correction). Read
 * routes are open to anyone while PUBLIC_READS is true.
 */
abstract class RoleGuard implements CanActivate {
  constructor(
    private readonly config: AggregatorConfig,
    private readonly role: Role,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<KeyedRequest>();
    const principal = principalOf(this.config, request.headers);
    if (this.role === 'reader' && this.config.PUBLIC_READS) {
      request.principal = principal ?? { name: 'anonymous', role: 'reader' };
      return true;
    }
    if (!principal) throw new UnauthorizedException();
    if (RANK[principal.role] < RANK[this.role]) throw new ForbiddenException();
    request.principal = principal;
    return true;
  }
}

/** Admin routes: ADMIN_API_KEY, always. With no key configured they refuse everyone. */
@Injectable()
export class AdminAccessGuard extends RoleGuard {
  constructor(@Inject(AGGREGATOR_CONFIG) config: AggregatorConfig) {
    super(config, 'admin');
  }
}

/** The review queue and corrections: a reviewer's key or the admin key. */
@Injectable()
export class ReviewAccessGuard extends RoleGuard {
  constructor(@Inject(AGGREGATOR_CONFIG) config: AggregatorConfig) {
    super(config, 'reviewer');
  }
}

/** Read routes: public unless PUBLIC_READS=false, then any role's key. */
@Injectable()
export class ReadAccessGuard extends RoleGuard {
  constructor(@Inject(AGGREGATOR_CONFIG) config: AggregatorConfig) {
    super(config, 'reader');
  }
}

/** The principal a guard let through: who a correction or an audit entry names. */
export const Actor = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<KeyedRequest>().principal;
  if (!principal) throw new UnauthorizedException();
  return principal;
});
