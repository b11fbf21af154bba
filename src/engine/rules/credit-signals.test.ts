import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

describe('credit signals', () => {
	it('flags a student account "to close" by borrowing', () => {
		const v = analyze({
			text: '同学你好，你当年注册的分期乐学生账号没有销户，现在属于违规状态，会上征信黑名单，我们教你在微粒贷上操作一下就能消除。',
		});
		expect(v.level).not.toBe('none');
	});
	it('flags a Taiwanese student credit account "to settle as instructed"', () => {
		const v = analyze({
			text: '同學您好，您之前辦理的學生信貸帳戶目前仍在使用中，依新規定需要結清註銷，否則會列入聯徵不良紀錄，請依指示辦理。',
		});
		expect(v.level).not.toBe('none');
	});
	it("flags a regulator who says the reader's account must be closed", () => {
		const v = analyze({
			text: '您好，我是中国银保监会的工作人员，您的京东账户被认定为学生校园贷账户，需要在今天之内注销，否则将影响您的个人征信。',
		});
		expect(v.level).not.toBe('none');
	});
	it('does not read the state student-aid loan (助学贷款) as a student-account lure', () => {
		const v = analyze({
			text: '同学你好，国家助学贷款的还款确认需要你本人登录“国家开发银行生源地信用助学贷款”官网或者学校资助中心办理，我们辅导员这边不会让你转账，也不需要你提供银行卡密码，有问题直接来学生处。',
		});
		expect(v.level).toBe('none');
	});
});
