package dev.expcenter.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.client.model.ErrorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The generated client's response interceptor: turns every error status into a typed, unchecked
 * {@link ExperimentCenterException} before the generated code would wrap it in its checked
 * {@code ApiException}.
 */
final class ErrorMapper implements Consumer<HttpResponse<InputStream>> {
  private final ObjectMapper mapper;
  private final int maxRetries;

  ErrorMapper(ObjectMapper mapper, int maxRetries) {
    this.mapper = mapper;
    this.maxRetries = maxRetries;
  }

  @Override
  public void accept(HttpResponse<InputStream> response) {
    int status = response.statusCode();
    if (status < 400) {
      return;
    }
    String body = readBody(response);
    ErrorResponse error = parse(body);
    String message = error != null && error.getMessage() != null
        ? error.getMessage()
        : "HTTP " + status + (body.isBlank() ? "" : ": " + body);
    throw toException(status, error, message);
  }

  private ExperimentCenterException toException(int status, ErrorResponse error, String message) {
    switch (status) {
      case 400: return new BadRequestException(error, message);
      case 401: return new AuthenticationException(error, message);
      case 403: return new ForbiddenException(error, message);
      case 404: return new NotFoundException(error, message);
      case 409: return new ConflictException(error, message);
      case 429: return new RateLimitedException(error,
          message + " (gave up after " + maxRetries + " retries)", maxRetries);
      default: return new ExperimentCenterException(status, error, message);
    }
  }

  private static String readBody(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the error body of HTTP " + response.statusCode(), e);
    }
  }

  // A proxy or load balancer may answer with HTML or nothing at all: no body is not an error.
  private ErrorResponse parse(String body) {
    if (body.isBlank()) {
      return null;
    }
    try {
      return mapper.readValue(body, ErrorResponse.class);
    } catch (IOException notAuth0Json) {
      return null;
    }
  }
}
