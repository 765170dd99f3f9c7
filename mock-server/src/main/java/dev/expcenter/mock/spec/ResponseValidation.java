package dev.expcenter.mock.spec;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every API response against the spec: status declared, headers and body as documented.
 * Body-less responses are checked in the response filter; others in the writer interceptor, on the
 * exact bytes sent (buffered, so that strict mode can still answer 500 instead).
 */
@Priority(Priorities.USER)
final class ResponseValidation implements ContainerResponseFilter, WriterInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseValidation.class);
    private static final String PENDING = ResponseValidation.class.getName() + ".pending";
    private static final String DONE = ResponseValidation.class.getName() + ".done";

    private final SpecSource source;
    private final SpecViolations violations;
    private final Strictness strictness;

    ResponseValidation(SpecSource source, SpecViolations violations, Strictness strictness) {
        this.source = source;
        this.violations = violations;
        this.strictness = strictness;
    }

    private record Pending(LoadedSpec spec, String method, String path, int status) {
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DONE) != null) {
            return; // The 500 that replaced a violation in strict mode.
        }
        Pending pending = new Pending(ApiCall.spec(request, source), request.getMethod(), ApiCall.path(request),
                response.getStatus());
        if (response.hasEntity()) {
            request.setProperty(PENDING, pending);
            return;
        }
        request.setProperty(DONE, Boolean.TRUE);
        check(pending, SimpleResponse.Builder.status(pending.status()), response.getStringHeaders());
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(PENDING) instanceof Pending pending)) {
            context.proceed();
            return;
        }
        context.removeProperty(PENDING);
        context.setProperty(DONE, Boolean.TRUE);
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        context.setOutputStream(buffer);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(out);
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(pending.status()).withBody(buffer.toByteArray());
        if (context.getMediaType() != null) {
            response.withContentType(context.getMediaType().toString());
        }
        MultivaluedMap<String, String> headers = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        context.getHeaders().forEach((name, values) -> values.forEach(v -> headers.add(name, String.valueOf(v))));
        check(pending, response, headers);
        buffer.writeTo(out);
    }

    private void check(Pending pending, SimpleResponse.Builder response, MultivaluedMap<String, String> headers) {
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                response.withHeader(name, values);
            }
        });
        if (headers.containsKey("Content-Type") && !headers.get("Content-Type").isEmpty()) {
            response.withContentType(headers.getFirst("Content-Type"));
        }
        Request.Method method;
        try {
            method = Request.Method.valueOf(pending.method().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknownMethod) {
            return;
        }
        ValidationReport report = pending.spec().validator()
                .validateResponse(LoadedSpec.BASE_PATH + pending.path(), method, response.build());
        List<String> problems = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
        if (problems.isEmpty()) {
            return;
        }
        SpecViolation violation = new SpecViolation(Instant.now(), pending.method(), pending.path(), pending.status(), problems);
        violations.record(violation);
        LOG.error("spec violation: {}", violation);
        if (strictness == Strictness.FAIL) {
            throw new SpecViolationException(violation);
        }
    }
}
