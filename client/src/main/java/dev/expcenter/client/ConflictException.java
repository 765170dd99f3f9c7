package dev.expcenter.client;

import dev.expcenter.client.model.ErrorResponse;

/** The current state forbids the change, e.g. an illegal status transition (409). */
public final class ConflictException extends ExperimentCenterException {
  private static final long serialVersionUID = 1L;

  ConflictException(ErrorResponse error, String message) {
    super(409, error, message);
  }
}
