import { ACCOUNT_SIGNALS } from './account-signals';
import { BENIGN_SIGNALS } from './benign-signals';
import { CALLBACK_INVOICE_SIGNALS } from './callback-invoice-signals';
import { CONTEXT_SIGNALS } from './context-signals';
import { CREDENTIAL_SIGNALS } from './credential-signals';
import { CREDIT_SIGNALS } from './credit-signals';
import { MEMBERSHIP_SIGNALS } from './membership-signals';
import { OFF_PLATFORM_SIGNALS } from './off-platform-signals';
import { INVOICE_SIGNALS, OVERPAYMENT_SIGNALS } from './overpayment-signals';
import { REFUND_SIGNALS } from './refund-signals';
import { REMOTE_CONTROL_SIGNALS } from './remote-control-signals';
import type { TextSignalDefinition } from './signal-definition';

export { NEGATION_CUES, NEGATION_RESETS } from './benign-signals';

/** Every text signal of the catalogue, grouped by family file. */
export const TEXT_SIGNAL_DEFINITIONS: readonly TextSignalDefinition[] = [
	...REFUND_SIGNALS,
	...MEMBERSHIP_SIGNALS,
	...CREDIT_SIGNALS,
	...ACCOUNT_SIGNALS,
	...OFF_PLATFORM_SIGNALS,
	...REMOTE_CONTROL_SIGNALS,
	...CREDENTIAL_SIGNALS,
	...OVERPAYMENT_SIGNALS,
	...INVOICE_SIGNALS,
	...CALLBACK_INVOICE_SIGNALS,
	...CONTEXT_SIGNALS,
	...BENIGN_SIGNALS,
];
