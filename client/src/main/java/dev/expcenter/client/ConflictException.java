package dev.expcenter.client;

import dev.expcenter.client.model.ErrorResponse;

/**
 * The change clashes with what exists (409): a name another entity already has, an entity still in
 * use, or an experiment that can no longer be edited.
 */
public final class ConflictException extends ExperimentCenterException {
  private static final long serialVersionUID = 1L;

  ConflictException(ErrorResponse error, String message) {
    super(409, error, message);
  }
}
