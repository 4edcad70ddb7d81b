import { namespace } from './namespace.js';

export const XSD = namespace('http://www.w3.org/2001/XMLSchema#', [
  'string', 'integer', 'decimal', 'double', 'float', 'date', 'dateTime', 'duration', 'boolean', 'anyURI', 'nonNegativeInteger',
]);
