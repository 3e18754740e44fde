import { useEffect, useRef } from 'react';

/**
 * Focus for a button that opens a form in place: opening moves focus into the form's first
 * input, closing returns it to the button, so keyboard and screen-reader users stay oriented.
 */
export function useDisclosureFocus(open: boolean) {
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    else if (wasOpen.current) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  /** Call before closing when focus is going somewhere else (e.g. to what the form created). */
  const keepFocusElsewhere = () => {
    wasOpen.current = false;
  };

  return { toggleRef, formRef, keepFocusElsewhere };
}
