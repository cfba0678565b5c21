-- CreateTable
CREATE TABLE "delivery_attempts" (
    "id" SERIAL NOT NULL,
    "event_key" TEXT NOT NULL,
    "event_unique_id" TEXT,
    "legacy_id" TEXT,
    "event_time" TIMESTAMPTZ(6),
    "attempted_at" TIMESTAMPTZ(6) NOT NULL,
    "injected_at" TIMESTAMPTZ(6),
    "status" TEXT NOT NULL,
    "channel" TEXT,
    "is_retry" BOOLEAN NOT NULL,
    "msguid" TEXT,
    "recipient" TEXT NOT NULL,
    "recipient_domain" TEXT NOT NULL,
    "sender" TEXT,
    "from_address" TEXT,
    "list_id" TEXT,
    "send_id" TEXT,
    "click_tracking_id" TEXT,
    "server_id" TEXT,
    "mta_id" TEXT,
    "virtual_mta" TEXT,
    "sending_ip" TEXT,
    "sending_hostname" TEXT,
    "throttle_id" TEXT,
    "send_slice_id" TEXT,
    "mx_hostname" TEXT,
    "mx_ip" TEXT,
    "message" TEXT,
    "message_size" BIGINT,
    "smtp_timing" TEXT,
    "headers" JSONB,
    "catalogue_entry" TEXT,
    "rule" TEXT,
    "reason" TEXT,
    "category" TEXT,
    "provider" TEXT,
    "smtp_code" INTEGER,
    "enhanced_code" TEXT,
    "fingerprint" TEXT,
    "classifier_version" INTEGER,
    "raw" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delivery_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attempt_rollups_hourly" (
    "bucket" TIMESTAMPTZ(6) NOT NULL,
    "status" TEXT NOT NULL,
    "is_retry" BOOLEAN NOT NULL,
    "recipient_domain" TEXT NOT NULL,
    "send_id" TEXT NOT NULL,
    "sending_ip" TEXT NOT NULL,
    "virtual_mta" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "smtp_code" TEXT NOT NULL,
    "enhanced_code" TEXT NOT NULL,
    "attempts" BIGINT NOT NULL,

    CONSTRAINT "attempt_rollups_hourly_pkey" PRIMARY KEY ("bucket","status","is_retry","recipient_domain","send_id","sending_ip","virtual_mta","reason","category","provider","smtp_code","enhanced_code")
);

-- CreateTable
CREATE TABLE "other_events" (
    "id" SERIAL NOT NULL,
    "event_key" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "event_time" TIMESTAMPTZ(6),
    "raw" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "other_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rejected_events" (
    "id" SERIAL NOT NULL,
    "event_key" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "event_type" TEXT,
    "raw" JSONB NOT NULL,
    "received_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rejected_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingest_minutes" (
    "bucket" TIMESTAMPTZ(6) NOT NULL,
    "batches" INTEGER NOT NULL,
    "stored" INTEGER NOT NULL,
    "duplicates" INTEGER NOT NULL,
    "other" INTEGER NOT NULL,
    "rejected" INTEGER NOT NULL,
    "last_event_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "ingest_minutes_pkey" PRIMARY KEY ("bucket")
);

-- CreateIndex
CREATE UNIQUE INDEX "delivery_attempts_event_key_key" ON "delivery_attempts"("event_key");

-- CreateIndex
CREATE INDEX "delivery_attempts_attempted_at_idx" ON "delivery_attempts"("attempted_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "delivery_attempts_domain_idx" ON "delivery_attempts"("recipient_domain", "attempted_at" DESC);

-- CreateIndex
CREATE INDEX "delivery_attempts_msguid_idx" ON "delivery_attempts"("msguid");

-- CreateIndex
CREATE UNIQUE INDEX "other_events_event_key_key" ON "other_events"("event_key");

-- CreateIndex
CREATE INDEX "other_events_type_idx" ON "other_events"("event_type", "received_at");

-- CreateIndex
CREATE UNIQUE INDEX "rejected_events_event_key_key" ON "rejected_events"("event_key");

-- CreateIndex
CREATE INDEX "rejected_events_received_at_idx" ON "rejected_events"("received_at");
