package dev.expcenter.stub.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeCatalogTest {

    @Test
    void specOnTheClasspathShouldGiveTheScopeOfEachOperation() {
        ScopeCatalog catalog = ScopeCatalog.fromClasspath();

        assertThat(catalog.requiredScopes("getExperiment")).containsExactly("read:experimentation");
        assertThat(catalog.isPublic("getExperiment")).isFalse();
    }

    @Test
    void operationIdShouldBeFoundByMethodAndPathTemplate() {
        ScopeCatalog catalog = ScopeCatalog.fromClasspath();

        assertThat(catalog.operationIdAt("GET", "/experimentation/experiments/{id}")).hasValue("getExperiment");
        assertThat(catalog.operationIdAt("POST", "/experimentation/experiments/{id}/status")).hasValue("updateExperimentStatus");
        assertThat(catalog.operationIdAt("PUT", "/experimentation/experiments/{id}")).isEmpty();
        assertThat(catalog.operationIdAt("GET", "/experimentation/experiments/exp_1")).isEmpty();
    }

    @Test
    void operationAbsentFromTheSpecShouldRequireNoScope() {
        ScopeCatalog catalog = ScopeCatalog.fromClasspath();

        assertThat(catalog.find("noSuchOperation")).isEmpty();
        assertThat(catalog.requiredScopes("noSuchOperation")).isEmpty();
    }

    @Test
    void documentLevelSecurityShouldApplyAndEmptySecurityShouldMakeAnOperationPublic() {
        ScopeCatalog catalog = ScopeCatalog.fromYaml("""
                openapi: 3.0.3
                info: {title: t, version: '1'}
                security:
                  - auth: [read:things]
                paths:
                  /things:
                    get:
                      operationId: listThings
                      responses: {'200': {description: ok}}
                  /health:
                    get:
                      operationId: health
                      security: []
                      responses: {'200': {description: ok}}
                components:
                  securitySchemes:
                    auth:
                      type: oauth2
                      flows:
                        clientCredentials:
                          tokenUrl: https://example/oauth/token
                          scopes: {read:things: read}
                """);

        assertThat(catalog.requiredScopes("listThings")).containsExactly("read:things");
        assertThat(catalog.isPublic("health")).isTrue();
        assertThat(catalog.requiredScopes("health")).isEmpty();
    }
}
