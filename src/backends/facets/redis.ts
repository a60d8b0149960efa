/** Placeholder until the redis service lands. */
export interface RedisFacet {
  readonly placeholder?: never;
}
