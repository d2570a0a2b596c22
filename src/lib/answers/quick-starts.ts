import type { Answers } from './index';

export interface QuickStart {
	/** Names the quick start's text in the message files: quick_<id>. */
	id: string;
	answers: Partial<Answers>;
}

/** From the table "mantelzorgers en hun ondersteuningsbehoeften" (Movisie, 2014). */
export const QUICK_STARTS: QuickStart[] = [
	{ id: 'partner_dementie', answers: { voor: ['partner'], situatie: ['dementie'] } },
	{
		id: 'werk_ouder',
		answers: { voor: ['ouder'], situatie: ['ernstig-ziek'], groep: ['werkend'] }
	},
	{
		id: 'kind_beperking',
		answers: { voor: ['kind'], situatie: ['verstandelijke-beperking', 'lichamelijk'] }
	},
	{ id: 'psychisch', answers: { situatie: ['psychisch'] } },
	{ id: 'jong', answers: { groep: ['jong'] } },
	{
		id: 'nieuw',
		answers: { groep: ['nieuw-in-nederland'], hulp: ['informatie-advies'] }
	}
];
