import { describe, expect, it } from 'vitest';
import { Announcer, type Speaker } from './announcer';

function fakeClock() {
	let t = 0;
	const timers: { at: number; fn: () => void }[] = [];
	return {
		now: () => t,
		setTimer: (fn: () => void, ms: number) => timers.push({ at: t + ms, fn }),
		advance(ms: number) {
			t += ms;
			for (const timer of timers.splice(0).sort((a, b) => a.at - b.at)) {
				if (timer.at <= t) timer.fn();
				else timers.push(timer);
			}
		},
	};
}

function speaker(name: string, log: string[]): Speaker {
	return {
		name,
		summarize: (more) => `${name} +${more}`,
		speak: (text) => log.push(text),
		wake: () => log.push(`wake ${name}`),
	};
}

describe('Announcer', () => {
	it('lets the first warning speak at once and queues the next for a second', () => {
		const clock = fakeClock();
		const a = new Announcer({ now: clock.now, setTimer: clock.setTimer });
		const log: string[] = [];
		expect(a.request(speaker('one', log))).toBe(true);
		expect(a.request(speaker('two', log))).toBe(false);
		clock.advance(999);
		expect(log).toEqual([]);
		clock.advance(1);
		expect(log).toEqual(['two']);
		clock.advance(5000);
		expect(a.request(speaker('three', log))).toBe(true);
	});

	it('turns a burst into one summary, the others stay quiet with their roles', () => {
		const clock = fakeClock();
		const a = new Announcer({ now: clock.now, setTimer: clock.setTimer });
		const log: string[] = [];
		a.request(speaker('w0', log));
		for (let i = 1; i <= 20; i++) a.request(speaker(`w${i}`, log));
		clock.advance(1000);
		expect(log[0]).toBe('w1 +19');
		expect(log.filter((l) => l.startsWith('wake'))).toHaveLength(19);
		clock.advance(10000);
		expect(log.filter((l) => !l.startsWith('wake'))).toHaveLength(1);
	});

	it('forgets a queued warning that was removed', () => {
		const clock = fakeClock();
		const a = new Announcer({ now: clock.now, setTimer: clock.setTimer });
		const log: string[] = [];
		a.request(speaker('first', log));
		const gone = new AbortController();
		a.request(speaker('removed', log), gone.signal);
		gone.abort();
		clock.advance(1000);
		expect(log).toEqual([]);
	});
});
