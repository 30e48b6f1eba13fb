/**
 * The demo 《主播公约》: 11 clauses. Clauses 2, 3 and 4 are the three known verbatim from the
 * Jinniu base's convention (source article); the other eight are drafted from the rules they cite.
 * Clause numbers match the `clause` of the starter lexicon's entries.
 */
export const DEMO_CONVENTION = {
  title: '金牛区电商直播产业基地主播公约',
  clauses: [
    { number: 1, text: '自觉遵守宪法和法律法规，坚持正确政治方向和价值导向，依法依规开展直播营销活动。', source: '《网络主播行为规范》(2022)；《网络直播营销管理办法（试行）》(2021)第十七条' },
    { number: 2, text: '不得以任何形式诋毁攻击他人。', source: '原文（金牛区主播公约）；《反不正当竞争法》第十一条；《网络直播营销管理办法（试行）》第十八条第（六）项' },
    { number: 3, text: '自觉反对流量至上、畸形审美。', source: '原文（金牛区主播公约）；《网络主播行为规范》(2022)' },
    { number: 4, text: '严禁以任何形式偷税漏税。', source: '原文（金牛区主播公约）；《税收征收管理法》；《网络主播行为规范》(2022)' },
    { number: 5, text: '真实、准确、全面介绍商品，不使用“最”“第一”“国家级”等绝对化用语，不虚构销量、评价和库存，不制造虚假稀缺。', source: '《广告法》第九条第（三）项、第二十八条；《网络直播营销管理办法（试行）》第十八条、第十九条；《电子商务法》第十七条' },
    { number: 6, text: '普通食品不宣称疾病预防、治疗功能，不以医疗用语或易与药品混淆的用语宣传。', source: '《广告法》第十七条；《食品安全法》第七十三条' },
    { number: 7, text: '明码标价，不虚构原价、不虚假标示“出厂价”“全网最低价”，不以虚假优惠诱导购买。', source: '《明码标价和禁止价格欺诈规定》(2022)第十九条' },
    { number: 8, text: '不使用国家机关、国家机关工作人员的名义或形象，不宣传“特供”“专供”“国宴”等。', source: '《广告法》第九条第（二）项' },
    { number: 9, text: '不宣扬封建迷信，不以“转运”“辟邪”等说法推销商品。', source: '《广告法》第九条第（八）项；《网络主播行为规范》(2022)' },
    { number: 10, text: '不在直播中推销或变相宣传烟草制品及电子烟。', source: '《广告法》第二十二条；《烟草专卖法实施条例》第六十五条' },
    { number: 11, text: '使用文明规范用语，尊重消费者，依法及时处理售后与投诉。', source: '《网络直播营销管理办法（试行）》第二十条、第二十一条；《网络主播行为规范》(2022)' },
  ],
};
