import type {ReactNode} from 'react';

/** For a rich message's <time> tag: its text marked as the machine-readable day `value` (YYYY-MM-DD). */
export function timeTag(value: string) {
  return function Time(chunks: ReactNode) {
    return <time dateTime={value}>{chunks}</time>;
  };
}
