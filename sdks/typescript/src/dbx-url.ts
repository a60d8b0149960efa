/** The base URL of a DBX server, checked: http or https, nothing after the path. */
export function parseDbxUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`not a DBX URL: ${JSON.stringify(url)} (expected http://host:port or https://host:port)`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new TypeError(`a DBX URL is http: or https:, not ${parsed.protocol} (${url})`);
  }
  if (parsed.search || parsed.hash) throw new TypeError(`a DBX URL has no query or fragment: ${url}`);
  return parsed;
}
