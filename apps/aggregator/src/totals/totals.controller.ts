import { parseOr400 } from '@cw/service';
import { Controller, Get, Inject, Param, Query, UseGuards } from '@nestjs/common';
import { CountryTotalsAnswer } from '@cw/contracts';
import { ApiOkResponse, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { openApiSchema } from '../open-api';
import { ReadAccessGuard } from '../admin/access.guard';
import { PlaceCoordinates } from '../incidents/place-coordinates';
import { TotalsReader } from './totals-reader';
import { ChangesQuery, CountryParam, RegionTotalsQuery, SeriesQuery, TotalsQuery } from './totals-query';

@ApiTags('totals')
@ApiSecurity('api-key')
@UseGuards(ReadAccessGuard)
@Controller('totals')
export class TotalsController {
  constructor(@Inject(TotalsReader) private readonly reader: TotalsReader) {}

  @Get()
  @ApiQuery({ name: 'at', required: false, description: 'ISO time: the totals as they stood then' })
  @ApiQuery({ name: 'from', required: false, description: 'first day (YYYY-MM-DD) of incidents counted' })
  @ApiQuery({ name: 'to', required: false, description: 'last day (YYYY-MM-DD) of incidents counted' })
  async all(@Query() query: Record<string, unknown>) {
    const filter = parseOr400(TotalsQuery, query);
    return { ...filter, totals: await this.reader.countryTotals(filter) };
  }

  @Get('history')
  @ApiQuery({ name: 'country', required: true, description: 'ISO-3166 alpha-2' })
  @ApiQuery({ name: 'metric', required: true, enum: ['killed', 'injured', 'displaced', 'kidnapped', 'missing'] })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  async history(@Query() query: Record<string, unknown>) {
    const { country, metric, from, to } = parseOr400(SeriesQuery, query);
    return { country, metric, from: from ?? null, to: to ?? null, series: await this.reader.dailySeries(country, metric, from, to) };
  }

  @Get('changes')
  @ApiQuery({ name: 'country', required: false })
  @ApiQuery({ name: 'metric', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 1000, default 100' })
  @ApiQuery({ name: 'after', required: false, description: 'the `next` of the previous page' })
  async changes(@Query() query: Record<string, unknown>) {
    const params = parseOr400(ChangesQuery, query);
    const changes = await this.reader.changes(params);
    return { changes, next: changes.length === params.limit ? changes[changes.length - 1].id : null };
  }

  // The dashboard's map: a country's first-level regions, each with its total and the centre to draw it at.
  @Get('regions')
  @ApiQuery({ name: 'country', required: true, description: 'ISO-3166 alpha-2' })
  @ApiQuery({ name: 'metric', required: true, enum: ['killed', 'injured', 'displaced', 'kidnapped', 'missing'] })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  async regions(@Query() query: Record<string, unknown>) {
    const { country, metric, from, to } = parseOr400(RegionTotalsQuery, query);
    const places = PlaceCoordinates.shared();
    const regions = (await this.reader.regionTotals({ country, metric, from, to })).map((row) => ({
      ...row,
      centre: places.regionCentre(country, row.region),
    }));
    return { country, metric, from: from ?? null, to: to ?? null, regions };
  }

  @Get(':country')
  @ApiQuery({ name: 'region', required: false, description: 'a first-level region, as the gazetteer names it' })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'at', required: false })
  @ApiOkResponse({
    description: 'the confirmed totals, and beside them what provisional incidents would add (null with `at`)',
    schema: openApiSchema(CountryTotalsAnswer),
  })
  async country(@Param('country') country: string, @Query() query: Record<string, unknown>): Promise<CountryTotalsAnswer> {
    const filter = { ...parseOr400(TotalsQuery, query), country: parseOr400(CountryParam, country) };
    const [[totals], provisional] = await Promise.all([
      this.reader.countryTotals(filter),
      // The history keeps what counted, not what waited: no provisional part for a past instant.
      filter.at ? null : this.reader.provisionalTotals(filter),
    ]);
    return { ...totals, region: filter.region ?? null, from: filter.from ?? null, to: filter.to ?? null, provisional };
  }
}
