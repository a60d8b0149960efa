/** Placeholder until the sqlite service lands. */
export interface SqliteFacet {
  readonly placeholder?: never;
}
