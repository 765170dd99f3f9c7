/**
 * The in-memory Experiment Center of one tenant, free of any HTTP or JSON type.
 *
 * <p>{@link dev.expcenter.engine.ExperimentCenter} is the facade; entities are immutable records,
 * commands are records whose null fields mean "not sent", and every broken rule is an
 * {@link dev.expcenter.engine.EngineException} carrying the {@link dev.expcenter.engine.Rule} broken, its
 * {@link dev.expcenter.engine.ErrorCode} and the detail a message needs (ids, statuses, the failing
 * readiness checks, the property and the {@link dev.expcenter.engine.Constraint} it breaks). The engine
 * has no HTTP status and no message text: the HTTP edge's error catalogue ({@code dev.expcenter.stub.error})
 * gives each code its status and words it in Auth0's text. The rules are those of Auth0's published
 * OpenAPI document, as the spec states them in its operation descriptions ({@code openapi/openapi.yaml};
 * the cases the document settles are checked over HTTP by {@code mock-server}'s {@code DecisionsTableTest}).
 * Its limits are {@link dev.expcenter.engine.Limits}, each the spec's.
 *
 * <p>Concurrency: every write runs under one lock, because rules span entities (one active
 * experiment per tenant, in-use checks, unique names); reads are lock-free over concurrent maps of
 * immutable records. Lists keep creation order in a skip list keyed by a sequence number, so a
 * page costs O(log n + take); a deleted id keeps its sequence number, so a cursor naming it still
 * works. Unique names and in-use checks are O(1) through indexes kept under the lock
 * ({@code NameIndex}, {@code References}), which the tables keep in step with every put and removal.
 *
 * <p>Change events: a write is all or nothing. What it changed ({@link dev.expcenter.engine.Change}:
 * an entity put or removed) goes to the {@link dev.expcenter.engine.ChangeListener} given to
 * {@code ExperimentCenter.listen} under the same lock, in commit order, before the write returns; if
 * the listener throws (a state file that could not commit), every edit of the write is undone, indexes
 * included, and the caller gets the exception. A replacement (reset, import) is heard the same way.
 *
 * <p><b>Order of checks.</b> The first failing check answers; nothing is written when any fails.
 * First the command's own shape (no lookup), then under the lock: the entity (404), whether it may be changed (403), its
 * lifecycle, its references and limits (400), and last the name (409): a name conflict means the
 * write would succeed under another name.
 * <ul>
 *   <li>Create experiment: required properties ({@code invalid_body}); allocations present and
 *       not empty ({@code invalid_body}), at most 20 ({@code experiment_too_many_allocations}),
 *       each with a variation id, a weight 0..100 and a priority from 1 ({@code invalid_body});
 *       the flag exists (404 {@code inexistent_feature_flag}) and is not archived
 *       ({@code feature_flag_archived}); every variation is one of the flag's
 *       ({@code variation_not_from_flag}), then every segment named exists
 *       ({@code segment_not_found}), each in allocation order; the name is free
 *       ({@code experiment_exists}).</li>
 *   <li>PATCH experiment: at least one property sent ({@code invalid_body}); sent allocations as
 *       on create; the experiment exists (404); it is not completed or archived
 *       ({@code experiment_not_editable}); no allocations while active
 *       ({@code experiment_requires_pause}); variations and segments against the experiment's
 *       flag as on create; the name is free unless it is the experiment's own.</li>
 *   <li>Status of an experiment: 404; the current status answers unchanged; completed to active
 *       ("Completed experiments cannot be reactivated."), then any move the table forbids
 *       ({@code invalid_status_transition}); an activation runs the readiness checks (below).
 *       DELETE: a missing id is a no-op; an active experiment {@code experiment_active}.</li>
 *   <li>Create flag: name; each parameter present, of one of the five types, its value of that
 *       type and at most 1 KB ({@code invalid_body}, in map order); the name is free. PATCH flag:
 *       at least one property; parameters as on create; 404; an {@code auth0} flag 403
 *       {@code feature_flag_not_modifiable}; existing overrides stay valid (below); the name.
 *       Status of a flag: 404; 403 for {@code auth0} (even to its current status); the current
 *       status answers unchanged; forbidden moves; activation needs two variations. DELETE: a
 *       missing id is a no-op; 403; {@code feature_flag_in_use}.</li>
 *   <li>Create variation: name; the flag exists (404); the overrides key by key, each: a
 *       parameter of the flag, a value of its type, at most 1 KB, not its default
 *       ({@code invalid_body}); at most 20 variations per flag ({@code Limits.MAX_VARIATIONS_PER_FLAG},
 *       {@code feature_flag_variation_limit}); the name is free on the flag. PATCH variation: at
 *       least one property; flag and variation exist (404); overrides as on create; the name.
 *       DELETE: flag 404; a missing variation is a no-op; the last one
 *       ({@code feature_flag_last_variation}) before {@code variation_in_use}.</li>
 *   <li>Create segment: name; rule shapes ({@code invalid_body}); the name. PATCH segment: at
 *       least one property; rule shapes; 404; an {@code auth0} segment 403
 *       {@code segment_not_modifiable}; the name. DELETE: a missing id is a no-op; 403;
 *       {@code segment_in_use}.</li>
 *   <li>Readiness (activation and validate), in order: the flag is active; every variation is
 *       the flag's; exactly one control; percentage: weights sum to 100 within 1e-9; segment:
 *       exactly one fallback, every segment exists; no other experiment is active. The
 *       write-time variation and segment checks are repeated because imported state may break
 *       them.</li>
 * </ul>
 *
 * <p><b>Choices Auth0's document and the decisions file leave open:</b>
 * <ul>
 *   <li>A PATCH must send a property (checked before the lookup, so an empty PATCH of a missing
 *       id is a 400). A PATCH that changes nothing writes nothing visible: {@code updated_at}
 *       stays, but the derived {@code is_valid} is still refreshed. {@code description} in the
 *       four patch records is an {@code Optional<String>}: null not sent,
 *       {@code Optional.empty()} clears it (like {@code "description": null}),
 *       {@code Optional.of(text)} sets it; clearing an absent description changes nothing.</li>
 *   <li>Names match exactly (case and spaces count). Archived entities keep their names. A loaded
 *       state may hold duplicates; such a name stays taken until its last holder is renamed or
 *       deleted.</li>
 *   <li>"In use" counts non-archived experiments only (draft, active, paused and completed ones
 *       count). An archived experiment keeps naming what it used after that is deleted, and such
 *       a state restores. A flag whose variation an imported experiment of another flag names
 *       cannot be deleted either ({@code feature_flag_in_use}).</li>
 *   <li>Parameters and overrides: null is of no type; "1 KB" is the UTF-8 size of the value's
 *       compact JSON text, at most 1024 bytes; "equal to the default" is JSON equality (1 equals
 *       1.0, object key order does not count). A flag PATCH that replaces the parameters may not
 *       remove or retype a parameter some variation overrides ({@code invalid_body} naming both):
 *       variations are never changed behind their back. A new default equal to an existing
 *       override is allowed; that variation's next write of its overrides must then differ.</li>
 *   <li>Variations under an {@code auth0} flag may be created, edited and deleted (Auth0's
 *       document has the 403 on the flag's own routes only), and experiments may use
 *       {@code auth0} flags and segments.</li>
 *   <li>A segment id on a percentage allocation is checked like any other. Segment conditions
 *       are checked for their shape (an array of at least one string of at most 1024 characters,
 *       or exactly one operator), and 1 to 10 of them per {@code match} or {@code not_match}, not for
 *       their attribute names, which the spec lists.</li>
 *   <li>A null assignment subject on create means {@code "device"}.</li>
 *   <li>Restoring a snapshot keeps stored {@code is_valid} values and accepts what the API can no
 *       longer write (experiments without allocations, variations of another flag, unknown
 *       segments, duplicate names, overrides equal to a default); it refuses ids used twice,
 *       references to missing flags (but from archived experiments), override keys that are not
 *       parameters, bad allocation values and two active experiments. Positions of deleted ids
 *       are not part of a snapshot, so after a restore such a cursor is an unknown
 *       {@code from}.</li>
 * </ul>
 */
package dev.expcenter.engine;
