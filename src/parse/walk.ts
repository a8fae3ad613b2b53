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

/**
 * What `body *` selects among `elements`, which must be every element `elementsBelow` lists for a
 * root: the elements below every `<body>` (a nested one's again, as the selector's walk gives
 * them), none in a fragment without one. In document order a body's elements are the run right
 * after it, up to its last descendant: sliced, where walking each body again cost as much as the
 * first walk.
 */
export function bodyElements(elements: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < elements.length; i += 1) {
    const body = elements[i]!;
    if (body.name !== 'body') continue;
    const last = lastElementBelow(body);
    if (last === body) continue;
    const end = elements.indexOf(last, i + 1) + 1;
    for (let j = i + 1; j < end; j += 1) out.push(elements[j]!);
  }
  return out;
}

/** The last element of `root`'s subtree in document order (`root` itself when it holds none). */
function lastElementBelow(root: Element): Element {
  let last = root;
  for (;;) {
    const { children } = last;
    let i = children.length - 1;
    while (i >= 0 && !isElement(children[i]!)) i -= 1;
    if (i < 0) return last;
    last = children[i] as Element;
  }
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
