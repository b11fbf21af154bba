/**
 * Finding and using warnings the way assistive technology does: through the accessibility tree, which Chromium
 * builds across closed shadow roots (CDP `Accessibility.getFullAXTree`, per frame).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface AxNode {
	nodeId: string;
	role?: { value?: string };
	name?: { value?: string };
	childIds?: string[];
	parentId?: string;
	backendDOMNodeId?: number;
	ignored?: boolean;
	properties?: { name: string; value: { value?: unknown } }[];
}

export interface FoundWarning {
	role: string;
	name: string;
	node: AxNode;
	/** Every node of the frame's tree, for finding the warning's buttons. */
	tree: Map<string, AxNode>;
}

export async function axTrees(cdp: CDPSession): Promise<Map<string, AxNode>[]> {
	const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
		frameTree: { frame: { id: string }; childFrames?: unknown[] };
	};
	const ids: string[] = [];
	const walk = (t: { frame: { id: string }; childFrames?: unknown[] }) => {
		ids.push(t.frame.id);
		for (const c of (t.childFrames ?? []) as (typeof t)[]) walk(c);
	};
	walk(frameTree);
	const trees: Map<string, AxNode>[] = [];
	for (const frameId of ids) {
		try {
			const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as { nodes: AxNode[] };
			trees.push(new Map(nodes.map((n) => [n.nodeId, n])));
		} catch {
			// Out-of-process frames answer on their own session; the warnings of these tests live in-process.
		}
	}
	return trees;
}

/** Warnings (role alert or status) whose accessible name starts with the product name. */
export async function findWarnings(cdp: CDPSession, productName: RegExp): Promise<FoundWarning[]> {
	const out: FoundWarning[] = [];
	for (const tree of await axTrees(cdp)) {
		for (const node of tree.values()) {
			const role = node.role?.value ?? '';
			const name = node.name?.value ?? '';
			if ((role === 'alert' || role === 'status') && productName.test(name) && !node.ignored) {
				out.push({ role, name, node, tree });
			}
		}
	}
	return out;
}

function descendants(tree: Map<string, AxNode>, node: AxNode): AxNode[] {
	const out: AxNode[] = [];
	const stack = [...(node.childIds ?? [])];
	while (stack.length) {
		const n = tree.get(stack.shift()!);
		if (!n) continue;
		out.push(n);
		stack.push(...(n.childIds ?? []));
	}
	return out;
}

/** Clicks a button of the warning by its accessible name, with a real mouse click (a user gesture). */
export async function clickWarningButton(
	page: Page,
	cdp: CDPSession,
	w: FoundWarning,
	label: string,
): Promise<void> {
	const button = descendants(w.tree, w.node).find(
		(n) => n.role?.value === 'button' && n.name?.value === label,
	);
	if (!button?.backendDOMNodeId) {
		const names = descendants(w.tree, w.node)
			.filter((n) => n.role?.value === 'button')
			.map((n) => n.name?.value);
		throw new Error(`no button "${label}" in ${w.name}; buttons: ${names.join(', ')}`);
	}
	await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendDOMNodeId });
	const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId })) as {
		model: { content: number[] };
	};
	const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
	await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Computed style of the DOM node behind an accessibility node (works inside closed shadow roots). */
export async function computedStyle(
	cdp: CDPSession,
	node: AxNode,
	names: string[],
): Promise<Record<string, string>> {
	await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
	const { nodeIds } = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', {
		backendNodeIds: [node.backendDOMNodeId!],
	})) as { nodeIds: number[] };
	await cdp.send('CSS.enable');
	const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: nodeIds[0]! })) as {
		computedStyle: { name: string; value: string }[];
	};
	return Object.fromEntries(
		computedStyle.filter((p) => names.includes(p.name)).map((p) => [p.name, p.value]),
	);
}
