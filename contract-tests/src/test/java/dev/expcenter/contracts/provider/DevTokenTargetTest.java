package dev.expcenter.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.Request;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import au.com.dius.pact.core.model.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DevTokenTargetTest {

    @ParameterizedTest
    @CsvSource({
        "'',                   200, true",
        "'',                   404, true",
        "'',                   401, false",
        "'Bearer eyJ...',      403, false",
        "'Bearer their-token', 200, false",
    })
    void devTokenShouldBeAddedOnlyWhenTheInteractionIsNotAboutTheToken(String authorization, int status,
                                                                         boolean expected) {
        Map<String, List<String>> headers = authorization.isEmpty() ? Map.of() : Map.of("authorization", List.of(authorization));
        RequestResponseInteraction interaction = new RequestResponseInteraction("i", List.of(),
                new Request("GET", "/api/v2/experimentation/experiments", Map.of(), headers), new Response(status));

        assertThat(DevTokenTarget.needsToken(interaction)).isEqualTo(expected);
    }
}
