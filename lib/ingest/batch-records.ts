import type { ClassifiedAttempt, OtherTypeEvent, RejectedEvent } from '@/lib/ingest/sort-events';

// A whole batch travels to the database as a few JSON parameters, expanded in
// SQL, so one statement stores it whatever its size.

/** An attempt as the JSON row the insert statement expands with jsonb_to_recordset. */
export function attemptRecord({ eventKey, attempt, classification, raw }: ClassifiedAttempt) {
  return {
    event_key: eventKey,
    event_unique_id: attempt.eventUniqueId,
    legacy_id: attempt.legacyId,
    event_time: attempt.eventTime,
    attempted_at: attempt.attemptedAt,
    injected_at: attempt.injectedAt,
    status: attempt.status,
    channel: attempt.channel,
    is_retry: attempt.isRetry,
    msguid: attempt.msguid,
    recipient: attempt.recipient,
    recipient_domain: attempt.recipientDomain,
    sender: attempt.sender,
    from_address: attempt.fromAddress,
    list_id: attempt.listId,
    send_id: attempt.sendId,
    click_tracking_id: attempt.clickTrackingId,
    server_id: attempt.serverId,
    mta_id: attempt.mtaId,
    virtual_mta: attempt.virtualMta,
    sending_ip: attempt.sendingIp,
    sending_hostname: attempt.sendingHostname,
    throttle_id: attempt.throttleId,
    send_slice_id: attempt.sendSliceId,
    mx_hostname: attempt.mxHostname,
    mx_ip: attempt.mxIp,
    message: attempt.message,
    message_size: attempt.messageSize === null ? null : attempt.messageSize.toString(),
    smtp_timing: attempt.smtpTiming,
    headers: attempt.headers,
    catalogue_entry: classification.catalogueEntry,
    rule: classification.rule,
    reason: classification.reason,
    category: classification.category,
    provider: classification.provider,
    smtp_code: classification.smtpCode,
    enhanced_code: classification.enhancedCode,
    fingerprint: classification.fingerprint,
    raw,
  };
}

export function otherRecord({ eventKey, eventType, eventTime, raw }: OtherTypeEvent) {
  return { event_key: eventKey, event_type: eventType, event_time: eventTime, raw };
}

export function rejectedRecord({ eventKey, eventType, reason, raw }: RejectedEvent) {
  return { event_key: eventKey, event_type: eventType, reason, raw: raw ?? null };
}
