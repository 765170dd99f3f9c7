package dev.expcenter.client;

import dev.expcenter.client.model.ErrorResponse;

/** The bearer token is missing or invalid (401). */
public final class AuthenticationException extends ExperimentCenterException {
  private static final long serialVersionUID = 1L;

  AuthenticationException(ErrorResponse error, String message) {
    super(401, error, message);
  }
}
