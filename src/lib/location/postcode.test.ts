import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupPostcode, parsePostcode } from './postcode';
import { postcodeFileSchema, toPostcodeTable } from './postcode-file';

const file = postcodeFileSchema.parse(JSON.parse(readFileSync('data/postcodes.json', 'utf8')));
const table = toPostcodeTable(file, false);

describe('reading a postcode as people type it', () => {
	it.each(['9991AA', '9991 AA', '9991 aa', ' 9991aa ', '9991-AA'])('"%s" is 9991 AA', (input) => {
		expect(parsePostcode(input)).toEqual({
			pc4: '9991',
			letters: 'AA',
			code: '9991AA',
			label: '9991 AA'
		});
	});

	it('accepts four digits alone', () => {
		expect(parsePostcode('9991')).toEqual({ pc4: '9991', code: '9991', label: '9991' });
	});

	it.each(['', '999', '0991AA', '99911', '9991 A', '9991 AAA', 'AA9991', 'Markt 12'])(
		'"%s" is no postcode',
		(input) => {
			expect(parsePostcode(input)).toBeUndefined();
		}
	);
});

describe('looking up the centre of a postcode in data/postcodes.json', () => {
	it('keeps the keys without a space and every wijk', () => {
		expect(table.pc6['9991AA']).toEqual([6.542285, 52.761966, 'WK999901']);
		expect(table.pc4['9992']).toEqual([6.542578, 52.752596, 'WK999902']);
	});

	it('finds a PC6 first', () => {
		expect(lookupPostcode(table, parsePostcode('9991 AA')!)).toEqual({
			postcode: parsePostcode('9991AA'),
			position: [6.542285, 52.761966],
			wijk: 'WK999901',
			precision: 'pc6'
		});
	});

	it('falls back to the PC4 area when the letters are unknown or missing', () => {
		expect(lookupPostcode(table, parsePostcode('9991 ZZ')!)).toMatchObject({
			position: [6.542387, 52.762078],
			wijk: 'WK999901',
			precision: 'pc4'
		});
		expect(lookupPostcode(table, parsePostcode('9994')!)).toMatchObject({
			wijk: 'WK999904',
			precision: 'pc4'
		});
	});

	it('knows nothing outside the gemeente', () => {
		expect(lookupPostcode(table, parsePostcode('1012 JS')!)).toBeUndefined();
	});

	it('reads a file with PC4 only, as npm run data:postcodes writes it', () => {
		const only = toPostcodeTable(
			postcodeFileSchema.parse({ pc4: { '9991': { lon: 6.5, lat: 52.7 } } }),
			true
		);
		expect(only).toEqual({ pdok: true, pc4: { '9991': [6.5, 52.7] }, pc6: {} });
	});
});
