-- Worked queries over an hpxeval store: `hpxeval sql "$(sed -n '/-- name: X/,/;/p' …)"` or paste.

-- name: verdicts per model and category
SELECT model, runtime, category, count(*) AS samples,
       avg(built::INT) AS built, avg(valid::INT) AS valid, avg((valid AND strict)::INT) AS strict_valid
FROM sample_verdicts GROUP BY ALL ORDER BY model, runtime, category;

-- name: why samples failed to build (first line of the compiler log)
SELECT b.problem, b.runtime, b.installation, b.status, split_part(b.log, chr(10), 1) AS first_line
FROM builds b WHERE NOT b.ok ORDER BY b.problem;

-- name: scaling of valid samples (mean speedup per worker count)
SELECT problem, runtime, workers, avg(speedup) AS mean_speedup, count(*) AS samples
FROM sample_speedups GROUP BY ALL ORDER BY problem, runtime, workers;

-- name: what the model actually cost
SELECT model, sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, sum(cost_usd) AS usd
FROM completions GROUP BY model;

-- name: generation throughput and peak GPU memory (vLLM)
SELECT model, device, sum(output_tokens) / sum(seconds) AS output_tokens_per_s,
       max(peak_gpu_memory_bytes) / 2^30 AS peak_gpu_gib
FROM generation_runs GROUP BY model, device;

-- name: batches that were submitted and not yet collected (a later `hpxeval generate` polls them)
SELECT batch_id, model, submitted FROM batches WHERE status IS NULL ORDER BY submitted;
