import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../data';
import {
	COLUMNS,
	decodeCsv,
	formatImportProblem,
	formatSchedule,
	importOffersCsv,
	parseSchedule,
	readCsv,
	type ImportResult
} from '.';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

const HEADER = 'naam;samenvatting;soort;bedoeld voor;aanmelden;kosten;laatst gecontroleerd';
const row = (name: string, extra = '') =>
	`${name};Een korte zin.;maatje;mantelzorger;bellen;gratis;2026-10-01${extra}`;

function lines(result: ImportResult, level: 'fout' | 'waarschuwing' = 'fout'): string[] {
	return result.problems.filter((p) => p.level === level).map(formatImportProblem);
}

describe('a messy spreadsheet (BOM, semicolons, odd headers, bad rows, empty rows)', () => {
	const result = importOffersCsv(fixture('messy.csv'));

	it('detects the semicolon', () => {
		expect(result.delimiter).toBe(';');
	});

	it('names every failing row by its spreadsheet row number and its column header', () => {
		expect(lines(result)).toEqual([
			expect.stringMatching(
				/^Rij 3, kolom "Sóórt": "Buurtkamer" ken ik niet; kies uit: Steunpunt mantelzorg \(steunpunt-mantelzorg\), /
			),
			'Rij 5, kolom "Telefoon": "12345" is geen Nederlands telefoonnummer (bijvoorbeeld 0123 45 67 89)',
			'Rij 8, kolom "E-mail": "info@" is geen e-mailadres',
			'Rij 8, kolom "Tijden": "2XX" is geen dag zoals TU, 1TU (eerste dinsdag) of -1TH (laatste donderdag)',
			'Rij 8, kolom "Tijden": sluit (19:00) voordat het opent (21:00)',
			'Rij 8, kolom "Laatst Gecontroleerd": "2026-09-31" is geen datum zoals 2026-03-31'
		]);
		expect(result.failedRows).toEqual([3, 5, 8]);
	});

	it('keeps the good rows, skips the empty row and the blank line silently', () => {
		expect(result.offers.map((o) => [o.row, o.feature.properties.id])).toEqual([
			[2, 'steunpunt-mantelzorg-voorbeeldstad'],
			[7, 'vrijwillige-thuisoppas'],
			[9, 'maatje-voor-mantelzorgers']
		]);
	});

	it('warns once about a column it does not know', () => {
		expect(lines(result, 'waarschuwing')).toEqual([
			'kolom "Opmerking intern": deze kolom ken ik niet; die sla ik over',
			'Rij 5, kolom "Samenvatting": had een regeleinde (Alt+Enter); dat is een spatie geworden, want deze tekst staat op één regel'
		]);
	});

	it('reads what people type: labels, Dutch days, decimal commas, Dutch dates, postcodes without a space', () => {
		const steunpunt = result.offers[0]!.feature;
		expect(steunpunt.geometry).toEqual({ type: 'Point', coordinates: [6.542522, 52.762074] });
		expect(steunpunt.properties).toMatchObject({
			kind: 'steunpunt-mantelzorg',
			forWhom: 'mantelzorger',
			howToStart: 'bellen',
			organization: { name: 'Stichting Zorgzaam' },
			address: { street: 'Markt 12', postcode: '9991 AA', city: 'Voorbeeldstad' },
			lastVerified: '2026-11-02',
			schedules: [
				{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }
			]
		});
		const oppas = result.offers[1]!.feature;
		expect(oppas.geometry).toBeNull();
		expect(oppas.properties).toMatchObject({
			needs: ['respijtzorg'],
			forWhom: 'mantelzorger',
			lastVerified: '2026-08-20'
		});
	});
});

describe('a missing column', () => {
	it('when required, is reported once, by name, and not again for every row', () => {
		const result = importOffersCsv(fixture('missing-column.csv').replace(',soort,', ',opmerking,'));
		expect(lines(result)).toEqual([
			'kolom "soort": deze kolom ontbreekt en is verplicht; geen enkele rij kan zonder'
		]);
		expect(result.offers).toEqual([]);
		expect(result.failedRows).toEqual([2, 3]);
	});

	it('without "bedoeld voor", every offer is for whom its kind is for, said in one line', () => {
		const result = importOffersCsv(
			fixture('missing-column.csv').replace('bedoeld voor,', 'opmerking,')
		);
		expect(result.failedRows).toEqual([]);
		expect(result.offers.map((o) => o.feature.properties.forWhom)).toEqual([undefined, undefined]);
		expect(lines(result, 'waarschuwing').filter((line) => line.includes('bedoeld voor'))).toEqual([
			'kolom "bedoeld voor": deze kolom ontbreekt; elk aanbod is nu bedoeld voor wie bij zijn soort past (een dagopvang voor de naaste, een cursus voor de mantelzorger). Voeg de kolom toe als het anders is.'
		]);
	});

	it('when optional (kosten), gives every row "not known" with one line saying so', () => {
		const result = importOffersCsv(fixture('missing-column.csv'));
		expect(result.delimiter).toBe(',');
		expect(lines(result)).toEqual([]);
		expect(lines(result, 'waarschuwing')).toEqual([
			'kolom "kosten": deze kolom ontbreekt; bij elk aanbod staat nu "niet bekend". Voeg de kolom toe als u het weet.'
		]);
		expect(result.offers.map((o) => o.feature.properties.cost)).toEqual([undefined, undefined]);
	});
});

describe('the whole sheet', () => {
	it('reads a rich sheet to exactly the expected GeoJSON', () => {
		const result = importOffersCsv(fixture('roundtrip.csv'));
		expect(result.problems).toEqual([]);
		const expected = JSON.parse(fixture('roundtrip.geojson')) as { features: unknown[] };
		expect(result.offers.map((o) => o.feature)).toStrictEqual(expected.features);
	});

	it('says so when the file is empty', () => {
		expect(lines(importOffersCsv(''))).toEqual([
			'Het bestand is leeg: de eerste rij moet de kolomnamen bevatten.'
		]);
	});

	it('matches headers whatever their case, accents or spelling of an alias', () => {
		const text =
			'NAAM,Korte omschrijving,Type,Voor wie is het,Eerste stap,Prijs,Datum controle,EMAIL\nMaatje,Een korte zin.,Maatje,Voor uw naaste,Huisarts,Kosteloos,1-2-2026,mailto:a@b.example\n';
		const result = importOffersCsv(text);
		expect(result.problems).toEqual([]);
		expect(result.offers[0]!.feature.properties).toMatchObject({
			kind: 'maatje',
			forWhom: 'naaste',
			howToStart: 'via-huisarts',
			cost: 'gratis',
			lastVerified: '2026-02-01',
			email: 'a@b.example'
		});
	});

	it('never lets one header name stand for two columns', () => {
		const names = COLUMNS.flatMap((c) => [c.header, ...c.aliases]).map((n) =>
			n
				.toLowerCase()
				.replace(/[^a-z0-9+]+/g, ' ')
				.trim()
		);
		expect(new Set(names).size).toBe(names.length);
	});

	it('makes unique ids from names and never takes an id another row names', () => {
		const text = `id;${HEADER}\n;${row('Café Zorg')}\n;${row('Café Zorg')}\ncafe-zorg-2;${row('Iets anders')}\n`;
		const ids = importOffersCsv(text).offers.map((o) => o.feature.properties.id);
		expect(ids).toEqual(['cafe-zorg', 'cafe-zorg-3', 'cafe-zorg-2']);
	});

	it('rejects an id that two rows both name', () => {
		const text = `id;${HEADER}\ndubbel;${row('Een')}\ndubbel;${row('Twee')}\n`;
		const result = importOffersCsv(text);
		expect(lines(result)).toEqual([
			'Rij 3, kolom "id": "dubbel" staat ook in rij 2; elke id moet uniek zijn'
		]);
		expect(result.offers.map((o) => o.row)).toEqual([2]);
	});

	it('checks wijk codes against gebieden when given, ignoring case', () => {
		const text = `${HEADER};wijk\n${row('Een', ';wk999901')}\n${row('Twee', ';WK123')}\n`;
		const result = importOffersCsv(text, { wijkCodes: new Set(['WK999901', 'WK999902']) });
		expect(result.offers[0]!.feature.properties.wijk).toBe('WK999901');
		expect(lines(result)).toEqual([
			'Rij 3, kolom "wijk": "WK123" is geen wijk uit gebieden.geojson; kies uit: WK999901, WK999902'
		]);
	});

	it('rejects a "laatst gecontroleerd" in the future when today is given', () => {
		const result = importOffersCsv(`${HEADER}\n${row('Een')}\n`, { today: '2026-09-30' });
		expect(lines(result)).toEqual([
			'Rij 2, kolom "laatst gecontroleerd": 2026-10-01 ligt in de toekomst'
		]);
	});

	it('wants lat and lon together, and refuses swapped ones by name', () => {
		const text = `${HEADER};lat;lon\n${row('Een', ';52.1;')}\n${row('Twee', ';6.5;52.7')}\n${row('Drie', ';abc;6.5')}\n${row('Vier', ';48.85;2.35')}\n`;
		const result = importOffersCsv(text);
		expect(lines(result)).toEqual([
			'Rij 2, kolom "lon": is leeg: vul lat en lon allebei in, of laat ze allebei leeg',
			'Rij 3, kolom "lat": lat 6.5 en lon 52.7 zijn omgewisseld: lat (noorderbreedte) is in Nederland ongeveer 51-53, lon (oosterlengte) ongeveer 3-7',
			'Rij 4, kolom "lat": "abc" is geen kommagetal; schrijf bijvoorbeeld 52.0907',
			'Rij 5, kolom "lat": 48.85, 2.35 ligt niet in Nederland; kijk lat en lon na'
		]);
	});

	it('reads only decimal numbers as coordinates: 0x34, 1e1 and Infinity are refused in Dutch', () => {
		const text = `${HEADER};lat;lon\n${row('Een', ';0x34;6.5')}\n${row('Twee', ';52.7;Infinity')}\n${row('Drie', ';52,7;6,5')}\n`;
		const result = importOffersCsv(text);
		expect(lines(result)).toEqual([
			'Rij 2, kolom "lat": "0x34" is geen kommagetal; schrijf bijvoorbeeld 52.0907',
			'Rij 3, kolom "lon": "Infinity" is geen kommagetal; schrijf bijvoorbeeld 5.1214'
		]);
		expect(result.offers[0]!.feature.geometry).toEqual({ type: 'Point', coordinates: [6.5, 52.7] });
	});

	it('says "is leeg" for an empty required cell, in the column the sheet names', () => {
		const result = importOffersCsv(`${HEADER}\nNaam;;maatje;;bellen;;2026-10-01\n`);
		// An empty "bedoeld voor" is not an error: the kind says for whom.
		expect(lines(result)).toEqual(['Rij 2, kolom "samenvatting": is leeg: schrijf één korte zin']);
	});

	it('says why an address needs a street and a city, and what else works', () => {
		const result = importOffersCsv(
			`${HEADER};adres;postcode;plaats\n${row('Een', ';Markt 1;;')}\n`
		);
		expect(lines(result)).toEqual([
			'Rij 2, kolom "plaats": is leeg: een adres heeft straat en plaats nodig, zodat bezoekers de plek vinden (de postcode mag leeg als er lat en lon zijn, of met --geocode). Heeft het aanbod geen vaste plek, laat adres, postcode en plaats dan allemaal leeg'
		]);
		const withoutPostcode = importOffersCsv(
			`${HEADER};adres;plaats\n${row('Twee', ';Markt 1;Voorbeeldstad')}\n`
		);
		expect(lines(withoutPostcode)).toEqual([]);
		expect(withoutPostcode.offers[0]!.feature.properties.address).toEqual({
			street: 'Markt 1',
			city: 'Voorbeeldstad'
		});
	});

	it('leaves cost and first step out when the cell is empty or says "onbekend", and counts them once', () => {
		const result = importOffersCsv(
			`${HEADER}\nEen;Zin.;maatje;mantelzorger;;;2026-10-01\nTwee;Zin.;maatje;mantelzorger;Onbekend;onbekend;2026-10-01\nDrie;Zin.;maatje;mantelzorger;bellen;gratis;2026-10-01\n`
		);
		expect(lines(result)).toEqual([]);
		expect(
			result.offers.map((o) => [o.feature.properties.howToStart, o.feature.properties.cost])
		).toEqual([
			[undefined, undefined],
			[undefined, undefined],
			['bellen', 'gratis']
		]);
		expect(lines(result, 'waarschuwing')).toEqual([
			'kolom "kosten": bij 2 van 3 aanbod niet bekend (leeg of "onbekend"); de site zegt dan "niet bekend". Vul het in als u het weet.',
			'kolom "aanmelden": bij 2 van 3 aanbod niet bekend (leeg of "onbekend"); de site zegt dan "niet bekend". Vul het in als u het weet.'
		]);
	});

	it('reads the words beheerders type, ignoring case and accents', () => {
		const header =
			'naam;samenvatting;soort;bedoeld voor;aanmelden;kosten;laatst gecontroleerd;wat speelt er;zorgt voor (relatie);hulpvragen';
		const result = importOffersCsv(
			`${header}\nEen;Zin.;Mantelzorgsteunpunt;Iedereen;Via Wmo;Kleine bijdrage;2026-10-01;GGZ, Autisme;iedereen;Lotgenotencontact\nTwee;Zin.;Ontmoeting;beiden;INLOOP;Onbekend;2026-10-01;autisme;partner;ontmoeting\nDrie;Zin.;Lotgenotencontact;beiden;bellen;gratis;2026-10-01;;;\n`
		);
		expect(lines(result)).toEqual([]);
		const [een, twee, drie] = result.offers.map((o) => o.feature.properties);
		expect(een).toMatchObject({
			kind: 'steunpunt-mantelzorg',
			forWhom: 'beiden',
			howToStart: 'via-wmo-loket',
			cost: 'eigen-bijdrage',
			conditions: ['psychisch', 'autisme'],
			needs: ['emotionele-steun']
		});
		expect(een!.relations).toBeUndefined();
		expect(twee).toMatchObject({ kind: 'alzheimercafe', howToStart: 'binnenlopen' });
		expect(twee!.cost).toBeUndefined();
		expect(drie!.kind).toBe('lotgenotengroep');
	});

	it('refuses "onbekend" in a required column, listing what it takes', () => {
		const result = importOffersCsv(
			`${HEADER}\nEen;Zin.;Onbekend;mantelzorger;bellen;gratis;2026-10-01\n`
		);
		expect(lines(result)).toEqual([
			expect.stringMatching(
				/^Rij 2, kolom "soort": "Onbekend" kan hier niet: deze kolom is verplicht\. Kies uit: Steunpunt mantelzorg \(steunpunt-mantelzorg\), /
			)
		]);
	});

	it('reads the old header "voor wie" as the relation column, with a warning', () => {
		const result = importOffersCsv(`${HEADER};voor wie\n${row('Een', ';partner')}\n`);
		expect(result.offers[0]!.feature.properties.relations).toEqual(['partner']);
		expect(lines(result, 'waarschuwing')).toEqual([
			expect.stringMatching(/^kolom "voor wie": lees ik als "zorgt voor \(relatie\)"/)
		]);
	});

	it('turns a line break in a one-line cell into a space, and says so', () => {
		const result = importOffersCsv(
			`${HEADER}\n"Café\nDe Linde";"Een\r\nzin.";maatje;mantelzorger;bellen;gratis;2026-10-01\n`
		);
		expect(result.offers[0]!.feature.properties).toMatchObject({
			name: 'Café De Linde',
			summary: 'Een zin.'
		});
		expect(lines(result, 'waarschuwing')).toEqual([
			'Rij 2, kolom "naam": had een regeleinde (Alt+Enter); dat is een spatie geworden, want deze tekst staat op één regel',
			'Rij 2, kolom "samenvatting": had een regeleinde (Alt+Enter); dat is een spatie geworden, want deze tekst staat op één regel'
		]);
	});

	it('points at the cause when a row has more cells than there are columns', () => {
		const result = importOffersCsv(
			`${HEADER.replaceAll(';', ',')}\nNaam,Zin met, een komma,maatje,mantelzorger,bellen,gratis,2026-10-01\n`
		);
		expect(lines(result)[0]).toBe(
			'Rij 2: heeft 8 cellen, maar er zijn 7 kolommen: staat er een , in een cel zonder aanhalingstekens eromheen?'
		);
	});

	it('drops the apostrophe Excel puts before a cell that looks like a formula', () => {
		const result = importOffersCsv(`${HEADER};telefoon\n${row('Een', ";'+31 123 45 10 00")}\n`);
		expect(result.offers[0]!.feature.properties.phones).toEqual([{ number: '+31 123 45 10 00' }]);
	});

	it('reads a file that Excel saved as Windows-1252 without mangling the accents', () => {
		const utf8 = new TextEncoder().encode('naam\nCafé\n');
		const ansi = Uint8Array.from([0x6e, 0x61, 0x61, 0x6d, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]);
		expect(decodeCsv(utf8)).toEqual({ text: 'naam\nCafé\n', encoding: 'utf-8' });
		expect(decodeCsv(ansi)).toEqual({ text: 'naam\nCafé\n', encoding: 'windows-1252' });
	});

	it('reads real Windows-1252: the euro sign, curly quotes and the dash are not control characters', () => {
		// "Café € 5 – “gratis”" as Excel's plain CSV saves it.
		const ansi = Uint8Array.from([
			0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x35, 0x20, 0x96, 0x20, 0x93, 0x67, 0x72, 0x61,
			0x74, 0x69, 0x73, 0x94
		]);
		expect(decodeCsv(ansi)).toEqual({ text: 'Café € 5 – “gratis”', encoding: 'windows-1252' });
	});

	it('refuses a UTF-8 file with one stray byte, naming the row and column of that byte', () => {
		const before = new TextEncoder().encode('naam;samenvatting\nCafé;Eén zin.\nİstanbul;Zin ');
		const after = new TextEncoder().encode(' مرحبا\n');
		const bytes = Uint8Array.from([...before, 0xe9, ...after]);
		expect(decodeCsv(bytes)).toEqual({
			error: 'bevat tekens die geen UTF-8 zijn, terwijl de rest wel UTF-8 is',
			row: 3,
			column: 2
		});
	});

	it('reports an unclosed quote by its row', () => {
		const table = readCsv(`${HEADER}\n"Naam;Zin;maatje;mantelzorger;bellen;gratis;2026-10-01\n`);
		expect(table.errors.map((e) => e.row)).toEqual([2]);
	});
});

describe('translations', () => {
	it('has one column per language and text, after the Dutch columns', () => {
		expect(COLUMNS.filter((c) => c.translation).map((c) => `${c.header} → ${c.field}`)).toEqual(
			['en', 'tr', 'ar'].flatMap((language) => [
				`naam (${language}) → translations.${language}.name`,
				`samenvatting (${language}) → translations.${language}.summary`,
				`omschrijving (${language}) → translations.${language}.description`,
				`toelichting aanmelden (${language}) → translations.${language}.howToStartDetails`,
				`toelichting kosten (${language}) → translations.${language}.costDetails`
			])
		);
		expect(COLUMNS.findIndex((c) => c.translation)).toBe(
			COLUMNS.findIndex((c) => c.field === 'lon') + 1
		);
	});

	it('reads English, Turkish and Arabic texts to exactly the expected GeoJSON, and no translations where a row has none', () => {
		const result = importOffersCsv(fixture('translations.csv'));
		expect(result.problems).toEqual([]);
		const expected = JSON.parse(fixture('translations.geojson')) as { features: unknown[] };
		expect(result.offers.map((o) => o.feature)).toStrictEqual(expected.features);
		expect(result.offers[2]!.feature.properties).not.toHaveProperty('translations');
	});

	it('names the row and the translation column when the English lacks the omschrijving the Dutch has', () => {
		const header = `${HEADER};omschrijving;samenvatting (en)`;
		const withoutColumn = importOffersCsv(
			`${header}\n${row('Een', ';Lang verhaal.;A short sentence.')}\n`
		);
		expect(lines(withoutColumn)).toEqual([
			'Rij 2, kolom "omschrijving (en)": ontbreekt: het aanbod heeft een beschrijving in het Nederlands; vertaal die ook'
		]);
		const emptyCell = importOffersCsv(
			`${header};Omschrijving Engels\n${row('Een', ';Lang verhaal.;A short sentence.;')}\n${row('Twee', ';Lang verhaal.;A short sentence.;Long story.')}\n`
		);
		expect(lines(emptyCell)).toEqual([
			'Rij 2, kolom "Omschrijving Engels": is leeg: het aanbod heeft een beschrijving in het Nederlands; vertaal die ook'
		]);
		expect(emptyCell.offers.map((o) => o.row)).toEqual([3]);
	});

	it('names the translation column of a text the Dutch lacks, and of a missing samenvatting', () => {
		const result = importOffersCsv(
			`${HEADER};samenvatting (ar);toelichting kosten (ar);naam (tr)\n${row('Een', ';جملة قصيرة.;مجانًا.;')}\n${row('Twee', ';;;Bir')}\n`
		);
		expect(lines(result)).toEqual([
			'Rij 2, kolom "toelichting kosten (ar)": "مجانًا." staat alleen in de vertaling: vul eerst een toelichting bij de kosten in het Nederlands in',
			'Rij 3, kolom "samenvatting (tr)": ontbreekt'
		]);
	});
});

describe('the "tijden" cell', () => {
	it('reads the plain format, Dutch words included', () => {
		expect(parseSchedule('maandelijks 1di 19.30 tot 21.30 zonder jul,aug "In de bieb"')).toEqual({
			text: 'maandelijks 1di 19.30 tot 21.30 zonder jul,aug "In de bieb"',
			schedule: {
				freq: 'MONTHLY',
				byday: '1TU',
				opens_at: '19:30',
				closes_at: '21:30',
				months_off: [7, 8],
				description: 'In de bieb'
			}
		});
		expect(parseSchedule('12-05-2026 14:00-16:00')).toMatchObject({
			schedule: { dtstart: '2026-05-12', opens_at: '14:00', closes_at: '16:00' }
		});
		expect(parseSchedule('WEEKLY TH 10:00-11:30 elke 2 weken start 2026-01-08')).toMatchObject({
			schedule: { freq: 'WEEKLY', byday: 'TH', interval: 2, dtstart: '2026-01-08' }
		});
	});

	it('says what it does not understand', () => {
		expect(parseSchedule('WEEKLY TU 10:00-12:00 soms')).toMatchObject({
			error: '"soms" begrijp ik niet'
		});
		expect(parseSchedule('WEEKLY TU')).toMatchObject({
			error: 'de tijd ontbreekt, zoals 19:30-21:30'
		});
		expect(parseSchedule('WEEKLY TU 10:00-12:00 zonder zomer')).toMatchObject({
			error: '"zomer" zijn geen maanden; schrijf ze als 7,8 of jul,aug'
		});
		expect(parseSchedule('WEEKLY TU 10:00-12:00 "open')).toMatchObject({
			error: 'het aanhalingsteken (") van de omschrijving wordt niet afgesloten'
		});
	});

	it('writes every schedule so that it reads back the same', () => {
		const schedules: Schedule[] = [
			{
				freq: 'MONTHLY',
				byday: '-1TH',
				opens_at: '14:00',
				closes_at: '16:00',
				months_off: [7, 8],
				description: 'Met "koffie" en thee'
			},
			{
				freq: 'WEEKLY',
				interval: 2,
				byday: 'MO,WE',
				dtstart: '2026-01-05',
				opens_at: '09:00',
				closes_at: '12:00',
				valid_from: '2026-01-01',
				valid_to: '2026-06-30'
			},
			{ dtstart: '2026-12-22', opens_at: '14:00', closes_at: '16:00' }
		];
		for (const schedule of schedules) {
			expect(parseSchedule(formatSchedule(schedule))).toMatchObject({ schedule });
		}
	});
});
