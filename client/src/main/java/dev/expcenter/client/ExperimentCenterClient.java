package dev.expcenter.client;

import dev.expcenter.client.api.ExperimentsApi;
import dev.expcenter.client.api.FeatureFlagsApi;
import dev.expcenter.client.api.SegmentsApi;
import dev.expcenter.client.api.VariationsApi;
import dev.expcenter.client.invoker.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Client for the Experiment Center Management API, one entry point per tag of the spec.
 *
 * <p>The groups are the API classes generated from the spec, configured with the base URL, the
 * bearer token, the timeouts and the error and retry handling: a new operation in the spec shows
 * up here without hand-written code. Every error status is thrown as an unchecked
 * {@link ExperimentCenterException} subclass; the generated methods still declare the checked
 * {@code ApiException}, which then only means the request did not complete (I/O error, timeout,
 * interruption, unreadable body). A 429 is retried as {@link Builder#maxRateLimitRetries} says.
 *
 * <pre>{@code
 * ExperimentCenterClient client = ExperimentCenterClient.builder()
 *     .baseUrl("https://tenant.auth0.com/api/v2")
 *     .token(accessToken)
 *     .build();
 * Experiment e = client.experiments().updateExperimentStatus(id,
 *     new UpdateExperimentStatusRequest().status(ExperimentTransitionStatus.ACTIVE));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; share one per tenant and token.
 */
public final class ExperimentCenterClient {
  private final String baseUrl;
  private final ExperimentsApi experiments;
  private final FeatureFlagsApi featureFlags;
  private final VariationsApi variations;
  private final SegmentsApi segments;

  private ExperimentCenterClient(Builder b) {
    HttpClient transport = b.httpClient != null
        ? b.httpClient
        : HttpClient.newBuilder().connectTimeout(b.connectTimeout).build();
    HttpClient retrying = new RetryingHttpClient(transport, b.maxRateLimitRetries, b.maxRetryWait, Clock.systemUTC());
    ApiClient api = new ApiClient() {
      @Override
      public HttpClient getHttpClient() {
        return retrying;
      }
    };
    api.updateBaseUri(b.baseUrl);
    api.setReadTimeout(b.requestTimeout);
    String authorization = "Bearer " + b.token;
    api.setRequestInterceptor(request -> request.header("Authorization", authorization));
    api.setResponseInterceptor(new ErrorMapper(api.getObjectMapper(), b.maxRateLimitRetries));
    this.baseUrl = b.baseUrl;
    this.experiments = new ExperimentsApi(api);
    this.featureFlags = new FeatureFlagsApi(api);
    this.variations = new VariationsApi(api);
    this.segments = new SegmentsApi(api);
  }

  /** Starts a builder; {@link Builder#baseUrl} and {@link Builder#token} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL requests go to, e.g. {@code https://tenant.auth0.com/api/v2}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Experiments: list, create, get, update, delete, transition status, validate. */
  public ExperimentsApi experiments() {
    return experiments;
  }

  /** Feature flags: list, create, get, update, delete, transition status. */
  public FeatureFlagsApi featureFlags() {
    return featureFlags;
  }

  /** Variations of a feature flag: list, create, get, update, delete. */
  public VariationsApi variations() {
    return variations;
  }

  /** Segments: list, create, get, update, delete. */
  public SegmentsApi segments() {
    return segments;
  }

  /** Settings of an {@link ExperimentCenterClient}; {@link #build()} checks them. */
  public static final class Builder {
    private String baseUrl;
    private String token;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int maxRateLimitRetries = 3;
    private Duration maxRetryWait = Duration.ofSeconds(60);
    private HttpClient httpClient;

    private Builder() {
    }

    /** The API root including {@code /api/v2}, e.g. {@code https://tenant.auth0.com/api/v2}; required. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** The Management API access token sent as {@code Authorization: Bearer <token>}; required. */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /** How long to wait for a connection (default 10 s); ignored when {@link #httpClient} is set. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** How long one request may take until its response headers arrive (default 30 s). */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = positive(requestTimeout, "requestTimeout");
      return this;
    }

    /** How many times a 429 is retried before {@link RateLimitedException} (default 3; 0 disables). */
    public Builder maxRateLimitRetries(int maxRateLimitRetries) {
      if (maxRateLimitRetries < 0) {
        throw new IllegalArgumentException("maxRateLimitRetries must be >= 0, was " + maxRateLimitRetries);
      }
      this.maxRateLimitRetries = maxRateLimitRetries;
      return this;
    }

    /** The longest single wait before retrying a 429, whatever the server asks (default 60 s). */
    public Builder maxRetryWait(Duration maxRetryWait) {
      Objects.requireNonNull(maxRetryWait, "maxRetryWait");
      if (maxRetryWait.isNegative()) {
        throw new IllegalArgumentException("maxRetryWait must not be negative, was " + maxRetryWait);
      }
      this.maxRetryWait = maxRetryWait;
      return this;
    }

    /** An {@link HttpClient} to send requests with (proxy, TLS, executor); by default a new one. */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** Builds the client; throws {@link IllegalStateException} naming any missing or invalid setting. */
    public ExperimentCenterClient build() {
      if (baseUrl == null || baseUrl.isBlank()) {
        throw new IllegalStateException("baseUrl is required, e.g. https://tenant.auth0.com/api/v2");
      }
      baseUrl = checkedBaseUrl(baseUrl.trim());
      if (token == null || token.isBlank()) {
        throw new IllegalStateException("token is required: a Management API access token");
      }
      return new ExperimentCenterClient(this);
    }

    private static String checkedBaseUrl(String url) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("baseUrl is not a valid URL: " + url, e);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalStateException("baseUrl must be an absolute http(s) URL, e.g. "
            + "https://tenant.auth0.com/api/v2, was " + url);
      }
      // The generated paths start with '/', so a trailing slash would double it.
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
