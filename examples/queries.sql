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

-- name: best model per category (strict_pass@1; ties list every best model)
SELECT runtime, category, max(strict_pass) AS strict_pass,
       list(model ORDER BY model) FILTER (WHERE strict_pass = best) AS best_models
FROM (SELECT *, max(strict_pass) OVER (PARTITION BY runtime, category) AS best FROM strict_pass_at_k WHERE k = 1)
GROUP BY runtime, category ORDER BY runtime, category;

-- name: headline metrics at k = 1, as `hpxeval metrics` shows them
SELECT model, runtime, category, build, pass, strict_pass, speedup, efficiency, workers
FROM category_metrics
WHERE k = 1 AND installation = (SELECT '(' || rule || ')' FROM validity_rule)
ORDER BY model, runtime, category;

-- name: scaling curves (speedup@1 and efficiency@1 against workers, every problem)
SELECT model, runtime, workers, speedup, efficiency
FROM speedup_at_k JOIN efficiency_at_k USING (model, runtime, category, workers, k)
WHERE k = 1 AND category = '(all)' ORDER BY model, runtime, workers;

-- name: the HPX version matrix (strict_pass@1 of each installation alone, per category)
SELECT installation, model, category, strict_pass
FROM category_metrics
WHERE runtime = 'hpx' AND k = 1 AND NOT starts_with(installation, '(')
ORDER BY category, model, installation;

-- name: which HPX constructs each model uses (share of its samples with code)
SELECT model, construct, samples, valid_samples, round(samples / of_samples, 3) AS share
FROM construct_census WHERE runtime = 'hpx' ORDER BY model, samples DESC;

-- name: build error classes per model and installation
SELECT model, runtime, installation, error_class, count(*) AS samples
FROM build_failures GROUP BY ALL ORDER BY model, runtime, installation, samples DESC;

-- name: the most frequent first compiler errors of one class
SELECT first_error, count(*) AS samples
FROM build_failures WHERE error_class = 'declaration/call' GROUP BY ALL ORDER BY samples DESC LIMIT 10;

-- name: run failure classes per model
SELECT model, runtime, installation, failure_class, count(*) AS samples
FROM run_failures GROUP BY ALL ORDER BY model, runtime, installation, samples DESC;

-- name: pass@k by hand for one problem (the estimator macro)
SELECT model, runtime, problem, n, c, pass_at_k_estimate(n, c, 5) AS "pass@5"
FROM (SELECT model, runtime, problem, count(*) AS n, count(*) FILTER (WHERE valid) AS c
      FROM sample_verdicts GROUP BY ALL)
ORDER BY ALL;
