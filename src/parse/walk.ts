import type { AnyNode, Element, ParentNode } from 'domhandler';

/** True for element nodes (`script` and `style` are element types of their own in domhandler). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * The elements below `root` in document order, read without recursion: a page nested thousands
 * deep must not overflow the stack, and one array walked many times is cheaper than a selector
 * query per question.
 */
export function elementsBelow(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return out;
}

/** What `body *` selects among `elements` (a page's, in document order): the elements below every `<body>`, none in a fragment without one. */
export function bodyElements(elements: readonly Element[]): Element[] {
  return elements.filter((element) => element.name === 'body').flatMap((body) => elementsBelow(body));
}

/** The text an element holds directly, its children's text nodes joined by `separator`. */
export function ownText(element: Element, separator = ''): string {
  // A loop, not map and join: this runs on every element of a page, most of which have no text.
  let text = '';
  element.children.forEach((child, index) => {
    if (index > 0) text += separator;
    if (child.type === 'text') text += child.data;
  });
  return text;
}

/** All text below a node in document order, as the DOM's `textContent` (no recursion). */
export function textContent(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  let text = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') text += current.data;
    else if (isElement(current)) for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i]!);
  }
  return text;
}
