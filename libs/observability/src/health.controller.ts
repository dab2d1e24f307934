import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { failureReason, type ReadinessCheck, ReadinessChecks } from './readiness-check';
import { SERVICE_NAME } from './observability.tokens';

/**
 * Liveness says the process answers (restart it if not); readiness says its dependencies answer
 * (send it no work if not). Kept apart so a Kafka outage does not get every instance restarted.
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(SERVICE_NAME) private readonly service: string,
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(ReadinessChecks) private readonly checks: ReadinessChecks,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok', service: this.service };
  }

  // Terminus answers 503 with `error: { <check name>: { status: 'down', message } }` when one fails.
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check(this.checks.all().map((check) => () => this.probe(check)));
  }

  @Get()
  @HealthCheck()
  overall() {
    return this.ready();
  }

  private async probe({ name, check }: ReadinessCheck) {
    const indicator = this.indicators.check(name);
    try {
      await check();
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: failureReason(error) });
    }
  }
}
