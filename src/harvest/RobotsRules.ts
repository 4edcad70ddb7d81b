import robotsParserModule from 'robots-parser';

// robots-parser is CommonJS (`module.exports = fn`) but its types declare an ES default export: under NodeNext
// the default import is the function itself at run time.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robot = ReturnType<typeof robotsParser>;

/**
 * robots.txt for the sites a source crawls (RFC 9309): fetched once per origin and run, then asked before
 * every request. An unavailable robots.txt (any 4xx) allows everything (RFC 9309 §2.3.1.3); an unreachable
 * one (5xx, timeout, network error, after retries) disallows the whole site for this run (§2.3.1.4). The agent is matched
 * by the product token of the `User-Agent` (e.g. `FAIRCat`).
 */
export class RobotsRules {
  private readonly robots = new Map<string, Promise<Robot | 'unreachable'>>();
  private readonly agent: string;

  constructor(
    private readonly fetchText: (url: string) => Promise<string | undefined>,
    userAgent: string,
    private readonly onCrawlDelay?: (host: string, delayMs: number) => void,
  ) {
    this.agent = userAgent.split('/')[0]?.trim() || userAgent;
  }

  /** Whether the site's robots.txt lets this agent fetch `url`. */
  async isAllowed(url: string): Promise<boolean> {
    const { origin, host } = new URL(url);
    let robot = this.robots.get(origin);
    if (!robot) {
      robot = this.load(origin, host);
      this.robots.set(origin, robot);
    }
    const rules = await robot;
    if (rules === 'unreachable') return false;
    return rules.isAllowed(url, this.agent) !== false;
  }

  private async load(origin: string, host: string): Promise<Robot | 'unreachable'> {
    const location = `${origin}/robots.txt`;
    let text: string | undefined;
    try {
      text = await this.fetchText(location);
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      if (typeof status !== 'number' || status < 400 || status > 499) return 'unreachable';
      text = undefined; // "unavailable" (any 4xx): everything is allowed
    }
    const robot = robotsParser(location, text ?? '');
    const delay = robot.getCrawlDelay(this.agent);
    if (delay !== undefined && delay > 0) this.onCrawlDelay?.(host, Math.min(delay, 60) * 1000);
    return robot;
  }
}
