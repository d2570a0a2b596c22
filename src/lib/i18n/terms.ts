/**
 * Taxonomy terms in the page language, as static references to the messages. A lookup by
 * a key built at run time would keep every message of every language in every page; these
 * tables keep only the terms, and the types say when a taxonomy id has no text.
 */
import { m } from '$lib/paraglide/messages';
import type {
	ConditionId,
	CostId,
	DeliveryId,
	ForWhomId,
	GroupId,
	HowToStartId,
	KindId,
	RelationId
} from '../data/taxonomy';

export type Text = () => string;

export { NEED_TERMS } from './need-terms';

export const KIND_TERMS: Record<KindId, { label: Text }> = {
	'steunpunt-mantelzorg': { label: m.kind_steunpunt_mantelzorg_label },
	mantelzorgmakelaar: { label: m.kind_mantelzorgmakelaar_label },
	clientondersteuning: { label: m.kind_clientondersteuning_label },
	'wmo-loket': { label: m.kind_wmo_loket_label },
	'sociaal-wijkteam': { label: m.echt_kind_sociaal_wijkteam_label },
	informatiepunt: { label: m.echt_kind_informatiepunt_label },
	alzheimercafe: { label: m.kind_alzheimercafe_label },
	lotgenotengroep: { label: m.kind_lotgenotengroep_label },
	zelfhulpgroep: { label: m.kind_zelfhulpgroep_label },
	maatje: { label: m.kind_maatje_label },
	cursus: { label: m.kind_cursus_label },
	dagopvang: { label: m.kind_dagopvang_label },
	logeeropvang: { label: m.kind_logeeropvang_label },
	thuisoppas: { label: m.kind_thuisoppas_label },
	'praktische-hulp': { label: m.kind_praktische_hulp_label },
	regeling: { label: m.kind_regeling_label },
	hulpmiddelen: { label: m.kind_hulpmiddelen_label },
	'jonge-mantelzorgers': { label: m.kind_jonge_mantelzorgers_label },
	'werk-en-mantelzorg': { label: m.kind_werk_en_mantelzorg_label }
};

export const CONDITION_TERMS: Record<ConditionId, { label: Text }> = {
	dementie: { label: m.condition_dementie_label },
	psychisch: { label: m.condition_psychisch_label },
	'verstandelijke-beperking': { label: m.condition_verstandelijke_beperking_label },
	lichamelijk: { label: m.condition_lichamelijk_label },
	hersenletsel: { label: m.condition_hersenletsel_label },
	'ernstig-ziek': { label: m.condition_ernstig_ziek_label },
	'laatste-levensfase': { label: m.condition_laatste_levensfase_label },
	'ouder-worden': { label: m.condition_ouder_worden_label },
	verslaving: { label: m.condition_verslaving_label },
	autisme: { label: m.import_condition_autisme_label }
};

export const RELATION_TERMS: Record<RelationId, { label: Text }> = {
	partner: { label: m.relation_partner_label },
	ouder: { label: m.relation_ouder_label },
	kind: { label: m.relation_kind_label },
	familie: { label: m.relation_familie_label },
	'vriend-buur': { label: m.relation_vriend_buur_label }
};

export const GROUP_TERMS: Record<GroupId, { label: Text }> = {
	jong: { label: m.group_jong_label },
	werkend: { label: m.group_werkend_label },
	'65plus': { label: m.group_65plus_label },
	'nieuw-in-nederland': { label: m.group_nieuw_in_nederland_label }
};

export const FORWHOM_TERMS: Record<ForWhomId, { label: Text }> = {
	mantelzorger: { label: m.forwhom_mantelzorger_label },
	naaste: { label: m.forwhom_naaste_label },
	beiden: { label: m.forwhom_beiden_label }
};

export const DELIVERY_TERMS: Record<DeliveryId, { label: Text }> = {
	'ter-plaatse': { label: m.delivery_ter_plaatse_label },
	'aan-huis': { label: m.delivery_aan_huis_label },
	telefonisch: { label: m.delivery_telefonisch_label },
	online: { label: m.delivery_online_label }
};

export const HOWTOSTART_TERMS: Record<HowToStartId, { label: Text }> = {
	bellen: { label: m.howtostart_bellen_label },
	binnenlopen: { label: m.howtostart_binnenlopen_label },
	aanmelden: { label: m.howtostart_aanmelden_label },
	'via-huisarts': { label: m.howtostart_via_huisarts_label },
	'via-wmo-loket': { label: m.howtostart_via_wmo_loket_label }
};

export const COST_TERMS: Record<CostId, { label: Text }> = {
	gratis: { label: m.cost_gratis_label },
	'eigen-bijdrage': { label: m.cost_eigen_bijdrage_label },
	wmo: { label: m.cost_wmo_label },
	zvw: { label: m.cost_zvw_label },
	wlz: { label: m.cost_wlz_label },
	pgb: { label: m.cost_pgb_label }
};

/** How the answer reads in the results heading: "voor uw partner", "met dementie". */
export const RELATION_PHRASES: Record<RelationId, Text> = {
	partner: m.relation_phrase_partner,
	ouder: m.relation_phrase_ouder,
	kind: m.relation_phrase_kind,
	familie: m.relation_phrase_familie,
	'vriend-buur': m.relation_phrase_vriend_buur
};

export const CONDITION_PHRASES: Record<ConditionId, Text> = {
	dementie: m.condition_phrase_dementie,
	psychisch: m.condition_phrase_psychisch,
	'verstandelijke-beperking': m.condition_phrase_verstandelijke_beperking,
	lichamelijk: m.condition_phrase_lichamelijk,
	hersenletsel: m.condition_phrase_hersenletsel,
	'ernstig-ziek': m.condition_phrase_ernstig_ziek,
	'laatste-levensfase': m.condition_phrase_laatste_levensfase,
	'ouder-worden': m.condition_phrase_ouder_worden,
	verslaving: m.condition_phrase_verslaving,
	autisme: m.import_condition_phrase_autisme
};
