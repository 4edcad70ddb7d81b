import { OaiError } from './OaiError.js';
import { OAI_VERBS, type OaiRequest, type OaiVerb } from './OaiRequest.js';

/** Arguments each verb allows (§4), required ones marked. `resumptionToken` is exclusive where allowed (§3.5). */
const ARGUMENTS: Record<OaiVerb, Record<string, 'required' | 'optional' | 'exclusive'>> = {
  Identify: {},
  ListMetadataFormats: { identifier: 'optional' },
  ListSets: { resumptionToken: 'exclusive' },
  GetRecord: { identifier: 'required', metadataPrefix: 'required' },
  ListIdentifiers: { metadataPrefix: 'required', from: 'optional', until: 'optional', set: 'optional', resumptionToken: 'exclusive' },
  ListRecords: { metadataPrefix: 'required', from: 'optional', until: 'optional', set: 'optional', resumptionToken: 'exclusive' },
};

/**
 * Checks an OAI-PMH request's arguments (GET query or POST form, each name with all its values) against the
 * protocol (§3.1.1, §4): exactly one legal `verb` (else `badVerb`); no repeated, unknown or missing argument and
 * `resumptionToken` alone (else `badArgument`). Pure.
 *
 * @throws OaiError `badVerb` or `badArgument`
 */
export function parseOaiRequest(raw: Readonly<Record<string, readonly string[]>>): OaiRequest {
  const verbs = raw.verb ?? [];
  if (verbs.length === 0) throw new OaiError('badVerb', 'the verb argument is missing');
  if (verbs.length > 1) throw new OaiError('badVerb', 'the verb argument is repeated');
  const verb = verbs[0] as OaiVerb;
  if (!(OAI_VERBS as readonly string[]).includes(verb)) throw new OaiError('badVerb', `"${verbs[0]}" is not an OAI-PMH verb (${OAI_VERBS.join(', ')})`);
  const allowed = ARGUMENTS[verb];
  const args: Record<string, string> = {};
  for (const [name, values] of Object.entries(raw)) {
    if (name === 'verb') continue;
    if (!(name in allowed)) throw new OaiError('badArgument', `${verb} does not take the argument "${name}"`);
    if (values.length !== 1) throw new OaiError('badArgument', `the argument "${name}" is repeated`);
    args[name] = values[0]!;
  }
  const token = args.resumptionToken;
  if (token !== undefined && Object.keys(args).length > 1) throw new OaiError('badArgument', 'resumptionToken is an exclusive argument');
  if (token === undefined) {
    for (const [name, use] of Object.entries(allowed)) {
      if (use === 'required' && args[name] === undefined) throw new OaiError('badArgument', `${verb} needs the argument "${name}"`);
    }
  }
  switch (verb) {
    case 'Identify':
      return { verb, args };
    case 'ListMetadataFormats':
      return { verb, args, ...(args.identifier === undefined ? {} : { identifier: args.identifier }) };
    case 'ListSets':
      return { verb, args, ...(token === undefined ? {} : { resumptionToken: token }) };
    case 'GetRecord':
      return { verb, args, identifier: args.identifier!, metadataPrefix: args.metadataPrefix! };
    default:
      if (token !== undefined) return { verb, args, resumptionToken: token };
      return {
        verb,
        args,
        selection: {
          metadataPrefix: args.metadataPrefix!,
          ...(args.set === undefined ? {} : { set: args.set }),
          ...(args.from === undefined ? {} : { from: args.from }),
          ...(args.until === undefined ? {} : { until: args.until }),
        },
      };
  }
}
