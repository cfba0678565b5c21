import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AppProviders } from '@/components/app-providers';
import { SiteHeader } from '@/components/site-header';
import './globals.css';
import './styles/reports.css';
import './styles/drilldowns.css';

export const metadata: Metadata = {
  title: 'Delivery events dashboard',
  description: 'Why GreenArrow mail is deferred or refused',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <AppProviders>
          <SiteHeader />
          <main className="page">{children}</main>
        </AppProviders>
      </body>
    </html>
  );
}
