-- CreateTable
CREATE TABLE "maintenance_leases" (
    "name" TEXT NOT NULL,
    "lease_until" TIMESTAMPTZ(6) NOT NULL,
    "last_finished_at" TIMESTAMPTZ(6),
    "last_outcome" JSONB,

    CONSTRAINT "maintenance_leases_pkey" PRIMARY KEY ("name")
);
