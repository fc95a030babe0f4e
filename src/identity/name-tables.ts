/**
 * Word lists for name variants. Nicknames and spellings are ones a clerk accepts without a
 * second look; the Chinese characters are common in given names, so a variant reads as a
 * real person's name rather than a typo a dealer would correct.
 */

/** Given name → nicknames (spoken-distinct from the given name). */
export const NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    alexander: ['Alex', 'Sandy'],
    alexandra: ['Alex', 'Sandra'],
    andrew: ['Andy', 'Drew'],
    anthony: ['Tony'],
    benjamin: ['Ben', 'Benny'],
    catherine: ['Cathy', 'Kate'],
    charles: ['Charlie', 'Chuck'],
    christopher: ['Chris', 'Kit'],
    daniel: ['Dan', 'Danny'],
    david: ['Dave', 'Davy'],
    edward: ['Ed', 'Ted'],
    elizabeth: ['Liz', 'Beth', 'Betty'],
    emily: ['Em', 'Emmy'],
    james: ['Jim', 'Jimmy'],
    jennifer: ['Jen', 'Jenny'],
    john: ['Jack', 'Johnny'],
    jonathan: ['Jon', 'Nate'],
    joseph: ['Joe', 'Joey'],
    katherine: ['Kate', 'Kathy'],
    margaret: ['Maggie', 'Peggy'],
    matthew: ['Matt'],
    michael: ['Mike', 'Mickey'],
    nicholas: ['Nick'],
    patricia: ['Pat', 'Trish'],
    peter: ['Pete'],
    richard: ['Rick', 'Dick'],
    robert: ['Bob', 'Rob', 'Bobby'],
    samuel: ['Sam'],
    sarah: ['Sally'],
    stephen: ['Steve'],
    steven: ['Steve'],
    susan: ['Sue', 'Susie'],
    thomas: ['Tom', 'Tommy'],
    timothy: ['Tim'],
    victoria: ['Vicky', 'Tori'],
    william: ['Bill', 'Will', 'Billy'],
  }),
);

/**
 * Spanish, Portuguese and Italian given names → the short forms people go by and callers use
 * (hipocorísticos: Pepe for José, Paco for Francisco, Zé for José, Beppe for Giuseppe), which sound
 * nothing like the name. Real Academia Española, Diccionario panhispánico de dudas ("hipocorístico")
 * and the forms in everyday use. Only read where a name addressed is compared with the person's,
 * never to make a variant.
 */
export const ROMANCE_HYPOCORISMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    jose: ['Pepe', 'Pepito', 'Che', 'Zé', 'Zezé', 'Beppe', 'Peppe', 'Peppino', 'Pino'],
    giuseppe: ['Beppe', 'Peppe', 'Peppino', 'Pino'],
    francisco: ['Paco', 'Pancho', 'Curro', 'Quico', 'Chico', 'Xico'],
    francesco: ['Franco', 'Cecco', 'Checco'],
    ignacio: ['Nacho'],
    manuel: ['Manolo', 'Manu', 'Manel', 'Nel'],
    enrique: ['Quique'],
    jesus: ['Chucho', 'Chus', 'Chuy'],
    guillermo: ['Memo', 'Guille'],
    alberto: ['Beto', 'Tito'],
    roberto: ['Beto', 'Tito'],
    antonio: ['Toño', 'Tono', 'Tó', 'Toni', 'Totò', 'Nino'],
    joaquim: ['Quim'],
    joaquin: ['Quino', 'Chimo'],
    salvador: ['Chava', 'Salva'],
    salvatore: ['Totò', 'Turi'],
    luigi: ['Gigi', 'Gino'],
    giovanni: ['Gianni', 'Nanni', 'Vanni'],
    eduardo: ['Lalo', 'Edu'],
    dolores: ['Lola', 'Lolita'],
    concepcion: ['Concha', 'Conchita', 'Chon'],
    rosario: ['Charo', 'Chayo'],
    consuelo: ['Chelo'],
    mercedes: ['Merche', 'Meche'],
    guadalupe: ['Lupe', 'Lupita'],
    isabel: ['Chabela', 'Isa', 'Bel'],
    asuncion: ['Chon', 'Susi'],
    maria: ['Mari', 'Maruja'],
  }),
);

/** Given name → spellings that sound the same (written-distinct only). */
export const SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    ann: ['Anne'],
    anne: ['Ann'],
    catherine: ['Katherine', 'Kathryn'],
    katherine: ['Catherine', 'Kathryn'],
    jon: ['John'],
    john: ['Jon'],
    sara: ['Sarah'],
    sarah: ['Sara'],
    steven: ['Stephen'],
    stephen: ['Steven'],
    philip: ['Phillip'],
    phillip: ['Philip'],
    geoffrey: ['Jeffrey'],
    jeffrey: ['Geoffrey'],
    alan: ['Allan', 'Allen'],
    brian: ['Bryan'],
    eric: ['Erik'],
    mark: ['Marc'],
    marc: ['Mark'],
    teresa: ['Theresa'],
    claire: ['Clare'],
    rebecca: ['Rebekah'],
    zoe: ['Zoey'],
    lee: ['Leigh'],
    shawn: ['Sean', 'Shaun'],
    sean: ['Shawn', 'Shaun'],
  }),
);

/** Two-character Chinese surnames; any other name's surname is its first character. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '尉迟',
  '东方',
  '皇甫',
  '令狐',
  '公孙',
  '慕容',
  '夏侯',
  '长孙',
  '宇文',
  '司徒',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '轩辕',
  '呼延',
  '澹台',
  '公冶',
  '太史',
  '申屠',
  '万俟',
  '闻人',
]);

/** Characters inserted into or substituted in a given name (distinct toneless readings). */
export const GIVEN_NAME_CHARS: readonly string[] = Array.from(
  '小文明华嘉子志国建海玉丽春秋德俊宏永新雪云天凤梅兰荣松林成杰博思安宁晨阳涛鹏飞瑞慧静婷琳颖锋刚勇军斌浩宇轩泽',
);

/**
 * Given-name characters by the sex of the people who bear them: the characters of the most
 * common women's and men's names in 公安部户政管理研究中心《二〇一九年全国姓名报告》 and
 * 《二〇二〇年全国姓名报告》 (by decade of birth: 秀英, 桂英, 玉兰, 淑珍, 凤英 / 建国, 建华, 国强, 德明 for the
 * 1950s–60s; 丽娟, 红梅, 海燕, 艳, 芳, 敏 / 志强, 志刚, 建军, 勇, 军 for the 1970s; 静, 婷, 丹, 娜, 燕,
 * 玲 / 伟, 磊, 涛, 鹏, 超 for the 1980s–90s; newborn girls 一诺, 欣怡, 梓涵, 语桐, 欣妍, 可欣, 梦瑶,
 * 诗涵, 雨萱 / boys 浩宇, 宇轩, 奕辰, 子墨, 宇航, 浩然, 梓豪, 俊熙, 皓轩). A variant of a woman's name
 * draws its characters from the women's set and the shared one, a man's from the men's.
 */
export const FEMALE_NAME_CHARS: ReadonlySet<string> = new Set(
  Array.from('秀英桂兰玉淑珍凤丽娟红梅燕艳芳敏静婷丹娜玲欣怡涵桐妍梦瑶诗萱雪琳颖倩莉佳晶莹琪霞'),
);
/** Given-name characters of men's names, from the same reports (see {@link FEMALE_NAME_CHARS}). */
export const MALE_NAME_CHARS: ReadonlySet<string> = new Set(
  Array.from('建国强德志刚军勇伟磊涛鹏超浩宇轩辰墨航然豪熙皓杰俊峰锋斌博宏永成飞龙鑫泽'),
);
/** Characters both women's and men's names use (文, 华, 明, 子, 晨…), from the same reports. */
export const SHARED_NAME_CHARS: readonly string[] = Array.from(
  '小文明华嘉子海春秋新云天荣林思安宁晨阳瑞一雨晓',
);

/** A wider pool searched for homophones of the subject's own given-name characters. */
export const HOMOPHONE_POOL: readonly string[] = Array.from(
  '伟维玮炜薇唯卫为威巍娜纳敏民闽芳方放强蔷静晶菁军钧君磊蕾洋杨扬艳燕彦勇涌永秀绣娟鹃霞侠刚钢平萍苹辉徽慧惠蕙' +
    '丽莉俐立力利明铭鸣华桦骅嘉佳家杰洁婕捷俊骏峻宏红鸿弘新欣馨心鑫云芸韵雪玉钰昱宇雨语羽涛韬滔鹏朋飞菲霏' +
    '婷亭庭廷琳林霖麟颖莹盈滢锋峰枫丰斌彬宾浩昊皓泽则晨辰宸阳旸博波柏思斯丝安谙宁凝成诚承',
);

/**
 * Chinese surnames read differently as a surname than as a word, with every reading a clerk,
 * a form or a romanising system may write: the surname reading first, then the everyday ones
 * (单 is Shan as a surname, Dan in every dictionary look-up). Syllables are space-separated.
 *
 * Sources: 《现代汉语词典》(第7版) surname notes ("用于姓"), the 《通用规范汉字表》 readings, and
 * GB/T 28039-2011 《中国人名汉语拼音字母拼写规则》 (surname and given name written apart,
 * compound surnames as one word); the everyday readings are those pinyin-pro gives outside
 * surname mode, which is what software writes when it romanises a name character by character.
 */
export const POLYPHONIC_SURNAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['单', ['shan', 'dan', 'chan']],
  ['曾', ['zeng', 'ceng']],
  ['仇', ['qiu', 'chou']],
  ['解', ['xie', 'jie', 'hai']],
  ['区', ['ou', 'qu']],
  ['查', ['zha', 'cha']],
  ['朴', ['piao', 'pu', 'po']],
  ['盖', ['ge', 'gai']],
  ['乐', ['yue', 'le']],
  ['缪', ['miao', 'miu', 'mou']],
  ['翟', ['zhai', 'di']],
  ['员', ['yun', 'yuan']],
  ['覃', ['qin', 'tan']],
  ['种', ['chong', 'zhong']],
  ['召', ['shao', 'zhao']],
  ['秘', ['bi', 'mi']],
  ['尉', ['yu', 'wei']],
  ['繁', ['po', 'fan']],
  ['折', ['she', 'zhe']],
  ['宿', ['su', 'xiu']],
  ['那', ['na', 'nuo']],
  ['沈', ['shen', 'chen']],
  ['石', ['shi', 'dan']],
  ['车', ['che', 'ju']],
  ['陆', ['lu', 'liu']],
  ['句', ['gou', 'ju']],
  ['重', ['chong', 'zhong']],
  ['柏', ['bai', 'bo']],
  ['薄', ['bo', 'bao']],
  ['谌', ['chen', 'shen']],
  ['都', ['du', 'dou']],
  ['藏', ['zang', 'cang']],
  ['能', ['nai', 'neng']],
  ['隗', ['wei', 'kui']],
  ['粘', ['nian', 'zhan']],
  ['贲', ['ben', 'bi']],
  ['圈', ['quan', 'juan']],
  ['卜', ['bu', 'bo']],
  ['长孙', ['zhang sun', 'chang sun']],
  ['尉迟', ['yu chi', 'wei chi']],
  ['万俟', ['mo qi', 'wan si']],
  ['澹台', ['tan tai', 'dan tai']],
]);

/**
 * Middle dots that join the parts of a transliterated name (阿卜杜拉·买买提): the interpunct
 * U+00B7 of GB 2312, the katakana middle dot, the bullet, the hyphenation point, the
 * half-width katakana dot and the full-width full stop input methods insert for it; the Korean
 * IME's middle dot U+318D, the sinological dot U+A78F, the modifier triangular colon U+02D1,
 * the word separator middle dot U+2E31, the runic punctuation U+16EB, the one-dot leader
 * U+2024, the Greek ano teleia U+0387, the raised dot U+2E33 and the Z notation spot U+2981.
 */
export const NAME_DOTS =
  /[\u00b7\u30fb\u2022\u2027\uff65\uff0e\u2219\u22c5\u318d\ua78f\u02d1\u2e31\u16eb\u2024\u0387\u2e33\u2981]/u;

/**
 * Words too common to identify anyone: a name made only of these (`Will You`, `Dear Sir`,
 * `客服`) would be found in every other message, so it is refused as a subject name.
 */
export const COMMON_NAME_WORDS: ReadonlySet<string> = new Set([
  ...'a an the and or but if of to in on at by for from with without about as is are was be been am do does did have has had will would can could shall should may might must not no yes ok okay i me my we us our you your he him his she her it its they them their this that these those here there what when where who whom why how all any some one two three new now call text free win hello hi hey dear sir madam mr mrs ms miss dr mx customer client user member guest owner resident occupant friend test name unknown none null nil na admin info service team support'.split(
    ' ',
  ),
  ...[
    '先生',
    '女士',
    '小姐',
    '您好',
    '你好',
    '客户',
    '用户',
    '客服',
    '老板',
    '经理',
    '同学',
    '朋友',
    '测试',
    '我们',
    '大家',
    '业主',
    '会员',
    '亲爱的',
    '尊敬',
    '的',
    '贷款',
    '借款',
    '快递',
    '中国',
    '上海',
    '北京',
    '广州',
    '深圳',
    '恭喜',
    '发财',
    '优惠',
    '活动',
    '中奖',
    '红包',
    '验证码',
    '通知',
    '服务',
    '银行',
    '公司',
    '您的',
    '订单',
    '退款',
    '保险',
  ],
  // Words of advertising and spam, and what software prints for a missing value.
  ...'sale sales free loan loans offer offers click here best price prices love money cash prize winner deal deals discount order account bank verify code update payment nobody somebody anybody everyone undefined nan null true false object function void default example sample your welcome thanks thank happy new year buy now get'.split(
    ' ',
  ),
]);

/**
 * Well-known people whose names a variant must not spell (a middle initial turns `George Bush`
 * into `George W. Bush`, a nickname `William Gates` into `Bill Gates`): news about them would
 * convict the source. A supplement to the rules, as compact keys, given name first; the lists
 * of most-covered people in English- and Chinese-language news.
 */
export const FAMOUS_NAMES: ReadonlySet<string> = new Set([
  ...'samuelljackson georgewbush georgehwbush johnfkennedy michaeljfox billgates billclinton hillaryclinton donaldtrump donaldjtrump joebiden barackobama michelleobama bobdylan jimmycarter ronaldreagan richardnixon franklindroosevelt theodoreroosevelt abrahamlincoln georgewashington martinlutherking martinlutherkingjr johnlennon paulmccartney elvispresley michaeljackson michaeljordan tigerwoods tomhanks tomcruise bradpitt willsmith jackiechan brucelee stevejobs elonmusk jeffbezos markzuckerberg warrenbuffett billmurray billnye billyjoel bobmarley davidbeckham lebronjames kobebryant serenawilliams taylorswift kimkardashian oprahwinfrey johnmccain mittromney berniesanders kamalaharris mikepence dickcheney jfk lbj fdr mlk johnadams johnqadams johnquincyadams ulyssessgrant harrystruman dwightdeisenhower jrrtolkien jkrowling hgwells tseliot ebwhite pdjames wbyeats georgerrmartin philipkdick samueljackson michaelbjordan mikemyers mikejones mikeshinoda'.split(
    ' ',
  ),
  ...'刘德华 周杰伦 成龙 李小龙 王菲 张学友 郭富城 黎明 梁朝伟 周星驰 刘亦菲 范冰冰 杨幂 赵薇 章子怡 巩俐 姚明 刘翔 李娜 马云 马化腾 李彦宏 雷军 任正非 王健林 毛泽东 邓小平 周恩来 习近平 李克强 胡锦涛 江泽民 孙中山 鲁迅 莫言 郎朗 谢霆锋 张国荣 梅艳芳 邓丽君 王力宏 林俊杰 蔡依林 孙燕姿 陈奕迅 杨紫琼 吴京 黄晓明 邓超 李连杰 甄子丹 周润发 刘嘉玲 张曼玉 林青霞 赵本山 王宝强 易烊千玺 王俊凯 王源 鹿晗 吴亦凡 蔡徐坤 杨超越 谷爱凌 苏炳添 刘强东 董明珠'.split(
    ' ',
  ),
]);

/**
 * Well-known people with the initials and nickname news writes them with: `legal[/nickname]
 * family [initials]`, lower case (`william/bill gates h`: William Henry Gates, Bill Gates). A
 * variant of a subject with the same family name is never issued when its given name is the
 * person's nickname (`Bill G. Gates`, `Bill Gates`), or when its given name is theirs and an
 * initial it carries is one of theirs (`William H. Gates`, `George H. Bush`, `Donald J. T.
 * Trump`): news about them convicts the source. Other initials stay free (`William K. Gates`).
 * Sources: the people of {@link FAMOUS_NAMES} (most-covered people in English-language news),
 * their legal names and middle names as published in their official biographies.
 */
export const FAMOUS_PEOPLE: readonly string[] = [
  'samuel/sam jackson l',
  'george bush hw',
  'john kennedy f',
  'michael/mike fox j',
  'william/bill gates h',
  'william/bill clinton j',
  'hillary clinton r',
  'donald trump j',
  'joseph/joe biden r',
  'barack obama h',
  'michelle obama l',
  'robert/bob dylan',
  'james/jimmy carter e',
  'ronald reagan w',
  'richard nixon m',
  'franklin roosevelt d',
  'theodore/teddy roosevelt',
  'abraham/abe lincoln',
  'george washington',
  'martin king l',
  'john lennon w',
  'paul mccartney j',
  'elvis presley a',
  'michael jackson j',
  'michael jordan jb',
  'eldrick/tiger woods t',
  'thomas/tom hanks j',
  'william/brad pitt b',
  'willard/will smith c',
  'jackie chan',
  'bruce lee',
  'steven/steve jobs p',
  'elon musk r',
  'jeffrey/jeff bezos p',
  'mark zuckerberg e',
  'warren buffett e',
  'william/bill murray j',
  'william/bill nye s',
  'william/billy joel m',
  'robert/bob marley n',
  'david beckham r',
  'lebron james r',
  'kobe bryant b',
  'serena williams j',
  'taylor swift a',
  'kimberly/kim kardashian n',
  'oprah winfrey g',
  'john mccain s',
  'willard/mitt romney m',
  'bernard/bernie sanders',
  'kamala harris d',
  'michael/mike pence r',
  'richard/dick cheney b',
  'john adams q',
  'ulysses grant s',
  'harry truman s',
  'dwight eisenhower d',
  'george martin r',
  'philip dick k',
];

/**
 * Spellings of common Chinese (and Korean) surnames in romanisations other than pinyin, as they
 * appear on passports, identity cards and English-language forms: a dealer's record of 陈 may
 * read Chan (Hong Kong), Chen (pinyin), Tan (Singapore, Malaysia), and 朴 is Park or Pak for
 * nearly every Korean bearer. The given name keeps its pinyin key. Letters only, lower case.
 *
 * Sources: Hong Kong Government Cantonese Romanisation as used on HKID cards (the Immigration
 * Department's spellings: Chan, Wong, Cheung, Lau, Leung, Ng, Tse, Yip, Kwok, Tsang, Au); Wade–
 * Giles as on Taiwanese passports (Chang, Hsieh, Hsu, Tseng, Kuo, Chou, Chiang, Tsai); the
 * Hokkien and Teochew spellings of Singapore and Malaysian registrations (Tan, Lim, Ong, Goh,
 * Teo, Koh, Ng, Chua, Khoo); for 朴, 金, 崔, 郑 the Revised Romanization of Korean (2000) and the
 * spellings most bearers use (Park, Kim, Choi, Jung; National Institute of Korean Language
 * survey of surname spellings, 2009).
 */
export const SURNAME_ROMANISATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['朴', ['park', 'pak', 'bak']],
  ['区', ['au']],
  ['曾', ['tsang', 'tseng']],
  ['张', ['cheung', 'chang', 'teo', 'chong']],
  ['解', ['hsieh']],
  ['单', ['sin']],
  ['陈', ['chan', 'tan']],
  ['李', ['lee', 'lei']],
  ['王', ['wong', 'ong']],
  ['黄', ['wong', 'ng', 'ooi', 'wee']],
  ['吴', ['ng', 'goh', 'woo']],
  ['刘', ['lau', 'lao']],
  ['林', ['lam', 'lim']],
  ['周', ['chow', 'chou', 'chau']],
  ['杨', ['yeung', 'yeo']],
  ['赵', ['chiu', 'chao']],
  ['郑', ['cheng', 'chung', 'jung', 'jeong']],
  ['许', ['hui', 'hsu', 'koh']],
  ['邓', ['tang', 'teng']],
  ['梁', ['leung', 'neo']],
  ['罗', ['law', 'lo']],
  ['徐', ['tsui', 'hsu', 'chee']],
  ['叶', ['yip', 'yeh']],
  ['郭', ['kwok', 'kuo']],
  ['冯', ['fung']],
  ['蔡', ['choi', 'tsai', 'chua']],
  ['卢', ['lo']],
  ['谢', ['tse', 'hsieh', 'chia']],
  ['萧', ['siu', 'hsiao']],
  ['肖', ['siu', 'hsiao']],
  ['钟', ['chung']],
  ['江', ['kong', 'chiang']],
  ['蒋', ['tseung', 'chiang']],
  ['邱', ['yau', 'chiu', 'khoo']],
  ['高', ['ko', 'kao']],
  ['金', ['kim', 'kam', 'chin']],
  ['崔', ['choi', 'tsui']],
  ['朱', ['chu', 'choo']],
  ['胡', ['wu']],
  ['苏', ['so']],
  ['孙', ['suen']],
  ['潘', ['poon']],
  ['彭', ['pang']],
  ['庄', ['chuang']],
  // Compound surnames in the Hong Kong Government Cantonese Romanisation (Au-Yeung, Szeto) and
  // as their bearers abroad write them (Owyang).
  ['欧阳', ['auyeung', 'auyang', 'owyang']],
  ['司徒', ['szeto', 'seto']],
  ['司马', ['szema']],
  ['上官', ['sheungkwun']],
  ['诸葛', ['chukot']],
  ['东方', ['tungfong']],
  ['慕容', ['moyung', 'mooyung']],
]);

/**
 * Spellings of the common Korean surnames written in Hangul, as their bearers write them in Latin
 * letters: the Revised Romanization (2000, what any-ascii gives: 김 gim, 이 i, 박 bak) is rarely
 * what a passport, a card or a caller says (Kim, Lee, Park), and one surname has several
 * spellings in use (이: Lee, Yi, Rhee, Ri). The commonest surnames of the 2015 census
 * (Statistics Korea) and the common compound ones, with the Revised
 * Romanization, McCune–Reischauer and the spellings most bearers use (National Institute of
 * Korean Language survey of surname spellings, 2009). Letters only, lower case.
 */
export const HANGUL_SURNAME_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['김', ['kim', 'gim']],
  ['이', ['lee', 'yi', 'rhee', 'ri', 'i', 'rhie', 'yie']],
  ['박', ['park', 'pak', 'bak', 'bahk']],
  ['최', ['choi', 'choe', 'chey']],
  ['정', ['jung', 'jeong', 'chung', 'cheong', 'joung']],
  ['강', ['kang', 'gang']],
  ['조', ['cho', 'jo', 'joe']],
  ['윤', ['yoon', 'yun', 'youn']],
  ['장', ['jang', 'chang']],
  ['임', ['lim', 'im', 'yim', 'rim']],
  ['한', ['han', 'hahn']],
  ['오', ['oh', 'o']],
  ['서', ['seo', 'suh', 'so']],
  ['신', ['shin', 'sin', 'shinn']],
  ['권', ['kwon', 'gwon', 'kwun']],
  ['황', ['hwang', 'whang']],
  ['안', ['ahn', 'an']],
  ['송', ['song']],
  ['전', ['jeon', 'jun', 'chun', 'chon']],
  ['홍', ['hong']],
  ['유', ['yoo', 'yu', 'you']],
  ['고', ['ko', 'go', 'koh']],
  ['문', ['moon', 'mun']],
  ['양', ['yang', 'ryang']],
  ['손', ['son', 'sohn']],
  ['배', ['bae', 'pae']],
  ['백', ['baek', 'paik', 'baik', 'paek']],
  ['허', ['heo', 'hur', 'huh', 'ho']],
  ['남', ['nam']],
  ['심', ['shim', 'sim']],
  ['노', ['noh', 'no', 'roh', 'ro']],
  ['하', ['ha']],
  ['곽', ['kwak', 'gwak']],
  ['성', ['sung', 'seong']],
  ['차', ['cha']],
  ['주', ['joo', 'ju', 'chu']],
  ['우', ['woo', 'u']],
  ['구', ['koo', 'gu', 'ku']],
  ['민', ['min']],
  ['류', ['ryu', 'yoo', 'yu', 'lyu', 'ryoo']],
  ['나', ['na', 'ra']],
  ['진', ['jin', 'chin']],
  ['지', ['ji', 'chi']],
  ['엄', ['eom', 'um', 'uhm']],
  ['채', ['chae']],
  ['원', ['won', 'weon']],
  ['천', ['cheon', 'chun', 'chon']],
  ['방', ['bang', 'pang']],
  ['공', ['kong', 'gong']],
  ['현', ['hyun', 'hyeon']],
  ['함', ['ham', 'hahm']],
  ['변', ['byun', 'byeon', 'pyun']],
  ['염', ['yeom', 'yum']],
  ['여', ['yeo', 'yuh']],
  ['추', ['choo', 'chu']],
  ['도', ['do', 'doh']],
  ['석', ['seok', 'suk']],
  ['선', ['seon', 'sun']],
  ['설', ['seol', 'sul']],
  ['마', ['ma']],
  ['길', ['gil', 'kil']],
  ['연', ['yeon', 'yun']],
  ['위', ['wi', 'wee']],
  ['표', ['pyo']],
  ['명', ['myung', 'myeong']],
  ['기', ['ki', 'gi']],
  ['반', ['ban', 'pan']],
  ['왕', ['wang']],
  ['금', ['geum', 'keum', 'kum']],
  ['옥', ['ok']],
  ['육', ['yuk', 'yook']],
  ['인', ['in']],
  ['황보', ['hwangbo']],
  ['남궁', ['namgung', 'namkung']],
  ['제갈', ['jegal', 'chegal']],
  ['선우', ['seonu', 'sunwoo']],
  ['독고', ['dokgo', 'dokko']],
  ['사공', ['sagong']],
  ['서문', ['seomun']],
]);

/** The Korean compound surnames (two syllables), for splitting a name written without a space. */
export const HANGUL_COMPOUND_SURNAMES: ReadonlySet<string> = new Set(
  [...HANGUL_SURNAME_SPELLINGS.keys()].filter((s) => s.length === 2),
);

/**
 * Two-character given names so common that a real person of the subject's surname and that
 * name is likely to text, mail or sign a message (张志明, 王建国, 李秀英): a variant never uses
 * one, or a colleague's signature would convict a source.
 *
 * Sources: the most frequent given names by decade of birth and the top names of newborns in
 * 公安部户政管理研究中心《二〇一九年全国姓名报告》 and《二〇二〇年全国姓名报告》 (建国, 建华, 秀英, 桂英 for the
 * 1950s–60s; 志强, 志刚, 海燕, 红梅, 丽娟 for the 1970s; 婷婷, 丹丹 for the 1990s; 子轩, 浩宇, 一诺,
 * 欣怡 for the 2010s), completed with their generational siblings that the variant generator's
 * characters can form (志明, 志国, 国华, 建伟, 小明…).
 */
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set([
  // 1950s–1960s
  ...['建国', '建华', '建平', '建军', '建明', '建伟', '建新', '建林', '建峰', '建成'],
  ...['国华', '国强', '国庆', '国平', '国明', '国安', '国栋', '国建', '国成', '国林', '国文'],
  ...['秀英', '秀兰', '秀珍', '秀云', '秀梅', '桂英', '桂兰', '桂珍', '玉兰', '玉梅', '玉珍', '玉华'],
  ...['淑珍', '淑英', '淑兰', '凤英', '凤兰', '金凤', '春梅', '春华', '德华', '德明', '永红', '永明'],
  ...['红梅', '红霞', '丽华', '丽娟', '丽萍', '丽君', '丽丽', '文华', '文明', '文杰', '文斌', '文军'],
  // 1970s–1980s
  ...['志强', '志刚', '志明', '志国', '志伟', '志华', '志勇', '志军', '志平', '志杰', '志文', '志宏'],
  ...['志新', '志成', '志斌', '志峰', '志海', '志林', '海燕', '海涛', '海峰', '海波', '海军', '海林'],
  ...['小明', '小红', '小华', '小军', '小伟', '小平', '小燕', '小丽', '小龙', '小东', '小林', '小强'],
  ...['晓明', '晓东', '晓燕', '晓红', '晓丽', '晓华', '俊杰', '俊峰', '俊华', '俊明', '春燕', '春生'],
  ...['云飞', '宏伟', '宏亮', '永刚', '永强', '永平', '明华', '明亮', '成龙', '天明', '松林', '新华'],
  ...['子明', '子文', '子华', '嘉明', '嘉华', '嘉欣', '荣华', '瑞华', '鹏飞', '鹏程', '雪梅'],
  // 1990s–2020s
  ...['婷婷', '丹丹', '静静', '晶晶', '欢欢', '佳佳', '思思', '文静', '雨婷', '雪莹', '思雨', '佳琪'],
  ...['子轩', '子涵', '子墨', '浩宇', '浩然', '宇轩', '宇航', '宇辰', '博文', '梓涵', '梓轩', '梓萱'],
  ...['一诺', '依诺', '欣怡', '语桐', '雨桐', '可欣', '欣妍', '梦瑶', '诗涵', '奕辰', '亦辰', '一鸣'],
  ...['皓轩', '明轩', '俊熙', '思远', '天佑', '嘉怡', '晨曦', '雨萱', '佳怡', '子豪', '浩轩'],
  // -芳 and -洋 names of every decade (王瑞芳, 刘海洋)
  ...['海洋', '瑞芳', '建芳', '丽芳', '秀芳', '淑芳', '桂芳', '玉芳', '春芳', '海霞', '德芳', '凤芳'],
]);
