import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document at /docs/openapi.json and its UI at /docs. */
export const serveOpenApi = (app: INestApplication): void => {
  const document = new DocumentBuilder()
    .setTitle('Casualty Watch totals')
    .setDescription('Incident totals, their daily history, incidents with every report, and reported tallies.')
    .setVersion('1')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, 'api-key')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, document), { jsonDocumentUrl: 'docs/openapi.json' });
};
