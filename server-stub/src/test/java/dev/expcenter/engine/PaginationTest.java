package dev.expcenter.engine;

import static dev.expcenter.engine.Words.status;
import static dev.expcenter.engine.Tenant.failure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaginationTest {
    private final Tenant tenant = new Tenant();
    private final ExperimentCenter engine = tenant.engine;

    private List<String> experiments(int count, FeatureFlag... flags) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FeatureFlag flag = flags[i % flags.length];
            ids.add(tenant.percentageExperiment(flag, tenant.fiftyFifty(flag)).id());
        }
        return ids;
    }

    private static List<String> ids(Page<Experiment> page) {
        return page.items().stream().map(Experiment::id).toList();
    }

    @Test
    void listShouldReturnTwentyFiveByDefaultWithNextCursor() {
        List<String> all = experiments(30, tenant.activeFlag());

        Page<Experiment> first = engine.listExperiments(ExperimentQuery.firstPage());
        Page<Experiment> second = engine.listExperiments(new ExperimentQuery(null, null, null, first.next(), null));

        assertThat(ids(first)).isEqualTo(all.subList(0, 25));
        assertThat(first.next()).isEqualTo(all.get(25));
        assertThat(ids(second)).isEqualTo(all.subList(25, 30));
        assertThat(second.next()).isNull();
        assertThat(second.nextId()).isEmpty();
    }

    @Test
    void exactlyFullLastPageShouldHaveNoNext() {
        List<String> all = experiments(4, tenant.activeFlag());

        Page<Experiment> page = engine.listExperiments(new ExperimentQuery(null, null, null, null, 4));

        assertThat(ids(page)).isEqualTo(all);
        assertThat(page.next()).isNull();
    }

    @Test
    void emptyListShouldHaveNoItemsAndNoNext() {
        assertThat(engine.listExperiments(ExperimentQuery.firstPage())).isEqualTo(new Page<>(List.of(), null));
        assertThat(engine.listFlags(FlagQuery.firstPage()).items()).isEmpty();
        assertThat(engine.listSegments(SegmentQuery.firstPage()).items()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 51, 1000})
    void listShouldReturnInvalidQueryStringWhenTakeIsOutOfRange(int take) {
        EngineException e = failure(() -> engine.listExperiments(new ExperimentQuery(null, null, null, null, take)));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_QUERY_STRING);
        assertThat(status(e)).isEqualTo(400);
        assertThat(failure(() -> engine.listFlags(new FlagQuery(null, null, null, take))).code())
                .isEqualTo(ErrorCode.INVALID_QUERY_STRING);
        assertThat(failure(() -> engine.listSegments(new SegmentQuery(null, null, take))).code())
                .isEqualTo(ErrorCode.INVALID_QUERY_STRING);
    }

    @Test
    void listShouldAcceptTakeBounds() {
        List<String> all = experiments(60, tenant.activeFlag());

        assertThat(ids(engine.listExperiments(new ExperimentQuery(null, null, null, null, 1))))
                .containsExactly(all.get(0));
        assertThat(engine.listExperiments(new ExperimentQuery(null, null, null, null, 50)).items()).hasSize(50);
    }

    @Test
    void filtersShouldApplyBeforePagingAndNextShouldNameTheNextMatch() {
        FeatureFlag a = tenant.activeFlag();
        FeatureFlag b = tenant.activeFlag();
        List<String> all = experiments(10, a, b);

        Page<Experiment> page = engine.listExperiments(new ExperimentQuery(null, null, a.id(), null, 2));
        Page<Experiment> rest = engine.listExperiments(new ExperimentQuery(null, null, a.id(), page.next(), 50));

        assertThat(ids(page)).containsExactly(all.get(0), all.get(2));
        assertThat(page.next()).isEqualTo(all.get(4));
        assertThat(ids(rest)).containsExactly(all.get(4), all.get(6), all.get(8));
        assertThat(rest.next()).isNull();
    }

    @Test
    void filtersShouldMatchStatusAndAuthenticationFlowExactly() {
        Experiment active = tenant.experimentIn(ExperimentStatus.ACTIVE);
        Experiment draft = tenant.readyExperiment();
        tenant.experimentIn(ExperimentStatus.ARCHIVED);

        assertThat(ids(engine.listExperiments(new ExperimentQuery(ExperimentStatus.ACTIVE, null, null, null, null))))
                .containsExactly(active.id());
        assertThat(ids(engine.listExperiments(new ExperimentQuery(ExperimentStatus.DRAFT, "pre_authentication",
                null, null, null)))).containsExactly(draft.id());
        assertThat(engine.listExperiments(new ExperimentQuery(null, "login", null, null, null)).items()).isEmpty();
        assertThat(engine.listExperiments(ExperimentQuery.firstPage()).items()).hasSize(3);
    }

    @Test
    void fromShouldContinueWhereADeletedItemStood() {
        List<String> all = experiments(6, tenant.activeFlag());
        engine.deleteExperiment(all.get(2));
        engine.deleteExperiment(all.get(3));

        Page<Experiment> page = engine.listExperiments(new ExperimentQuery(null, null, null, all.get(2), 2));

        assertThat(ids(page)).containsExactly(all.get(4), all.get(5));
        assertThat(page.next()).isNull();
    }

    @Test
    void fromShouldBeInclusive() {
        List<String> all = experiments(3, tenant.activeFlag());

        assertThat(ids(engine.listExperiments(new ExperimentQuery(null, null, null, all.get(1), null))))
                .containsExactly(all.get(1), all.get(2));
    }

    @Test
    void fromShouldReturnInvalidQueryStringWhenNeverIssued() {
        experiments(2, tenant.activeFlag());
        FeatureFlag flag = tenant.activeFlag();

        assertThat(failure(() -> engine.listExperiments(new ExperimentQuery(null, null, null, "exp_never", null)))
                .code()).isEqualTo(ErrorCode.INVALID_QUERY_STRING);
        assertThat(failure(() -> engine.listExperiments(new ExperimentQuery(null, null, null, flag.id(), null)))
                .code()).isEqualTo(ErrorCode.INVALID_QUERY_STRING);
    }

    @Test
    void flagListShouldFilterByStatusAndTypeWithPaging() {
        FeatureFlag d1 = tenant.flagIn(FlagStatus.DRAFT);
        tenant.flagIn(FlagStatus.ACTIVE);
        FeatureFlag d2 = tenant.flagIn(FlagStatus.DRAFT);
        FeatureFlag d3 = tenant.flagIn(FlagStatus.DRAFT);

        Page<FeatureFlag> page = engine.listFlags(new FlagQuery(OwnerType.SELF, FlagStatus.DRAFT, null, 2));

        assertThat(page.items()).extracting(FeatureFlag::id).containsExactly(d1.id(), d2.id());
        assertThat(page.next()).isEqualTo(d3.id());
        assertThat(engine.listFlags(new FlagQuery(OwnerType.AUTH0, null, null, null)).items()).isEmpty();
    }

    @Test
    void segmentListShouldPageInCreationOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(tenant.segment("s" + i).id());
        }

        Page<Segment> page = engine.listSegments(new SegmentQuery(OwnerType.SELF, ids.get(1), 3));

        assertThat(page.items()).extracting(Segment::id).isEqualTo(ids.subList(1, 4));
        assertThat(page.next()).isEqualTo(ids.get(4));
    }
}
