// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { douyinShop } from './douyin-shop';
import { messenger } from './messenger';
import { pinduoduo } from './pinduoduo';
import type { SiteProfile } from './site-profile';
import { taobao } from './taobao';
import { whatsappWeb } from './whatsapp-web';

/** Each message the profile's selector finds in `html`, with whether the profile calls it the user's own. */
function own(profile: SiteProfile, html: string): [string, boolean][] {
	document.body.innerHTML = html;
	return [...document.querySelectorAll(profile.message)].map((m) => [
		(m.textContent ?? '').trim(),
		profile.isOwn?.(m) ?? false,
	]);
}

describe("site profiles tell the user's own messages by the markers of their sources", () => {
	it('taobao: `self` on the message item', () => {
		expect(
			own(
				taobao,
				'<div class="ww_message"><div class="message-item-line"><div class="message-item self"><div class="nick">我</div><div class="content"><pre class="edit">mine</pre></div></div></div>' +
					'<div class="message-item-line"><div class="message-item"><div class="nick">店小二</div><div class="content"><pre class="edit">theirs</pre></div></div></div></div>',
			),
		).toEqual([
			['mine', true],
			['theirs', false],
		]);
	});

	it('pinduoduo: `self` on the message box', () => {
		expect(
			own(
				pinduoduo,
				'<div class="chat-msg-provider"><div class="chat-detail-item"><div class="chat-item-box self"><div>mine</div></div></div>' +
					'<div class="chat-detail-item"><div class="chat-item-box"><div>theirs</div></div></div></div>',
			),
		).toEqual([
			['mine', true],
			['theirs', false],
		]);
	});

	it('douyin-shop (飞鸽): messageIsMe for the agent, messageNotMe for the customer', () => {
		expect(
			own(
				douyinShop,
				'<div class="messageList"><div data-qa-id="qa-message-warpper" class="msgItemWrap"><div class="messageIsMe"><pre><span>mine</span></pre></div></div>' +
					'<div data-qa-id="qa-message-warpper" class="msgItemWrap"><div class="leaveMessage messageNotMe"><pre><span>theirs</span></pre></div></div></div>',
			),
		).toEqual([
			['mine', true],
			['theirs', false],
		]);
	});

	it('messenger: a row labelled "You sent", not a message that says so', () => {
		expect(
			own(
				messenger,
				'<div role="main" aria-label="Conversation with Shop"><div data-pagelet="MWInboxDetail_MessageList">' +
					'<div data-pagelet="MWMessageRow"><h5><span>You sent</span></h5><div dir="auto">mine</div></div>' +
					'<div data-pagelet="MWMessageRow"><div dir="auto">You sent the wrong amount, refund the difference</div></div></div></div>',
			),
		).toEqual([
			['You sentmine', true],
			['You sent the wrong amount, refund the difference', false],
		]);
	});

	it('whatsapp-web: a bubble in a `message-out` row', () => {
		expect(
			own(
				whatsappWeb,
				'<div id="main"><div class="message-out"><div class="copyable-text" data-pre-plain-text="[10:00, 1/1/2026] Me: ">mine</div></div>' +
					'<div class="message-in"><div class="copyable-text" data-pre-plain-text="[10:01, 1/1/2026] Shop: ">theirs</div></div></div>',
			),
		).toEqual([
			['mine', true],
			['theirs', false],
		]);
	});
});
