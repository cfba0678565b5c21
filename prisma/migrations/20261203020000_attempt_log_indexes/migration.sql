-- Indexes of the attempt log's selective filters, each ending in the keyset order
-- (attempted_at DESC, id DESC) so a filtered page is an index range scan.

-- CreateIndex
CREATE INDEX "delivery_attempts_recipient_idx" ON "delivery_attempts"("recipient", "attempted_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "delivery_attempts_sender_idx" ON "delivery_attempts"("sender", "attempted_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "delivery_attempts_send_id_idx" ON "delivery_attempts"("send_id", "attempted_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "delivery_attempts_sending_ip_idx" ON "delivery_attempts"("sending_ip", "attempted_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "delivery_attempts_reason_idx" ON "delivery_attempts"("reason", "attempted_at" DESC, "id" DESC);
