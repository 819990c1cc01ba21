/**
 * The preview's (`npm start`) half of the German error report: while an entry does not pass the
 * validator, every compilation carries one error whose text is the validator's lines and one
 * German sentence. The dev server shows it in the browser overlay and Docusaurus prints it once
 * per compilation in the terminal; no stack trace (hideStack), no per-page repetition (the
 * Markdown of an invalid file compiles to a page that shows the same lines, see frontmatter.ts).
 */
import {contentErrors, invalidContentSentence} from './content-cache.ts';

interface Compiler {
  webpack?: {WebpackError?: new (message: string) => Error};
  hooks: {thisCompilation: {tap(name: string, fn: (compilation: {errors: Error[]}) => void): void}};
}

export class ContentProblemsPlugin {
  constructor(private readonly siteDir: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('praxisatlas-content-problems', (compilation) => {
      const {lines, errors} = contentErrors(this.siteDir);
      if (!errors) return;
      const message = `${lines.join('\n')}\n\n${invalidContentSentence(errors)}`;
      const ErrorClass = compiler.webpack?.WebpackError ?? Error;
      const error = Object.assign(new ErrorClass(message), {hideStack: true, name: 'Praxisatlas'});
      error.stack = message;
      compilation.errors.push(error);
    });
  }
}
