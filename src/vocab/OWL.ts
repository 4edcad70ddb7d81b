import { namespace } from './namespace.js';

export const OWL = namespace('http://www.w3.org/2002/07/owl#', ['sameAs']);
