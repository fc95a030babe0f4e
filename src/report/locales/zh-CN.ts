import type { ReportStrings } from './en.js';

const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
const LATIN_START = /^[A-Za-z0-9+]/u;
const LATIN_END = /[A-Za-z0-9]$/u;

/**
 * A Chinese template: a space where the template's Chinese meets a value's Latin letter, digit
 * or `+` ("我曾向 Hilton Shanghai 提供", "23:53，spam@loans.example 使用了它"), as Chinese
 * typesetting writes it. Only the joins get a space: the values themselves (names, evidence) are
 * kept as they are.
 */
function zh(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) {
    const value = String(values[i]);
    const next = strings[i + 1]!;
    if (HAN_END.test(out) && LATIN_START.test(value)) out += ' ';
    out += value;
    if (LATIN_END.test(value) && HAN_START.test(next)) out += ' ';
    out += next;
  }
  return out;
}

/** 简体中文: the same keys as `en` (the type makes a missing or extra key a compile error). */
export const zhCN: ReportStrings = {
  dateFormat: 'yyyy年M月d日',
  shortDateFormat: 'yyyy年M月d日',
  dateTimeFormat: 'yyyy年M月d日 HH:mm',
  weekFormat: 'M月d日',
  oneIn: (n: string) => `${n}分之一`,
  list: (items: readonly string[]) => items.join('、'),
  more: (n: string) => zh`（另有 ${n} 个字符：全文见 JSON 和 CSV 导出）`,
  otherCallers: (_n: number, shown: string) => zh`另外 ${shown} 个来电方`,

  report: {
    title: '泄露报告',
    subtitle: (name: string) => zh`谁泄露了${name}的个人信息`,
    everyone: '所有受保护的人',
    generated: (date: string, zone: string) => zh`生成于 ${date}（${zone}）`,
    window: (from: string, to: string) => zh`联系记录：${from} 至 ${to}`,
    windowAll: (first: string, last: string) => zh`全部联系记录：最早 ${first}，最近 ${last}`,
    windowFrom: (from: string) => zh`联系记录：${from} 起`,
    windowTo: (to: string) => zh`联系记录：截至 ${to}`,
    windowNone: '尚无联系记录',
    sections: {
      summary: '概要',
      chain: '链条：来源 → 信息贩子 → 来电方',
      timeline: '每周联系次数',
      findings: '各来源的结论',
      actors: '来电方',
      canaries: '发出的身份',
      log: '证据记录',
      method: '结论从何而来',
      notSignificant: '已检验、不显著',
    },
    cards: {
      contacts: () => '条联系记录',
      leaked: () => '个来源已泄露',
      suspected: () => '个来源可疑',
      actors: () => '个与泄露相关或使用多个号码的来电方',
      brokers: () => '个信息贩子',
      firstLeak: '首次泄露',
    },
    summaryColumns: [
      '联系记录数',
      '已泄露来源',
      '可疑来源',
      '信息贩子',
      '来电方（与泄露相关或使用多个号码）',
      '首次泄露',
    ],
    status: { leaked: '已泄露', suspected: '可疑', clean: '未泄露', 'legitimate-only': '未泄露（本方联系）' },
    verdict: {
      leak: '泄露',
      merge: '合并记录',
      legitimate: '正常',
      noise: '背景骚扰',
      forged: '伪造',
      untraceable: '无法追溯',
      unknown: '未知',
    },
    verdictPoolOnly: '仅号码池号码（弱证据）',
    verdictWeak: '未以不可猜测的方式使用（弱证据）',
    channel: { call: '电话', sms: '短信', email: '邮件', mail: '信件', other: '其他' },
    field: {
      email: '邮箱别名',
      phone: '号码池号码',
      name: '姓名变体',
      address: '地址标记',
      custom: '自定义值',
    },
    realField: {
      email: '真实邮箱',
      phone: '真实号码',
      name: '真实姓名',
      address: '真实地址',
      custom: '真实值',
    },
    category: {
      hotel: '酒店',
      'car dealer': '汽车经销商',
      auto: '汽车',
      insurer: '保险公司',
      'estate agent': '房产中介',
      'property manager': '物业',
      gym: '健身房',
      fitness: '健身',
      school: '教育培训',
      shop: '商店',
      retail: '零售',
      app: '应用',
      travel: '旅游',
      'travel agent': '旅行社',
      telecom: '电信运营商',
      lender: '贷款机构',
      bank: '银行',
      broker: '中介',
      'data dealer': '信息贩子',
      other: '其他',
    } as Record<string, string>,
    flag: {
      'cn-virtual-operator': '虚拟运营商号段',
      'cn-400-call-centre': '400 客服号码',
      'cn-95-call-centre': '95 号段呼叫中心号码',
      'cn-95-institution': '95 号段机构号码',
      'fraud-cues': '诈骗特征',
    } as Record<string, string>,
    control: '对照（从未提供给任何人）',
    node: { source: '来源', broker: '信息贩子', actor: '来电方' },
    dealer: (letter: string) => zh`信息贩子 ${letter}`,
    recipient: '不明接收方',
    moreLines: (_n: number, shown: string) => zh`另有 ${shown} 个号码`,
    topic: {
      'real-estate': '房产',
      loans: '贷款',
      insurance: '保险',
      fitness: '健身',
      education: '教育',
      telecom: '通信',
      fraud: '诈骗',
      other: '其他',
    } as Record<string, string>,
    legend: {
      firstLeak: '首次泄露（各来源）',
      wave: '转卖浪潮',
      decisive: '泄露：使用了邮箱别名、姓名变体或地址标记',
      poolOnly: '仅号码池号码：弱证据，与背景水平比较（单独不能证明泄露）',
      weak: '未以不可猜测的方式使用：弱证据，与背景水平比较（单独不能证明泄露）',
    },
    columns: {
      source: '来源',
      category: '类别',
      status: '状态',
      firstLeak: '首次泄露',
      lag: '间隔（天）',
      people: '受影响的人',
      evidence: '不利于它的证据',
      posterior: '泄露概率',
      actor: '来电方',
      numbers: '号码与发件人',
      topic: '主题',
      flags: '标记',
      contacts: '联系次数',
      firstSeen: '首次来电（任一号码）',
      lastSeen: '最近出现',
      sources: '来源',
      when: '时间',
      channel: '渠道',
      from: '来自',
      to: '联系的是',
      content: '内容',
      verdict: '判定',
      revealed: '暴露的身份',
      issued: '发出时间',
      value: '值',
      field: '字段',
      chance: '被猜中的概率',
      person: '所属人',
    },
    noChain: '尚未推断出信息贩子：没有来源泄露。',
    noContacts: '没有联系记录。',
    logNote: (shown: string, total: string, _n: number) =>
      zh`此处显示 ${total} 条联系记录中的 ${shown} 条：先列出所有指向某个来源的证据，再列出最近的记录。完整记录见 JSON 和 CSV 导出。`,
    actorsNote: (hidden: string, _n: number) =>
      zh`另有 ${hidden} 个来电方未在此列出（完整列表见 JSON 和 CSV 导出）：先列出链条中的，再按联系次数排列。`,
    oneOffCallers: (shown: string, n: number) =>
      n === 1
        ? zh`其余 ${shown} 个来电方或发送方，在一条线路上联系一次，除号码池号码外与泄露无关联`
        : zh`其余 ${shown} 个来电方或发送方，各在一条线路上联系一次，除号码池号码外均与泄露无关联`,
    notSignificantNote:
      '以下来源持有的号码池号码也接到了随机骚扰，但次数没有超出背景水平，因此不构成对它们不利的证据。每个来源的次数和预期都按它持有的全部号码池号码、自获得之日起计算：几个来源共用的号码对每个来源各计一次，因此各行相加并不等于联系记录总数。',
    unknownSender: '一个未知的发送方',
    namedSender: (name: string, from: string) => zh`${name}（${from}）`,
    selfNamed: (name: string) => zh`自称“${name}”的发送方`,
    letterheaded: (head: string) => zh`信头写着“${head}”的发送方`,
    selfNamedSender: (name: string, from: string) => zh`${from}（自称“${name}”）`,
    background: (rate: string, lines: string, watched: string, _n: number) =>
      zh`即使是从未给过任何人的号码也会接到随机骚扰：在对照号码和未发出的号码池号码上，平均每个号码每天 ${rate} 次（共 ${lines} 个号码，累计观察 ${watched}）。`,
    backgroundUnmeasured: (lines: string, watched: string, n: number, rate: string) =>
      n === 0
        ? zh`即使是从未给过任何人的号码也会接到随机骚扰，但目前还没有观察过任何对照号码或未发出的号码池号码，因此背景水平目前还无法测量：在能够测量之前，以根据已发表的空号研究假定的每个号码每天 ${rate} 次代替。`
        : zh`即使是从未给过任何人的号码也会接到随机骚扰，但背景水平目前还无法测量：对照号码和未发出的号码池号码（共 ${lines} 个）累计只观察了 ${watched}。在积累约一个月的观察之前，以根据已发表的空号研究假定的每个号码每天约 ${rate} 次代替。`,
    duration: {
      minutes: (n: string, _k: number) => zh`${n} 分钟`,
      hours: (n: string, _k: number) => zh`${n} 小时`,
      days: (n: string, _k: number) => zh`${n} 天`,
    },
    method: (prior: string) =>
      zh`仅通过号码池号码触及某来源的联系，会与这一背景水平比较（负二项分布，跨来源做 Benjamini–Hochberg 校正），并以"登记方泄露"的先验概率 ${prior} 加权。使用了邮箱别名标签、姓名变体或地址标记的联系无需检验：猜测无法解释它。`,
    masked: '真实号码和邮箱已打码。',
  },

  finding: {
    issued: (field: string, value: string, date: string, source: string) =>
      zh`${field} ${value} 于 ${date} 只提供给了${source}。`,
    issuedUndated: (field: string, value: string, source: string) =>
      zh`${field} ${value} 只提供给了${source}，提供日期未记录。`,
    used: (date: string, sender: string, channel: string, where: string, how: string) =>
      zh`${date}，${sender}使用了它（${channel}，${where}，${how}）。`,
    where: { to: '作为联系地址', content: '出现在内容中', addressedAs: '出现在对你的称呼中' },
    how: {
      exact: '完全一致',
      normalized: '统一大小写、全半角和标点后一致',
      phonetic: '读音一致',
      mistyped: '与发放的别名仅差一个字符（录入笔误）',
    },
    guess: (chance: string, kind: string) =>
      kind === 'name'
        ? zh`就全体人口而言，偶然写出这个姓名变体的消息至多为${chance}（同名的真人，或把名字写错的人）。`
        : zh`随机猜中它的概率为${chance}。`,
    falseAccusation: (chance: string) => zh`该来源并未泄露而出现这种情况的概率：${chance}。`,
    count: (n: string, leaked: string, total: string) =>
      zh`有 ${n} 次来自第三方的联系使用了它的身份；向它提供过信息的 ${total} 人中有 ${leaked} 人被联系。`,
    countOwn: (n: string) => zh`有 ${n} 次来自第三方的联系使用了我提供给它的身份。`,
    lag: (days: string) => zh`首次泄露发生在提供信息后 ${days} 天。`,
    lagFrom: (days: string, _n: number, leak: string, person: string, issued: string) =>
      zh`首次泄露（${leak}）发生在${person}于 ${issued} 向它提供信息后 ${days} 天。`,
    merged: (n: string) => zh`有 ${n} 次联系同时带有它和其他来源的身份（信息贩子的合并记录）。`,
    actor: (actor: string, chance: string) =>
      zh`${actor}的来电落在它的号码池号码上的频率远高于随机拨号（偶然概率 ${chance}）。`,
    weak: (k: string, expected: string, p: string, q: string) =>
      zh`有 ${k} 次联系只触及它持有的号码池号码，背景水平预计为 ${expected} 次（两者都按它持有的每个号码池号码、自获得之日起的全部联系计算：与其他来源共用的号码对每个来源都全额计入）；偶然达到这么多的概率 p = ${p}（跨来源校正后 q = ${q}）。`,
    weakAssumed: (k: string, expected: string, p: string, q: string) =>
      zh`有 ${k} 次联系只触及它持有的号码池号码。背景水平尚未测得（观察的对照号码和未发出的号码池号码太少）：按公开研究中闲置号码的假定骚扰频率，预计为 ${expected} 次（两者都按它持有的每个号码池号码、自获得之日起的全部联系计算）；在这一假定下，偶然达到这么多的概率 p = ${p}（跨来源校正后 q = ${q}）。`,
    posterior: (pct: string) => zh`与背景水平相比，它泄露的概率为 ${pct}。`,
    chain: (actors: string, brokers: string) => zh`它的信息经${brokers}到达了${actors}。`,
    reached: (actors: string) => zh`它的信息到达了${actors}。`,
    clean: '没有任何联系意外使用它的身份。',
    cleanTested: '只有它的号码池号码接到过联系，频率不高于任何号码接到随机骚扰的频率（见"已检验、不显著"）。',
    cleanTooFew: '只有它的号码池号码接到过联系，次数太少，无法与随机骚扰区分（见"已检验、不显著"）。',
    tooFew: (source: string, _n: number, k: string) =>
      zh`${source}：它的号码池号码上有 ${k} 次联系，次数太少，无法与随机骚扰区分。`,
    notSignificant: (source: string, _n: number, k: string, expected: string, p: string) =>
      zh`${source}：它的号码池号码上有 ${k} 次联系，背景水平预计为 ${expected} 次（p = ${p}）。`,
    notSignificantAssumed: (
      source: string,
      _n: number,
      k: string,
      expected: string,
      p: string,
      lineDays: string,
    ) =>
      zh`${source}：它的号码池号码上有 ${k} 次联系。背景水平尚未测得（观察的对照号码和未发出的号码池号码太少）：按公开研究中闲置号码的假定骚扰频率，它的 ${lineDays} 个号码日预计为 ${expected} 次（p = ${p}）。`,
    legitimateOnly: (n: string, weak: 'none' | 'too-few' | 'tested') =>
      zh`它自己的号码和发件人使用过它的身份（${n} 次）。${
        weak === 'none'
          ? '没有其他人使用过。'
          : weak === 'too-few'
            ? '其他联系只触及它的号码池号码，次数太少，无法与随机骚扰区分（见"已检验、不显著"）。'
            : '其他联系只触及它的号码池号码，频率不高于任何号码接到随机骚扰的频率（见"已检验、不显著"）。'
      }`,
  },

  letter: {
    lawName: {
      PIPL: '《中华人民共和国个人信息保护法》',
      GDPR: '《通用数据保护条例》（GDPR）',
      CCPA: '《加州消费者隐私法》（经 CPRA 修订）',
    },
    date: (date: string) => zh`日期：${date}`,
    from: (name: string) => zh`申请人：${name}`,
    toSource: (source: string) => zh`致：${source} 个人信息保护负责人`,
    subjectSource: (law: string) =>
      zh`事由：依据${law}，申请查阅、复制我的个人信息，告知其来源和接收方，并予以删除`,
    greeting: '您好：',
    given: (source: string) => zh`我曾向${source}提供以下身份信息：`,
    givenItem: (field: string, value: string, date: string, claim: string) =>
      zh`- ${field} ${value}，提供于 ${date}（${claim}）`,
    givenItemUndated: (field: string, value: string, claim: string) =>
      zh`- ${field} ${value}，提供日期未记录（${claim}）`,
    claim: {
      'issued-random': (source: string) => zh`专为${source}随机生成，从未提供给其他任何人，无法被猜到`,
      issued: (source: string) => zh`专为${source}生成，从未提供给其他任何人`,
      pool: () => '来自我为数不多的号码池，可能也提供给了其他机构',
      'adopted-random': (source: string) =>
        zh`取自我自己的记录，是我在${source}账户使用的随机别名，无法被猜到`,
      'adopted-guessable': (source: string) =>
        zh`取自我自己的记录，是我在${source}使用的地址；它并非随机生成，可能被猜到或为他人所知，单凭它证明不了什么`,
    },
    reached: (source: string) => zh`此后，这些身份信息被${source}以外的人使用：`,
    evidenceHeader: ['日期', '渠道', '来自', '被使用的身份', '如何发现'],
    evidenceDate: (zone: string) => `日期（${zone} 时间）`,
    findingsIntro: '这说明：',
    requestIntro: (law: string) => zh`依据${law}，我请求：`,
    requests: {
      PIPL: [
        '查阅、复制贵方处理的我的个人信息（第四十四条、第四十五条）；',
        '告知贵方向其提供我的个人信息的每一个接收方的名称和联系方式、处理目的、处理方式和个人信息种类（第二十三条、第四十四条），以及上述身份信息如何到达使用它们的人手中；',
        '删除我的个人信息，并由贵方提供过的每一个接收方删除（第四十七条）。',
      ],
      GDPR: [
        '查阅贵方处理的我的个人数据并获得副本（GDPR 第15条第1款和第3款）；',
        '告知数据被披露给的接收方或接收方类别（第15条第1款(c)项）以及关于其来源的一切可得信息（第15条第1款(g)项），包括上述身份信息如何到达使用它们的人手中；',
        '毫不迟延地删除我的个人数据（第17条第1款），并将删除告知每一个接收方（第17条第2款、第19条）。',
      ],
      CCPA: [
        '告知贵方收集的关于我的具体个人信息（《加州民法典》第1798.110条）；',
        '告知个人信息的来源类别，以及贵方向其披露、出售或共享我的个人信息的第三方类别（第1798.110条、第1798.115条），包括使用上述身份信息的一方；',
        '删除我的个人信息，并通知贵方的服务提供商、承包商及贵方向其出售或共享该信息的第三方（第1798.105条）；不得继续出售或共享（第1798.120条）。',
      ],
    },
    period: {
      PIPL: '《个人信息保护法》第四十五条、第四十七条、第五十条：及时答复，法律未规定天数；推荐性国家标准 GB/T 35273—2020《信息安全技术 个人信息安全规范》第8.7条：收到请求后30天内答复',
      GDPR: 'GDPR 第12条第3款：自收到请求起一个月内，必要时可再延长两个月',
      CCPA: '《加州民法典》第1798.130条(a)(2)(A)项：收到请求后45天内，经通知可延长一次45天；停止出售或共享的请求，依《加州法规》第11编第7026条(f)款，15个工作日内',
    },
    // The period text above already names the articles in Chinese.
    rule: (_cite: string, period: string) => period,
    deadline: (date: string, rule: string) => zh`请于 ${date} 前答复（${rule}）。`,
    closing: '此致',
    attachment: '完整的泄露报告（含原始联系记录）可应要求提供。',
    toRegulator: {
      '12321': '致：12321 网络不良与垃圾信息举报受理中心',
      CPPA: '致：美国加利福尼亚州隐私保护局执法处（投诉表：cppa.ca.gov/webapplications/complaint；《加州民法典》第1798.199.45条）',
      'CA-AG':
        '致：美国加利福尼亚州总检察长办公室消费者保护科（oag.ca.gov/contact/consumer-complaint-against-business-or-company；《加州民法典》第1798.199.90条）',
      FTC: '致：美国联邦贸易委员会（ReportFraud.ftc.gov）',
      ICO: '致：英国信息专员办公室（ico.org.uk/make-a-complaint）',
      'EU-DPA': '致：我居住国的数据保护监管机构（GDPR 第 77 条第 1 款；各机构见 edpb.europa.eu）',
    },
    toAuthority: (name: string, site: string) =>
      zh`致：${name}（${site}），我居住地的数据保护监管机构（GDPR 第 77 条第 1 款）`,
    toLandAuthority:
      '致：我居住的德国联邦州的数据保护监管机构（GDPR 第 77 条第 1 款、德国《联邦数据保护法》第 40 条第 1 款：各州各有其机构，巴伐利亚州监管企业的是 Landesamt für Datenschutzaufsicht；名单见 datenschutzkonferenz-online.de）',
    subjectRegulator: (source: string) => zh`事由：投诉：我仅向${source}提供的个人信息被第三方获得`,
    complaint: (source: string, law: string) =>
      zh`我依据${law}就${source}提出投诉。我仅向${source}提供的个人信息被第三方获得，第三方随后用这些信息联系我。证据表明它们使用了我仅向${source}提供的身份信息，但不能表明它们是如何获得的。我曾向它提供以下身份信息（各附说明），其后的表格列出其中哪些被谁使用：`,
    callersIntro: '使用我信息的来电方（请调查以下号码和发件人）：',
    callerLine: (label: string | undefined, lines: string, topic: string) =>
      zh`- ${label === undefined ? '' : zh`${label}：`}${lines}（${topic}）`,
    caseIntro: '我向该来源提出的请求及其答复：',
    caseLetter: (date: string, kind: string) => zh`- ${date}：已发出${kind}`,
    caseReply: (date: string, summary: string) => zh`- ${date}：收到答复：${summary}`,
    caseRecipients: (names: string) => zh`  答复中列出的接收方：${names}`,
    caseContradicts: '  该答复与上述证据相矛盾。',
    caseNoReply: (deadline: string) => zh`- 截至答复期限 ${deadline} 未收到答复。`,
    caseKind: { request: '申请函', reminder: '催告函', complaint: '投诉' } as Record<string, string>,
    caseClaim: {
      'never-shared': '“从未向他人提供您的信息”',
      'no-data': '“未持有您的个人信息”',
      deleted: '“已删除您的个人信息”',
      'stopped-marketing': '“已停止向您营销”',
      'source-unknown': '“无法说明信息来源”',
      'access-provided': '提供了信息副本',
      refused: '拒绝了请求',
      extension: '要求延期',
    } as Record<string, string>,
    regulatorRequest: {
      PIPL: '请调查我的个人信息如何到达上述各方——是否未告知我并取得我的单独同意即向他人提供（《个人信息保护法》第二十三条），或未采取必要措施保障安全、发生泄露后未补救和通知（第五十一条、第五十七条）——并调查所列来电方，责令删除我的个人信息。',
      GDPR: '请调查我的个人数据如何到达上述各方——是否在无合法依据（GDPR 第6条第1款）或未告知我接收方（第13条第1款(e)项）的情况下披露，或未确保其安全（第5条第1款(f)项、第32条）——并调查所列来电方，责令删除我的个人数据。',
      CCPA: '请调查我的个人信息如何到达上述各方——是否在收集时未作告知即出售或共享（《加州民法典》第1798.100条(a)款），或不顾我的选择退出请求（第1798.120条、第1798.135条），或未以合理的安全措施加以保护（第1798.100条(e)款、第1798.81.5条）——并调查所列来电方。',
    },
  },
  cases: {
    section: '投诉与追查：函件、期限与答复',
    intro: (n: string) =>
      zh`共 ${n} 起追查，从发现泄露一直跟进到对方答复。答复中指明数据来源或接收方的，即对该方另立追查：这是链条的下一环，在上方图中以虚线表示。`,
    columns: {
      case: '编号',
      target: '对象',
      law: '法律',
      requests: '请求',
      status: '状态',
      due: '答复期限',
      letters: '函件',
      replies: '答复',
      contradictions: '与证据矛盾',
      nonCompliance: '期限后仍使用',
    },
    status: {
      open: '未发函',
      awaiting: '等待答复',
      answered: '已答复',
      overdue: '逾期未复',
      escalated: '已向监管部门投诉',
      closed: '已结案',
    } as Record<string, string>,
    request: {
      access: '查阅复制',
      source: '数据来源',
      recipients: '接收方',
      erasure: '删除',
      'stop-marketing': '停止营销',
    } as Record<string, string>,
    caller: (name: string) => zh`${name}（来电方）`,
    named: '答复中指明',
    hop: { recipient: '提供给', source: '获取自' } as Record<string, string>,
    // The period text names the provisions in Chinese already.
    due: (date: string, _cite: string, period: string) => zh`应于 ${date} 前答复（${period}）。`,
    callers: (lines: string) => zh`其通过 ${lines} 联系我；本追查要求其说明从何处获得我的信息。`,
    extended: '对方及时通知后，期限已延长。',
    late: '对方在期限届满后才答复。',
    lateBy: (days: number) => zh`对方在期限届满 ${days} 天后才答复。`,
    letter: (date: string, kind: string, to: string) =>
      zh`${date}：已发出${kind}${to ? zh`（致 ${to}）` : ''}。`,
    reply: (date: string, claims: string) => zh`${date}：收到答复：${claims}。`,
    silent: '未作表态',
    namedParties: (hop: string, names: string) => zh`答复指明其${hop}：${names}。`,
    contradiction: (claim: string, date: string, why: string, n: string, first: string, _count: number) =>
      zh`与证据矛盾：${claim}（${date}），但${why}：共 ${n} 次，最早在 ${first}。`,
    why: {
      'decisive-use': '第三方使用了只提供给该方的身份信息',
      'still-used': '通过其身份信息的联系仍在继续',
      'own-contact': '其自身的号码仍在联系我',
    } as Record<string, string>,
    nonCompliance: (date: string, by: string, end: string) =>
      zh`在 ${end} 届满的期限之后仍被使用：${date}，使用者为${by}。`,
    by: {
      target: '该方自身',
      'third-party': '第三方',
      'third-party-named': '第三方（可能是其答复中指明的接收方，或从该接收方处获得数据者）',
    } as Record<string, string>,
    watch: (date: string) => zh`其身份信息持续受监测：${date} 之后的使用即属不履行删除或停止营销义务。`,
    parent: (target: string, hop: string) => zh`因对 ${target} 的追查中对方指明而立案（${hop}）。`,
    children: (names: string) => zh`下一环：${names}。`,
    closed: (date: string) => zh`已于 ${date} 结案。`,
  },
  caseLetters: {
    subjectReminder: (date: string, law: string) =>
      zh`事由：催告——本人于 ${date} 依据${law}提出的请求尚未获答复`,
    sent: (date: string, law: string) =>
      zh`本人已于 ${date} 依据${law}，就贵方持有的以下身份信息向贵方提出请求：`,
    asked: '请求事项如下：',
    missed: (due: string, rule: string) => zh`贵方应于 ${due} 前答复（${rule}），但本人至今未收到任何答复。`,
    subjectReminderPartial: (date: string, law: string) =>
      zh`事由：催告——本人于 ${date} 依据${law}提出的请求尚未获完整答复`,
    partial: (date: string, due: string, missing: string) =>
      zh`贵方于 ${date} 的答复未回应以下请求：${missing}，且答复期限 ${due} 已届满。`,
    extended: (date: string, due: string, rule: string) =>
      zh`贵方于 ${date} 来函将答复期限延长至 ${due}（${rule}），但此后本人未收到任何实质答复。`,
    newDeadline: (days: string, date: string, regulator: string) =>
      zh`请于 ${days} 日内、即 ${date} 前完整答复。逾期仍未答复的，本人将附本催告函向${regulator}投诉。`,
    regulator: {
      '12321': '12321 网络不良与垃圾信息举报受理中心',
      CPPA: '美国加利福尼亚州隐私保护局',
      'CA-AG': '美国加利福尼亚州总检察长',
      FTC: '美国联邦贸易委员会',
      ICO: '英国信息专员办公室',
      'EU-DPA': '数据保护监管机构',
    } as Record<string, string>,
    late: (due: string) => zh`- 对方在答复期限 ${due} 届满后才答复。`,
    lateBy: (due: string, days: number) => zh`- 对方在答复期限 ${due} 届满 ${days} 天后才答复。`,
    contradiction: (why: string, n: string, first: string, _count: number) =>
      zh`  证据与之矛盾：${why}（共 ${n} 次，最早在 ${first}）。`,
    caseHeading: (opened: string, law: string, requests: string) =>
      zh`${opened} 依据${law}提出的案件（${requests}）：`,
    nonComplianceIntro: (end: string) =>
      zh`本人提出删除或停止营销请求后，期限已于 ${end} 届满，但我的信息仍被使用：`,
    nonCompliance: (date: string, by: string) => zh`- ${date}，使用者为${by}`,
  },
};
