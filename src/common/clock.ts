import { Injectable } from '@nestjs/common';

/**
 * The time the rules see: deadlines, overdue lists, when a deadline job fires. One injectable
 * source, so tests can move time forward and watch a deadline pass without waiting for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
