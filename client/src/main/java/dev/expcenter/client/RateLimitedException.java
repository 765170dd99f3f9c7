package dev.expcenter.client;

import dev.expcenter.client.model.ErrorResponse;

/** The API still answered 429 Too Many Requests after the configured number of retries. */
public final class RateLimitedException extends ExperimentCenterException {
  private static final long serialVersionUID = 1L;

  private final int retries;

  RateLimitedException(ErrorResponse error, String message, int retries) {
    super(429, error, message);
    this.retries = retries;
  }

  /** How many times the request was retried before giving up. */
  public int retries() {
    return retries;
  }
}
