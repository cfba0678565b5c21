// Next.js forbids importing server modules from the client; tests run outside Next.
export {};
