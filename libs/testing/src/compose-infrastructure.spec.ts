import { readCompose } from './deployment-checks';

describe('docker-compose.yml infrastructure', () => {
  it('runs the official Kafka (KRaft) and Postgres images with health checks', () => {
    const services = readCompose();
    expect(services.kafka).toMatchObject({ image: expect.stringMatching(/^apache\/kafka:4\./), healthcheck: expect.anything() });
    expect(services.postgres).toMatchObject({ image: expect.stringMatching(/^postgres:\d+/), healthcheck: expect.anything() });
  });
});
