/**
 * The phrase tables of `ownServiceMessage`, per language: legal forms, business types, places,
 * roles, self-introductions, mentions, what a message is about and what each kind of business
 * deals in. English and German share the Latin tables (a German name and an English one are read
 * by the same rules); Chinese has its own. The decision is in `own-service.ts`.
 */
import type { OwnServiceTopic } from './own-service.js';

/** Legal forms, dropped from a name before it is compared (they say nothing of which business). */
export const LEGAL_WORDS_ZH = ['股份有限公司', '有限责任公司', '有限公司', '集团', '公司'];
export const LEGAL_WORDS_EN = new Set(
  'the a an and of inc incorporated ltd limited llc llp co corp corporation company group plc gmbh sa ag'.split(
    ' ',
  ),
);

/**
 * Words that say what kind of business, not which: a text may drop them from the source's name
 * (希尔顿 for 上海希尔顿酒店, "Grand" for "Grand Hotel"), and when a text puts one the source's
 * name lacks next to its name, it names another business ("Grand Motors" is not "Grand Hotel").
 */
export const TYPE_WORDS_ZH = [
  '大酒店',
  '酒店',
  '宾馆',
  '饭店',
  '旅馆',
  '民宿',
  '客栈',
  '度假村',
  '4s店',
  '汽车',
  '车行',
  '汽修',
  '保险',
  '人寿',
  '财险',
  '银行',
  '商城',
  '商场',
  '超市',
  '便利店',
  '药房',
  '药店',
  '医院',
  '诊所',
  '口腔',
  '牙科',
  '美发',
  '美容',
  '健身',
  '会所',
  '物业',
  '快递',
  '物流',
  '外卖',
  '餐厅',
  '酒楼',
  '影城',
  '教育',
  '培训',
  '地产',
  '置业',
  '家居',
  '电器',
  '旗舰店',
  '专卖店',
  '门店',
  '分店',
  '航空',
  '旅行社',
  '贷',
  '金融',
  '小贷',
  '店',
];
export const TYPE_WORDS_EN = new Set(
  'hotel hotels inn resort resorts motel suites lodge motors motor auto autos cars dealership dealer garage insurance assurance insurers bank store stores shop shops market supermarket pharmacy chemist clinic dental dentist salon spa gym fitness restaurant cafe bistro delivery express logistics couriers courier airlines airways travel realty properties estates telecom mobile wireless services solutions health hospital school academy loans lending finance credit capital'.split(
    ' ',
  ),
);

/** Places a name may open or close with (上海希尔顿酒店, "Hilton Shanghai"): not which business. */
export const PLACES_ZH = [
  '北京',
  '上海',
  '天津',
  '重庆',
  '广州',
  '深圳',
  '杭州',
  '南京',
  '苏州',
  '成都',
  '武汉',
  '西安',
  '长沙',
  '郑州',
  '青岛',
  '大连',
  '厦门',
  '宁波',
  '济南',
  '沈阳',
  '福州',
  '合肥',
  '昆明',
  '无锡',
  '东莞',
  '佛山',
  '香港',
  '澳门',
  '浦东',
  '广东',
  '江苏',
  '浙江',
  '山东',
  '四川',
  '福建',
];
export const PLACES_EN = new Set(
  'shanghai beijing guangzhou shenzhen hangzhou london paris manchester downtown central city airport uptown midtown north south east west'.split(
    ' ',
  ),
);

/** How people introduce themselves before saying whose they are. */
export const SELF_INTRO_ZH = ['我是', '这里是', '这边是', '我们是', '我这边是', '来自', '本店', '我司'];

/** Roles and desks a business's staff speak as (前台小李, "the front desk"). */
export const ROLES_ZH = [
  '前台',
  '总台',
  '客服',
  '经理',
  '顾问',
  '专员',
  '店长',
  '销售',
  '工作人员',
  '服务员',
  '快递员',
  '配送员',
  '骑手',
  '司机',
  '师傅',
  '管家',
  '团队',
  '礼宾',
  '接待',
  '售后',
  '服务中心',
  '服务部',
  '护士',
  '医生',
  '小',
];
export const ROLES_EN = new Set(
  'front desk reception receptionist concierge team staff customer service services sales support advisor adviser agent manager rider driver courier office desk guest relations care department'.split(
    ' ',
  ),
);

/**
 * Words before a name that make it a place the writer got something from, or a rival, not the
 * writer: 在 (在希尔顿酒店入住过), 从, 通过, 比, 和, 跟, 合作, 推荐, 介绍, 看到, 得知.
 */
export const MENTION_BEFORE_ZH = [
  '在',
  '从',
  '通过',
  '比',
  '和',
  '跟',
  '与',
  '像',
  '合作',
  '推荐',
  '介绍',
  '看到',
  '得知',
  '了解到',
  '获悉',
  '由',
];
/** The same in English, read in the words before the name within its clause. */
export const MENTION_BEFORE_EN = [
  'got your',
  'have your',
  'received your',
  'details from',
  'number from',
  'info from',
  'information from',
  'contact from',
  'contacts from',
  'stayed at',
  'stay at',
  'customer of',
  'customers of',
  'guest of',
  'guests of',
  'recommended by',
  'referred by',
  'partner',
  'partners',
  'partnered',
  'unlike',
  'than',
  'instead of',
  'compared',
  'switch from',
  'leave',
  'leaving',
  'bought at',
  'shopped at',
  'visited',
];
/** Self-introductions in English, before the name (`this is Lily from`, `calling from`). */
export const SELF_BEFORE_EN =
  /(?:(?:^|[.!?,;:]\s*|\b(?:this is|it s|it is|i m|i am|my name is|calling|speaking|here|we re|we are|messaging|texting|writing)\b[^.!?;:]{0,40}?)\b(?:from|at|with|on behalf of)|\b(?:this is|it s|it is|we re|we are|you ve reached|you have reached|welcome to))\s+(?:the\s+|your\s+)?$/u;
/** An introduction to any business in English: the phrase after it is who the writer is with. */
export const ORG_INTRO_EN =
  /\b(?:this is|it s|it is|i m|i am|my name is|calling|speaking|we re|we are)\b(?:\s+[a-z]+){0,3}?\s+(?:from|at|with|on behalf of)\s+(?:the\s+)?([a-z0-9&' ]{2,60})/gu;

/** What a message is about when it is about the person's dealings with a business. */
export const ABOUT: readonly (readonly [OwnServiceTopic, readonly string[]])[] = [
  [
    'booking',
    [
      '房间',
      '入住',
      '退房',
      '预订',
      '订房',
      '房卡',
      '行李',
      '早餐',
      '订座',
      '订位',
      'room',
      'booking',
      'reservation',
      'check in',
      'check-in',
      'checkin',
      'check out',
      'checkout',
      'your stay',
      'luggage',
      'table for',
      'your table',
      // A reservation is one word in Chinese for a table, a room and an appointment (预约, 预订).
      '预约',
      '复诊',
      '就诊',
      '到店',
      '挂号',
      'appointment',
      'your visit',
      'see you',
      'session',
      'consultation',
      'cleaning',
      'check-up',
      'checkup',
      'reschedule',
      '复查',
    ],
  ],
  [
    'order',
    [
      '订单',
      '快递',
      '包裹',
      '发货',
      '配送',
      '取件',
      '驿站',
      '签收',
      '外卖',
      '送达',
      '商品',
      '售后',
      '退货',
      '换货',
      'order',
      'parcel',
      'package',
      'delivery',
      'deliver',
      'delivered',
      'shipped',
      'dispatched',
      'collect',
      'pick up',
      'pickup',
      'outside',
      'return',
      'exchange',
      'receipt',
    ],
  ],
  [
    'vehicle',
    [
      '保养',
      '维修',
      '爱车',
      '提车',
      '车辆',
      '年检',
      'your car',
      'your vehicle',
      'service is due',
      'mot',
      'test drive',
    ],
  ],
  ['policy', ['保单', '续保', '理赔', '投保', 'policy', 'renewal', 'your claim', 'your cover']],
  ['account', ['会员', '积分', '账户', '卡内余额', 'membership', 'your account', 'points', 'loyalty']],
];

/** Words that open no business name after "from" or "at" ("at your service", "from here"). */
export const NOT_A_BUSINESS = new Set(
  'here there home work your our my this that reception front the a an about regarding'.split(' '),
);
/**
 * What each kind of business deals with its customers about, found by words of its name or
 * category: a hotel about bookings, a shop about orders, a car dealer about the car, an insurer
 * about the policy. A message about something the source does not deal in (a room, from a car
 * dealer) is not its own service message.
 */
export const INDUSTRIES: readonly (readonly [words: readonly string[], deals: readonly OwnServiceTopic[]])[] =
  [
    [
      [
        'hotel',
        'hotels',
        'inn',
        'resort',
        'motel',
        'hostel',
        'lodge',
        'suites',
        '酒店',
        '宾馆',
        '旅馆',
        '民宿',
        '客栈',
        '度假',
      ],
      ['booking', 'account'],
    ],
    [
      ['airline', 'airlines', 'airways', 'travel', '航空', '旅行', '机票'],
      ['booking', 'order', 'account'],
    ],
    [
      [
        'restaurant',
        'cafe',
        'bistro',
        'diner',
        'grill',
        '餐厅',
        '餐饮',
        '酒楼',
        '饭店',
        '咖啡',
        '火锅',
        '食府',
      ],
      ['booking', 'order', 'account'],
    ],
    [
      [
        'shop',
        'store',
        'stores',
        'mall',
        'market',
        'supermarket',
        'boutique',
        'pharmacy',
        'florist',
        'app',
        'online',
        'retail',
        'retailer',
        'e-commerce',
        '商城',
        '超市',
        '网店',
        '旗舰店',
        '专卖店',
        '便利店',
        '药房',
        '药店',
        '花店',
        '电商',
        '商店',
        '铺子',
      ],
      ['order', 'account'],
    ],
    [
      ['delivery', 'courier', 'express', 'logistics', '快递', '物流', '外卖', '配送', '速递'],
      ['order', 'account'],
    ],
    [
      [
        'clinic',
        'dental',
        'dentist',
        'hospital',
        'salon',
        'spa',
        'gym',
        'fitness',
        'yoga',
        'beauty',
        'barber',
        'medical',
        'health',
        '诊所',
        '牙科',
        '口腔',
        '医院',
        '美发',
        '美容',
        '健身',
        '瑜伽',
        '理发',
        '医美',
        '会所',
      ],
      ['booking', 'account'],
    ],
    [
      [
        'car',
        'cars',
        'auto',
        'autos',
        'motors',
        'dealer',
        'dealership',
        'garage',
        'toyota',
        'honda',
        'ford',
        'bmw',
        '4s',
        '汽车',
        '车行',
        '汽修',
        '大众',
        '丰田',
        '本田',
      ],
      ['vehicle', 'booking', 'account'],
    ],
    [
      ['insurance', 'insurer', 'assurance', '保险', '人寿', '财险'],
      ['policy', 'vehicle', 'booking', 'account'],
    ],
    [
      ['bank', 'banking', '银行'],
      ['account', 'booking'],
    ],
    [
      ['telecom', 'mobile', 'broadband', '移动', '联通', '电信', '宽带'],
      ['account', 'order'],
    ],
    [
      ['school', 'academy', 'tutoring', 'education', '培训', '教育', '学校'],
      ['booking', 'account'],
    ],
  ];

/** A writer speaking as a business's staff: 我是前台小李, 这里是前台, 我是您的专属顾问. */
export const STAFF_ZH = new RegExp(
  `(?:我是|这里是|这边是|我这边是|我们是)(?:您的)?(?:专属)?(?:${ROLES_ZH.filter((r) => r !== '小').join('|')})`,
  'u',
);
/** The same in English: "this is Lily from the front desk", "I'm your adviser", "reception here". */
export const STAFF_EN =
  /\b(?:(?:this is|it s|it is|i m|i am)\b(?:\s+[a-z]+){0,2}?\s+(?:from|at|on|with|in)\s+(?:the\s+)?(?:front desk|reception|concierge|guest relations|customer service|service department|service desk|sales team|the desk)|(?:this is|i m|i am)\s+your\s+(?:[a-z]+\s+){0,2}(?:advisor|adviser|agent|rider|driver|courier|host|stylist|trainer|consultant|account manager)|(?:front desk|reception|concierge)\s+here)\b/u;

/**
 * A notice of the person's own dealings, addressed to them (您的外卖到了, 您订的房间, "your room is
 * ready"): what a business's staff and couriers send without saying who they are, since the
 * person knows. A buyer has nothing to gain from one without an ask, which the other tests refuse.
 */
export const NOTICE = /您(?:的|订的|预订的|预约的|购买的|在本店)|(?<![a-z])your(?![a-z])/u;
