/** A container's log: the capped line buffer, timestamps, search and the download name. */
export * from './lineBuffer';
export * from './timestamps';
export * from './search';
export * from './fileName';
