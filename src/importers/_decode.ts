import { isAscii, isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Cp949Decoder } from './_cp949.js';
import { checkReadable, fail, type ScanSink } from './importer.js';

/**
 * The text encodings importers read: UTF-8, GB18030 (a superset of GBK and GB2312), Big5 (with
 * the HKSCS additions, as the WHATWG Encoding Standard's `big5` decoder reads it: Taiwan and
 * Hong Kong exports), Shift_JIS (Windows code page 932, as the WHATWG `shift_jis` decoder reads
 * it: Japanese Excel and carrier exports), Windows-1252 (Excel's CSV on a Western European Windows; `latin1` and
 * `iso-8859-1` are read as it, as the WHATWG Encoding Standard reads those labels), UTF-16 LE/BE
 * (Excel's "Unicode Text", Windows phone managers; a file opening with its byte order mark is
 * read as it when sniffed), EUC-KR / CP949 (Korean Windows' code page 949, what Korean Excel
 * saves: the WHATWG `euc-kr` decoder is windows-949; sniffed only from the column names asked
 * for or a head of Hangul that is not common Chinese read as GB18030: short Chinese GB18030
 * text reads as Hangul too), or sniffed. Every decoder is Node's
 * `TextDecoder` (WHATWG Encoding Standard, full ICU in Node 20).
 */
export type TextEncoding =
  | 'utf-8'
  | 'gb18030'
  | 'big5'
  | 'big5-hkscs'
  | 'shift_jis'
  | 'windows-1252'
  | 'latin1'
  | 'iso-8859-1'
  | 'utf-16le'
  | 'utf-16be'
  | 'euc-kr'
  | 'cp949'
  | 'auto';

/** Every {@link TextEncoding}, for option checks. */
export const TEXT_ENCODINGS = [
  'utf-8',
  'gb18030',
  'big5',
  'big5-hkscs',
  'shift_jis',
  'windows-1252',
  'latin1',
  'iso-8859-1',
  'utf-16le',
  'utf-16be',
  'euc-kr',
  'cp949',
  'auto',
] as const;

type LegacyCjk = 'gb18030' | 'big5';
type Legacy = LegacyCjk | 'shift_jis' | 'windows-1252' | 'euc-kr' | 'utf-16le' | 'utf-16be';

// Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in Windows-1252 (WHATWG maps them to C1
// controls): text holding them is not Windows-1252.
const C1_CONTROL = /[\u0080-\u009f]/u;

// Windows-1252's characters for bytes 0x80–0x9F (the WHATWG Encoding Standard's index); the
// unassigned five stay C1 controls. Node's TextDecoder reads `windows-1252` as ISO-8859-1, where
// these bytes are C1 controls: the euro sign, dashes and curly quotes would be lost.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Text read as ISO-8859-1 (byte = code point) made Windows-1252: the C1 controls of bytes
 * 0x80–0x9F become the euro sign, dashes, curly quotes and the other characters Windows-1252
 * puts there, as browsers and mail readers read both labels (WHATWG Encoding Standard).
 *
 * @param text - Text decoded byte for code point.
 * @returns The text as Windows-1252 says.
 */
export function latin1AsWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/gu, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

/** Decodes Windows-1252 bytes (unassigned bytes as C1 controls). */
function decodeWindows1252(bytes: Uint8Array): string {
  return latin1AsWindows1252(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
  );
}

/**
 * Whether bytes that are not UTF-8 are Western European Windows-1252 rather than a two-byte
 * Chinese encoding: most of their bytes above 0x7F stand alone between ASCII characters (ü in
 * "Müller"; Chinese characters are pairs of high bytes), and read as Windows-1252 they are
 * letters and typographic marks, never unassigned bytes.
 */
export function looksWindows1252(bytes: Uint8Array): boolean {
  let runs = 0;
  let single = 0;
  let longest = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const high = i < bytes.length && bytes[i]! >= 0x80;
    if (high) run++;
    else if (run > 0) {
      runs++;
      if (run === 1) single++;
      longest = Math.max(longest, run);
      run = 0;
    }
  }
  // Western words hold one or two accented letters in a row (Grüße); Chinese words are runs of
  // two-byte characters.
  if (runs === 0 || longest > 3 || C1_CONTROL.test(decodeWindows1252(bytes))) return false;
  if (single / runs >= 0.5) return true;
  // Mostly pairs (ü and ß side by side): Western unless a Chinese reading is common text.
  const gb = decodeOrUndefined(bytes, 'gb18030');
  const big5 = decodeOrUndefined(bytes, 'big5');
  return Math.max(gb === undefined ? 0 : commonShare(gb), big5 === undefined ? 0 : commonShare(big5)) < 0.3;
}

// The commonest characters of Chinese text in each script (the top of Da Jun's Modern Chinese
// character frequency list, in Simplified and in Traditional form, and the words of call logs
// and bills). The right decoding of a line is full of them; the wrong one gives rare characters,
// kana or private-use code points.
const COMMON_TEXT =
  '的一是不了人我在有他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵硬麦蒋操耶阻订彩抽赞魔纷沿喊违妹浪汇币丰蓝殊献桌啦瓦莱援译夺汽烧距裁偏符勇触课敬哭懂墙袭召罚侠厅拜巧侧韩冒债曼融惯享戴童犹乘挂奖绍厚纵障讯涉彻刊丈爆乌役描洗玛患妙镜唱烦签仙彼弗症仿倾牌陷鸟轰咱菜闭奋庆撤泪茶疾缘播朗杜奶季丹狗尾仪偷奔珠虫驻孔宜艾桥淡翼恨繁寒伴叹旦愈潮粮缩罢聚径恰挑袋灰捕徐珍幕映裂泰隔启尖忠累炎暂估泛荒偿横拒瑞忆孤鼻闹羊呆厉衡胞零穷舍码赫婆魂灾洪腿胆津俗辩胸晓劲贫仁偶辑邦恢赖圈摸仰润堆碰艇稍迟辆废净凶署壁御奉旋冬矿抬蛋晨伏吹鸡倍糊秦盾杯租骑乏隆诊奴摄丧污渡旗甘耐凭扎抢绪粗肩梁幻菲皆碎宙叔岩荡综爬荷悉蒂返井壮薄悄扫敏碍殖详迪矛霍允幅撒剩凯颗骂赏液番箱贴漫酸郎腰舒眉忧浮辛恋餐吓挺励辞艘键伍峰尺昨黎辈贯侦滑券崇扰宪绕趋慈乔阅汗枝拖墨胁插箭腊粉泥氏彭拔骗凤慧媒佩愤扑龄驱惜豪掩兼跃尸肃帕驶堡届欣惠册储飘桑闲惨洁踪勃宾频仇磨递邪撞拟滚奏巡颜剂绩贡疯坡瞧截燃焦殿伪柳锁逼颇昏劝呈搜勤戒驾漂饮曹朵仔柔俩孟腐幼践籍牧凉牲佳娜浓芳稿竹腹跌逻垂遵脉貌柏狱猜怜惑陶兽帐饰贷昌叙躺钢沟寄扶铺邓寿惧询汤盗肥尝匆辉奈扣廷澳嘛董迁凝慰厌脏腾幽怨鞋丢埋泉涌辖躲晋紫艰魏吾慌祝邮吐狠鉴曰械咬邻赤挤弯椅陪割揭韦悟聪雾锋梯猫祥阔誉筹丛牵鸣沈阁穆屈旨袖猎臂蛇贺柱抛鼠瑟戈牢逊迈欺吨琴衰瓶恼燕仲诱狼池疼卢仗冠粒遥吕玄尘冯抚浅敦纠钻晶岂峡苍喷耗凌敲菌赔涂粹扁亏寂煤熊恭湿循暖糖赋抑秩帽哀宿踏烂袁侯抖夹昆肝擦猪炼恒慎搬纽纹玻渔磁铜齿跨押怖漠疲叛遣兹祭醉拳弥斜档稀捷肤疫肿豆削岗晃吞宏癌肚隶履涨耀扭坛拨沃绘伐堪仆郭牺歼墓雇廉契拼惩捉覆刷劫嫌瓜歇雕闷乳串娃缴唤赢莲霸桃妥瘦搭赴岳嘉舱俊址庞耕锐缝悔邀玲惟斥宅添挖呵讼氧浩羽斤酷掠妖祸侍乙妨贪挣汪尿莉悬唇翰仓轨枚盐览傅帅庙芬屏寺胖璃愚滴疏萧姿颤丑劣柯寸扔盯辱匹俱辨饿蜂哦腔郁溃谨糟葛苗肠忌溜鸿爵鹏鹰笼丘桂滋聊挡纲肌茨壳痕碗穴膀卓贤卧膜毅锦欠哩函茫昂薛皱夸豫胃舌剥傲拾窝睁携陵哼棉晴铃填饲渴吻扮逆脆喘罩卜炉柴愉绳胎蓄眠竭喂傻慕浑奸扇柜悦拦诞饱乾泡贼亭夕爹酬儒姻卵氛泄杆挨僧蜜吟猩遂狭肖甜霞驳裕顽於摘矮秒卿畜咽披辅勾盆疆赌塑畏吵囊嗯泊肺骤缠冈羞瞪吊贾漏斑涛悠鹿俘锡卑葬铭滩嫁催璇翅盒蛮矣潘歧赐鲍锅廊拆灌勉盲宰佐啥胀扯禧辽抹筒棋裤唉朴咐孕誓喉妄拘链驰栏逝窃艳臭纤玑棵趁匠盈翁愁瞬婴孝颈倘浙谅蔽畅赠妮莎尉冻跪闯葡後厨鸭颠遮谊圳吁仑辟瘤嫂陀框谭亨钦庸歉芝吼甫衫摊宴嘱衷娇陕矩浦讶耸裸碧摧薪淋耻胶屠鹅饥盼脖虹翠崩账萍逢赚撑翔倡绵猴枯巫昭怔渊凑溪蠢禅阐旺寓藤匪伞碑挪琼脂谎慨菩萄狮掘抄岭晕逮砍掏狄晰罕挽脾舟痴蔡剪脊弓懒叉拐喃僚捐姊骚拓歪粘柄坑陌窄湘兆崖骄刹鞭芒筋聘钩棍嚷腺弦焰耍俯厘愣厦恳饶钉寡憾摔叠惹喻谱愧煌徽溶坠煞巾滥洒堵瓷咒姨棒郡浴媚稣淮哎屁漆淫巢吩撰啸滞玫硕钓蝶膝姚茂躯吏猿寨恕渠戚辰舶颁惶狐讽笨袍嘲啡泼衔倦涵雀旬僵撕肢垄夷逸茅侨舆窑涅蒲谦杭噢弊勋刮郊凄捧浸砖鼎篮蒸饼亩肾陡爪兔殷贞荐哑炭坟眨搏咳拢舅昧擅爽咖搁禄雌哨巩绢螺裹昔轩谬谍龟媳姜瞎冤鸦蓬巷琳栽沾诈斋瞒彪厄咨纺罐桶壤糕颂膨谐垒咕隙辣绑宠嘿兑霉挫稽辐乞纱裙嘻哇绣杖塘衍轴攀膊譬斌祈踢肆坎轿棚泣屡躁邱凰溢椎砸趟帘帆栖窜丸斩堤塌贩厢掀喀乖谜捏阎滨虏匙芦苹卸沼钥株祷剖熙哗劈怯棠胳桩瑰娱娶沫嗓蹲焚淘嫩韵衬匈钧竖峻豹捞菊鄙魄兜哄颖镑屑蚁壶怡渗秃迦旱哟咸焉谴宛稻铸锻伽詹毙恍贬烛骇芯汁桓坊驴朽靖佣汝碌迄冀荆崔雁绅珊榜诵傍彦醇笛禽勿娟瞄幢寞睹贿踩霆呜拱妃蔑谕缚诡篷淹腕煮倩卒勘馨逗甸贱炒灿敞蜡囚栗辜垫妒魁谣寥陛闸垃雯瞥阀捅仕旷伍擎乍糙稚梭仲蛛拧琪驼雳拣匀锤抒铅琢漆疤洽侈屿谆褂渺挠鲸裳槐婶棺藩箍' +
  '們這個為發說時會來對國後經過動還進現開學電話號碼聯繫費詳單業務貸款麼與點無長實問見頭當機從種兒變關條樣間義東聽應兩別讓總導將體氣處萬結給報該設員樣張車親極識門認際團辦議決數統護輕輸產務環團週價節壓權條覽線網係類邊願須區馬場書運難歡氣醫鐘語談論創聲戰舉隊萬銀買賣華練陳億戶顯傳訊優導貨賽藝齊帳標鄉險屬態職質權園銷擊際維鐵藥營協規雙錢視飛證審隨確歷親輛靈彈傷減驗響響計資龍劃灣層邊終組織達紀財謝遞較劇燈雖擔爾調術義';
const COMMON = new Set(COMMON_TEXT);

/** How many of the text's characters are common Chinese ones (of `common`), per character. */
function commonShare(text: string, common: ReadonlySet<string> = COMMON): number {
  let shared = 0;
  let cjk = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    cjk++;
    if (common.has(ch)) shared++;
  }
  return cjk === 0 ? 0 : shared / cjk;
}

/**
 * A decoder that throws at the first byte not valid in `encoding`: Node's `TextDecoder`, but
 * for EUC-KR the CP949 one (Node's drops the Hangul CP949 adds to KS X 1001 without a word).
 */
function fatalDecoder(encoding: string): Pick<TextDecoder, 'decode'> {
  return encoding === 'euc-kr' ? new Cp949Decoder() : new TextDecoder(encoding, { fatal: true });
}

/**
 * Whether `bytes` are text in the WHATWG `encoding` (every byte sequence valid in it, so decoding
 * replaces none with U+FFFD). EUC-KR is checked as CP949, which its decoder reads.
 */
export function validIn(bytes: Uint8Array, encoding: string): boolean {
  if (encoding === 'utf-8') return isUtf8(bytes);
  try {
    fatalDecoder(encoding).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decodes `bytes` fatally in `encoding` (streaming: a cut final character is fine), or undefined. */
function decodeOrUndefined(bytes: Uint8Array, encoding: LegacyCjk): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return undefined;
  }
}

/**
 * Which legacy Chinese encoding bytes that are not UTF-8 are in: the one they are valid in; when
 * valid in both (most Big5 byte pairs are valid GB18030 and the reverse), the one whose reading
 * is plain Chinese text (a Big5 text read as GB18030 turns into kana, private-use code points,
 * box drawing and Cyrillic: its common characters sit at GB18030's symbol rows), then the one
 * whose reading is mostly common characters. GB18030 when its reading is plain and the Big5 one
 * is not clearly more common (the mainland exports are the commoner); `ambiguous` when neither
 * reading is plain and the characters do not tell; `none` when valid in neither.
 */
export function legacyCjk(bytes: Uint8Array): LegacyCjk | 'ambiguous' | 'none' {
  const gb = decodeOrUndefined(bytes, 'gb18030');
  const big5 = decodeOrUndefined(bytes, 'big5');
  if (gb === undefined && big5 === undefined) return 'none';
  if (big5 === undefined) return 'gb18030';
  if (gb === undefined) return 'big5';
  const [gbPlain, big5Plain] = [PLAIN_CHINESE.test(gb), PLAIN_CHINESE.test(big5)];
  const [g, b] = [commonShare(gb), commonShare(big5)];
  const big5Commoner = b >= g + 0.2 && b >= 0.3;
  if (gbPlain) return big5Plain && big5Commoner ? 'big5' : 'gb18030';
  if (big5Plain || big5Commoner) return 'big5';
  if (g >= b + 0.2 && g >= 0.3) return 'gb18030';
  return 'ambiguous';
}

// Chinese text as written: ASCII, CJK ideographs (extension A included), CJK punctuation,
// full-width forms, curly quotes, the ellipsis and the middle dot.
const PLAIN_CHINESE =
  /^[\u0000-\u007f\u00b7\u2018-\u201d\u2026\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]*$/u;

/** A decoded piece of a file and the byte offset it starts at. */
export interface TextChunk {
  readonly text: string;
  readonly byteOffset: number;
}

// Sniffing looks at this much of the file: enough to see a Chinese export's first rows.
const SNIFF_BYTES = 64 * 1024;
const READ_CHUNK = 64 * 1024;

/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong
 * forms, surrogates and code points above U+10FFFF included), or -1. Only called once
 * `isUtf8` has said no, so its speed does not matter.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** How many bytes at the end of `bytes` start a sequence that the next chunk completes. */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** The UTF-16 a text's first bytes name by their byte order mark (Unicode §23.8), if any. */
export function utf16Of(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The encoding of an XML file: UTF-16 when it opens with a UTF-16 byte order mark, UTF-8
 * otherwise (XML 1.0 §4.3.3: an entity in UTF-16 must begin with the mark; one without it or a
 * declaration of another encoding is UTF-8). A backup a Windows editor saved as "Unicode" is so.
 */
export async function xmlEncoding(file: string): Promise<'utf-8' | 'utf-16le' | 'utf-16be'> {
  await checkReadable(file);
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return utf16Of(head.subarray(0, bytesRead)) ?? 'utf-8';
  } finally {
    await handle.close();
  }
}

function sniff(head: Uint8Array, expected: readonly string[]): 'utf-8' | Legacy | 'ambiguous' {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  const utf16 = utf16Of(head);
  if (utf16 !== undefined) return utf16;
  const whole = head.subarray(0, head.length - incompleteTail(head));
  if (isUtf8(whole)) return 'utf-8';
  return legacyOf(head, expected);
}

/**
 * The legacy encoding of bytes that are not UTF-8: Windows-1252 when they look Western
 * European, else GB18030 or Big5 as their characters tell; `utf-8` (to fail at the bad byte)
 * when none reads them.
 */
function legacyOf(bytes: Uint8Array, expected: readonly string[] = []): 'utf-8' | Legacy | 'ambiguous' {
  const named = namingEncoding(bytes, expected);
  if (named !== undefined) return named;
  if (looksShiftJis(bytes)) return 'shift_jis';
  if (looksWindows1252(bytes)) return 'windows-1252';
  if (looksKorean(bytes)) return 'euc-kr';
  // What makes a legacy encoding the answer is that UTF-8 failed and it did not (a stray 0x80
  // or 0xFF is invalid in all); between GB18030 and Big5, the text's characters decide.
  const legacy = legacyCjk(bytes);
  return legacy === 'none' ? 'utf-8' : legacy;
}

// The legacy encodings a file's words may be looked for in, commonest exports first.
const NAMING: readonly ('gb18030' | 'big5' | 'shift_jis' | 'euc-kr')[] = [
  'gb18030',
  'big5',
  'shift_jis',
  'euc-kr',
];

/**
 * The one legacy encoding whose reading of `bytes` holds every word the caller expects there
 * (the column names a CSV import was told, `--columns at=날짜`), when exactly one does: the
 * person named the columns as their file shows them, which is stronger evidence than any
 * statistics over a few header words (날짜,번호 read as GB18030 is 朝楼,锅龋, also valid).
 * Undefined when no non-ASCII word is expected or not exactly one encoding reads them all.
 */
function namingEncoding(bytes: Uint8Array, expected: readonly string[]): Legacy | undefined {
  const words = expected.filter((w) => !/^[\u0000-\u007f]*$/u.test(w));
  if (words.length === 0) return undefined;
  const found = NAMING.filter((encoding) => {
    let text: string;
    try {
      text = fatalDecoder(encoding).decode(bytes, { stream: true });
    } catch {
      return false;
    }
    return words.every((w) => text.includes(w));
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether bytes that are not UTF-8 are Japanese Shift_JIS: valid in it, and its reading has
 * hiragana or full-width katakana for at least a fifth of its non-ASCII characters (Japanese
 * text writes them between its kanji; GBK or Big5 bytes read as Shift_JIS give half-width
 * katakana and rare kanji, Windows-1252 letters give kanji).
 */
function looksShiftJis(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return false;
  }
  let high = 0;
  let kana = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    high++;
    if (cp >= 0x3041 && cp <= 0x30ff) kana++;
  }
  return high > 0 && kana / high >= 0.2;
}

/**
 * Whether bytes that are not UTF-8 are Korean EUC-KR / CP949 (what Excel saves on Korean
 * Windows): valid in windows-949, every non-ASCII character of that reading a Hangul syllable
 * (Korean exports write Hangul, Hanja and symbols rarely), and their GB18030 reading not
 * common Chinese text. KS X 1001's Hangul rows (lead bytes B0–C8) are GB2312's first-level
 * hanzi rows too, so Korean bytes read as Chinese give real but mostly rare characters (날짜
 * is 陈楼), while Chinese text read as Korean gives Hanja or symbols for most characters (汉字 of
 * lead bytes CA–FD, 的 aside) and, where it is all Hangul, its Chinese reading is common text
 * (备注, 来电).
 */
export function looksKorean(bytes: Uint8Array): boolean {
  let ko: string;
  try {
    ko = fatalDecoder('euc-kr').decode(bytes, { stream: true });
  } catch {
    return false;
  }
  let high = 0;
  for (const ch of ko) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    high++;
    if (cp < 0xac00 || cp > 0xd7a3) return false;
  }
  // A word or two says nothing (来电 and 秒 are Hangul read as EUC-KR): Chinese stays the guess.
  if (high < MIN_HANGUL) return false;
  const gb = decodeOrUndefined(bytes, 'gb18030');
  return gb === undefined || commonShare(gb, TOP_CHINESE) < 0.5;
}

// The fewest Hangul syllables a sniffed head must hold to be read as Korean.
const MIN_HANGUL = 8;

// The 1,500 commonest Chinese characters (the head of {@link COMMON}, in frequency order): about
// nine in ten characters of Chinese call-log words (时间, 号码, 未接来电, 归属地), about three in
// ten of Korean words read as GB18030 (날짜 → 朝楼, 부재중 → 何犁吝), whose characters spread
// over GB2312's 3,755 first-level hanzi, ordered by pinyin.
const TOP_CHINESE = new Set([...COMMON_TEXT].slice(0, 1500));

const AMBIGUOUS =
  'these bytes read as Chinese both in GB18030 (mainland exports) and in Big5 (Taiwan, Hong Kong), and the text does not tell which: choose the encoding (encoding gb18030, big5 or, for a Western European export, windows-1252; --encoding)';

// What a line read as UTF-8 holds when it really is UTF-8 Chinese: ASCII, CJK ideographs, CJK
// punctuation and full-width forms only. GB18030 bytes that happen to be valid UTF-8 almost
// never decode to this alone (a 2-byte sequence gives Latin-1/Greek/Cyrillic/Arabic letters,
// and 3-byte ones need lead and trail bytes to line up across characters): about 2 in 100,000
// random three-character GB2312 lines, none of longer ones.
const UTF8_CHINESE = /^[\u0000-\u007f\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]*$/u;

/** A legacy encoding's name as people know it. */
function legacyName(encoding: 'utf-8' | Legacy): string {
  return {
    'utf-8': 'UTF-8',
    gb18030: 'GB18030',
    big5: 'Big5',
    shift_jis: 'Shift_JIS',
    'windows-1252': 'Windows-1252',
    'euc-kr': 'EUC-KR (CP949)',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
  }[encoding];
}

/** Counts the line feeds in `bytes`. */
function countLines(bytes: Uint8Array): number {
  let n = 0;
  let at = bytes.indexOf(0x0a);
  while (at >= 0) {
    n++;
    at = bytes.indexOf(0x0a, at + 1);
  }
  return n;
}

/**
 * Streams a file as text in bounded chunks. UTF-8 is validated: the first malformed byte is
 * reported (with its line and offset) and ends the import, so nothing is ever stored as
 * mojibake. GB18030/GBK is decoded when chosen, or when sniffed (`auto`): the head of the file is
 * not UTF-8 but is GB18030 (a head of plain ASCII decides nothing: the first line with other
 * bytes does). A sniffed GB18030 file with a line in UTF-8 Chinese (a row appended by another
 * tool) is refused, naming the line: read either way, one part would be mojibake. Sniffing
 * prefers the one legacy encoding whose reading holds every `expected` word (a CSV's column
 * names), then Shift_JIS, Windows-1252, EUC-KR (a head all Hangul that is not common Chinese
 * read as GB18030) and GB18030 or Big5 as their characters tell.
 *
 * @param expected - Words the file's head holds (the column names an import was told).
 * @throws ImportError at the first byte that is not valid in the encoding, or at the first line
 *   in another encoding than the file's.
 */
export async function* readText(
  file: string,
  sink: ScanSink,
  encoding: TextEncoding = 'utf-8',
  expected: readonly string[] = [],
): AsyncGenerator<TextChunk, void, undefined> {
  let chosen: 'utf-8' | Legacy | undefined =
    encoding === 'auto'
      ? undefined
      : encoding === 'big5-hkscs'
        ? 'big5'
        : encoding === 'latin1' || encoding === 'iso-8859-1'
          ? 'windows-1252'
          : encoding === 'cp949'
            ? 'euc-kr'
            : encoding;
  const sniffed = encoding === 'auto';
  let pending: Buffer = Buffer.alloc(0);
  let offset = 0;
  // Lines before `offset` (1-based numbers: the line at `offset` is lines + 1).
  let lines = 0;
  // Whether a byte above 0x7F was seen in what was decoded as UTF-8 (before it, the text was ASCII).
  let sawHighByte = false;
  let gb: Pick<TextDecoder, 'decode'> | undefined;
  // Sniffed GB18030: the bytes of the line not yet ended, to check each whole line.
  let lineCarry: Buffer = Buffer.alloc(0);
  let first = true;
  const checkLines = (bytes: Buffer, last: boolean): void => {
    const all = lineCarry.length > 0 ? Buffer.concat([lineCarry, bytes]) : bytes;
    let start = 0;
    // The carry holds no line feed: it is the start of line `lines + 1`.
    let line = lines + 1;
    const at0 = offset - lineCarry.length;
    for (;;) {
      const end = all.indexOf(0x0a, start);
      if (end < 0 && !last) break;
      const text = all.subarray(start, end < 0 ? all.length : end);
      // A Windows-1252 line is almost never valid UTF-8 (ü alone is 0xFC): any non-ASCII UTF-8
      // line is another tool's row.
      if (
        !isAscii(text) &&
        isUtf8(text) &&
        (chosen === 'windows-1252' || UTF8_CHINESE.test(text.toString('utf8')))
      ) {
        const name = legacyName(chosen!);
        fail(
          file,
          sink,
          { line, offset: at0 + start },
          `mixed encodings: this line is UTF-8 while the file was read as ${name} from its first bytes; convert the file to one encoding (iconv), or choose encoding ${chosen} to read every line as ${name}`,
        );
      }
      if (end < 0) break;
      start = end + 1;
      line++;
    }
    lineCarry = Buffer.from(all.subarray(start));
  };
  const decode = function* (bytes: Buffer, last: boolean): Generator<TextChunk> {
    if (chosen !== undefined && chosen !== 'utf-8') {
      const wide = chosen === 'utf-16le' || chosen === 'utf-16be';
      // A UTF-16 file's 0x0A bytes are halves of characters too: its lines are not checked.
      if (sniffed && !wide) checkLines(bytes, last);
      const name = legacyName(chosen);
      let text: string;
      try {
        if (chosen === 'windows-1252') text = decodeWindows1252(bytes);
        else {
          gb ??= fatalDecoder(chosen);
          text = gb.decode(bytes, { stream: !last });
        }
      } catch {
        fail(file, sink, { offset }, `not valid ${name} in the ${bytes.length} bytes from this offset`);
      }
      if (chosen === 'windows-1252' && C1_CONTROL.test(text))
        fail(
          file,
          sink,
          { offset: offset + text.search(C1_CONTROL) },
          'not valid Windows-1252: a byte (0x81, 0x8D, 0x8F, 0x90 or 0x9D) it leaves unassigned',
        );
      yield { text, byteOffset: offset };
      offset += bytes.length;
      lines += wide ? text.split('\n').length - 1 : countLines(bytes);
      return;
    }
    const all = pending.length > 0 ? Buffer.concat([pending, bytes]) : bytes;
    const cut = last ? all.length : all.length - incompleteTail(all);
    let start = 0;
    if (first && all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf) start = 3;
    first = false;
    const body = all.subarray(start, cut);
    if (!isUtf8(body)) {
      const bad = Math.max(firstInvalidUtf8(body), 0);
      // Sniffed from a head of plain ASCII: the first other bytes decide (GBK rows after an
      // English header), when they are GB18030.
      const legacy =
        sniffed && !sawHighByte && isAscii(body.subarray(0, bad))
          ? legacyOf(all.subarray(start), expected)
          : 'utf-8';
      if (legacy === 'ambiguous')
        fail(file, sink, { line: lines + 1, offset: offset + start + bad }, AMBIGUOUS);
      if (legacy !== 'utf-8') {
        chosen = legacy;
        pending = Buffer.alloc(0);
        offset += start;
        yield* decode(Buffer.from(all.subarray(start)), last);
        return;
      }
      fail(
        file,
        sink,
        { line: lines + 1 + countLines(body.subarray(0, bad)), offset: offset + start + bad },
        sniffed
          ? 'not valid UTF-8, while the lines before it were (mixed encodings? convert the file to one encoding, or choose encoding gb18030 or windows-1252)'
          : 'not valid UTF-8',
      );
    }
    if (!sawHighByte && !isAscii(body)) sawHighByte = true;
    yield { text: body.toString('utf8'), byteOffset: offset + start };
    offset += cut;
    lines += countLines(body);
    pending = all.subarray(cut);
  };
  await checkReadable(file);
  const stream = createReadStream(file, { highWaterMark: READ_CHUNK });
  let head: Buffer[] | undefined = chosen === undefined ? [] : undefined;
  let headBytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (head) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes < SNIFF_BYTES) continue;
        const joined = Buffer.concat(head);
        head = undefined;
        const sniffedAs = sniff(joined.subarray(0, SNIFF_BYTES), expected);
        if (sniffedAs === 'ambiguous') fail(file, sink, { line: 1, offset: 0 }, AMBIGUOUS);
        chosen = sniffedAs;
        yield* decode(joined, false);
        continue;
      }
      yield* decode(chunk, false);
    }
    if (head) {
      const joined = Buffer.concat(head);
      const sniffedAs = sniff(joined, expected);
      if (sniffedAs === 'ambiguous') fail(file, sink, { line: 1, offset: 0 }, AMBIGUOUS);
      chosen = sniffedAs;
      yield* decode(joined, true);
    } else yield* decode(Buffer.alloc(0), true);
  } finally {
    stream.destroy();
  }
}
