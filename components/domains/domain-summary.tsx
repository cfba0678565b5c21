import { STATUS_COLOURS } from '@/lib/client/status-palette';
import type { DeliveryDelay } from '@/lib/queries/delivery-delay';
import { formatRate, type DomainRates } from '@/lib/reports/domain-rates';
import { formatDuration } from '@/lib/reports/duration-format';

interface DomainSummaryProps {
  rates: DomainRates;
  delay: DeliveryDelay;
}

/** The headline numbers of one domain: volume, the four rates and the delivery delay. */
export function DomainSummary({ rates, delay }: DomainSummaryProps) {
  const tiles = [
    {
      id: 'attempts',
      label: 'Attempts',
      value: rates.attempts.toLocaleString('en-US'),
      colour: undefined,
    },
    {
      id: 'acceptance',
      label: 'Accepted',
      value: formatRate(rates.acceptance),
      colour: STATUS_COLOURS.success,
    },
    {
      id: 'deferral',
      label: 'Deferred',
      value: formatRate(rates.deferral),
      colour: STATUS_COLOURS.deferral,
    },
    {
      id: 'failure',
      label: 'Failed',
      value: formatRate(rates.failure),
      colour: STATUS_COLOURS.failure,
    },
    {
      id: 'connmaxout',
      label: 'Connmaxout',
      value: formatRate(rates.connmaxout),
      colour: STATUS_COLOURS.connmaxout,
    },
    {
      id: 'median-delay',
      label: 'Injection → accepted, median',
      value: formatDuration(delay.medianSeconds),
      colour: undefined,
    },
    {
      id: 'p95-delay',
      label: 'Injection → accepted, p95',
      value: formatDuration(delay.p95Seconds),
      colour: undefined,
    },
  ];
  return (
    <dl className="totals">
      {tiles.map((tile) => (
        <div
          className="total"
          key={tile.id}
          style={tile.colour ? { borderTopColor: tile.colour } : undefined}
        >
          <dt>{tile.label}</dt>
          <dd data-testid={`domain-${tile.id}`}>{tile.value}</dd>
        </div>
      ))}
      <p className="muted delay-note">
        Delay over {delay.accepted.toLocaleString('en-US')} accepted{' '}
        {delay.accepted === 1 ? 'attempt' : 'attempts'} with an injection
        time{delay.estimated ? ', from a histogram: within about 5 %' : ''}.
      </p>
    </dl>
  );
}
