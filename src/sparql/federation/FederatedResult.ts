import type { Quad } from '@rdfjs/types';
import type { SolutionResult } from '../results/SolutionTable.js';

/** The results of a federated query, before they are written in the negotiated format. */
export type FederatedResult = SolutionResult | { kind: 'quads'; quads: Quad[] };
