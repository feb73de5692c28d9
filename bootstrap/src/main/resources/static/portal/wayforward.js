// The way forward (SPEC 5.5): when no plan can be used, the paid plans that would cover the product,
// shown under the unavailable plans with the API's message (the article's "you need to purchase a new
// support plan"), and the page's words for the paid kinds and offers, in en, ja and pt-BR (the
// article's names: Premier Support for Partners, Advanced Support for Partners).

export const PAID_WORDS = {
  en: {
    'wayForward.title': 'You need to purchase a new support plan',
    'wayForward.covers': 'Covers this version',
    'wayForward.notThisVersion': 'Not this version',
    'kind.PREMIER_SUPPORT': 'Premier Support for Partners',
    'kind.ADVANCED_SUPPORT': 'Advanced Support for Partners',
    'kind.PAY_PER_INCIDENT': 'Pay-per-incident support',
    'offer.PREMIER_SUPPORT': 'Premier Support for Partners (paid)',
    'offer.ADVANCED_SUPPORT': 'Advanced Support for Partners (paid)',
    'offer.PAY_PER_INCIDENT': 'Pay-per-incident support (paid)',
  },
  ja: {
    'wayForward.title': '新しいサポート プランを購入する必要があります',
    'wayForward.covers': 'このバージョンに対応',
    'wayForward.notThisVersion': 'このバージョンは対象外',
    'kind.PREMIER_SUPPORT': 'Premier サポートパートナー向け',
    'kind.ADVANCED_SUPPORT': 'パートナー向け高度なサポート',
    'kind.PAY_PER_INCIDENT': 'インシデント単位のサポート',
    'offer.PREMIER_SUPPORT': 'Premier サポートパートナー向け (有料)',
    'offer.ADVANCED_SUPPORT': 'パートナー向け高度なサポート (有料)',
    'offer.PAY_PER_INCIDENT': 'インシデント単位のサポート (有料)',
  },
  'pt-BR': {
    'wayForward.title': 'Você precisa comprar um novo plano de suporte',
    'wayForward.covers': 'Cobre esta versão',
    'wayForward.notThisVersion': 'Não cobre esta versão',
    'kind.PREMIER_SUPPORT': 'Suporte Premier para Parceiros',
    'kind.ADVANCED_SUPPORT': 'Suporte avançado para parceiros',
    'kind.PAY_PER_INCIDENT': 'Suporte por incidente',
    'offer.PREMIER_SUPPORT': 'Suporte Premier para Parceiros (pago)',
    'offer.ADVANCED_SUPPORT': 'Suporte avançado para parceiros (pago)',
    'offer.PAY_PER_INCIDENT': 'Suporte por incidente (pago)',
  },
};

/** The way forward under the unavailable plans; nothing when a plan can be used (the API sends none). */
export function wayForward(plans, t, h) {
  if (!plans.wayForward || plans.wayForward.length === 0) return null;
  return h('section', { id: 'way-forward', class: 'way-forward', 'aria-labelledby': 'way-forward-title' },
    h('h4', { id: 'way-forward-title' }, t('wayForward.title')),
    h('ul', { class: 'plain' }, plans.wayForward.map((way) => h('li', { class: 'plan way-forward' },
      h('strong', {}, t(`kind.${way.kind}`)), ' ',
      h('span', { class: 'badge' }, t(way.covers ? 'wayForward.covers' : 'wayForward.notThisVersion')),
      h('p', {}, way.message)))));
}
