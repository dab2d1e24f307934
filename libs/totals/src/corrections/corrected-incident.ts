import type { Metric } from '@cw/extraction';
import { estimateAndVictims } from '../current-estimate';
import type { Incident } from '../incident';
import { provisionalReason } from '../provisional';
import type { ReportedFigure } from '../reported-figure';
import { apartIncidentId, type CorrectionSet, type FigureOverride, type IncidentOverride } from './correction-set';

/**
 * How analysts corrected an incident, kept on it (absent on an incident nobody corrected). The incident's own
 * fields say what it counts; `machine` keeps what the reports alone gave, which is what matching reads, so a
 * correction never changes which incident a later report joins and a replay places every report where the live
 * run placed it.
 */
export interface IncidentCorrections {
  /** The estimate of the reports as read (absent on an incident of one report moved out of another). */
  machine?: Pick<Incident, 'value' | 'currentFigureId' | 'victims'> & { provisional: string | null };
  /** The overrides of its reports, by figure id. */
  figures?: Record<string, FigureOverride>;
  incident?: IncidentOverride;
  /** It counts inside this incident (the end of its merges), and counts nothing itself. */
  mergedInto?: string;
  /** The incidents that count inside it. */
  merged?: string[];
  /** An incident of one report moved out of another (or a figure outside every incident given one). */
  apartFrom?: { figureId: string; incidentId: string | null };
}

/** What becomes of a figure under its overrides: counted where it stands, nowhere, in an incident of its own, or as a tally. */
export type FigureFate = 'counted' | 'rejected' | 'apart' | 'tally';

/** Where a figure stands: its incident's country, metric and day, or null for a figure outside every incident. */
export interface FigureHome {
  country: string;
  metric: Metric;
  date: string;
}

export function fateOf(kind: 'incident' | 'cumulative', home: FigureHome | null, override: FigureOverride | undefined): FigureFate {
  if (override?.status === 'rejected') return 'rejected';
  const change = override?.change ?? {};
  if ((change.kind ?? kind) === 'cumulative') return 'tally';
  if (!home) return 'apart';
  if (override?.split) return 'apart';
  if (change.metric !== undefined && change.metric !== home.metric) return 'apart';
  if (change.country !== undefined && change.country.toUpperCase() !== home.country) return 'apart';
  if (change.date !== undefined && change.date !== home.date) return 'apart';
  return 'counted';
}

/** A report as its overrides read it: the value and victims an analyst gave. */
export function correctedReport(report: ReportedFigure, override: FigureOverride | undefined): ReportedFigure {
  const change = override?.change;
  if (!change || (change.value === undefined && change.victims === undefined)) return report;
  return { ...report, value: change.value ?? report.value, victims: change.victims ?? report.victims };
}

/** The incident as the reports alone made it: what matching and the next report's placement read. */
export function machineView(incident: Incident): Incident {
  if (!incident.corrected) return incident;
  const { corrected, ...rest } = incident;
  return corrected.machine ? { ...rest, ...corrected.machine } : rest;
}

/** A member of a merge group: an incident the reports made, or a report moved out into an incident of its own. */
export type GroupMember =
  | { kind: 'machine'; incident: Incident }
  | {
      kind: 'apart';
      report: ReportedFigure;
      /** The incident the reports placed it in, or null for a figure outside every incident. */
      home: (FigureHome & { incidentId: string; region: string | null }) | null;
      /** What a figure outside every incident was read as. */
      loose?: { kind: 'incident' | 'cumulative'; country: string | null; metric: Metric };
    };

interface MemberReading {
  /** The incident with its own fields, before the group's estimate is put on it. */
  base: Incident;
  counted: ReportedFigure[];
  overrides: Record<string, FigureOverride>;
  machine?: IncidentCorrections['machine'];
  apartFrom?: IncidentCorrections['apartFrom'];
}

/**
 * The incidents of one merge group as the totals count them: the root counts the estimate of every counted report
 * of the group (or the estimate set by hand), the others count nothing and say where they count. Pure: the machine
 * incidents are not modified. A member that cannot stand (a figure moved out with no country) is left out.
 */
export function correctGroup(root: string, members: GroupMember[], corrections: CorrectionSet): Incident[] {
  const readings = members.map((member) => readMember(member, corrections)).filter((r): r is MemberReading => r !== null);
  const rootReading = readings.find((r) => r.base.incidentId === root);
  if (!rootReading) return [];
  const merged = readings.filter((r) => r !== rootReading).map((r) => r.base.incidentId);
  const results: Incident[] = [];
  for (const reading of readings) {
    const isRoot = reading === rootReading;
    const override = corrections.incident(reading.base.incidentId);
    const corrected: IncidentCorrections = {
      ...(reading.machine ? { machine: reading.machine } : {}),
      ...(Object.keys(reading.overrides).length > 0 ? { figures: reading.overrides } : {}),
      ...(override ? { incident: override } : {}),
      ...(!isRoot ? { mergedInto: root } : {}),
      ...(isRoot && merged.length > 0 ? { merged } : {}),
      ...(reading.apartFrom ? { apartFrom: reading.apartFrom } : {}),
    };
    const touched = Object.keys(corrected).some((key) => key !== 'machine');
    if (!touched) {
      // Nobody corrected it: it stands as the reports made it.
      results.push(reading.base);
      continue;
    }
    const estimate = isRoot ? estimateOf(reading, readings, corrections) : { value: 0, provisional: null };
    results.push({ ...reading.base, ...estimate, corrected });
  }
  return results;
}

function estimateOf(
  root: MemberReading,
  readings: MemberReading[],
  corrections: CorrectionSet,
): Pick<Incident, 'value' | 'provisional'> & Partial<Pick<Incident, 'currentFigureId' | 'victims'>> {
  const byHand = corrections.incident(root.base.incidentId)?.estimate;
  if (byHand) return { value: byHand.value, provisional: null };
  const reports = readings.flatMap((r) => r.counted);
  if (reports.length === 0) return { value: 0, provisional: null };
  const { current, victims } = estimateAndVictims(reports);
  const machine = root.machine;
  const asRead = readings.length === 1 && machine && current.figureId === machine.currentFigureId && current.value === machine.value;
  const provisional =
    corrections.figure(current.figureId)?.status === 'confirmed'
      ? null
      : asRead
        ? machine.provisional
        : // A person's correction is no jump: only what no one incident reaches stays provisional.
          provisionalReason({ metric: root.base.metric, value: current.value }, null);
  return { value: current.value, currentFigureId: current.figureId, victims, provisional };
}

function readMember(member: GroupMember, corrections: CorrectionSet): MemberReading | null {
  if (member.kind === 'machine') {
    const incident = member.incident;
    const home = { country: incident.country, metric: incident.metric, date: incident.date };
    const overrides: Record<string, FigureOverride> = {};
    const counted: ReportedFigure[] = [];
    for (const report of incident.reports) {
      const override = corrections.figure(report.figureId);
      if (override) overrides[report.figureId] = override;
      if (fateOf('incident', home, override) === 'counted') counted.push(correctedReport(report, override));
    }
    const machine = {
      value: incident.value,
      currentFigureId: incident.currentFigureId,
      victims: incident.victims,
      provisional: incident.provisional ?? null,
    };
    return { base: incident, counted, overrides, machine };
  }
  const { report, home, loose } = member;
  const override = corrections.figure(report.figureId);
  const change = override?.change ?? {};
  const ownCountry = home?.country ?? loose?.country ?? null;
  const country = change.country?.toUpperCase() ?? ownCountry;
  if (!country) return null;
  const movedCountry = country !== ownCountry;
  const corrected = correctedReport(report, override);
  const base: Incident = {
    incidentId: apartIncidentId(report.figureId),
    country,
    region: movedCountry ? null : report.regions.length === 1 ? report.regions[0] : (home?.region ?? null),
    metric: change.metric ?? home?.metric ?? loose?.metric ?? 'killed',
    date: change.date ?? report.date,
    dateInferred: change.date === undefined && report.dateInferred,
    places: movedCountry ? [] : [...report.places],
    regions: movedCountry ? [] : [...report.regions],
    victims: corrected.victims,
    reports: [report],
    currentFigureId: report.figureId,
    value: corrected.value,
    provisional: null,
  };
  // A figure given back its incident's metric, country and day counts there again, and here nothing.
  const standsApart = fateOf(loose?.kind ?? 'incident', home, override) === 'apart';
  return {
    base,
    counted: standsApart ? [corrected] : [],
    overrides: override ? { [report.figureId]: override } : {},
    apartFrom: { figureId: report.figureId, incidentId: home?.incidentId ?? null },
  };
}
