import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExportReader } from '../exports/export-reader';
import { ExportsController } from '../exports/exports.controller';
import { IncidentReader } from '../incidents/incident-reader';
import { IncidentsController } from '../incidents/incidents.controller';
import { TotalsController } from '../totals/totals.controller';
import { TotalsReader } from '../totals/totals-reader';

/** The read API: totals, their history and changes, incidents, tallies and the CSV exports (read routes, README "Totals API"). */
@Module({
  controllers: [TotalsController, IncidentsController, ExportsController],
  providers: [
    { provide: TotalsReader, inject: [DataSource], useFactory: (ds: DataSource) => new TotalsReader(ds) },
    { provide: IncidentReader, inject: [DataSource], useFactory: (ds: DataSource) => new IncidentReader(ds) },
    { provide: ExportReader, inject: [DataSource], useFactory: (ds: DataSource) => new ExportReader(ds) },
  ],
})
export class ReadApiModule {}
