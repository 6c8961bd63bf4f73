import styled from 'styled-components';

/** Shared look of the dialogs' forms: grouped fields, help text, a visible focus on every control. */
export const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: 16px;
  font-size: 12px;
  color: #36435c;
  fieldset {
    border: 1px solid #e3e9ef;
    border-radius: 4px;
    padding: 8px 12px 12px;
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    color: #242e42;
    padding: 0 4px;
  }
  /* kube-design hides its checkbox input and draws no focus ring; its text input has its own. */
  .kubed-checkbox-control:focus-within,
  input[type='checkbox']:focus-visible,
  select:focus-visible {
    outline: 2px solid #00aa72;
    outline-offset: 1px;
  }
  select {
    height: 32px;
    border: 1px solid #ccd3db;
    border-radius: 4px;
    background: #fff;
    padding: 0 8px;
  }
`;

export const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
  gap: 8px 16px;
`;

export const Field = styled.div`
  display: flex;
  flex-direction: column;
  gap: 4px;
  label {
    font-weight: 600;
  }
`;

export const Help = styled.p`
  margin: 0;
  color: #5f708a;
`;

export const FieldError = styled.p`
  margin: 0;
  color: #ca2621;
`;

export const Notice = styled.div`
  padding: 8px 12px;
  border-radius: 4px;
  background: #f0f8fd;
  border: 1px solid #c7deef;
  color: #36435c;
`;
