// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyField, classifyFields, type FieldDescription } from './form-fields';

function field(p: Partial<FieldDescription>): FieldDescription {
	return {
		tag: 'input',
		type: 'text',
		name: '',
		id: '',
		placeholder: '',
		label: '',
		autocomplete: '',
		inputMode: '',
		maxLength: -1,
		...p,
	};
}

describe('classifyField', () => {
	it.each([
		[{ label: '银行卡号' }, 'card-number'],
		[{ placeholder: '请输入储蓄卡卡号' }, 'card-number'],
		[{ autocomplete: 'cc-number' }, 'card-number'],
		[{ name: 'cardNo' }, 'card-number'],
		[{ type: 'password', label: '银行卡密码' }, 'card-password'],
		[{ type: 'password', placeholder: '6位取款密码' }, 'card-password'],
		[{ type: 'password', maxLength: 6, inputMode: 'numeric' }, 'card-password'],
		[{ placeholder: '短信验证码' }, 'sms-code'],
		[{ autocomplete: 'one-time-code' }, 'sms-code'],
		[{ name: 'otp' }, 'sms-code'],
		[{ label: '身份证号' }, 'id-number'],
		[{ name: 'id_card' }, 'id-number'],
		[{ label: 'CVV' }, 'cvv'],
		[{ label: '收款账号' }, 'payee-account'],
		[{ label: '收款人姓名' }, 'payee-name'],
		[{ label: '转账金额' }, 'amount'],
		[{ label: '借款期限' }, 'loan-term'],
		[{ label: '手机号' }, 'phone'],
	] as const)('%o is %s', (p, kind) => {
		expect(classifyField(field(p))).toBe(kind);
	});

	it('leaves login passwords, search boxes and buttons alone', () => {
		expect(classifyField(field({ type: 'password', label: '登录密码' }))).toBe('other');
		expect(classifyField(field({ type: 'search', placeholder: '搜索宝贝' }))).toBe('other');
		expect(classifyField(field({ type: 'submit', name: 'cardNo' }))).toBe('other');
	});
});

describe('classifyFields', () => {
	it('reads labels, placeholders and nearby text from the DOM', () => {
		document.body.innerHTML = `
			<form>
				<label for="a">持卡人银行卡号</label><input id="a">
				<span>交易密码</span><input type="password" name="p">
				<input placeholder="请输入验证码" name="c">
				<input aria-label="搜索">
			</form>`;
		expect(classifyFields(document).map((f) => f.kind)).toEqual([
			'card-number',
			'card-password',
			'sms-code',
			'other',
		]);
	});
});
