import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { z } from 'zod';

/** The OpenAPI document at /docs/openapi.json and its UI at /docs. */
export const serveOpenApi = (app: INestApplication): void => {
  const document = new DocumentBuilder()
    .setTitle('Casualty Watch totals')
    .setDescription(
      'Incident totals, their daily history, incidents with every report, and reported tallies; the review queue, corrections and the audit log (issue 13). ' +
        'Keys: reading (READER_API_KEY, or none while PUBLIC_READS), reviewing (REVIEWER_API_KEYS) and administering (ADMIN_API_KEY) are separate; a key of a lesser role is answered 403.',
    )
    .setVersion('1')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, 'api-key')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, document), { jsonDocumentUrl: 'docs/openapi.json' });
};

/**
 * A contract's zod schema (libs/contracts) as the document's JSON Schema: the page, the API and its document share
 * one shape. What JSON Schema cannot say (a refinement, a transform) is left out of the document, never out of the check.
 */
export const openApiSchema = (schema: z.ZodType, io: 'input' | 'output' = 'output'): SchemaObject =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', unrepresentable: 'any', io }) as SchemaObject;
