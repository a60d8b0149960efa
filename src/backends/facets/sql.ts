/** Placeholder until the sql service lands. */
export interface SqlFacet {
  readonly placeholder?: never;
}
