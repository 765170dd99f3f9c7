package dev.expcenter.client;

import dev.expcenter.client.model.ErrorResponse;

/** No such experiment, feature flag, variation or segment (404). */
public final class NotFoundException extends ExperimentCenterException {
  private static final long serialVersionUID = 1L;

  NotFoundException(ErrorResponse error, String message) {
    super(404, error, message);
  }
}
