import { parseOr400 } from '@cw/service';
import { Controller, Get, Inject, Logger, Query, Res, UseGuards } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { stringify } from 'csv-stringify';
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ReadAccessGuard } from '../admin/access.guard';
import { IncidentsExportQuery, TotalsExportQuery } from '../totals/totals-query';
import { ExportReader, INCIDENT_COLUMNS, TOTALS_COLUMNS } from './export-reader';

// "incidents-SY-killed-2024-01-01-2024-12-31.csv": what was asked for, in the name the download keeps.
const fileName = (what: string, filter: Record<string, string | undefined>) =>
  `${[what, filter.country, filter.region, filter.metric, filter.from, filter.to]
    .filter(Boolean)
    .join('-')
    .replace(/[^\w.-]+/g, '_')}.csv`;

/**
 * What an analyst loads into a spreadsheet or R: one row per incident, or per country and day. Streamed
 * from Postgres as the client reads (export-reader.ts); the filters are those of the JSON routes, checked
 * before anything is sent, so a bad parameter is still a 400 that says why.
 */
@ApiTags('exports')
@ApiSecurity('api-key')
@UseGuards(ReadAccessGuard)
@Controller()
export class ExportsController {
  private readonly log = new Logger(ExportsController.name);

  constructor(@Inject(ExportReader) private readonly reader: ExportReader) {}

  @Get('incidents.csv')
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'country', required: false })
  @ApiQuery({ name: 'metric', required: false })
  @ApiQuery({ name: 'region', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  async incidents(@Query() query: Record<string, unknown>, @Res() response: ServerResponse): Promise<void> {
    const filter = parseOr400(IncidentsExportQuery, query);
    await this.send(response, fileName('incidents', filter), [...INCIDENT_COLUMNS], await this.reader.incidents(filter));
  }

  @Get('totals.csv')
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'country', required: false })
  @ApiQuery({ name: 'metric', required: false })
  @ApiQuery({ name: 'region', required: false })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'at', required: false, description: 'ISO time: the day totals as they stood then' })
  async totals(@Query() query: Record<string, unknown>, @Res() response: ServerResponse): Promise<void> {
    const filter = parseOr400(TotalsExportQuery, query);
    await this.send(response, fileName('totals', filter), [...TOTALS_COLUMNS], await this.reader.totals(filter));
  }

  private async send(response: ServerResponse, name: string, columns: string[], records: Readable): Promise<void> {
    response.statusCode = 200;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    // RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break (csv-stringify).
    const csv = stringify({ header: true, columns, record_delimiter: 'windows' });
    try {
      await pipeline(records, csv, response);
    } catch (error) {
      // The status line has gone: a failure half way can only cut the response short, which the client
      // sees as an incomplete download. A client that went away is no failure.
      if (!response.destroyed || (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE')
        this.log.error({ err: error, file: name }, 'export failed');
    }
  }
}
