import { BadRequestException, Controller, Get, Inject, Param, Query } from '@nestjs/common';
import type { z } from 'zod';
import { TotalsReader } from './totals-reader';
import { CountryParam, HistoryQueryParams } from './totals-query';

const parseOr400 = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'query'}: ${issue.message}`),
    });
  }
  return parsed.data;
};

@Controller('totals')
export class TotalsController {
  constructor(@Inject(TotalsReader) private readonly reader: TotalsReader) {}

  @Get()
  async all() {
    return { totals: await this.reader.countryTotals() };
  }

  @Get('history')
  async history(@Query() query: Record<string, unknown>) {
    const params = parseOr400(HistoryQueryParams, query);
    const changes = await this.reader.history({ ...params, afterId: params.after });
    const next = changes.length === params.limit ? changes[changes.length - 1].id : null;
    return { changes, next };
  }

  @Get(':country')
  async country(@Param('country') country: string) {
    const [totals] = await this.reader.countryTotals(parseOr400(CountryParam, country));
    return totals;
  }
}
