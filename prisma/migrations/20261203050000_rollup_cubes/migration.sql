-- Narrow rollups ("cubes") by UTC day and, for most, by hour; lib/rollups/cubes.ts says
-- what each cube keys on. Filled here from the wide hourly rollup and the stored attempts,
-- by the statements cubeBackfillStatements() builds.

-- CreateTable
CREATE TABLE "attempt_cubes_hourly" (
    "cube" SMALLINT NOT NULL,
    "bucket" TIMESTAMPTZ(6) NOT NULL,
    "status" TEXT NOT NULL,
    "key1" TEXT NOT NULL,
    "key2" TEXT NOT NULL,
    "key3" TEXT NOT NULL,
    "attempts" BIGINT NOT NULL,

    CONSTRAINT "attempt_cubes_hourly_pkey" PRIMARY KEY ("cube","bucket","status","key1","key2","key3")
);

-- Filtered reads (one domain, one reason) go by the first key.
CREATE INDEX "attempt_cubes_hourly_key1_idx" ON "attempt_cubes_hourly"("cube", "key1", "bucket");

-- CreateTable
CREATE TABLE "attempt_cubes_daily" (
    "cube" SMALLINT NOT NULL,
    "bucket" TIMESTAMPTZ(6) NOT NULL,
    "status" TEXT NOT NULL,
    "key1" TEXT NOT NULL,
    "key2" TEXT NOT NULL,
    "key3" TEXT NOT NULL,
    "attempts" BIGINT NOT NULL,

    CONSTRAINT "attempt_cubes_daily_pkey" PRIMARY KEY ("cube","bucket","status","key1","key2","key3")
);

-- Filtered reads (one domain, one reason) go by the first key.
CREATE INDEX "attempt_cubes_daily_key1_idx" ON "attempt_cubes_daily"("cube", "key1", "bucket");

-- Backfill
INSERT INTO attempt_cubes_hourly AS c (cube, bucket, status, key1, key2, key3, attempts)
    SELECT cube, bucket, status, key1, key2, key3, sum(attempts)
    FROM (
    SELECT cube.id AS cube, attempt_rollups_hourly.bucket, attempt_rollups_hourly.status, cube.key1, cube.key2,
           cube.key3, attempt_rollups_hourly.attempts
    FROM attempt_rollups_hourly
    CROSS JOIN LATERAL (VALUES
      (1, '', '', ''),
      (2, attempt_rollups_hourly.provider, '', ''),
      (3, attempt_rollups_hourly.enhanced_code, attempt_rollups_hourly.smtp_code, ''),
      (4, attempt_rollups_hourly.sending_ip, attempt_rollups_hourly.virtual_mta, ''),
      (5, attempt_rollups_hourly.send_id, '', ''),
      (6, attempt_rollups_hourly.reason, attempt_rollups_hourly.category, ''),
      (7, attempt_rollups_hourly.recipient_domain, '', ''),
      (8, attempt_rollups_hourly.reason, attempt_rollups_hourly.sending_ip, attempt_rollups_hourly.virtual_mta),
      (9, attempt_rollups_hourly.recipient_domain, attempt_rollups_hourly.is_retry::text, ''),
      (10, attempt_rollups_hourly.recipient_domain, attempt_rollups_hourly.reason, attempt_rollups_hourly.category),
      (11, attempt_rollups_hourly.recipient_domain, attempt_rollups_hourly.sending_ip, attempt_rollups_hourly.virtual_mta),
      (14, attempt_rollups_hourly.reason, attempt_rollups_hourly.recipient_domain, '')) AS cube(id, key1, key2, key3) UNION ALL
    SELECT 12 AS cube, date_trunc('hour', delivery_attempts.attempted_at, 'UTC') AS bucket, delivery_attempts.status,
           delivery_attempts.recipient_domain AS key1, coalesce(delivery_attempts.mx_hostname, '') AS key2,
           coalesce(delivery_attempts.mx_ip, '') AS key3, 1::bigint AS attempts
    FROM delivery_attempts
    UNION ALL
    SELECT 13, date_trunc('hour', delivery_attempts.attempted_at, 'UTC'), delivery_attempts.status, delivery_attempts.recipient_domain,
           floor(ln(greatest(extract(epoch FROM delivery_attempts.attempted_at - delivery_attempts.injected_at), 0) + 1)
                / ln(1.05))::int::text, '', 1::bigint
    FROM delivery_attempts
    WHERE delivery_attempts.status = 'success' AND delivery_attempts.injected_at IS NOT NULL) AS cube_rows
    WHERE cube IN (1, 2, 3, 4, 5, 6, 7, 8, 12, 13)
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (cube, bucket, status, key1, key2, key3) DO UPDATE SET attempts = c.attempts + EXCLUDED.attempts;

INSERT INTO attempt_cubes_daily AS c (cube, bucket, status, key1, key2, key3, attempts)
    SELECT cube, date_trunc('day', bucket, 'UTC'), status, key1, key2, key3, sum(attempts)
    FROM (
    SELECT cube.id AS cube, attempt_rollups_hourly.bucket, attempt_rollups_hourly.status, cube.key1, cube.key2,
           cube.key3, attempt_rollups_hourly.attempts
    FROM attempt_rollups_hourly
    CROSS JOIN LATERAL (VALUES
      (1, '', '', ''),
      (2, attempt_rollups_hourly.provider, '', ''),
      (3, attempt_rollups_hourly.enhanced_code, attempt_rollups_hourly.smtp_code, ''),
      (4, attempt_rollups_hourly.sending_ip, attempt_rollups_hourly.virtual_mta, ''),
      (5, attempt_rollups_hourly.send_id, '', ''),
      (6, attempt_rollups_hourly.reason, attempt_rollups_hourly.category, ''),
      (7, attempt_rollups_hourly.recipient_domain, '', ''),
      (8, attempt_rollups_hourly.reason, attempt_rollups_hourly.sending_ip, attempt_rollups_hourly.virtual_mta),
      (9, attempt_rollups_hourly.recipient_domain, attempt_rollups_hourly.is_retry::text, ''),
      (10, attempt_rollups_hourly.recipient_domain, attempt_rollups_hourly.reason, attempt_rollups_hourly.category),
      (11, attempt_rollups_hourly.recipient_domain, attempt_rollups_hourly.sending_ip, attempt_rollups_hourly.virtual_mta),
      (14, attempt_rollups_hourly.reason, attempt_rollups_hourly.recipient_domain, '')) AS cube(id, key1, key2, key3) UNION ALL
    SELECT 12 AS cube, date_trunc('hour', delivery_attempts.attempted_at, 'UTC') AS bucket, delivery_attempts.status,
           delivery_attempts.recipient_domain AS key1, coalesce(delivery_attempts.mx_hostname, '') AS key2,
           coalesce(delivery_attempts.mx_ip, '') AS key3, 1::bigint AS attempts
    FROM delivery_attempts
    UNION ALL
    SELECT 13, date_trunc('hour', delivery_attempts.attempted_at, 'UTC'), delivery_attempts.status, delivery_attempts.recipient_domain,
           floor(ln(greatest(extract(epoch FROM delivery_attempts.attempted_at - delivery_attempts.injected_at), 0) + 1)
                / ln(1.05))::int::text, '', 1::bigint
    FROM delivery_attempts
    WHERE delivery_attempts.status = 'success' AND delivery_attempts.injected_at IS NOT NULL) AS cube_rows
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (cube, bucket, status, key1, key2, key3) DO UPDATE SET attempts = c.attempts + EXCLUDED.attempts;
