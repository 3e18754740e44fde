import { useEffect, useRef } from 'react';

/**
 * Where focus lands in a form opened in place: its first field a person can change (a ticked
 * and disabled box, such as the case manager who always signs, cannot take the focus, which
 * then fell to the page's body), or its heading where what comes first is to be read, not
 * filled in.
 */
export type DisclosureLanding = 'field' | 'heading';

const fields = 'input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/**
 * Focus for a button that opens a form in place: opening moves focus into the form, closing
 * returns it to the button, so keyboard and screen-reader users stay oriented.
 */
export function useDisclosureFocus(open: boolean, landOn: DisclosureLanding = 'field') {
  const toggleRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) formRef.current?.querySelector<HTMLElement>(landOn === 'heading' ? 'h2, h3, h4' : fields)?.focus();
    else if (wasOpen.current) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open, landOn]);

  /** Call before closing when focus is going somewhere else (e.g. to what the form created). */
  const keepFocusElsewhere = () => {
    wasOpen.current = false;
  };

  return { toggleRef, formRef, keepFocusElsewhere };
}
