/** What both YAML editors (the code editor and the plain text area) take and offer. */
export interface EditorProps {
  value: string;
  onChange(text: string): void;
  /** The accessible name of the editing area. */
  label: string;
  /** Ids of the messages that describe the text (the syntax error). */
  describedBy?: string;
  invalid?: boolean;
}

export interface EditorHandle {
  /** Puts the cursor at `offset` and focuses the editor. */
  focusAt(offset: number): void;
}
