package dev.expcenter.client;

import dev.expcenter.client.model.ErrorResponse;

/** The request was invalid, or an activation failed its readiness checks (400). */
public final class BadRequestException extends ExperimentCenterException {
  private static final long serialVersionUID = 1L;

  BadRequestException(ErrorResponse error, String message) {
    super(400, error, message);
  }
}
