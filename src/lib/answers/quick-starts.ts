import type { Answers } from './index';

export interface QuickStart {
	label: string;
	answers: Partial<Answers>;
}

/** From the table "mantelzorgers en hun ondersteuningsbehoeften" (Movisie, 2014). */
export const QUICK_STARTS: QuickStart[] = [
	{ label: 'Ik zorg voor mijn partner met dementie', answers: { voor: ['partner'], situatie: ['dementie'] } },
	{
		label: 'Ik werk en zorg voor een ernstig zieke ouder',
		answers: { voor: ['ouder'], situatie: ['ernstig-ziek'], groep: ['werkend'] }
	},
	{
		label: 'Ik zorg voor mijn kind met een beperking',
		answers: { voor: ['kind'], situatie: ['verstandelijke-beperking', 'lichamelijk'] }
	},
	{ label: 'Ik zorg voor iemand met psychische problemen', answers: { situatie: ['psychisch'] } },
	{ label: 'Ik ben jong en zorg thuis voor iemand', answers: { groep: ['jong'] } },
	{
		label: 'Ik ken de zorg in Nederland nog niet goed',
		answers: { groep: ['nieuw-in-nederland'], hulp: ['informatie-advies'] }
	}
];
