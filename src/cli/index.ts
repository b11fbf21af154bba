/**
 * Placeholder command line created by the build set-up (answers --help and --version); the engine issue replaces it
 * with `refund-guard scan` and `refund-guard check`.
 */
import { FAMILY_IDS } from '../engine/index';

const VERSION = '0.1.0';
const HELP = `Usage: refund-guard [--help] [--version]

Scans text for refund and fake customer-service scam patterns, on this device.
Scam families known: ${FAMILY_IDS.join(', ')}
`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
	process.stdout.write(`${VERSION}\n`);
} else if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
	process.stdout.write(HELP);
} else {
	process.stderr.write(`refund-guard: unknown arguments: ${args.join(' ')}\n${HELP}`);
	process.exitCode = 2;
}
