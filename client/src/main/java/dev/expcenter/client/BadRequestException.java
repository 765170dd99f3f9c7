package dev.expcenter.client;

import dev.expcenter.client.model.ErrorResponse;

/**
 * The request was refused as it stands (400): an invalid body, a status transition the lifecycle
 * forbids, an activation that failed its readiness checks, or deleting an active experiment.
 */
public final class BadRequestException extends ExperimentCenterException {
  private static final long serialVersionUID = 1L;

  BadRequestException(ErrorResponse error, String message) {
    super(400, error, message);
  }
}
