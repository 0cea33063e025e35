/**
 * What can go wrong reading a press page, as types: an operator acts differently on a page
 * whose layout changed (fix the selectors) than on a server that is down (wait).
 */

/** The listing was read, but the configured selectors no longer find the releases on it. */
export class PressPageLayoutError extends Error {
  readonly selector: string;

  constructor(message: string, selector: string) {
    super(message);
    this.name = 'PressPageLayoutError';
    this.selector = selector;
  }
}

/** A selector of the source's configuration is not valid CSS. */
export class InvalidSelectorError extends Error {
  readonly selector: string;

  constructor(selector: string, options?: { cause?: unknown }) {
    super(`not a valid CSS selector: ${JSON.stringify(selector)}`, options);
    this.name = 'InvalidSelectorError';
    this.selector = selector;
  }
}

/** The site's robots.txt asks crawlers like Newsdesk to stay away from this address. */
export class DisallowedByRobotsError extends Error {
  readonly url: string;

  constructor(url: string) {
    super(`robots.txt disallows ${url}`);
    this.name = 'DisallowedByRobotsError';
    this.url = url;
  }
}
