/**
 * Enforces the import arrows of DESIGN.md's layout table on every source file under src/ (tests and benchmarks
 * beside the code are exempt: test code may import anything). Parsed with the TypeScript compiler, so static
 * imports, re-exports, dynamic import() and import type are all seen, and comments or strings never match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

type Area =
	| 'engine'
	| 'content'
	| 'warn'
	| 'background'
	| 'popup'
	| 'options'
	| 'welcome'
	| 'shared'
	| 'i18n'
	| 'cli';

/** Which project areas each area may import (its own area is always allowed). */
const MAY_IMPORT: Record<Area, readonly Area[]> = {
	engine: [],
	content: ['engine', 'warn', 'shared', 'i18n'],
	warn: ['engine', 'shared', 'i18n'],
	background: ['engine', 'shared'],
	popup: ['warn', 'engine', 'shared', 'i18n'],
	options: ['warn', 'engine', 'shared', 'i18n'],
	welcome: ['warn', 'engine', 'shared', 'i18n'],
	shared: ['engine'],
	i18n: [],
	cli: ['engine'],
};

/**
 * Areas whose imports of another area must be type-only, except from that area's contract module: shared may use
 * the engine's types module (its id lists validate stored data) and nothing else of the engine at run time.
 */
const TYPE_ONLY: Partial<Record<Area, { area: Area; contract: string }>> = {
	shared: { area: 'engine', contract: 'src/engine/types.ts' },
};

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
/** npm packages that are not "pure libraries" for the engine: extension APIs, UI, WebAssembly decoders. */
const ENGINE_FORBIDDEN_PACKAGES = [
	'webextension-polyfill',
	'preact',
	'zxing-wasm',
	'@preact/',
	'playwright',
	'puppeteer',
];
/** npm packages an area may not use at all (i18n imports nothing). */
const NO_PACKAGES: readonly Area[] = ['i18n'];
/** Browser globals the engine must not touch (it runs in Node too and never sees the DOM). */
const ENGINE_FORBIDDEN_GLOBALS = new Set([
	'chrome',
	'browser',
	'document',
	'window',
	'navigator',
	'localStorage',
]);

interface ImportUse {
	specifier: string;
	typeOnly: boolean;
	line: number;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		if (!/\.(ts|tsx|mts)$/.test(entry.name) || /\.(test|bench)\.(ts|tsx)$/.test(entry.name)) return [];
		if (entry.name.endsWith('.d.ts')) return [];
		return [path];
	});
}

function areaOf(file: string): Area | null {
	const top = relative(SRC, file).split(sep)[0];
	return top !== undefined && top in MAY_IMPORT ? (top as Area) : null;
}

function importsOf(source: ts.SourceFile): ImportUse[] {
	const uses: ImportUse[] = [];
	const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
			const clause = node.importClause;
			const typeOnly =
				clause !== undefined &&
				(clause.isTypeOnly ||
					(clause.name === undefined &&
						clause.namedBindings !== undefined &&
						ts.isNamedImports(clause.namedBindings) &&
						clause.namedBindings.elements.length > 0 &&
						clause.namedBindings.elements.every((element) => element.isTypeOnly)));
			uses.push({ specifier: node.moduleSpecifier.text, typeOnly, line: line(node) });
		} else if (
			ts.isExportDeclaration(node) &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
		) {
			const typeOnly =
				node.isTypeOnly ||
				(node.exportClause !== undefined &&
					ts.isNamedExports(node.exportClause) &&
					node.exportClause.elements.length > 0 &&
					node.exportClause.elements.every((element) => element.isTypeOnly));
			uses.push({ specifier: node.moduleSpecifier.text, typeOnly, line: line(node) });
		} else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] &&
			ts.isStringLiteral(node.arguments[0])
		) {
			uses.push({ specifier: node.arguments[0].text, typeOnly: false, line: line(node) });
		} else if (
			ts.isImportTypeNode(node) &&
			ts.isLiteralTypeNode(node.argument) &&
			ts.isStringLiteral(node.argument.literal)
		) {
			uses.push({ specifier: node.argument.literal.text, typeOnly: true, line: line(node) });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return uses;
}

function forbiddenGlobalsOf(source: ts.SourceFile): string[] {
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (
			ts.isPropertyAccessExpression(node) &&
			ts.isIdentifier(node.expression) &&
			ENGINE_FORBIDDEN_GLOBALS.has(node.expression.text)
		) {
			const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
			found.push(`${node.expression.text}.${node.name.text} (line ${line + 1})`);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

function packageName(specifier: string): string {
	const parts = specifier.split('/');
	return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function violationsOf(file: string): string[] {
	const area = areaOf(file);
	if (area === null) return [];
	const text = readFileSync(file, 'utf8');
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
	const where = relative(ROOT, file);
	const problems: string[] = [];
	for (const use of importsOf(source)) {
		const specifier = use.specifier.replace(/\?.*$/, '');
		const at = `${where}:${use.line} imports '${use.specifier}'`;
		if (specifier.startsWith('.')) {
			const target = resolve(dirname(file), specifier);
			if (!target.startsWith(`${SRC}${sep}`)) {
				if (relative(ROOT, target) !== 'package.json') problems.push(`${at}: outside src/`);
				continue;
			}
			const targetArea = areaOf(target);
			if (targetArea === area) continue;
			if (targetArea === null || !MAY_IMPORT[area].includes(targetArea)) {
				problems.push(`${at}: ${area} may not import ${targetArea ?? relative(SRC, target)}`);
			} else if (
				TYPE_ONLY[area]?.area === targetArea &&
				!use.typeOnly &&
				relative(ROOT, target).replace(/\.ts$/, '') !== TYPE_ONLY[area].contract.replace(/\.ts$/, '')
			) {
				problems.push(
					`${at}: ${area} may import only types from ${targetArea} (values only from its types module)`,
				);
			}
			continue;
		}
		if (specifier.startsWith('/') || specifier.startsWith('src/')) {
			problems.push(`${at}: use a relative import`);
			continue;
		}
		// An npm package or a Node built-in.
		if (NO_PACKAGES.includes(area) && !use.typeOnly) problems.push(`${at}: ${area} imports nothing`);
		if (area === 'engine') {
			if (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(packageName(specifier))) {
				problems.push(`${at}: the engine runs in browsers too (no Node built-ins)`);
			} else if (
				ENGINE_FORBIDDEN_PACKAGES.some(
					(p) => specifier === p || specifier.startsWith(p.endsWith('/') ? p : `${p}/`),
				)
			) {
				problems.push(`${at}: the engine imports only pure libraries`);
			}
		}
	}
	if (area === 'engine') {
		for (const use of forbiddenGlobalsOf(source)) problems.push(`${where}: the engine touches ${use}`);
	}
	return problems;
}

describe('import arrows (DESIGN.md layout table)', () => {
	const files = sourceFiles(SRC);

	it('finds the source files', () => {
		expect(files.length).toBeGreaterThan(5);
	});

	it('every import follows the arrows', { timeout: 120_000 }, () => {
		expect(files.flatMap(violationsOf)).toEqual([]);
	});

	it('catches a forbidden arrow (self-check of the checker)', () => {
		const probe = join(SRC, 'content', '__probe__.ts');
		const source = ts.createSourceFile(
			probe,
			"import { x } from '../popup/popup-app';\nimport type { Verdict } from '../engine/types';",
			ts.ScriptTarget.Latest,
			true,
		);
		const uses = importsOf(source);
		expect(uses.map((u) => [u.specifier, u.typeOnly])).toEqual([
			['../popup/popup-app', false],
			['../engine/types', true],
		]);
		expect(areaOf(resolve(dirname(probe), uses[0]!.specifier))).toBe('popup');
		expect(MAY_IMPORT.content).not.toContain('popup');
	});
});
