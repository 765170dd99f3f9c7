package dev.expcenter.stub.ratelimit;

/**
 * The outcome of taking one token from a bucket.
 *
 * @param allowed whether the request may proceed
 * @param limit the bucket's capacity ({@code x-ratelimit-limit})
 * @param remaining whole tokens left ({@code x-ratelimit-remaining})
 * @param resetEpochSeconds when the bucket is full again, Unix seconds ({@code x-ratelimit-reset})
 * @param retryAfterSeconds when the next token is available, in seconds ({@code Retry-After})
 */
public record Decision(boolean allowed, long limit, long remaining, long resetEpochSeconds, long retryAfterSeconds) {
}
