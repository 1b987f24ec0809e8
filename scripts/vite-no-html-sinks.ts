import type { Plugin } from 'vite';

/**
 * PrepPanel ships no HTML sink: page text is data, never markup (design.md). Our own code
 * never writes `innerHTML` (eslint forbids it), but React DOM carries three sinks for
 * features PrepPanel does not use: `dangerouslySetInnerHTML` (set on mount and on update)
 * and the `<script>` element it builds through a `div`'s innerHTML. This plugin rewrites
 * those three into a throw in the production build, so `web-ext lint` finds no unsafe
 * assignment and no page text could ever reach an HTML parser through React.
 *
 * The rewrite is exact: each pattern must be found exactly once, or the build fails (a
 * React upgrade that changes the code must be looked at, not silently skipped). And every
 * chunk that leaves the build is checked for HTML sinks, whatever wrote them.
 */

const REACT_DOM_CLIENT = /[\\/]node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/;

/** What React DOM 19 writes, and what it becomes. Each must occur exactly once. */
export const REACT_DOM_REWRITES: readonly { name: string; find: string; replace: string }[] = [
  {
    name: 'dangerouslySetInnerHTML on mount',
    find: `        key = value.__html;
        if (null != key) {
          if (null != props.children) throw Error(formatProdErrorMessage(60));
          (null != prevValue ? prevValue.__html : void 0) !== key &&
            (domElement.innerHTML = key);
        }
      }
      break;
    case "multiple":`,
    replace: `        throw Error("PrepPanel: dangerouslySetInnerHTML is not supported (page text is data, never markup)");
      }
      break;
    case "multiple":`,
  },
  {
    name: 'dangerouslySetInnerHTML on update',
    find: `        key = value.__html;
        if (null != key) {
          if (null != props.children) throw Error(formatProdErrorMessage(60));
          (null != prevValue ? prevValue.__html : void 0) !== key &&
            (domElement.innerHTML = key);
        }
      }
      break;
    case "children":`,
    replace: `        throw Error("PrepPanel: dangerouslySetInnerHTML is not supported (page text is data, never markup)");
      }
      break;
    case "children":`,
  },
  {
    name: 'the <script> element',
    find: `                  nextResource = ownerDocument.createElement("div");
                  nextResource.innerHTML = "<script>\\x3c/script>";
                  nextResource = nextResource.removeChild(
                    nextResource.firstChild
                  );
                  break;`,
    replace: `                  throw Error("PrepPanel: rendering <script> elements is not supported");`,
  },
];

/** Assignments and calls that parse a string as HTML, in minified or unminified code. */
const HTML_SINKS = /\.(?:innerHTML|outerHTML)\s*(?:\+)?=(?!=)|\.insertAdjacentHTML\s*\(|\.createContextualFragment\s*\(|\bdocument\.write(?:ln)?\s*\(|\.setHTMLUnsafe\s*\(|\bsrcdoc\s*=(?!=)/g;

export function htmlSinksIn(code: string): string[] {
  return Array.from(code.matchAll(HTML_SINKS), (match) => code.slice(Math.max(0, match.index - 40), match.index + 40));
}

export function rewriteReactDom(code: string): string {
  let result = code;
  for (const { name, find, replace } of REACT_DOM_REWRITES) {
    const count = result.split(find).length - 1;
    if (count !== 1) {
      throw new Error(
        `no-html-sinks: expected React DOM's ${name} code exactly once, found it ${count} times. ` +
          'React DOM changed: update scripts/vite-no-html-sinks.ts to its new code.',
      );
    }
    result = result.replace(find, () => replace);
  }
  return result;
}

export function noHtmlSinks(): Plugin {
  let reactDomRewritten = false;
  return {
    name: 'preppanel:no-html-sinks',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      // The file itself, not the virtual modules (`?commonjs-exports`…) named after it.
      if (!REACT_DOM_CLIENT.test(id)) return undefined;
      reactDomRewritten = true;
      try {
        return { code: rewriteReactDom(code), map: null };
      } catch (error) {
        return this.error((error as Error).message);
      }
    },
    generateBundle(_, bundle) {
      const bundlesReact = Object.values(bundle).some(
        (output) => output.type === 'chunk' && Object.keys(output.modules).some((id) => /[\\/]react-dom[\\/]/.test(id)),
      );
      if (bundlesReact && !reactDomRewritten) {
        this.error('no-html-sinks: React DOM is bundled but its client (react-dom-client.production.js) was not rewritten.');
      }
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const sinks = htmlSinksIn(output.code);
        if (sinks.length > 0) this.error(`no-html-sinks: ${output.fileName} writes HTML: ${sinks.join(' … ')}`);
      }
    },
  };
}
