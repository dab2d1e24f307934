// A feed URL may carry user:password@ (private feeds); it must never reach a log line, an error message
// or a dead letter. Works on any text, so a message quoting a URL can be passed whole.
export function redactUrl(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/?#@\s]*@/gi, '$1***@');
}
