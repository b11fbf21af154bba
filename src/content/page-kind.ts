import { type ClassifiedField, type FieldKind, SENSITIVE_KINDS } from './form-fields';

/**
 * What a page is, from its words and its form fields together (a URL keyword alone decides nothing):
 * - `refund-form`: refund / claims / compensation / cancel-membership talk plus fields for a bank card, card
 *   password, SMS code or ID number (a fake refund page when the domain is not official);
 * - `transfer`: an online-banking transfer form; `loan`: a loan application; `remote-download`: the download
 *   page of a remote-control tool. These three are escalated when a scam contact was seen shortly before.
 */

export type PageKind = 'refund-form' | 'transfer' | 'loan' | 'remote-download';

export interface PageFacts {
	/** Title, headings and a bounded text sample. */
	text: string;
	fields: readonly Pick<ClassifiedField, 'kind'>[];
	/** Links and buttons: href and visible text. */
	links: readonly { href: string; text: string }[];
}

export const REFUND_TALK =
	/退款|退货|理赔|赔偿|赔付|补偿|注销|取消.{0,4}(会员|代理|服务|扣费)|关闭.{0,6}(会员|代理|保障|扣费|服务)|误开通|自动扣费|refund|reimburse|compensation|\bclaims?\b|cancel.{0,20}(membership|subscription)/i;
/** Customer-service language: the cheap first look escalates on it (with refund talk). */
export const SERVICE_TALK = /客服|售后|在线咨询|人工服务|customer (service|support)|help ?desk|live chat/i;

const TRANSFER_TALK = /转账|汇款|收款人|收款账[号户]|付款账户|跨行|\b(transfer|payee|beneficiary|wire)\b/i;
const LOAN_TALK = /借呗|微粒贷|京东金条|金条|备用金|借款|贷款|借钱|信用贷|消费贷|\bloans?\b|borrow/i;
const LOAN_ACTION = /申请|立即借|借款金额|可借|额度|还款|分期|\bapply\b|borrow now|amount/i;
const REMOTE_TOOLS =
	/向日葵|todesk|anydesk|teamviewer|rustdesk|quicksupport|ultraviewer|splashtop|远程(控制|协助|桌面)|屏幕共享|remote (desktop|support|access)/i;
const DOWNLOAD_TARGET = /\.(exe|msi|dmg|pkg|apk|deb|rpm)(\?|#|$)/i;
const DOWNLOAD_WORD = /下载|安装|\bdownload\b|\binstall\b/i;

function has(fields: PageFacts['fields'], ...kinds: FieldKind[]): boolean {
	return fields.some((f) => kinds.includes(f.kind));
}

export function sensitiveKinds(fields: PageFacts['fields']): FieldKind[] {
	return [...new Set(fields.map((f) => f.kind).filter((k) => SENSITIVE_KINDS.has(k)))];
}

/** Every kind the facts support (a page can be a loan form and ask for a card at once). */
export function pageKinds(facts: PageFacts): PageKind[] {
	const out: PageKind[] = [];
	const { text, fields, links } = facts;
	if (REFUND_TALK.test(text) && sensitiveKinds(fields).length > 0) out.push('refund-form');
	if (
		TRANSFER_TALK.test(text) &&
		(has(fields, 'payee-account') || (has(fields, 'amount') && has(fields, 'payee-name')))
	) {
		out.push('transfer');
	}
	if (LOAN_TALK.test(text) && (has(fields, 'amount', 'loan-term') || LOAN_ACTION.test(text))) {
		// Words alone (a news article about 借呗) are not a loan page: it needs a form field or an apply control.
		if (fields.length > 0 || links.some((l) => LOAN_ACTION.test(l.text))) out.push('loan');
	}
	if (
		REMOTE_TOOLS.test(text) &&
		links.some(
			(l) =>
				DOWNLOAD_TARGET.test(l.href) ||
				(DOWNLOAD_WORD.test(l.text) && REMOTE_TOOLS.test(`${l.text} ${l.href}`)),
		)
	) {
		out.push('remote-download');
	}
	return out;
}

/** Whether the cheap first look should turn into a full scan of the page. */
export function worthFullScan(facts: PageFacts): boolean {
	if (REFUND_TALK.test(facts.text) || SERVICE_TALK.test(facts.text)) return true;
	return sensitiveKinds(facts.fields).length > 0 || has(facts.fields, 'payee-account');
}
