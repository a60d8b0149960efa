package dev.dbx.spring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code dbx.*} settings of the auto-configured {@code DbxClient}.
 *
 * <pre>
 * dbx.url=https://dbx.internal:7420
 * dbx.token=${DBX_TOKEN}          # a JWT, or: dbx.api-key=${DBX_API_KEY}
 * dbx.timeout=5s
 * dbx.trusted-certificates=/etc/dbx/ca.pem
 * </pre>
 */
@ConfigurationProperties("dbx")
public class DbxProperties {

  /** The DBX server: http://host:port, or https://host:port for TLS. */
  private String url = "http://127.0.0.1:7420";

  /** A bearer token, sent as "authorization: Bearer <token>" with every call. */
  private String token;

  /** An API key, sent as the x-api-key header with every call. */
  private String apiKey;

  /** Other headers sent with every call. */
  private Map<String, String> headers = new LinkedHashMap<>();

  /** A PEM file of the certificate authorities to trust for an https URL, instead of the JDK's. */
  private Path trustedCertificates;

  /** The deadline of each unary call that sets none. */
  private Duration timeout = Duration.ofSeconds(30);

  /** Attempts of a read that fails with UNAVAILABLE (1 turns retries off; gRPC caps it at 5). */
  private int maxAttempts = 4;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getApiKey() {
    return apiKey;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  public Map<String, String> getHeaders() {
    return headers;
  }

  public void setHeaders(Map<String, String> headers) {
    this.headers = headers;
  }

  public Path getTrustedCertificates() {
    return trustedCertificates;
  }

  public void setTrustedCertificates(Path trustedCertificates) {
    this.trustedCertificates = trustedCertificates;
  }

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }
}
