package dev.expcenter.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An {@link HttpClient} that retries a request answered with 429, so the generated API classes
 * (which call {@code send} once) get the retry policy without being edited.
 *
 * <p>The wait is {@code Retry-After} seconds (or HTTP date), else {@code x-ratelimit-reset}
 * minus now, else one second; never more than {@code maxWait}. After {@code maxRetries} retries
 * the last 429 is returned as it is, for {@link ErrorMapper} to turn into a
 * {@link RateLimitedException}. Only the synchronous {@code send} retries: the generated
 * client is built without {@code asyncNative}, so {@code sendAsync} is never called by it.
 */
final class RetryingHttpClient extends HttpClient {
  private static final int TOO_MANY_REQUESTS = 429;
  private static final Duration NO_HINT_WAIT = Duration.ofSeconds(1);

  private final HttpClient delegate;
  private final int maxRetries;
  private final Duration maxWait;
  private final Clock clock;

  RetryingHttpClient(HttpClient delegate, int maxRetries, Duration maxWait, Clock clock) {
    this.delegate = delegate;
    this.maxRetries = maxRetries;
    this.maxWait = maxWait;
    this.clock = clock;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    for (int retry = 0; ; retry++) {
      HttpResponse<T> response = delegate.send(request, handler);
      if (response.statusCode() != TOO_MANY_REQUESTS || retry >= maxRetries) {
        return response;
      }
      discard(response.body());
      Thread.sleep(waitBeforeRetry(response.headers()).toMillis());
    }
  }

  Duration waitBeforeRetry(HttpHeaders headers) {
    Duration wait = retryAfter(headers)
        .or(() -> rateLimitReset(headers))
        .orElse(NO_HINT_WAIT);
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }

  private Optional<Duration> retryAfter(HttpHeaders headers) {
    return headers.firstValue("Retry-After").map(String::trim).flatMap(value -> {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
      } catch (NumberFormatException notSeconds) {
        try {
          Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
          return Optional.of(Duration.between(clock.instant(), at));
        } catch (DateTimeParseException notADate) {
          return Optional.empty();
        }
      }
    });
  }

  private Optional<Duration> rateLimitReset(HttpHeaders headers) {
    return headers.firstValue("x-ratelimit-reset").map(String::trim).flatMap(value -> {
      try {
        return Optional.of(Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(value))));
      } catch (NumberFormatException notSeconds) {
        return Optional.empty();
      }
    });
  }

  // Frees the connection of the 429 that is not handed back to the caller.
  private static void discard(Object body) throws IOException {
    if (body instanceof InputStream) {
      try (InputStream in = (InputStream) body) {
        in.transferTo(OutputStream.nullOutputStream());
      }
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return delegate.sendAsync(request, handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    return delegate.sendAsync(request, handler, pushPromiseHandler);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }
}
