import { m } from '../i18n';
import type { Answers } from './index';

export interface QuickStart {
	id: string;
	/** The link text in the page language. */
	text: () => string;
	answers: Partial<Answers>;
}

/** From the table "mantelzorgers en hun ondersteuningsbehoeften" (Movisie, 2014). */
export const QUICK_STARTS: QuickStart[] = [
	{
		id: 'partner_dementie',
		text: m.quick_partner_dementie,
		answers: { voor: ['partner'], situatie: ['dementie'] }
	},
	{
		id: 'werk_ouder',
		text: m.quick_werk_ouder,
		answers: { voor: ['ouder'], situatie: ['ernstig-ziek'], groep: ['werkend'] }
	},
	{
		id: 'kind_beperking',
		text: m.quick_kind_beperking,
		answers: { voor: ['kind'], situatie: ['verstandelijke-beperking', 'lichamelijk'] }
	},
	{ id: 'psychisch', text: m.quick_psychisch, answers: { situatie: ['psychisch'] } },
	{ id: 'jong', text: m.quick_jong, answers: { groep: ['jong'] } },
	{
		id: 'nieuw',
		text: m.quick_nieuw,
		answers: { groep: ['nieuw-in-nederland'], hulp: ['informatie-advies'] }
	}
];
