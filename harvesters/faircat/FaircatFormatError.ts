/** What another FAIRCat served is not what a FAIRCat serves (a feed page, change page or dump): the run fails. */
export class FaircatFormatError extends Error {
  constructor(message: string, readonly location: string) {
    super(`${location}: ${message}`);
    this.name = 'FaircatFormatError';
  }
}
