import { useState } from 'react';
import { VerifyDialog } from './VerifyDialog';

/** Opens `warroom verify`'s checks of the open workspace; open to viewers too, since it only reads. */
export function VerifyButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="dash-button"
        aria-haspopup="dialog"
        data-testid="verify-open"
        onClick={() => setOpen(true)}
      >
        Verify
      </button>
      {open && <VerifyDialog onClose={() => setOpen(false)} />}
    </>
  );
}
