import {
  AuditPage,
  CorrectionRequest,
  CorrectionResult,
  CorrectionsImport,
  CorrectionsImportResult,
  CorrectionsPage,
  ReviewItemsPage,
  ReviewSummary,
} from '@cw/contracts';
import { parseOr400 } from '@cw/service';
import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Post,
  Query,
  UseGuards,
} from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Actor, AdminAccessGuard, type Principal, ReviewAccessGuard } from '../admin/access.guard';
import { readAuditLog, recordAudit } from '../admin/audit-log';
import { openApiSchema } from '../open-api';
import { CorrectionRefused, CorrectionsWriter } from './corrections-writer';
import { AuditQuery, CorrectionsQuery, ReviewItemsQuery } from './review-query';
import { ReviewQueue } from './review-queue';

const refusal = (error: unknown): never => {
  if (!(error instanceof CorrectionRefused)) throw error;
  if (error.refused === 'not-found') throw new NotFoundException(error.why);
  if (error.refused === 'conflict') throw new ConflictException(error.why);
  throw new BadRequestException(error.why);
};

/** The review queue, corrections and the audit log (issue 13): reviewers and admins; imports are the admin's. */
@ApiTags('review')
@ApiSecurity('api-key')
@Controller()
export class ReviewController {
  constructor(
    @Inject(ReviewQueue) private readonly queue: ReviewQueue,
    @Inject(CorrectionsWriter) private readonly writer: CorrectionsWriter,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get('review/items')
  @UseGuards(ReviewAccessGuard)
  @ApiQuery({ name: 'country', required: false, description: 'ISO-3166 alpha-2' })
  @ApiQuery({ name: 'reason', required: false, enum: ReviewItemsPage.shape.items.element.shape.reason.options })
  @ApiQuery({ name: 'minAgeHours', required: false, description: 'only items open at least this long' })
  @ApiQuery({ name: 'maxAgeHours', required: false, description: 'only items opened within this many hours' })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'closed', 'all'], description: 'default open' })
  @ApiQuery({ name: 'figureId', required: false })
  @ApiQuery({ name: 'incidentId', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 200, default 50' })
  @ApiQuery({ name: 'after', required: false, description: 'the `next` of the previous page' })
  @ApiOkResponse({ description: 'oldest first; each item says why it is there', schema: openApiSchema(ReviewItemsPage) })
  async items(@Query() query: Record<string, unknown>): Promise<ReviewItemsPage> {
    const params = parseOr400(ReviewItemsQuery, query);
    const items = await this.queue.items(params);
    return { items, next: items.length === params.limit ? items[items.length - 1].id : null };
  }

  @Get('review/summary')
  @UseGuards(ReviewAccessGuard)
  @ApiOkResponse({ description: 'open items by reason and by country', schema: openApiSchema(ReviewSummary) })
  summary(): Promise<ReviewSummary> {
    return this.queue.summary();
  }

  /** An analyst's correction, applied at once: the totals, their history and the totals topic move by the difference. */
  @Post('corrections')
  @UseGuards(ReviewAccessGuard)
  @ApiBody({ schema: openApiSchema(CorrectionRequest, 'input') })
  @ApiCreatedResponse({ description: 'applied: the changes it made and the review items it closed', schema: openApiSchema(CorrectionResult) })
  async correct(@Body() body: unknown, @Actor() actor: Principal): Promise<CorrectionResult> {
    const request = parseOr400(CorrectionRequest, body ?? {});
    return this.writer.apply(request, actor).catch(refusal);
  }

  @Get('corrections')
  @UseGuards(ReviewAccessGuard)
  @ApiQuery({ name: 'figureId', required: false })
  @ApiQuery({ name: 'incidentId', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 10000, default 1000' })
  @ApiQuery({ name: 'after', required: false, description: 'the `next` of the previous page' })
  @ApiOkResponse({ description: 'in the order applied: what POST /admin/corrections/import takes', schema: openApiSchema(CorrectionsPage) })
  async corrections(@Query() query: Record<string, unknown>): Promise<CorrectionsPage> {
    const params = parseOr400(CorrectionsQuery, query);
    const rows = await this.queue.corrections(params);
    return { corrections: rows.map((row) => row.correction), next: rows.length === params.limit ? rows[rows.length - 1].seq : null };
  }

  /**
   * Corrections exported from another database, applied in order with their own ids, authors and times: a
   * correction of a figure not held yet waits for it (import before a replay from the start of the topics).
   */
  @Post('admin/corrections/import')
  @HttpCode(200)
  @UseGuards(AdminAccessGuard)
  @ApiBody({ schema: openApiSchema(CorrectionsImport, 'input') })
  @ApiOkResponse({ schema: openApiSchema(CorrectionsImportResult) })
  async import(@Body() body: unknown, @Actor() actor: Principal): Promise<CorrectionsImportResult> {
    const { corrections } = parseOr400(CorrectionsImport, body ?? {});
    const result: CorrectionsImportResult = { applied: 0, waiting: 0, duplicates: 0, refused: [] };
    for (const correction of corrections) {
      try {
        const applied = await this.writer.apply(correction, actor, { waitForSubjects: true });
        if (applied.duplicate) result.duplicates++;
        else if (applied.waiting) result.waiting++;
        else result.applied++;
      } catch (error) {
        if (!(error instanceof CorrectionRefused)) throw error;
        result.refused.push({ correctionId: correction.correctionId, why: error.why });
      }
    }
    await recordAudit(this.dataSource, { actor, action: 'corrections.import', detail: { ...result, corrections: corrections.length } });
    return result;
  }

  @Get('audit')
  @UseGuards(ReviewAccessGuard)
  @ApiQuery({ name: 'actor', required: false })
  @ApiQuery({ name: 'action', required: false, description: 'an action or its start: correction, correction.merge, outbox.flush' })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 1000, default 100' })
  @ApiQuery({ name: 'before', required: false, description: 'the `next` of the previous page' })
  @ApiOkResponse({ description: 'newest first; the log has no route that edits it', schema: openApiSchema(AuditPage) })
  async audit(@Query() query: Record<string, unknown>): Promise<AuditPage> {
    const params = parseOr400(AuditQuery, query);
    const entries = await readAuditLog(this.dataSource, params);
    return { entries, next: entries.length === params.limit ? entries[entries.length - 1].id : null };
  }
}
