export * from './casualty-figure';
export { readReport, type ReadReportOptions } from './read-report';
export { incidentTotals, type IncidentTotals } from './incident-totals';
export { readNumbers, parseNumber, type NumberMention } from './numbers';
export { resolveIncidentDay, resolveSince } from './report-dates';
export { figureToLabel, readingToLabel, type LabelledFigure, type LabelledReading } from './labelled-reading';
export * from './reading-bounds';
