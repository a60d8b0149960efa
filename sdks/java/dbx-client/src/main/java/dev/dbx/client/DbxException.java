package dev.dbx.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import dev.dbx.v1.ErrorReason;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A failed DBX call: its gRPC status code, and what DBX's
 * {@code google.rpc.ErrorInfo} detail says about it (domain {@code dbx.dev}):
 * the {@link ErrorReason} to program against, and metadata such as
 * {@code capability}, {@code field} or {@code collection}.
 *
 * <p>A reason newer than this SDK's contract reads as
 * {@code ERROR_REASON_UNSPECIFIED}: act on the {@link #code()} then.
 */
public final class DbxException extends RuntimeException {

  /** The ErrorInfo domain of DBX's own errors. */
  public static final String DOMAIN = "dbx.dev";

  private static final long serialVersionUID = 1L;

  private final Status.Code code;
  private final ErrorReason reason;
  private final String domain;
  private final Map<String, String> metadata;
  private final String field;
  private final Duration retryDelay;

  private DbxException(Status status, ErrorInfo info, String field, Duration retryDelay, Throwable cause) {
    super(status.getCode() + ": " + (status.getDescription() == null ? "" : status.getDescription()), cause);
    this.code = status.getCode();
    this.domain = info.getDomain();
    this.reason = DOMAIN.equals(info.getDomain()) ? reasonNamed(info.getReason()) : ErrorReason.ERROR_REASON_UNSPECIFIED;
    this.metadata = Map.copyOf(info.getMetadataMap());
    this.field = field;
    this.retryDelay = retryDelay;
  }

  /**
   * The DBX error a gRPC failure carries. An exception that is already a
   * {@code DbxException} is returned as it is; any other exception without a
   * gRPC status reads as {@code UNKNOWN}.
   */
  public static DbxException from(Throwable error) {
    if (error instanceof DbxException dbx) {
      return dbx;
    }
    Status status = Status.fromThrowable(error);
    com.google.rpc.Status details = StatusProto.fromThrowable(error);
    ErrorInfo info = ErrorInfo.getDefaultInstance();
    String field = null;
    Duration retryDelay = null;
    for (Any detail : details == null ? java.util.List.<Any>of() : details.getDetailsList()) {
      try {
        if (detail.is(ErrorInfo.class)) {
          info = detail.unpack(ErrorInfo.class);
        } else if (detail.is(BadRequest.class) && field == null) {
          BadRequest badRequest = detail.unpack(BadRequest.class);
          if (badRequest.getFieldViolationsCount() > 0) {
            field = badRequest.getFieldViolations(0).getField();
          }
        } else if (detail.is(RetryInfo.class)) {
          com.google.protobuf.Duration delay = detail.unpack(RetryInfo.class).getRetryDelay();
          retryDelay = Duration.ofSeconds(delay.getSeconds(), delay.getNanos());
        }
      } catch (InvalidProtocolBufferException malformed) {
        // A detail that does not parse says nothing; the status code still stands.
      }
    }
    if (field == null) {
      field = info.getMetadataMap().get("field");
    }
    return new DbxException(status, info, field, retryDelay, error);
  }

  private static ErrorReason reasonNamed(String name) {
    try {
      ErrorReason reason = ErrorReason.valueOf(name);
      return reason == ErrorReason.UNRECOGNIZED ? ErrorReason.ERROR_REASON_UNSPECIFIED : reason;
    } catch (IllegalArgumentException newerThanThisSdk) {
      return ErrorReason.ERROR_REASON_UNSPECIFIED;
    }
  }

  /** The gRPC status code. */
  public Status.Code code() {
    return code;
  }

  /** The DBX reason, {@code ERROR_REASON_UNSPECIFIED} when the error has none (or one newer than this SDK). */
  public ErrorReason reason() {
    return reason;
  }

  /** The ErrorInfo domain, {@code dbx.dev} for DBX's errors, empty when there is no ErrorInfo. */
  public String domain() {
    return domain;
  }

  /** The ErrorInfo metadata, such as {@code capability}, {@code field}, {@code backend}. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** The request field that was wrong (BadRequest's field violation, or the {@code field} metadata). */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * How long the server asks the caller to wait before trying again
   * ({@code google.rpc.RetryInfo}: a {@code RATE_LIMITED} refusal), if it
   * says.
   */
  public Optional<Duration> retryDelay() {
    return Optional.ofNullable(retryDelay);
  }

  /**
   * Whether the same call may succeed if made again: {@code UNAVAILABLE}
   * (the server or its database is unreachable), {@code ABORTED} (the
   * database aborted a transaction: retry all of it) and
   * {@code RESOURCE_EXHAUSTED} with reason {@code TOO_MANY_TRANSACTIONS} or
   * {@code RATE_LIMITED} (after {@link #retryDelay()}). Never a refused
   * request such as {@code INVALID_ARGUMENT}, nor {@code UNAUTHENTICATED} or
   * {@code PERMISSION_DENIED}: the same credential is refused again.
   */
  public boolean isRetryable() {
    return switch (code) {
      case UNAVAILABLE, ABORTED -> true;
      case RESOURCE_EXHAUSTED -> reason == ErrorReason.ERROR_REASON_TOO_MANY_TRANSACTIONS
          || reason == ErrorReason.ERROR_REASON_RATE_LIMITED;
      default -> false;
    };
  }
}
