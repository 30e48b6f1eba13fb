/**
 * Words the segmenter must keep whole: Sichuan place names and product names that jieba's
 * standard dictionary splits (纳溪 + 特 + 早茶). Base staff can add synonyms in the app; words
 * here change with releases.
 */
export const CATALOG_DICTIONARY: readonly string[] = [
  '纳溪特早茶', '特早茶', '护国柚', '真龙柚', '合江荔枝', '带绿荔枝', '妃子笑', '古蔺麻辣鸡', '麻辣鸡', '叙永腊肉',
  '宣汉桃花米', '桃花米', '灯影牛肉', '灯影牛肉丝', '达州灯影牛肉', '东柳醪糟', '达川乌梅', '万源富硒茶', '富硒茶', '旧院黑鸡',
  '泸定红樱桃', '泸州桂圆', '泸州好品', '达州好品', '巴山网上集市', '金牛好品', '甘孜好物', '牦牛肉干', '藏茶', '明前茶',
  '纳溪泡糖', '火锅底料', '郫县豆瓣', '汉源花椒', '青花椒', '二荆条', '竹编', '蜀绣', '明二锅', '乡村明二锅',
  '纳溪', '江阳', '合江', '古蔺', '叙永', '通川', '达川', '宣汉', '万源', '泸定', '金牛', '泸州', '达州', '甘孜',
];
