import { SetMetadata } from '@nestjs/common';
import type { JobName } from './queue.constants.js';

export const ON_JOB = Symbol('on-job');

/** Marks a provider method as the handler of a job. Exactly one handler per job name. */
export const OnJob = (name: JobName): MethodDecorator => SetMetadata(ON_JOB, name);
