package dev.expcenter.stub.testsupport;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A request body shaped like the generated models: required creator property, enum, getter constraints. */
public class ProbeBody {
    /** Like a generated enum: value-based, with a throwing {@code fromValue}. */
    public enum Strategy {
        PERCENTAGE("percentage"), SEGMENT("segment");

        private final String value;

        Strategy(String value) {
            this.value = value;
        }

        @Override
        @JsonValue
        public String toString() {
            return value;
        }

        @JsonCreator
        public static Strategy fromValue(String value) {
            for (Strategy b : Strategy.values()) {
                if (b.value.equals(value)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("Unexpected value '" + value + "'");
        }
    }

    private String name;
    private String displayName;
    private Integer weight;
    private Boolean enabled;
    private int priority;
    private Strategy strategy;
    private List<@Valid ProbeItem> items;

    public ProbeBody() {
    }

    @JsonCreator
    public ProbeBody(@JsonProperty(required = true, value = "name") String name) {
        this.name = name;
    }

    @JsonProperty(required = true, value = "name")
    @NotNull @Size(max = 20) public String getName() {
        return name;
    }

    @JsonProperty(required = true, value = "name")
    public void setName(String name) {
        this.name = name;
    }

    @JsonProperty("display_name")
    @Size(max = 10) public String getDisplayName() {
        return displayName;
    }

    @JsonProperty("display_name")
    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    @JsonProperty("weight")
    @Min(1) @Max(100) public Integer getWeight() {
        return weight;
    }

    @JsonProperty("weight")
    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    @JsonProperty("enabled")
    public Boolean getEnabled() {
        return enabled;
    }

    @JsonProperty("enabled")
    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    @JsonProperty("priority")
    public int getPriority() {
        return priority;
    }

    @JsonProperty("priority")
    public void setPriority(int priority) {
        this.priority = priority;
    }

    @JsonProperty("strategy")
    public Strategy getStrategy() {
        return strategy;
    }

    @JsonProperty("strategy")
    public void setStrategy(Strategy strategy) {
        this.strategy = strategy;
    }

    @JsonProperty("items")
    @Valid public List<@Valid ProbeItem> getItems() {
        return items;
    }

    @JsonProperty("items")
    public void setItems(List<ProbeItem> items) {
        this.items = items;
    }

    /** A nested model. */
    public static class ProbeItem {
        private String variationId;

        @JsonProperty("variation_id")
        @NotNull public String getVariationId() {
            return variationId;
        }

        @JsonProperty("variation_id")
        public void setVariationId(String variationId) {
            this.variationId = variationId;
        }
    }
}
