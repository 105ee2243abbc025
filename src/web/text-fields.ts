import { useState } from 'react';
import type { FieldErrors } from './form-errors.ts';

/**
 * The state of a form of required text fields: their values, the errors found at them and one
 * message for the form as a whole; `field(name)` gives a Mantine input what it needs.
 */
export function useTextFields<F extends string>(initial: Readonly<Record<F, string>>) {
  const [values, setValues] = useState<Record<F, string>>({ ...initial });
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const field = (name: F) => ({
    value: values[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((previous) => ({ ...previous, [name]: value }));
    },
    error: errors[name],
    required: true,
  });
  return { values, errors, setErrors, general, setGeneral, field };
}
