-- hpxeval store schema (documented in docs/schema.md). Applied idempotently on open.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS experiments (
    experiment_id VARCHAR PRIMARY KEY,
    name VARCHAR,
    model VARCHAR,
    settings JSON,
    config JSON,
    plugins JSON,
    hpxeval_version VARCHAR,
    created TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS prompts (
    prompt_sha VARCHAR PRIMARY KEY,
    problem VARCHAR,
    category VARCHAR,
    runtime VARCHAR,
    text VARCHAR
);

CREATE TABLE IF NOT EXISTS completions (
    completion_id VARCHAR PRIMARY KEY,
    experiment_id VARCHAR,
    model VARCHAR,
    prompt_sha VARCHAR,
    problem VARCHAR,
    category VARCHAR,
    runtime VARCHAR,
    sample INTEGER,
    text VARCHAR,
    sent JSON,
    input_tokens INTEGER,
    output_tokens INTEGER,
    latency_s DOUBLE,
    cost_usd DOUBLE,
    created TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS samples (
    completion_id VARCHAR PRIMARY KEY,
    problem VARCHAR,
    runtime VARCHAR,
    status VARCHAR,          -- ok | no_code
    reason VARCHAR,
    code VARCHAR,
    code_sha VARCHAR,
    strict BOOLEAN,
    constructs VARCHAR[]
);

CREATE TABLE IF NOT EXISTS builds (
    code_sha VARCHAR,
    problem VARCHAR,
    runtime VARCHAR,
    installation VARCHAR,
    version VARCHAR,
    ok BOOLEAN,
    status VARCHAR,          -- ok | compile_error | link_error | timeout | error
    seconds DOUBLE,
    log VARCHAR,
    created TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (code_sha, problem, runtime, installation)
);

CREATE TABLE IF NOT EXISTS runs (
    code_sha VARCHAR,
    problem VARCHAR,
    runtime VARCHAR,
    installation VARCHAR,
    workers INTEGER,
    repetition INTEGER,
    status VARCHAR,          -- valid | invalid | timeout | crash | exit | no_result | skipped
    valid BOOLEAN,
    seconds DOUBLE,          -- mean of the timed repetitions of the sample
    baseline_seconds DOUBLE, -- mean of the timed repetitions of the serial baseline
    times DOUBLE[],
    baseline_times DOUBLE[],
    log VARCHAR,
    created TIMESTAMP DEFAULT current_timestamp,
    validation_seconds DOUBLE, -- wall time of all validation trials (baseline and sample together)
    settings JSON,            -- the settings that decided it: timeout, repetitions, sizes, sandbox limits …
    evaluation_id VARCHAR,    -- the evaluation (host, CPU, load) that made it: table evaluations
    PRIMARY KEY (code_sha, problem, runtime, installation, workers, repetition)
);

-- One row per `evaluate` (also inside `run`): the machine the runs were timed on and its load
-- before and after (finished is NULL for an evaluation that was interrupted).
CREATE TABLE IF NOT EXISTS evaluations (
    evaluation_id VARCHAR PRIMARY KEY,
    started TIMESTAMP DEFAULT current_timestamp,
    finished TIMESTAMP,
    host VARCHAR,
    cpu VARCHAR,
    logical_cores INTEGER,
    physical_cores INTEGER,
    load_before DOUBLE,
    load_after DOUBLE,
    pin INTEGER[],
    settings JSON,
    hpxeval_version VARCHAR
);

-- Submitted batches (OpenAI Batch, Anthropic Message Batches), so an interrupted generation polls
-- them again instead of paying twice. `lines`: custom_id -> {ids: [completion_id…], sent: {…}}.
CREATE TABLE IF NOT EXISTS batches (
    batch_id VARCHAR PRIMARY KEY,
    model VARCHAR,
    settings_sha VARCHAR,
    lines JSON,
    status VARCHAR,          -- NULL while open; the provider's final status once collected
    submitted TIMESTAMP DEFAULT current_timestamp,
    collected TIMESTAMP
);

-- One row per engine call of a local batch backend (vLLM): the throughput and peak GPU memory
-- the paper reports. Completions name their run in sent->>'generation_run'.
CREATE TABLE IF NOT EXISTS generation_runs (
    run_id VARCHAR PRIMARY KEY,
    model VARCHAR,
    settings JSON,
    prompts INTEGER,
    completions INTEGER,
    input_tokens BIGINT,
    output_tokens BIGINT,
    seconds DOUBLE,
    output_tokens_per_s DOUBLE,
    peak_gpu_memory_bytes BIGINT,
    device VARCHAR,
    details JSON,
    created TIMESTAMP DEFAULT current_timestamp
);

-- One row per sample and installation: did it build there, was every run there valid?
CREATE OR REPLACE VIEW installation_verdicts AS
SELECT c.completion_id, b.installation, b.version, b.ok AS built, b.status AS build_status,
       coalesce(b.ok AND r.valid, false) AS valid, r.first_failure AS run_status
FROM completions c
JOIN samples s USING (completion_id)
JOIN builds b ON b.code_sha = s.code_sha AND b.problem = c.problem AND b.runtime = c.runtime
LEFT JOIN (
    SELECT code_sha, problem, runtime, installation, bool_and(valid) AS valid,
           arg_min(status, workers) FILTER (WHERE NOT valid) AS first_failure
    FROM runs WHERE status <> 'skipped' GROUP BY ALL
) r ON r.code_sha = b.code_sha AND r.problem = b.problem AND r.runtime = b.runtime
   AND r.installation = b.installation;

-- The rule that merges installations: 'any' (the paper's), 'all', or one installation name.
CREATE OR REPLACE VIEW validity_rule AS
SELECT coalesce(max(value) FILTER (WHERE key = 'validity'), 'any') AS rule FROM meta;

-- Worker counts measured per model and runtime (1 where none of its samples ran); `largest` marks
-- the default worker count of speedup@k and efficiency@k: each model's own largest, so a model
-- measured at 1, 2 is not scored at a count only another model of the same store was run at.
DROP VIEW IF EXISTS runtime_workers;
CREATE OR REPLACE VIEW model_workers AS
WITH measured AS (
    SELECT DISTINCT c.model, c.runtime, r.workers
    FROM completions c JOIN samples s USING (completion_id)
    JOIN runs r ON r.code_sha = s.code_sha AND r.problem = c.problem AND r.runtime = c.runtime
    WHERE r.status <> 'skipped' AND r.repetition >= 0  -- race checks (repetition -1) are not timed counts
), models AS (SELECT DISTINCT model, runtime FROM completions)
SELECT m.model, m.runtime, coalesce(w.workers, 1) AS workers,
       coalesce(w.workers, 1) = max(coalesce(w.workers, 1)) OVER (PARTITION BY m.model, m.runtime) AS largest
FROM models m LEFT JOIN measured w USING (model, runtime);

-- One row per completion: is everything it needs done? Extracted; built on every installation
-- its runtime has in the store; run, where it built, at every worker count of its model and
-- runtime (a `skipped` run counts as done). Metrics count only complete samples, and say how
-- many are missing, so an interrupted run never shows unfinished work as failure.
CREATE OR REPLACE VIEW sample_completeness AS
WITH needed_builds AS (
    SELECT c.completion_id, c.model, c.problem, c.runtime, s.code_sha, i.installation
    FROM completions c JOIN samples s USING (completion_id)
    JOIN (SELECT DISTINCT runtime, installation FROM builds) i ON i.runtime = c.runtime
    WHERE s.status = 'ok'
), missing_builds AS (
    SELECT nb.completion_id, count(*) AS n FROM needed_builds nb
    ANTI JOIN builds b ON b.code_sha = nb.code_sha AND b.problem = nb.problem AND b.runtime = nb.runtime
                      AND b.installation = nb.installation
    GROUP BY nb.completion_id
), needed_runs AS (
    SELECT nb.*, w.workers FROM needed_builds nb
    JOIN builds b ON b.code_sha = nb.code_sha AND b.problem = nb.problem AND b.runtime = nb.runtime
                 AND b.installation = nb.installation AND b.ok
    JOIN model_workers w ON w.model = nb.model AND w.runtime = nb.runtime
), missing_runs AS (
    SELECT nr.completion_id, count(*) AS n FROM needed_runs nr
    ANTI JOIN runs r ON r.code_sha = nr.code_sha AND r.problem = nr.problem AND r.runtime = nr.runtime
                    AND r.installation = nr.installation AND r.workers = nr.workers
    GROUP BY nr.completion_id
)
SELECT c.completion_id, s.completion_id IS NOT NULL AS extracted,
       coalesce(mb.n, 0) AS missing_builds, coalesce(mr.n, 0) AS missing_runs,
       s.completion_id IS NOT NULL AND coalesce(mb.n, 0) = 0 AND coalesce(mr.n, 0) = 0 AS complete
FROM completions c
LEFT JOIN samples s USING (completion_id)
LEFT JOIN missing_builds mb USING (completion_id)
LEFT JOIN missing_runs mr USING (completion_id);

-- Completeness per model × runtime × category (and '(all)'): how many samples the metrics cover
-- and how many are missing (not extracted, not built everywhere, or not run at every count).
CREATE OR REPLACE VIEW completeness AS
SELECT c.model, c.runtime, CASE WHEN grouping(c.category) = 1 THEN '(all)' ELSE c.category END AS category,
       count(*) AS samples, count(*) FILTER (WHERE sc.complete) AS complete,
       count(*) FILTER (WHERE NOT sc.complete) AS missing,
       sum(sc.missing_builds)::BIGINT AS missing_builds, sum(sc.missing_runs)::BIGINT AS missing_runs
FROM completions c JOIN sample_completeness sc USING (completion_id)
GROUP BY GROUPING SETS ((c.model, c.runtime, c.category), (c.model, c.runtime));

-- One row per sample (completion): the verdicts of DESIGN.md, merged over installations.
CREATE OR REPLACE VIEW sample_verdicts AS
SELECT e.name AS experiment, c.model, c.problem, c.category, c.runtime, c.sample,
       c.completion_id, s.status AS extraction, s.reason AS extraction_reason, s.code_sha,
       CASE v.rule WHEN 'any' THEN coalesce(bool_or(iv.built), false)
                   WHEN 'all' THEN coalesce(bool_and(iv.built), false)
                   ELSE coalesce(bool_or(iv.built AND iv.installation = v.rule), false) END AS built,
       CASE v.rule WHEN 'any' THEN coalesce(bool_or(iv.valid), false)
                   WHEN 'all' THEN coalesce(bool_and(iv.valid), false)
                   ELSE coalesce(bool_or(iv.valid AND iv.installation = v.rule), false) END AS valid,
       coalesce(s.strict, false) AS strict,
       count(iv.installation) AS installations,
       list(iv.installation ORDER BY iv.installation) FILTER (WHERE iv.valid) AS valid_on,
       sc.complete
FROM completions c
LEFT JOIN samples s USING (completion_id)
LEFT JOIN experiments e USING (experiment_id)
LEFT JOIN installation_verdicts iv USING (completion_id)
JOIN sample_completeness sc USING (completion_id)
CROSS JOIN validity_rule v
GROUP BY e.name, c.model, c.problem, c.category, c.runtime, c.sample, c.completion_id, s.status, s.reason,
         s.code_sha, s.strict, v.rule, sc.complete;

-- The relative spread of a speedup from its run's repetitions: the coefficients of variation of
-- the sample's and of the baseline's times, added in quadrature (0 with a single repetition).
CREATE OR REPLACE MACRO cv(xs) AS coalesce(list_aggregate(xs, 'stddev_samp') / nullif(list_avg(xs), 0), 0.0);
CREATE OR REPLACE MACRO timing_spread(times, baseline_times) AS sqrt(cv(times) ^ 2 + cv(baseline_times) ^ 2);

-- Every valid timed run with the spread of its repetitions; `noisy` where either coefficient of
-- variation exceeds 10 % (hpxeval metrics warns about them; rerun them on a quieter machine).
CREATE OR REPLACE VIEW run_spread AS
SELECT code_sha, problem, runtime, installation, workers, evaluation_id, len(times) AS repetitions,
       cv(times) AS cv, cv(baseline_times) AS baseline_cv, timing_spread(times, baseline_times) AS speedup_cv,
       greatest(cv(times), cv(baseline_times)) > 0.10 AS noisy
FROM runs WHERE valid AND len(times) > 0;

-- Speedup of each valid sample at each worker count, merged over installations by the rule
-- ('any': the best valid installation; 'all': the slowest; a name: that installation).
CREATE OR REPLACE VIEW sample_speedups AS
SELECT sv.completion_id, sv.model, sv.problem, sv.category, sv.runtime, sv.sample, r.workers,
       CASE v.rule WHEN 'all' THEN min(r.baseline_seconds / r.seconds)
                   ELSE max(r.baseline_seconds / r.seconds) END AS speedup,
       min(r.seconds) AS seconds, min(r.baseline_seconds) AS baseline_seconds,
       max(timing_spread(r.times, r.baseline_times)) AS speedup_cv
FROM sample_verdicts sv
JOIN installation_verdicts iv ON iv.completion_id = sv.completion_id AND iv.valid
JOIN runs r ON r.code_sha = sv.code_sha AND r.problem = sv.problem AND r.runtime = sv.runtime
           AND r.installation = iv.installation AND r.valid AND r.seconds > 0
CROSS JOIN validity_rule v
WHERE sv.valid AND (v.rule IN ('any', 'all') OR iv.installation = v.rule)
GROUP BY sv.completion_id, sv.model, sv.problem, sv.category, sv.runtime, sv.sample, r.workers, v.rule;

-- Speedups above 1.5 × the worker count: more than cache effects explain, so the sample may
-- have found a better algorithm than the baseline, or gamed the timing (memoising, slowing the
-- baseline). Flagged for a look, never made invalid; hpxeval metrics counts them in a note.
CREATE OR REPLACE VIEW implausible_speedups AS
SELECT *, 1.5 * workers AS plausible_limit FROM sample_speedups WHERE speedup > 1.5 * workers;

-- == Metrics in SQL (docs/metrics.md). The same estimators as plugins/metrics/standard, which stay
-- the source of truth of `hpxeval metrics`; tests/test_metric_views.py keeps the two equal. ==

-- The values of k the metric views report (only where k <= n for the problem).
CREATE OR REPLACE VIEW metric_ks AS SELECT k FROM (VALUES (1), (5), (10), (20)) t(k);

-- pass@k = 1 - C(n-c, k) / C(n, k), as the product of (1 - k/(n-i)) for i < c; NULL where k > n.
CREATE OR REPLACE MACRO pass_at_k_estimate(n, c, k) AS
    CASE WHEN k > n OR n = 0 THEN NULL
         ELSE 1.0::DOUBLE - coalesce((SELECT product(1.0 - k / (n - i)) FROM range(c) t(i)), 1.0) END;

-- The weight of the j-th smallest of n values in E[max of k of them]: C(j-1, k-1) / C(n, k),
-- as (k/n) times the product of (i-k+1)/i for j <= i < n (0 where j < k).
CREATE OR REPLACE MACRO expected_max_weight(j, n, k) AS
    CASE WHEN j < k OR k > n THEN 0.0::DOUBLE
         ELSE k / n * coalesce((SELECT product((i - k + 1) / i) FROM range(j, n) t(i)), 1.0) END;

-- One row per complete sample and scope. A scope is the merged verdict, labelled by the validity rule in
-- parentheses ('(any)', '(all)', '(1.10.0)'), or one installation of the sample's runtime alone.
CREATE OR REPLACE VIEW sample_scopes AS
SELECT '(' || v.rule || ')' AS installation, sv.model, sv.runtime, sv.category, sv.problem, sv.completion_id,
       sv.built, sv.valid, sv.valid AND sv.strict AS strict_valid
FROM sample_verdicts sv CROSS JOIN validity_rule v
WHERE sv.complete
UNION ALL
SELECT i.installation, sv.model, sv.runtime, sv.category, sv.problem, sv.completion_id,
       coalesce(iv.built, false), coalesce(iv.valid, false), coalesce(iv.valid, false) AND sv.strict
FROM sample_verdicts sv
JOIN (SELECT DISTINCT runtime, installation FROM builds) i ON i.runtime = sv.runtime
LEFT JOIN installation_verdicts iv ON iv.completion_id = sv.completion_id AND iv.installation = i.installation
WHERE sv.complete;

-- One row per sample, scope and measured worker count: the speedup (0 for a sample that is not
-- valid in the scope), the efficiency (speedup / workers) and the sample's best of both over all
-- worker counts.
CREATE OR REPLACE VIEW sample_values AS
WITH speedups AS (
    SELECT '(' || v.rule || ')' AS installation, sp.completion_id, sp.workers, sp.speedup
    FROM sample_speedups sp CROSS JOIN validity_rule v
    UNION ALL
    SELECT iv.installation, sv.completion_id, r.workers, max(r.baseline_seconds / r.seconds)
    FROM sample_verdicts sv
    JOIN installation_verdicts iv ON iv.completion_id = sv.completion_id AND iv.valid
    JOIN runs r ON r.code_sha = sv.code_sha AND r.problem = sv.problem AND r.runtime = sv.runtime
               AND r.installation = iv.installation AND r.valid AND r.seconds > 0
    GROUP BY iv.installation, sv.completion_id, r.workers
), per_worker AS (
    SELECT s.*, w.workers, w.largest,
           CASE WHEN s.valid THEN coalesce(sp.speedup, 0.0) ELSE 0.0 END::DOUBLE AS speedup
    FROM sample_scopes s
    JOIN model_workers w ON w.model = s.model AND w.runtime = s.runtime
    LEFT JOIN speedups sp ON sp.installation = s.installation AND sp.completion_id = s.completion_id
                         AND sp.workers = w.workers
)
SELECT *, speedup / workers AS efficiency,
       max(speedup) OVER one AS speedup_max, max(speedup / workers) OVER one AS efficiency_max
FROM per_worker WINDOW one AS (PARTITION BY installation, completion_id);

-- The weight of the j-th smallest value in E[max of k of n values], for every n that occurs.
CREATE OR REPLACE VIEW order_weights AS
WITH ns AS (SELECT DISTINCT count(*) AS n FROM sample_verdicts WHERE complete GROUP BY model, runtime, category, problem),
     js AS (SELECT n, unnest(range(1, n + 1)) AS j FROM ns)
SELECT n, j, k, expected_max_weight(j, n, k) AS weight FROM js JOIN metric_ks m ON m.k <= js.n;

-- speedup@k and efficiency@k of one problem at every measured worker count (k <= n).
CREATE OR REPLACE VIEW problem_scaling AS
WITH ranked AS (
    SELECT *, count(*) OVER g AS n, row_number() OVER (g ORDER BY speedup) AS j
    FROM sample_values WINDOW g AS (PARTITION BY installation, model, runtime, category, problem, workers)
)
SELECT installation, model, runtime, category, problem, workers, bool_or(largest) AS largest, k, max(r.n) AS n,
       sum(w.weight * speedup) AS speedup, sum(w.weight * efficiency) AS efficiency
FROM ranked r JOIN order_weights w ON w.n = r.n AND w.j = r.j
GROUP BY installation, model, runtime, category, problem, workers, k;

-- Every metric of one problem (k <= n); speedup and efficiency at the largest worker count.
CREATE OR REPLACE VIEW problem_metrics AS
WITH ranked AS (
    SELECT *, count(*) OVER g AS n,
           row_number() OVER (g ORDER BY speedup) AS j,
           row_number() OVER (g ORDER BY speedup_max) AS j_speedup_max,
           row_number() OVER (g ORDER BY efficiency_max) AS j_efficiency_max
    FROM sample_values WHERE largest
    WINDOW g AS (PARTITION BY installation, model, runtime, category, problem)
), counted AS (
    SELECT installation, model, runtime, category, problem, w.k, max(r.n) AS n, max(workers) AS workers,
           count(*) FILTER (WHERE built) AS built, count(*) FILTER (WHERE valid) AS valid,
           count(*) FILTER (WHERE strict_valid) AS strict_valid,
           sum(w.weight * speedup) AS speedup, sum(w.weight * efficiency) AS efficiency,
           sum(ws.weight * speedup_max) AS speedup_max, sum(we.weight * efficiency_max) AS efficiency_max
    FROM ranked r
    JOIN order_weights w ON w.n = r.n AND w.j = r.j
    JOIN order_weights ws ON ws.n = r.n AND ws.j = r.j_speedup_max AND ws.k = w.k
    JOIN order_weights we ON we.n = r.n AND we.j = r.j_efficiency_max AND we.k = w.k
    GROUP BY installation, model, runtime, category, problem, w.k
)
SELECT installation, model, runtime, category, problem, k, n, workers,
       pass_at_k_estimate(n, built, k) AS build,
       pass_at_k_estimate(n, valid, k) AS pass,
       pass_at_k_estimate(n, strict_valid, k) AS strict_pass,
       speedup, efficiency, speedup_max, efficiency_max
FROM counted;

-- Per model × runtime × category (and '(all)': every problem) × k: the mean over the problems
-- where k <= n, as `hpxeval metrics` reports it; one row per scope (column installation).
CREATE OR REPLACE VIEW category_metrics AS
SELECT installation, model, runtime, CASE WHEN grouping(category) = 1 THEN '(all)' ELSE category END AS category,
       k, count(*) AS problems, min(n) AS samples, max(workers) AS workers,
       avg(build) AS build, avg(pass) AS pass, avg(strict_pass) AS strict_pass,
       avg(speedup) AS speedup, avg(efficiency) AS efficiency,
       avg(speedup_max) AS speedup_max, avg(efficiency_max) AS efficiency_max
FROM problem_metrics
GROUP BY GROUPING SETS ((installation, model, runtime, category, k), (installation, model, runtime, k));

-- speedup@k and efficiency@k per model × runtime × category × worker count × k (scaling curves).
CREATE OR REPLACE VIEW category_scaling AS
SELECT installation, model, runtime, CASE WHEN grouping(category) = 1 THEN '(all)' ELSE category END AS category,
       workers, bool_or(largest) AS largest, k, count(*) AS problems, min(n) AS samples,
       avg(speedup) AS speedup, avg(efficiency) AS efficiency
FROM problem_scaling
GROUP BY GROUPING SETS ((installation, model, runtime, category, workers, k), (installation, model, runtime, workers, k));

-- One view per metric, merged over installations by the validity rule (category_metrics and
-- category_scaling hold every installation alone as well).
CREATE OR REPLACE VIEW build_at_k AS
SELECT model, runtime, category, k, problems, samples, build FROM category_metrics
WHERE installation = (SELECT '(' || rule || ')' FROM validity_rule);
CREATE OR REPLACE VIEW pass_at_k AS
SELECT model, runtime, category, k, problems, samples, pass FROM category_metrics
WHERE installation = (SELECT '(' || rule || ')' FROM validity_rule);
CREATE OR REPLACE VIEW strict_pass_at_k AS
SELECT model, runtime, category, k, problems, samples, strict_pass FROM category_metrics
WHERE installation = (SELECT '(' || rule || ')' FROM validity_rule);
CREATE OR REPLACE VIEW speedup_max_at_k AS
SELECT model, runtime, category, k, problems, samples, speedup_max FROM category_metrics
WHERE installation = (SELECT '(' || rule || ')' FROM validity_rule);
CREATE OR REPLACE VIEW efficiency_max_at_k AS
SELECT model, runtime, category, k, problems, samples, efficiency_max FROM category_metrics
WHERE installation = (SELECT '(' || rule || ')' FROM validity_rule);
CREATE OR REPLACE VIEW speedup_at_k AS
SELECT model, runtime, category, workers, largest, k, problems, samples, speedup FROM category_scaling
WHERE installation = (SELECT '(' || rule || ')' FROM validity_rule);
CREATE OR REPLACE VIEW efficiency_at_k AS
SELECT model, runtime, category, workers, largest, k, problems, samples, efficiency FROM category_scaling
WHERE installation = (SELECT '(' || rule || ')' FROM validity_rule);

-- == Analysis views for the report ==

-- Mean time of the valid samples of a problem per worker count, with how many there are.
CREATE OR REPLACE VIEW problem_times AS
SELECT model, runtime, category, problem, workers, count(*) AS valid_samples,
       avg(seconds) AS mean_seconds, min(seconds) AS best_seconds, avg(baseline_seconds) AS baseline_seconds
FROM sample_speedups GROUP BY model, runtime, category, problem, workers;

-- How many samples of a model use each runtime construct class (strict check), and how many of
-- those are valid; `of_samples` = the model's samples with code for the runtime.
CREATE OR REPLACE VIEW construct_census AS
WITH coded AS (
    SELECT sv.model, sv.runtime, sv.valid, sv.strict, s.constructs,
           count(*) OVER (PARTITION BY sv.model, sv.runtime) AS of_samples
    FROM sample_verdicts sv JOIN samples s USING (completion_id) WHERE s.status = 'ok'
)
SELECT model, runtime, construct, count(*) AS samples, count(*) FILTER (WHERE valid) AS valid_samples,
       max(of_samples) AS of_samples
FROM coded, unnest(constructs) AS u(construct)
GROUP BY model, runtime, construct;

-- The first diagnostic of a build log: the linker's first complaint, else the text after the
-- compiler's first "error: ", else the log's first line.
CREATE OR REPLACE MACRO first_build_error(log) AS coalesce(
    nullif(regexp_extract(log, '[^\n]*(undefined reference|multiple definition)[^\n]*'), ''),
    nullif(regexp_extract(log, 'error: ([^\n]*)', 1), ''),
    nullif(split_part(trim(log), chr(10), 1), ''));

-- The class of a failed build: syntax, declaration/call (undeclared names, no matching
-- function), type, linker, timeout or other; NULL for a build that succeeded.
CREATE OR REPLACE MACRO build_error_class(status, log) AS CASE
    WHEN status = 'ok' THEN NULL
    WHEN status = 'timeout' THEN 'timeout'
    WHEN status = 'link_error'
      OR regexp_matches(coalesce(log, ''), 'undefined reference to|multiple definition of|ld returned|cannot find -l')
      THEN 'linker'
    WHEN regexp_matches(coalesce(first_build_error(log), ''),
        'was not declared|has not been declared|is not a member of|has no member named|no member named|'
        'does not name a (type|template)|no matching (function|member function|constructor)|'
        'too (many|few) arguments|redefinition of|redeclared|conflicting declaration|no declaration matches|'
        'is not a (class|namespace|template|type)|not captured|cannot call member function|deleted function|'
        'is (private|protected) within|is ambiguous|ambiguous overload|No such file or directory|'
        'there are no arguments|invalid use of|undeclared|declared void')
      THEN 'declaration/call'
    WHEN regexp_matches(coalesce(first_build_error(log), ''),
        'cannot convert|invalid conversion|could not convert|conversion from|no match for|invalid operands|'
        'cannot bind|binding reference|discards qualifiers|read-only|invalid initialization|'
        'static assertion failed|void value not ignored|invalid types|incomplete type|request for member|'
        'cannot be used as a function|deduc|type/value mismatch|is invalid|lvalue required|'
        'increment of|decrement of|assignment of')
      THEN 'type'
    WHEN regexp_matches(coalesce(first_build_error(log), ''),
        'expected|stray|missing terminating|unterminated|invalid preprocessing|at end of input|'
        'empty character constant|too many decimal points|invalid suffix|without a previous|not within a loop')
      THEN 'syntax'
    ELSE 'other' END;

-- The class of a run that was not valid, from its status.
CREATE OR REPLACE MACRO run_failure_class(status) AS CASE status
    WHEN 'invalid' THEN 'wrong result' WHEN 'timeout' THEN 'timeout' WHEN 'crash' THEN 'crash'
    WHEN 'oom' THEN 'out of memory' WHEN 'exit' THEN 'error exit' WHEN 'no_result' THEN 'no result'
    ELSE coalesce(status, 'not run') END;

-- One row per sample and installation whose build failed, with the class of the failure.
CREATE OR REPLACE VIEW build_failures AS
SELECT sv.model, sv.runtime, sv.category, sv.problem, sv.completion_id, b.installation, b.status,
       build_error_class(b.status, b.log) AS error_class, first_build_error(b.log) AS first_error
FROM sample_verdicts sv
JOIN builds b ON b.code_sha = sv.code_sha AND b.problem = sv.problem AND b.runtime = sv.runtime
WHERE NOT b.ok;

-- One row per sample and installation that built but did not run valid, with the failure class.
CREATE OR REPLACE VIEW run_failures AS
SELECT sv.model, sv.runtime, sv.category, sv.problem, sv.completion_id, iv.installation,
       iv.run_status AS status, run_failure_class(iv.run_status) AS failure_class
FROM sample_verdicts sv JOIN installation_verdicts iv USING (completion_id)
WHERE iv.built AND NOT iv.valid;
