/**
 * Classifies form fields by what they ask for, from their type, name, id, placeholder, label, autocomplete and
 * input mode: the signs of a fake refund page (bank card, card password, SMS code, ID number) and of a transfer
 * or loan form (amount, payee account). Pure: the DOM reading is `describeField`, the judgement `classifyField`.
 */

export type FieldKind =
	| 'card-number'
	| 'card-password'
	| 'sms-code'
	| 'id-number'
	| 'cvv'
	| 'amount'
	| 'payee-account'
	| 'payee-name'
	| 'loan-term'
	| 'phone'
	| 'other';

/** The sensitive kinds: asking for any of these on a refund page is the scam's goal. */
export const SENSITIVE_KINDS: ReadonlySet<FieldKind> = new Set([
	'card-number',
	'card-password',
	'sms-code',
	'id-number',
	'cvv',
]);

export interface FieldDescription {
	tag: string;
	type: string;
	name: string;
	id: string;
	placeholder: string;
	label: string;
	autocomplete: string;
	inputMode: string;
	maxLength: number;
}

const RULES: readonly [FieldKind, RegExp][] = [
	['cvv', /\b(cvv2?|cvc2?|csc|security ?code)\b|安全码|卡背.{0,4}(三|3)位/i],
	[
		'card-password',
		/(银行卡|卡|取款|交易|支付|付款|提现)\s*密码|\b(atm|card|bank|pay(ment)?|trade|trans)[-_ ]?(pin|pwd|password|passcode)\b|\bpin\b|6\s*位.{0,3}密码/i,
	],
	[
		'sms-code',
		/验证码|校验码|动态码|短信码|\b(sms|otp|verify|verification|auth)[-_ ]?(code)?\b|\bcaptcha\b|one[- ]time/i,
	],
	[
		'id-number',
		/身份证|证件号|身份号码|\b(id[-_ ]?(card|no|num(ber)?)|idcard|ssn|social security|national id)\b/i,
	],
	[
		'payee-account',
		/收款(人)?(账号|账户|卡号)|对方(账号|账户)|转入(账号|账户)|\b(payee|beneficiary|recipient)[-_ ]?(account|acct|iban)|\b(to|dest)[-_ ]?acc(oun)?t\b/i,
	],
	['payee-name', /收款人(姓名|户名)?|户名|\b(payee|beneficiary|recipient)[-_ ]?name\b/i],
	[
		'card-number',
		/银行卡号?|卡号|储蓄卡|信用卡|借记卡|\b(card|bank|acct|account)[-_ ]?(no|num(ber)?)\b|\bcc-?number\b|\bcardno\b/i,
	],
	['amount', /金额|转账额|借款额|借多少|\bamount\b|\bsum\b/i],
	['loan-term', /借款期限|分期|期数|还款方式|\b(loan[-_ ]?term|installments?|tenor)\b/i],
	['phone', /手机号?|电话|\b(phone|mobile|tel)\b/i],
];

/** What a field asks for. */
export function classifyField(f: FieldDescription): FieldKind {
	const type = f.type.toLowerCase();
	if (
		['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file', 'range', 'color'].includes(
			type,
		)
	) {
		return 'other';
	}
	const ac = f.autocomplete.toLowerCase();
	if (ac.includes('cc-number')) return 'card-number';
	if (ac.includes('cc-csc')) return 'cvv';
	if (ac.includes('one-time-code')) return 'sms-code';
	if (ac.includes('transaction-amount')) return 'amount';
	const words = [f.label, f.placeholder, f.name, f.id].join(' | ');
	// A password box on a card or payment form is a card password; a login password is not our concern.
	if (type === 'password' && /卡|支付|交易|取款|付款|提现|\b(card|bank|atm|pay|pin|trade)/i.test(words)) {
		return 'card-password';
	}
	for (const [kind, re] of RULES) {
		if (re.test(words)) return kind;
	}
	if (type === 'password' && f.maxLength === 6 && /numeric|decimal/.test(f.inputMode)) return 'card-password';
	return 'other';
}

/** Reads what `classifyField` needs from a form control: its attributes and its label's text. */
export function describeField(
	el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
): FieldDescription {
	return {
		tag: el.tagName.toLowerCase(),
		type: (
			el.getAttribute('type') ?? (el.tagName === 'INPUT' ? 'text' : el.tagName.toLowerCase())
		).toLowerCase(),
		name: el.getAttribute('name') ?? '',
		id: el.id ?? '',
		placeholder: el.getAttribute('placeholder') ?? '',
		label: labelText(el),
		autocomplete: el.getAttribute('autocomplete') ?? '',
		inputMode: el.getAttribute('inputmode') ?? '',
		maxLength: 'maxLength' in el && typeof el.maxLength === 'number' ? el.maxLength : -1,
	};
}

const MAX_LABEL = 80;

function labelText(el: Element): string {
	const parts: string[] = [];
	const aria = el.getAttribute('aria-label');
	if (aria) parts.push(aria);
	const labelledBy = el.getAttribute('aria-labelledby');
	if (labelledBy) {
		for (const id of labelledBy.split(/\s+/)) {
			const t = el.ownerDocument.getElementById(id)?.textContent;
			if (t) parts.push(t);
		}
	}
	const labels = (el as HTMLInputElement).labels;
	if (labels) for (const l of labels) parts.push(l.textContent ?? '');
	if (parts.length === 0) {
		// A label written next to the field without `for` (common on hastily built pages): the previous sibling's text.
		const prev = el.previousElementSibling ?? el.parentElement?.previousElementSibling;
		if (prev) parts.push(prev.textContent ?? '');
		const title = el.getAttribute('title');
		if (title) parts.push(title);
	}
	return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
}

export interface ClassifiedField {
	el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
	kind: FieldKind;
}

const MAX_FIELDS = 200;

/** The form controls of a document or subtree with their kinds (bounded). */
export function classifyFields(root: ParentNode): ClassifiedField[] {
	const out: ClassifiedField[] = [];
	for (const el of root.querySelectorAll('input, select, textarea')) {
		out.push({ el: el as HTMLInputElement, kind: classifyField(describeField(el as HTMLInputElement)) });
		if (out.length >= MAX_FIELDS) break;
	}
	return out;
}
