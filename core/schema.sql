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
    PRIMARY KEY (code_sha, problem, runtime, installation, workers, repetition)
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
       list(iv.installation ORDER BY iv.installation) FILTER (WHERE iv.valid) AS valid_on
FROM completions c
LEFT JOIN samples s USING (completion_id)
LEFT JOIN experiments e USING (experiment_id)
LEFT JOIN installation_verdicts iv USING (completion_id)
CROSS JOIN validity_rule v
GROUP BY e.name, c.model, c.problem, c.category, c.runtime, c.sample, c.completion_id, s.status, s.reason,
         s.code_sha, s.strict, v.rule;

-- Speedup of each valid sample at each worker count, merged over installations by the rule
-- ('any': the best valid installation; 'all': the slowest; a name: that installation).
CREATE OR REPLACE VIEW sample_speedups AS
SELECT sv.completion_id, sv.model, sv.problem, sv.category, sv.runtime, sv.sample, r.workers,
       CASE v.rule WHEN 'all' THEN min(r.baseline_seconds / r.seconds)
                   ELSE max(r.baseline_seconds / r.seconds) END AS speedup,
       min(r.seconds) AS seconds, min(r.baseline_seconds) AS baseline_seconds
FROM sample_verdicts sv
JOIN installation_verdicts iv ON iv.completion_id = sv.completion_id AND iv.valid
JOIN runs r ON r.code_sha = sv.code_sha AND r.problem = sv.problem AND r.runtime = sv.runtime
           AND r.installation = iv.installation AND r.valid AND r.seconds > 0
CROSS JOIN validity_rule v
WHERE sv.valid AND (v.rule IN ('any', 'all') OR iv.installation = v.rule)
GROUP BY sv.completion_id, sv.model, sv.problem, sv.category, sv.runtime, sv.sample, r.workers, v.rule;
