import { WebhookSecretsPage } from '@/components/auth/webhook-secrets-page';

export const metadata = { title: 'Webhook secrets · Delivery events' };

export default function Page() {
  return <WebhookSecretsPage />;
}
