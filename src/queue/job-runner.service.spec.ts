import { MetadataScanner } from '@nestjs/core';
import { collectHandlers } from './job-runner.service.js';
import { OnJob } from './on-job.decorator.js';
import { JobName } from './queue.constants.js';

class Jobs {
  @OnJob(JobName.PurgeOutbox)
  async purge(): Promise<string> {
    return 'purged';
  }
}

class OtherJobs {
  @OnJob(JobName.ImportChildren)
  async importChildren(): Promise<void> {}

  @OnJob(JobName.VerifyChildren)
  async verifyChildren(): Promise<void> {}

  @OnJob(JobName.Deadline)
  async deadline(): Promise<void> {}

  @OnJob(JobName.DeliverNotification)
  async deliver(): Promise<void> {}

  @OnJob(JobName.SendEmail)
  async email(): Promise<void> {}

  @OnJob(JobName.DeliverWebhook)
  async webhook(): Promise<void> {}

  @OnJob(JobName.RefreshReports)
  async refreshReports(): Promise<void> {}

  @OnJob(JobName.GeneratePeriodicReport)
  async periodicReport(): Promise<void> {}

  @OnJob(JobName.ScheduleAnnualReports)
  async annualReports(): Promise<void> {}

  @OnJob(JobName.ApplyRetention)
  async retention(): Promise<void> {}

  @OnJob(JobName.SealStoredValues)
  async seal(): Promise<void> {}
}

class MoreJobs {
  @OnJob(JobName.PurgeOutbox)
  async purgeAgain(): Promise<void> {}
}

class NoJobs {
  async unrelated(): Promise<void> {}
}

describe('collectHandlers', () => {
  const scanner = new MetadataScanner();

  it('maps every job name to its one handler', async () => {
    const handlers = collectHandlers(
      [
        { instance: new Jobs(), name: 'Jobs' },
        { instance: new OtherJobs(), name: 'OtherJobs' },
        { instance: new NoJobs(), name: 'NoJobs' },
      ],
      scanner,
    );
    expect(await handlers.get(JobName.PurgeOutbox)?.({}, {} as never)).toBe('purged');
  });

  it('refuses to start with a job that has no handler', () => {
    expect(() =>
      collectHandlers([{ instance: new OtherJobs(), name: 'OtherJobs' }], scanner),
    ).toThrow(`Jobs without a handler: ${JobName.PurgeOutbox}`);
  });

  it('refuses to start with a job that has two handlers', () => {
    expect(() =>
      collectHandlers(
        [
          { instance: new Jobs(), name: 'Jobs' },
          { instance: new MoreJobs(), name: 'MoreJobs' },
          { instance: new OtherJobs(), name: 'OtherJobs' },
        ],
        scanner,
      ),
    ).toThrow(`Job ${JobName.PurgeOutbox} has two handlers: Jobs.purge and MoreJobs.purgeAgain`);
  });
});
