import { parseOr400 } from '@cw/service';
import { Controller, Get, Inject, NotFoundException, Param, Query, UseGuards } from '@nestjs/common';
import { ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ReadAccessGuard } from '../admin/access.guard';
import { IncidentIdParam, IncidentsQuery, TalliesQuery } from '../totals/totals-query';
import { IncidentReader } from './incident-reader';

@ApiTags('incidents')
@ApiSecurity('api-key')
@UseGuards(ReadAccessGuard)
@Controller()
export class IncidentsController {
  constructor(@Inject(IncidentReader) private readonly reader: IncidentReader) {}

  @Get('incidents')
  @ApiQuery({ name: 'country', required: false })
  @ApiQuery({ name: 'metric', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'region', required: false, description: 'a first-level region, as the gazetteer names it' })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 200, default 50' })
  @ApiQuery({ name: 'offset', required: false })
  async list(@Query() query: Record<string, unknown>) {
    const params = parseOr400(IncidentsQuery, query);
    const incidents = await this.reader.list(params);
    return { incidents, next: incidents.length === params.limit ? params.offset + params.limit : null };
  }

  @Get('incidents/:id')
  async one(@Param('id') id: string) {
    const incident = await this.reader.one(parseOr400(IncidentIdParam, id));
    if (!incident) throw new NotFoundException();
    return incident;
  }

  // Running tallies as sources reported them ("more than 370,000 since 2011"), beside the computed totals.
  @Get('tallies')
  @ApiQuery({ name: 'country', required: false })
  async tallies(@Query() query: Record<string, unknown>) {
    const { country } = parseOr400(TalliesQuery, query);
    return { tallies: await this.reader.tallies(country) };
  }
}
