// Hand-written GreenArrow events with known values, for exact assertions.

let sequence = 0;

export function deliveryAttempt(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    event_type: 'delivery_attempt',
    event_time: 1764750000 + sequence,
    event_unique_id: `test-event-${process.pid}-${sequence}`,
    server_id: 'ga1',
    email: `user${sequence}@Example.COM`,
    listid: 't99',
    sendid: 't9920261203',
    timestamp: 1764750000.25 + sequence,
    channel: 'remote',
    status: 'success',
    is_retry: 0,
    msguid: `1764749990.${1000 + sequence}`,
    sender: 'bounce-abc@bounce.example.com',
    mtaid: '3',
    injected_time: 1764749990,
    message: '192.0.2.25 accepted message./Remote host said: 250 2.0.0 OK queued',
    outmtaid: 5,
    outmtaid_ip: '192.0.2.10',
    outmtaid_hostname: 'mta1.example.com',
    sendsliceid: '',
    throttleid: '',
    mx_hostname: 'mx1.example.com',
    mx_ip: '192.0.2.25',
    from_address: 'news@example.com',
    headers: { 'X-Mailer-Info': ['cust-42'] },
    message_size: 24576,
    ...overrides,
  };
}

export function otherEvent(eventType: string, overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    event_type: eventType,
    event_time: 1764750000 + sequence,
    event_unique_id: `test-other-${process.pid}-${sequence}`,
    email: `reader${sequence}@example.org`,
    listid: 't99',
    sendid: 't9920261203',
    ...overrides,
  };
}
