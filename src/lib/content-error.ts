/** Content errors are the author's to fix: the message says what and where; a stack into src/ would only distract. */
export function contentError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}
