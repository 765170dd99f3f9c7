package dev.expcenter.stub.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expcenter.stub.model.CreateExperimentRequest;
import dev.expcenter.stub.model.UpdateExperimentStatusRequest;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

/** What the reader claims: the generated models from forms, nothing Jersey's own form providers read. */
class FormBodyReaderTest {
    private static final Annotation[] NONE = new Annotation[0];
    private final FormBodyReader reader = new FormBodyReader();

    @Test
    void shouldReadGeneratedModelsFromForms() {
        assertThat(readable(CreateExperimentRequest.class, MediaType.APPLICATION_FORM_URLENCODED_TYPE)).isTrue();
        assertThat(readable(UpdateExperimentStatusRequest.class,
                MediaType.valueOf("application/x-www-form-urlencoded; charset=UTF-8"))).isTrue();
    }

    @Test
    void shouldLeaveJsonAndJerseysFormTypesAlone() {
        assertThat(readable(CreateExperimentRequest.class, MediaType.APPLICATION_JSON_TYPE)).isFalse();
        assertThat(readable(Form.class, MediaType.APPLICATION_FORM_URLENCODED_TYPE)).isFalse();
        assertThat(readable(MultivaluedMap.class, MediaType.APPLICATION_FORM_URLENCODED_TYPE)).isFalse();
        assertThat(readable(String.class, MediaType.APPLICATION_FORM_URLENCODED_TYPE)).isFalse();
    }

    private boolean readable(Class<?> type, MediaType mediaType) {
        return reader.isReadable(type, type, NONE, mediaType);
    }
}
