package dev.dbx.client;

import java.net.URI;
import java.net.URISyntaxException;

/** Where a DBX server listens, read from its URL: {@code http://host:port} or {@code https://host:port}. */
record DbxUrl(String host, int port, boolean tls) {

  static DbxUrl parse(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a DBX URL: " + url, e);
    }
    String scheme = uri.getScheme();
    boolean tls;
    if ("https".equalsIgnoreCase(scheme)) {
      tls = true;
    } else if ("http".equalsIgnoreCase(scheme)) {
      tls = false;
    } else {
      throw new IllegalArgumentException("a DBX URL starts with http:// or https://, not " + url);
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("a DBX URL names a host: " + url);
    }
    String path = uri.getRawPath();
    if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null) {
      // gRPC calls go to /<service>/<method> at the root: a path would be ignored.
      throw new IllegalArgumentException("a DBX URL has no path or query: " + url);
    }
    // URI keeps the brackets of an IPv6 literal; the channel wants the bare address.
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
    return new DbxUrl(host, port, tls);
  }
}
