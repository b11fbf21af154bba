/**
 * A typed value in `storage.local` or `storage.session` (never `storage.sync`: it leaves the device).
 * Every read goes through the item's `parse`, so a missing, older or corrupted value always comes back valid.
 */

/** The part of a WebExtension StorageArea the items use (a fake in tests, `browser.storage.local` in the product). */
export interface StorageAreaLike {
	get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
	set(items: Record<string, unknown>): Promise<void>;
	remove(keys: string | string[]): Promise<void>;
}

export interface StorageItem<T> {
	readonly key: string;
	read(): Promise<T>;
	write(value: T): Promise<void>;
	/** Read-modify-write, serialised with other updates of the same item in this context. */
	update(change: (current: T) => T): Promise<T>;
	remove(): Promise<void>;
}

export interface ItemOptions<T> {
	/** Turns whatever is stored (or undefined) into a valid T; never throws. */
	parse(raw: unknown): T;
	/** When true for a raw value, the parsed value is written back (used by migrations). */
	needsWriteBack?(raw: unknown): boolean;
}

const queues = new WeakMap<StorageAreaLike, Map<string, Promise<unknown>>>();

function enqueue<R>(area: StorageAreaLike, key: string, task: () => Promise<R>): Promise<R> {
	let perArea = queues.get(area);
	if (!perArea) {
		perArea = new Map();
		queues.set(area, perArea);
	}
	const previous = perArea.get(key) ?? Promise.resolve();
	const next = previous.then(task, task);
	perArea.set(
		key,
		next.catch(() => undefined),
	);
	return next;
}

export function defineItem<T>(area: StorageAreaLike, key: string, options: ItemOptions<T>): StorageItem<T> {
	const readNow = async (): Promise<T> => {
		const stored = await area.get(key);
		const raw = stored[key];
		const value = options.parse(raw);
		if (options.needsWriteBack?.(raw)) await area.set({ [key]: value });
		return value;
	};
	return {
		key,
		read: readNow,
		write: (value) => enqueue(area, key, () => area.set({ [key]: value })),
		update: (change) =>
			enqueue(area, key, async () => {
				const current = await readNow();
				const next = change(current);
				// A change that returns the value it was given changed nothing: no write.
				if (next !== current) await area.set({ [key]: next });
				return next;
			}),
		remove: () => enqueue(area, key, () => area.remove(key)),
	};
}

/** An in-memory StorageArea for tests and for contexts without extension storage. */
export function memoryArea(
	initial: Record<string, unknown> = {},
): StorageAreaLike & { data: Map<string, unknown> } {
	const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
	const pick = (keys?: string | string[] | null): string[] =>
		keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
	return {
		data,
		async get(keys) {
			const out: Record<string, unknown> = {};
			for (const k of pick(keys)) if (data.has(k)) out[k] = structuredClone(data.get(k));
			return out;
		},
		async set(items) {
			for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
		},
		async remove(keys) {
			for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
		},
	};
}
