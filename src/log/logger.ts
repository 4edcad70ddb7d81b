import { pino, type Logger, type LevelWithSilent } from 'pino';

/**
 * The process's one root logger (pino, JSON lines on stderr so that CLI output on stdout stays clean).
 * Components take a named child: `rootLogger.child({ component: 'journal' })`.
 */
export const rootLogger: Logger = pino(
  {
    name: 'faircat',
    level: (process.env.LOG_LEVEL as LevelWithSilent | undefined) ?? 'info',
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  pino.destination({ fd: 2, sync: true }),
);

/** A child logger named after the component that writes to it. */
export function loggerFor(component: string, parent: Logger = rootLogger): Logger {
  return parent.child({ component });
}
