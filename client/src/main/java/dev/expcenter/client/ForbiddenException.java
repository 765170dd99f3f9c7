package dev.expcenter.client;

import dev.expcenter.client.model.ErrorResponse;

/** The token lacks the scope the operation needs (403). */
public final class ForbiddenException extends ExperimentCenterException {
  private static final long serialVersionUID = 1L;

  ForbiddenException(ErrorResponse error, String message) {
    super(403, error, message);
  }
}
