import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

/** A JSX attribute written as a plain string (`id="x"`); expressions are not content. */
export function attribute(element: Pick<MdxJsxFlowElement, 'attributes'>, name: string): string | undefined {
  const found = element.attributes.find(
    (attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Whether a boolean attribute (`<Step irreversible>`) is present. */
export function hasAttribute(element: Pick<MdxJsxFlowElement, 'attributes'>, name: string): boolean {
  return element.attributes.some((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
}

/**
 * The element with these attributes set (replacing any of the same name). Sätteri cannot set `attributes` in
 * place, so plugins swap in this copy with `ctx.replaceNode`, which keeps the children.
 */
export function withAttributes<T extends Pick<MdxJsxFlowElement, 'attributes'>>(
  element: T,
  values: Record<string, string>,
): T {
  const names = new Set(Object.keys(values));
  const kept = element.attributes.filter((attr) => !(attr.type === 'mdxJsxAttribute' && names.has(attr.name)));
  const added: MdxJsxAttribute[] = Object.entries(values).map(([name, value]) => ({
    type: 'mdxJsxAttribute',
    name,
    value,
  }));
  return { ...element, attributes: [...kept, ...added] };
}
