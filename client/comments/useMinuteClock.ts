import { useEffect, useState } from 'react';

/** The current time, updated every minute, so "5 minutes ago" does not stay at 5 all day. */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
