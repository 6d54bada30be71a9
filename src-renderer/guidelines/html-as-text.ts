interface MdNode {
  type: string
  value?: string
  children?: MdNode[]
}

/**
 * A remark plugin: raw HTML in the Markdown (`<script>`, `<img onerror=…>`) becomes plain
 * text, shown as typed. Without it, react-markdown drops such HTML silently; shown, the
 * author sees what their guideline holds, and nothing of it is ever parsed as HTML.
 */
export function htmlAsText() {
  return (tree: MdNode): void => {
    const walk = (node: MdNode): void => {
      if (node.type === 'html') node.type = 'text'
      node.children?.forEach(walk)
    }
    walk(tree)
  }
}
