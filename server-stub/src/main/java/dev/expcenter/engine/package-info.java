/**
 * The in-memory Experiment Center of one tenant, free of any HTTP or JSON type.
 *
 * <p>{@link dev.expcenter.engine.ExperimentCenter} is the facade; entities are immutable records,
 * commands are records whose null fields mean "not sent", and every broken rule is an
 * {@link dev.expcenter.engine.EngineException} carrying an {@link dev.expcenter.engine.ErrorCode}
 * and the HTTP status to answer with. The rules are those of {@code behaviour-decisions.md}.
 *
 * <p>Concurrency: every write runs under one lock, because rules span entities (one active
 * experiment per tenant, in-use checks); reads are lock-free over concurrent maps of immutable
 * records. Lists keep creation order in a skip list keyed by a sequence number, so a page costs
 * O(log n + take); a deleted id keeps its sequence number, so a cursor naming it still works.
 *
 * <p>Choices the decisions file leaves open:
 * <ul>
 *   <li>A PATCH that changes no field writes nothing visible: {@code updated_at} stays, but the
 *       derived {@code is_valid} is still refreshed.</li>
 *   <li>A null assignment subject on create means {@code "device"}.</li>
 *   <li>Allocations naming a variation of another flag or an unknown segment are refused on
 *       write; the readiness checks repeat both checks for imported state, and a flag whose
 *       variation an imported experiment of another flag names cannot be deleted
 *       ({@code feature_flag_in_use}).</li>
 *   <li>Restoring a snapshot keeps stored {@code is_valid} values; positions of deleted ids are
 *       not part of a snapshot, so after a restore such a cursor is an unknown {@code from}.</li>
 * </ul>
 */
package dev.expcenter.engine;
