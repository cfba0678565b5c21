import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AppProviders } from '@/components/app-providers';
import './globals.css';
import './styles/reports.css';
import './styles/drilldowns.css';
import './styles/access.css';

export const metadata: Metadata = {
  title: 'Delivery events dashboard',
  description: 'Why GreenArrow mail is deferred or refused',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <AppProviders>{children}</AppProviders>
      </body>
    </html>
  );
}
