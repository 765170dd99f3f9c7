package dev.expcenter.contracts.consumer;

import static dev.expcenter.contracts.consumer.Examples.ACTIVE;
import static dev.expcenter.contracts.consumer.Examples.ARCHIVED;
import static dev.expcenter.contracts.consumer.Examples.AUTH0_FLAG;
import static dev.expcenter.contracts.consumer.Examples.COMPLETED;
import static dev.expcenter.contracts.consumer.Examples.CONTROL;
import static dev.expcenter.contracts.consumer.Examples.DRAFT;
import static dev.expcenter.contracts.consumer.Examples.EXPERIMENT;
import static dev.expcenter.contracts.consumer.Examples.FLAG;
import static dev.expcenter.contracts.consumer.Examples.OTHER_EXPERIMENT;
import static dev.expcenter.contracts.consumer.Examples.PAUSED;
import static dev.expcenter.contracts.consumer.Examples.THIRD;
import static dev.expcenter.contracts.consumer.Examples.THREE;
import static dev.expcenter.contracts.consumer.Examples.TOKEN;
import static dev.expcenter.contracts.consumer.Examples.TREATMENT;
import static dev.expcenter.stub.states.ProviderStateNames.ACTIVE_FLAG_WITH_VARIATIONS_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.ANOTHER_EXPERIMENT_IS_ACTIVE;
import static dev.expcenter.stub.states.ProviderStateNames.AUTH0_FLAG_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENTS_EXIST;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENT_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENT_FAILING_READINESS_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.EXPERIMENT_IN_EACH_STATUS_EXISTS;
import static dev.expcenter.stub.states.ProviderStateNames.NO_EXPERIMENT_EXISTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.expcenter.client.AuthenticationException;
import dev.expcenter.client.BadRequestException;
import dev.expcenter.client.ConflictException;
import dev.expcenter.client.ExperimentCenterClient;
import dev.expcenter.client.ForbiddenException;
import dev.expcenter.client.NotFoundException;
import dev.expcenter.client.invoker.ApiException;
import dev.expcenter.client.model.AllocationRequestItem;
import dev.expcenter.client.model.AllocationStrategy;
import dev.expcenter.client.model.AssignmentConfig;
import dev.expcenter.client.model.CreateExperimentRequest;
import dev.expcenter.client.model.Experiment;
import dev.expcenter.client.model.ExperimentList;
import dev.expcenter.client.model.ExperimentStatus;
import dev.expcenter.client.model.ExperimentTransitionStatus;
import dev.expcenter.client.model.FeatureFlag;
import dev.expcenter.client.model.OwnerType;
import dev.expcenter.client.model.UpdateExperimentStatusRequest;
import dev.expcenter.contracts.Contract;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The experiments dashboard's contract with expcenter, written with the project's client as the
 * dashboard uses it. Runs first ({@link ClassOrderer.OrderAnnotation}): it writes
 * {@code target/pacts/experiments-dashboard-expcenter.json}, which the drift check compares with the
 * accepted copy in {@code pacts/}.
 */
@Order(1)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contract.PROVIDER, pactVersion = PactSpecVersion.V3)
class ExperimentsDashboardPactTest {
    private static final String EXPERIMENTS = "/api/v2/experimentation/experiments";
    private static final String FLAGS = "/api/v2/experimentation/feature-flags";
    /** An unsigned JWT whose scope is read-only: dev mode honours the claim without a signature. */
    private static final String READ_ONLY_TOKEN = "eyJhbGciOiJub25lIn0.eyJzY29wZSI6InJlYWQ6ZXhwZXJpbWVudGF0aW9uIn0.";

    @BeforeAll
    static void forgetThePreviousRun() throws IOException {
        // pact-jvm merges into an existing file: start clean so a removed interaction disappears.
        Files.deleteIfExists(Contract.generatedPacts().resolve(Contract.pactFileName(Contract.DASHBOARD)));
    }

    // Lists and paging

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact firstPageOfDrafts(PactDslWithProvider p) {
        return authorized(p.given(EXPERIMENTS_EXIST, Map.of("ids", THREE, "status", "draft"))
                .uponReceiving("a request for the first page of draft experiments")
                .method("GET").path(EXPERIMENTS).query("status=draft&take=2"))
                .willRespondWith().status(200).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.page("draft", 2, true))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "firstPageOfDrafts")
    void listsAPageOfDraftsAndItsCursor(MockServer mock) throws ApiException {
        ExperimentList page = client(mock).experiments().listExperiments(null, 2, ExperimentStatus.DRAFT, null, null);

        assertThat(page.getExperiments()).hasSize(2).allMatch(e -> e.getStatus() == ExperimentStatus.DRAFT);
        assertThat(page.getNext()).isEqualTo(THIRD);
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact nextPageOfDrafts(PactDslWithProvider p) {
        return authorized(p.given(EXPERIMENTS_EXIST, Map.of("ids", THREE, "status", "draft"))
                .uponReceiving("a request for the page of draft experiments after the cursor")
                .method("GET").path(EXPERIMENTS).query("status=draft&take=2")
                .queryParameterFromProviderState("from", "${id_3}", THIRD))
                .willRespondWith().status(200).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.page("draft", 1, false))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "nextPageOfDrafts")
    void followsTheCursor(MockServer mock) throws ApiException {
        ExperimentList page = client(mock).experiments().listExperiments(THIRD, 2, ExperimentStatus.DRAFT, null, null);

        assertThat(page.getExperiments()).isNotEmpty();
    }

    // Create and get

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact createExperiment(PactDslWithProvider p) {
        PactDslJsonBody request = createRequest("${id}");
        return authorized(p.given(ACTIVE_FLAG_WITH_VARIATIONS_EXISTS, Map.of("id", FLAG,
                        "variation_ids", List.of(CONTROL, TREATMENT)))
                .uponReceiving("a request to create a percentage experiment")
                .method("POST").path(EXPERIMENTS)
                .matchHeader("Content-Type", "application/json.*", "application/json").body(request))
                .willRespondWith().status(201).matchHeader("Content-Type", "application/json.*", "application/json")
                .matchHeader("Location", ".*/api/v2/experimentation/experiments/exp_[A-HJ-NP-Za-km-z1-9]+$",
                        "https://example.auth0.com" + EXPERIMENTS + "/" + EXPERIMENT)
                .body(Bodies.anyExperiment("draft"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createExperiment")
    void createsADraft(MockServer mock) throws ApiException {
        Experiment created = client(mock).experiments().createExperiment(fiftyFifty());

        assertThat(created.getStatus()).isEqualTo(ExperimentStatus.DRAFT);
        assertThat(created.getId()).startsWith("exp_");
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact createExperimentWithATakenName(PactDslWithProvider p) {
        // The request names the flag, its variations and the name the state's experiment already has.
        PactDslJsonBody request = createRequest("${feature_flag_id}");
        return authorized(p.given(EXPERIMENT_EXISTS, Map.of("id", OTHER_EXPERIMENT, "name", "Passkey prompt on login",
                        "feature_flag_id", FLAG, "variation_ids", List.of(CONTROL, TREATMENT)))
                .uponReceiving("a request to create an experiment with a name another experiment has")
                .method("POST").path(EXPERIMENTS)
                .matchHeader("Content-Type", "application/json.*", "application/json").body(request))
                .willRespondWith().status(409).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.error(409, "Conflict", "experiment_exists", "An experiment with this name already exists."))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "createExperimentWithATakenName")
    void reportsATakenName(MockServer mock) {
        assertThatThrownBy(() -> client(mock).experiments().createExperiment(fiftyFifty()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("experiment_exists");
                    assertThat(e.getMessage()).isEqualTo("An experiment with this name already exists.");
                });
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact getActiveExperiment(PactDslWithProvider p) {
        return authorized(p.given(EXPERIMENT_EXISTS, Map.of("id", EXPERIMENT, "status", "active"))
                .uponReceiving("a request for an active experiment")
                .method("GET").pathFromProviderState(EXPERIMENTS + "/${id}", EXPERIMENTS + "/" + EXPERIMENT))
                .willRespondWith().status(200).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.experiment(EXPERIMENT, "active"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getActiveExperiment")
    void getsAnExperiment(MockServer mock) throws ApiException {
        Experiment e = client(mock).experiments().getExperiment(EXPERIMENT);

        assertThat(e.getId()).isEqualTo(EXPERIMENT);
        assertThat(e.getStatus()).isEqualTo(ExperimentStatus.ACTIVE);
        assertThat(e.getStartedAt()).isNotNull();
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact getMissingExperiment(PactDslWithProvider p) {
        return authorized(p.given(NO_EXPERIMENT_EXISTS, Map.of("id", EXPERIMENT))
                .uponReceiving("a request for an experiment that does not exist")
                .method("GET").pathFromProviderState(EXPERIMENTS + "/${id}", EXPERIMENTS + "/" + EXPERIMENT))
                .willRespondWith().status(404).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.error(404, "Not Found", "inexistent_experiment", "Experiment not found."))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getMissingExperiment")
    void reportsAMissingExperiment(MockServer mock) {
        assertThatThrownBy(() -> client(mock).experiments().getExperiment(EXPERIMENT))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("inexistent_experiment");
                    assertThat(e.getMessage()).isEqualTo("Experiment not found.");
                });
    }

    // Status transitions

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact activateDraft(PactDslWithProvider p) {
        return transition(p, "draft", "active", "a request to activate a draft experiment", 200)
                .body(Bodies.experiment(EXPERIMENT, "active")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "activateDraft")
    void activates(MockServer mock) throws ApiException {
        assertThat(move(mock, ExperimentTransitionStatus.ACTIVE).getStatus()).isEqualTo(ExperimentStatus.ACTIVE);
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact pauseActive(PactDslWithProvider p) {
        return transition(p, "active", "paused", "a request to pause an active experiment", 200)
                .body(Bodies.experiment(EXPERIMENT, "paused")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "pauseActive")
    void pauses(MockServer mock) throws ApiException {
        assertThat(move(mock, ExperimentTransitionStatus.PAUSED).getStatus()).isEqualTo(ExperimentStatus.PAUSED);
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact completeActive(PactDslWithProvider p) {
        return transition(p, "active", "completed", "a request to complete an active experiment", 200)
                .body(Bodies.experiment(EXPERIMENT, "completed")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "completeActive")
    void completes(MockServer mock) throws ApiException {
        Experiment e = move(mock, ExperimentTransitionStatus.COMPLETED);

        assertThat(e.getStatus()).isEqualTo(ExperimentStatus.COMPLETED);
        assertThat(e.getEndedAt()).isNotNull();
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact archiveCompleted(PactDslWithProvider p) {
        return transition(p, "completed", "archived", "a request to archive a completed experiment", 200)
                .body(Bodies.experiment(EXPERIMENT, "archived")).toPact();
    }

    @Test
    @PactTestFor(pactMethod = "archiveCompleted")
    void archives(MockServer mock) throws ApiException {
        assertThat(move(mock, ExperimentTransitionStatus.ARCHIVED).getStatus()).isEqualTo(ExperimentStatus.ARCHIVED);
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact reactivateCompleted(PactDslWithProvider p) {
        // Auth0's document: a forbidden move is a 400 (the status endpoint has no 409), and this
        // one has its own text.
        return transition(p, "completed", "active", "a request to activate a completed experiment", 400)
                .body(Bodies.error(400, "Bad Request", "invalid_status_transition",
                        "Completed experiments cannot be reactivated."))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "reactivateCompleted")
    void reportsAForbiddenTransition(MockServer mock) {
        assertThatThrownBy(() -> move(mock, ExperimentTransitionStatus.ACTIVE))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("invalid_status_transition");
                    assertThat(e.getMessage()).isEqualTo("Completed experiments cannot be reactivated.");
                });
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact activateUnready(PactDslWithProvider p) {
        return statusRequest(p.given(EXPERIMENT_FAILING_READINESS_EXISTS, Map.of("id", EXPERIMENT))
                .uponReceiving("a request to activate an experiment that fails its readiness checks"), "active")
                .willRespondWith().status(400).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.errorStartingWith(400, "Bad Request", "feature_flag_not_active", Bodies.ACTIVATION_FAILED,
                        Bodies.ACTIVATION_FAILED + "Feature flag " + FLAG + " is in draft status; must be active; "
                                + "Allocation weights must add up to 100; found 90"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "activateUnready")
    void reportsTheFirstFailingReadinessCheck(MockServer mock) {
        assertThatThrownBy(() -> move(mock, ExperimentTransitionStatus.ACTIVE))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("feature_flag_not_active");
                    assertThat(e.getMessage()).startsWith(Bodies.ACTIVATION_FAILED);
                });
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact activateWhileAnotherIsActive(PactDslWithProvider p) {
        return statusRequest(p.given(ANOTHER_EXPERIMENT_IS_ACTIVE, Map.of("id", EXPERIMENT, "active_id", OTHER_EXPERIMENT))
                .uponReceiving("a request to activate an experiment while another one is active"), "active")
                .willRespondWith().status(400).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.errorStartingWith(400, "Bad Request", "experiment_active_limit_exceeded",
                        Bodies.ACTIVATION_FAILED, Bodies.ACTIVATION_FAILED + "Experiment " + OTHER_EXPERIMENT
                                + " is already active; only one experiment may be active at a time"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "activateWhileAnotherIsActive")
    void reportsTheOneActiveExperimentLimit(MockServer mock) {
        assertThatThrownBy(() -> move(mock, ExperimentTransitionStatus.ACTIVE))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("experiment_active_limit_exceeded"));
    }

    // Deletion

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact deleteActive(PactDslWithProvider p) {
        return authorized(p.given(EXPERIMENT_EXISTS, Map.of("id", EXPERIMENT, "status", "active"))
                .uponReceiving("a request to delete an active experiment")
                .method("DELETE").pathFromProviderState(EXPERIMENTS + "/${id}", EXPERIMENTS + "/" + EXPERIMENT))
                .willRespondWith().status(400).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.error(400, "Bad Request", "experiment_active",
                        "Active experiments cannot be deleted. Pause or complete the experiment first."))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "deleteActive")
    void reportsThatAnActiveExperimentCannotBeDeleted(MockServer mock) {
        assertThatThrownBy(() -> client(mock).experiments().deleteExperiment(EXPERIMENT))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("experiment_active"));
    }

    // The running experiment, and the flags experiments vary

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact listActive(PactDslWithProvider p) {
        return authorized(p.given(EXPERIMENT_IN_EACH_STATUS_EXISTS, Map.of("draft_id", DRAFT, "active_id", ACTIVE,
                        "paused_id", PAUSED, "completed_id", COMPLETED, "archived_id", ARCHIVED))
                .uponReceiving("a request for the active experiments when there is one in each status")
                .method("GET").path(EXPERIMENTS).query("status=active"))
                .willRespondWith().status(200).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.pageOfOne("active", ACTIVE))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listActive")
    void findsTheOneRunningExperiment(MockServer mock) throws ApiException {
        ExperimentList page = client(mock).experiments().listExperiments(null, null, ExperimentStatus.ACTIVE, null, null);

        assertThat(page.getExperiments()).singleElement()
                .satisfies(e -> assertThat(e.getStatus()).isEqualTo(ExperimentStatus.ACTIVE));
        assertThat(page.getNext()).isNull();
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact getAuth0Flag(PactDslWithProvider p) {
        return authorized(p.given(AUTH0_FLAG_EXISTS, Map.of("id", AUTH0_FLAG))
                .uponReceiving("a request for a feature flag of Auth0's own")
                .method("GET").pathFromProviderState(FLAGS + "/${id}", FLAGS + "/" + AUTH0_FLAG))
                .willRespondWith().status(200).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.auth0Flag(AUTH0_FLAG))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "getAuth0Flag")
    void showsAnAuth0FlagAsReadOnly(MockServer mock) throws ApiException {
        FeatureFlag flag = client(mock).featureFlags().getFeatureFlag(AUTH0_FLAG);

        assertThat(flag.getType()).isEqualTo(OwnerType.AUTH0);
        assertThat(flag.getParameters()).containsKey("prompt_style");
    }

    // Authentication and scopes

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact listWithoutToken(PactDslWithProvider p) {
        return p.given(EXPERIMENTS_EXIST, Map.of("ids", THREE))
                .uponReceiving("a request for experiments without a token")
                .method("GET").path(EXPERIMENTS)
                .willRespondWith().status(401).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.error(401, "Unauthorized", "invalid_token", "Missing authentication"))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listWithoutToken")
    void reportsAMissingToken(MockServer mock) {
        // The facade refuses to build without a token; a dashboard whose login expired sends none.
        dev.expcenter.client.invoker.ApiClient anonymous = new dev.expcenter.client.invoker.ApiClient()
                .setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
        anonymous.updateBaseUri(mock.getUrl() + "/api/v2");
        assertThatThrownBy(() -> new dev.expcenter.client.api.ExperimentsApi(anonymous)
                .listExperiments(null, null, null, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }

    @Pact(consumer = Contract.DASHBOARD)
    RequestResponsePact pauseWithReadOnlyToken(PactDslWithProvider p) {
        return p.given(EXPERIMENT_EXISTS, Map.of("id", EXPERIMENT, "status", "active"))
                .uponReceiving("a request to pause an experiment with a read-only token")
                .method("POST")
                .pathFromProviderState(EXPERIMENTS + "/${id}/status", EXPERIMENTS + "/" + EXPERIMENT + "/status")
                .headers("Authorization", "Bearer " + READ_ONLY_TOKEN)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("status", "paused"))
                .willRespondWith().status(403).matchHeader("Content-Type", "application/json.*", "application/json")
                .body(Bodies.error(403, "Forbidden", "insufficient_scope",
                        "Insufficient scope; expected any of: update:experimentation."))
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "pauseWithReadOnlyToken")
    void reportsAMissingScope(MockServer mock) {
        ExperimentCenterClient readOnly = client(mock, READ_ONLY_TOKEN);
        assertThatThrownBy(() -> readOnly.experiments().updateExperimentStatus(EXPERIMENT,
                new UpdateExperimentStatusRequest().status(ExperimentTransitionStatus.PAUSED)))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("insufficient_scope");
                    assertThat(e.getMessage()).isEqualTo("Insufficient scope; expected any of: update:experimentation.");
                });
    }

    // Helpers

    /**
     * The dashboard's new experiment: 50/50 on the flag {@code flagExpression} names, with its first
     * variation as the control. Every property Auth0 requires, weights as numbers.
     */
    private static PactDslJsonBody createRequest(String flagExpression) {
        return (PactDslJsonBody) new PactDslJsonBody()
                .stringType("name", "Passkey prompt on login")
                .valueFromProviderState("feature_flag_id", flagExpression, FLAG)
                .stringType("authentication_flow", "pre_authentication")
                .stringValue("allocation_strategy", "percentage")
                .object("assignment_config").stringValue("subject", "device").closeObject()
                .array("allocations")
                .object().valueFromProviderState("variation_id", "${variation_id_1}", CONTROL)
                .numberValue("weight", 50).booleanValue("is_control", true).closeObject()
                .object().valueFromProviderState("variation_id", "${variation_id_2}", TREATMENT)
                .numberValue("weight", 50).booleanValue("is_control", false).closeObject()
                .closeArray();
    }

    private static CreateExperimentRequest fiftyFifty() {
        return new CreateExperimentRequest()
                .name("Passkey prompt on login")
                .featureFlagId(FLAG)
                .authenticationFlow("pre_authentication")
                .allocationStrategy(AllocationStrategy.PERCENTAGE)
                .assignmentConfig(new AssignmentConfig().subject(AssignmentConfig.SubjectEnum.DEVICE))
                .allocations(List.of(
                        new AllocationRequestItem().variationId(CONTROL).weight(BigDecimal.valueOf(50)).isControl(true),
                        new AllocationRequestItem().variationId(TREATMENT).weight(BigDecimal.valueOf(50))
                                .isControl(false)));
    }

    private static au.com.dius.pact.consumer.dsl.PactDslResponse transition(PactDslWithProvider p, String from,
                                                                           String to, String description,
                                                                           int status) {
        return statusRequest(p.given(EXPERIMENT_EXISTS, Map.of("id", EXPERIMENT, "status", from))
                .uponReceiving(description), to)
                .willRespondWith().status(status)
                .matchHeader("Content-Type", "application/json.*", "application/json");
    }

    private static PactDslRequestWithPath statusRequest(
            au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath request, String to) {
        return authorized(request.method("POST")
                .pathFromProviderState(EXPERIMENTS + "/${id}/status", EXPERIMENTS + "/" + EXPERIMENT + "/status")
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(new PactDslJsonBody().stringValue("status", to)));
    }

    /** The dashboard always sends its token; any bearer token is fine for the contract. */
    private static PactDslRequestWithPath authorized(PactDslRequestWithPath request) {
        return request.matchHeader("Authorization", "^Bearer .+$", "Bearer " + TOKEN);
    }

    private static Experiment move(MockServer mock, ExperimentTransitionStatus to) throws ApiException {
        return client(mock).experiments().updateExperimentStatus(EXPERIMENT,
                new UpdateExperimentStatusRequest().status(to));
    }

    private static ExperimentCenterClient client(MockServer mock) {
        return client(mock, TOKEN);
    }

    private static ExperimentCenterClient client(MockServer mock, String token) {
        return ExperimentCenterClient.builder()
                .baseUrl(mock.getUrl() + "/api/v2")
                .token(token)
                .maxRateLimitRetries(0)
                .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
                .build();
    }
}
