/** The one place that injects HTML: the output of lib/markdown.ts, sanitized when it was rendered. */
export default function DocumentBody({html}: {html: string}) {
  return <div className="document-body" dangerouslySetInnerHTML={{__html: html}} />;
}
