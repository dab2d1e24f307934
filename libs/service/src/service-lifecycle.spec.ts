import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type LifecycleResource, type LifecycleWorker, ServiceLifecycle, serviceLifecycle } from './service-lifecycle';

const recorder = () => {
  const events: string[] = [];
  const worker = (name: string, fail?: 'stop'): LifecycleWorker => ({
    start: async () => void events.push(`start ${name}`),
    stop: async () => {
      events.push(`stop ${name}`);
      if (fail === 'stop') throw new Error(`${name} would not stop`);
    },
  });
  const resource = (name: string, fail?: 'close'): LifecycleResource => ({
    close: async () => {
      events.push(`close ${name}`);
      if (fail === 'close') throw new Error(`${name} would not close`);
    },
  });
  return { events, worker, resource };
};

describe('ServiceLifecycle', () => {
  it('prepares, starts the workers in order, stops them in reverse, then closes the resources in order', async () => {
    const { events, worker, resource } = recorder();
    const lifecycle = new ServiceLifecycle({
      prepare: async () => void events.push('prepare'),
      workers: [worker('consumer'), worker('lag poller')],
      resources: [resource('producer'), resource('pool')],
    });
    await lifecycle.onApplicationBootstrap();
    await lifecycle.beforeApplicationShutdown();
    await lifecycle.onApplicationShutdown();
    expect(events).toEqual(['prepare', 'start consumer', 'start lag poller', 'stop lag poller', 'stop consumer', 'close producer', 'close pool']);
  });

  it('still stops every worker and closes every resource when one fails, and reports the failures', async () => {
    const { events, worker, resource } = recorder();
    const lifecycle = new ServiceLifecycle({
      workers: [worker('consumer'), worker('lag poller', 'stop')],
      resources: [resource('producer', 'close'), resource('http client', 'close'), resource('pool')],
    });
    await expect(lifecycle.beforeApplicationShutdown()).rejects.toThrow('lag poller would not stop');
    await expect(lifecycle.onApplicationShutdown()).rejects.toThrow('2 failures closing the resources');
    expect(events).toEqual(['stop lag poller', 'stop consumer', 'close producer', 'close http client', 'close pool']);
  });

  it('runs on the hooks of a Nest application: workers stop before the HTTP server closes, resources after', async () => {
    const { events, worker, resource } = recorder();
    const CONSUMER = Symbol('CONSUMER');
    const POOL = Symbol('POOL');
    @Module({
      providers: [
        { provide: CONSUMER, useValue: worker('consumer') },
        { provide: POOL, useValue: resource('pool') },
        serviceLifecycle({
          inject: [CONSUMER, POOL],
          plan: (consumer: LifecycleWorker, pool: LifecycleResource) => ({ workers: [consumer], resources: [pool] }),
        }),
      ],
    })
    class ServiceModule {}
    const app = await NestFactory.create(ServiceModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    const server = app.getHttpServer() as { listening: boolean };
    expect(events).toEqual(['start consumer']);
    const originalClose = app.getHttpAdapter().close.bind(app.getHttpAdapter());
    app.getHttpAdapter().close = async () => {
      events.push(`http server closes (listening: ${server.listening})`);
      return originalClose();
    };
    await app.close();
    expect(events).toEqual(['start consumer', 'stop consumer', 'http server closes (listening: true)', 'close pool']);
  });
});
