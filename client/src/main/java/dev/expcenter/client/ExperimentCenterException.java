package dev.expcenter.client;

import dev.expcenter.client.model.ErrorResponse;

/**
 * An error status answered by the Experiment Center API, with Auth0's error body.
 *
 * <p>Subclasses name the families callers usually catch; any other status (413, 415, 5xx, ...)
 * arrives as this class itself.
 */
public class ExperimentCenterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient ErrorResponse error;

  ExperimentCenterException(int statusCode, ErrorResponse error, String message) {
    super(message);
    this.statusCode = statusCode;
    this.error = error;
  }

  /** The HTTP status of the response, e.g. {@code 400}. */
  public int statusCode() {
    return statusCode;
  }

  /** The Auth0 {@code errorCode} (e.g. {@code invalid_status_transition}), or null if the body had none. */
  public String errorCode() {
    return error == null ? null : error.getErrorCode();
  }

  /** The parsed Auth0 error body, or null when the response body was not one. */
  public ErrorResponse error() {
    return error;
  }
}
