package dev.expcenter.mock.spec;

import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;
import java.util.Optional;

/**
 * Prism-compatible forcing and global chaos. Runs after authentication and request validation and
 * before the resource, so a forced answer never changes state:
 * <ul>
 * <li>{@code Prefer: delay=N} holds the request N ms (at most 30 s), then it proceeds: the mock's
 *     {@link DelayingHandler} does it without a thread before the request gets here; on a server
 *     without one, this filter sleeps;</li>
 * <li>{@code Prefer: code=S} answers the operation's response S with its first example,
 *     {@code example=name} picks the example (from response S, or from any response);</li>
 * <li>an undeclared status or unknown example name is a 400 {@code invalid_prefer_header} that
 *     lists what the operation declares;</li>
 * <li>chaos: with probability {@code errorRate}, a random declared 4xx/5xx example of the
 *     operation; {@code latency} is added to every response.</li>
 * </ul>
 */
@Priority(Priorities.USER + 100)
final class ForcingFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String FORCED_HEADER = "x-mock-forced";

    private final ChaosSettings chaos;

    ForcingFilter(ChaosSettings chaos) {
        this.chaos = chaos;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // The DelayingHandler in front parsed the header already; a bare server (no handler) parses it here.
        Prefer delayed = DelayingHandler.delayed(request);
        Prefer prefer = delayed != null ? delayed : Prefer.parse(request.getHeaders().get("Prefer"));
        if (prefer.invalid() != null) {
            request.abortWith(invalid("Invalid Prefer header: " + prefer.invalid()));
            return;
        }
        if (prefer.delay() != null && delayed == null) {
            sleep(prefer.delay()); // No DelayingHandler in front: wait here.
        }
        Optional<SpecOperation> operation = ApiCall.operation(request);
        if (operation.isEmpty()) {
            return;
        }
        if (prefer.forcesResponse()) {
            request.abortWith(forced(operation.get(), prefer));
        } else if (chaos.errorRate() > 0 && chaos.random().nextDouble() < chaos.errorRate()) {
            randomError(operation.get()).ifPresent(request::abortWith);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!chaos.latency().isZero() && DelayingHandler.delayed(request) == null) {
            sleep(chaos.latency().toMillis());
        }
    }

    private static jakarta.ws.rs.core.Response forced(SpecOperation operation, Prefer prefer) {
        if (prefer.code() != null) {
            Optional<SpecResponse> response = operation.response(prefer.code());
            if (response.isEmpty()) {
                return invalid("Prefer code=" + prefer.code() + " is not declared for " + operation.operationId()
                        + "; declared: " + operation.declaredStatuses());
            }
            if (prefer.example() == null) {
                return ExampleResponses.of(response.get(), response.get().firstExample().orElse(null), "code");
            }
            return response.get().example(prefer.example())
                    .map(example -> ExampleResponses.of(response.get(), example, "code+example"))
                    .orElseGet(() -> invalid("Prefer example=" + prefer.example() + " is not an example of the "
                            + prefer.code() + " response of " + operation.operationId() + "; examples: "
                            + names(response.get())));
        }
        for (SpecResponse response : operation.responses()) {
            Optional<SpecExample> example = response.example(prefer.example());
            if (example.isPresent()) {
                return ExampleResponses.of(response, example.get(), "example");
            }
        }
        return invalid("Prefer example=" + prefer.example() + " is not an example of " + operation.operationId()
                + "; examples: " + operation.exampleNames());
    }

    private Optional<jakarta.ws.rs.core.Response> randomError(SpecOperation operation) {
        List<SpecResponse> errors = operation.responses().stream().filter(SpecResponse::isError).toList();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        SpecResponse response = errors.get(chaos.random().nextInt(errors.size()));
        List<SpecExample> examples = response.examples();
        SpecExample example = examples.isEmpty() ? null : examples.get(chaos.random().nextInt(examples.size()));
        return Optional.of(ExampleResponses.of(response, example, "chaos"));
    }

    private static String names(SpecResponse response) {
        List<String> names = response.examples().stream().map(SpecExample::name).filter(n -> !n.isEmpty()).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static jakarta.ws.rs.core.Response invalid(String message) {
        return ErrorResponses.of(ApiError.INVALID_PREFER_HEADER, message);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
