/** A typed link (RFC 8288 §2): a target, a relation type, and the target attributes FAIR Signposting uses. */
export interface WebLink {
  href: string;
  rel: string;
  type?: string;
  profile?: string;
  /** The link context when it is not the resource the link is served with (linksets). */
  anchor?: string;
}
