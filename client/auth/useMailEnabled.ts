import { useEffect, useState } from 'react';
import { getSetup } from '../api/accountApi';

let asked: Promise<boolean> | null = null;

/**
 * Whether this Bridgeplan sends mail, which decides how an email is verified (a mailed link,
 * or the case manager in person) and whether a password can be reset. Asked once per page load.
 * Null until known.
 */
export function useMailEnabled(): boolean | null {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    asked ??= getSetup().then(
      (setup) => setup.mailEnabled,
      () => {
        asked = null;
        return false;
      },
    );
    void asked.then((value) => current && setEnabled(value));
    return () => {
      current = false;
    };
  }, []);
  return enabled;
}
