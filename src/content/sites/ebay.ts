import { type SiteProfile, senderWithin } from './site-profile';

/**
 * eBay: My eBay messages on the mesg.ebay.* hosts (member-to-member and "eBay" messages;
 * /mesgweb/ViewMessages/0 is the inbox, /mesgweb/ViewMessageDetail/0/m2m/<id> one message).
 *
 * Markup source: satvikagarwal2/intern, readEbayMail.py with its caller (a seller tool that reads the message
 * detail page): the message is rendered inside a frame of the detail page; in that frame's document the message
 * is the table `#PrimaryMessage`, the member's id is the link in its `.secondary-headline`, and the text the
 * member wrote is `#UserInputtedText`. The frame is reached by the scanner like any same-origin frame.
 */
const EBAY =
	/(^|\.)ebay\.(com|co\.uk|de|fr|it|es|ca|com\.au|at|ch|ie|nl|be|pl|com\.hk|com\.sg|com\.my|ph|in)$/;

export const ebay: SiteProfile = {
	id: 'ebay',
	category: 'shops',
	matchesHost: (h) => EBAY.test(h),
	role: (url) => (/mesg|messages|\/mye\/|\/cnt\//.test(url.hostname + url.pathname) ? 'inbox' : 'other'),
	message: '#PrimaryMessage #UserInputtedText',
	thread: '#PrimaryMessage',
	sender: (m) => senderWithin(m, '#PrimaryMessage', '.secondary-headline a'),
};
