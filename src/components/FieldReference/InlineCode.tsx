/** Schema descriptions mark field names and values with backticks; show them as code, never as HTML. */
import React, {type ReactNode} from 'react';

export function InlineCode({text}: {text: string}): ReactNode {
  return text.split(/(`[^`]+`)/).map((part, i) => (part.startsWith('`') && part.endsWith('`') && part.length > 2 ? <code key={i}>{part.slice(1, -1)}</code> : <React.Fragment key={i}>{part}</React.Fragment>));
}
