import type { CliStrings } from './en.js';

/** Commander's usage errors in Chinese, by code and the values its English message names. */
const USAGE: readonly [string, RegExp, (m: RegExpExecArray) => string][] = [
  [
    'commander.unknownOption',
    /unknown option '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/u,
    (m) => `未知选项 ${m[1]}${m[2] ? `（是不是 ${m[2]}？）` : ''}`,
  ],
  [
    'commander.unknownCommand',
    /unknown command '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/u,
    (m) => `未知命令 ${m[1]}${m[2] ? `（是不是 ${m[2]}？）` : ''}`,
  ],
  ['commander.missingArgument', /missing required argument '([^']+)'/u, (m) => `缺少必需的参数 ${m[1]}`],
  ['commander.optionMissingArgument', /option '([^']+)' argument missing/u, (m) => `选项 ${m[1]} 缺少值`],
  [
    'commander.missingMandatoryOptionValue',
    /required option '([^']+)' not specified/u,
    (m) => `必须给出选项 ${m[1]}`,
  ],
  [
    'commander.excessArguments',
    /too many arguments(?: for '([^']+)')?/u,
    (m) => `参数过多${m[1] ? `（${m[1]}）` : ''}`,
  ],
  [
    'commander.invalidArgument',
    /option '([^']+)' argument '([^']*)' is invalid\.\s*(.*)/su,
    (m) =>
      `选项 ${m[1]} 的值 "${m[2]}" 无效。${m[3]!.replace(/^Allowed choices are (.+)\.$/u, '可选值：$1。')}`,
  ],
];

/** The CLI's words in Simplified Chinese (mainland usage, as the report's zh-CN). */
export const zhCN: CliStrings = {
  help: {
    titles: {
      'Usage:': '用法：',
      'Options:': '选项：',
      'Commands:': '命令：',
      'Arguments:': '参数：',
      'Global Options:': '全局选项：',
    },
    commands: {
      '(program)': '查出是谁泄露了你的信息：金丝雀身份、联系匹配、泄露报告。',
      '--version': '显示版本号',
      '--store': 'SQLite 文件，或 PostgreSQL 的 postgres://… 地址（默认 ./leaktrace.db）',
      '--config': '含 store、subject、region 的 JSON 配置文件（默认 ./leaktrace.json）',
      '--subject': '库中有多人时，代谁操作（id 或姓名）',
      '--region': '不带 + 的号码按哪个地区读，如 CN、US',
      '* --json': '在标准输出打印机器可读的 JSON',
      '--debug': '出错时打印调用栈',
      init: '创建数据库（./leaktrace.db，权限 0600）和它保护的人',
      '* --name': '真实姓名，按登记方的写法（张伟、Anna Müller）',
      '* --email': '用来生成别名的邮箱；策略 domain（全收域名，默认）、subdomain 或 plus；可重复',
      '* --real': '真实号码，从不交出（逗号分隔）',
      '* --pool': '用来交出的副号（逗号分隔）',
      '* --address': '要加标记的邮寄地址',
      '* --locale': '信函和报告的语言',
      '* --time-zone': '你所在的 IANA 时区，如 Asia/Shanghai（默认：你所在地区的；地区有多个时区时必填）',
      '* --id': '指定 id（默认自动生成）',
      subject: '添加或列出受保护的人',
      'subject add': '向数据库添加一个受保护的人',
      'subject list': '列出受保护的人',
      source: '添加或列出登记方（酒店、商店、应用……）',
      'source add': '添加一个你要交出身份的登记方',
      'source add --category': '类别：hotel、car dealer、insurer、app……',
      'source add --phone': '它正当使用的来电号码（逗号分隔）',
      'source add --domain': '它正当使用的发信域名（逗号分隔）',
      'source add --allow-duplicate': '已有同名登记方时仍然添加',
      'source list': '列出登记方',
      issue: '生成要交给某个登记方（id 或名称）的身份，可直接复制',
      'issue --fields': '哪些字段：email、phone、name、address（逗号分隔）',
      'issue --control': '改为生成对照身份：从不交出，用来测量随机骚扰',
      'issue --at': '交出的时间（默认现在）',
      'issue --phone': '要交出的副号（默认：最能区分各身份的那个）',
      'issue --again': '给已持有身份的登记方再生成一个（第二个账户）；`leaktrace identities` 列出它们',
      identities: '列出已交出的身份（可限某个登记方）及交出时间',
      'identities --controls': '同时列出对照身份（从不交出的身份）',
      record: '记录一次来电、短信、邮件或信件，并说明它意味着什么',
      'record --channel': '渠道',
      'record --to': '它到达了什么：你的号码、别名或地址',
      'record --from': '来电号码或发件地址',
      'record --from-name': '显示的发件人名称',
      'record --content': '文字内容，或通话的转写',
      'record --addressed-as': '对方怎么称呼你',
      'record --at': '时间（默认现在）',
      'record --id': '固定 id，重复记录不会重复添加',
      import: '从导出文件导入来电、短信或邮件（自动识别格式），或接收别名服务的导出',
      'import --format': '文件格式',
      'import --owner':
        'android：备份所在手机的号码，即每条记录的“to”（默认：你的第一个真实号码）；已导入的记录保持原样',
      'import --columns': 'csv：各列的含义，如 at=time,from=number,content=text',
      'import --to': 'csv：没有列说明时，每行到达的号码或地址',
      'import --date-format': 'csv：日期格式，如 "yyyy/MM/dd HH:mm"（默认 ISO 或纪元时间）',
      'import --encoding':
        'csv、asterisk：文本编码（默认：在 UTF-8、GB18030、Big5 和 Windows-1252 中自动识别）',
      'import --delimiter':
        'csv：字段分隔符，如 ";" 或 tab（默认：文件的 sep= 行，否则在 , ; tab | 中自动识别）',
      'import --time-zone': 'csv、asterisk：不带时区的时间按哪个时区读，如 Asia/Shanghai（默认：此人的时区）',
      'import --own-domain': '邮件：你的别名所用的域名（可重复）',
      'import --strict': '有任何一条坏记录就什么都不导入',
      'import --replace': '重新读取文件：已存的记录按这次的读法替换（纠正错误的时区或 --owner）',
      analyze: '指出哪些登记方泄露了信息、谁拿着这些信息联系你，以及中间的信息贩子',
      '* --from': '只看此时间之后的联系',
      '* --to': '只看此时间之前的联系（默认现在）；只写日期则包括当天全天',
      report: '生成泄露报告：HTML（单个独立文件）、Markdown、JSON 或 CSV',
      'report --format': '格式',
      '* --out': '写入文件（权限 0600）而不是标准输出（`-`：标准输出）',
      'report --locale': '语言（默认：此人的语言）',
      'report --table': 'csv：哪张表',
      letters: '为泄露的登记方写信：依据 PIPL、GDPR 或 CCPA 的请求，或投诉',
      'letters --source': '登记方（id 或名称）；省略时为每个泄露的登记方',
      'letters --case':
        '某个案件的信：致来电方（`case open --actor`），问它从哪里得到信息；致登记方，按案件适用的法律',
      'letters --law':
        '请求依据的法律（默认：案件的法律，否则你所在地区的：CN 为 PIPL，欧盟、欧洲经济区和英国为 GDPR）',
      'letters --locale': '语言（默认：此人的语言）',
      'letters --to': '写给登记方，还是写给监管机构',
      'letters --kind': '致登记方：首次请求，或期限过后的催告（需要案件）',
      'letters --regulator':
        '投诉寄往何处（默认按法律和地区：PIPL 为 12321；CCPA 为 CPPA，即加利福尼亚州隐私保护局；英国为 ICO，否则为你所在地的欧盟监管机构）；CA-AG：加利福尼亚州总检察长',
      'letters --out': '每封信写成此文件夹中的一个文件，而不是输出到标准输出（`-`：标准输出）',
      case: '把一次泄露追到答复为止：信函、期限、答复',
      'case open': '对某个登记方（id 或名称）立案，或用 --actor 对某个来电方立案',
      'case open --law': '请求依据的法律',
      'case open --request': '请求内容：access、source、recipients、erasure、stop-marketing（逗号分隔）',
      'case open --actor': '来电方的公司名，按其话术或发件人所写',
      'case open --contact': '来电方的一次联系（可重复；与 --actor 一起用）',
      'case open --time-zone': '计算日期所用的 IANA 时区（默认：此人所在地区的）',
      'case open --at': '立案时间（默认现在）',
      'case open --allow-duplicate': '同一对象、同一人、同一法律的案件仍未结案时也立案',
      'case log': '记录一封已发出的信：请求、催告或向监管机构的投诉',
      'case log --kind': '哪种信',
      'case log --at': '发出时间（默认现在）',
      'case log --received-at': '对方收到的时间，如果更晚（期限从此起算）',
      'case log --via': '发送方式：邮件、邮寄、网页表单……',
      'case log --to': '投诉的对象：12321、CPPA、ICO……',
      'case reply': '记录一份答复；其中提到的各方成为登记方，各自立案',
      'case reply --at': '收到时间（默认现在）',
      'case reply --claim':
        '答复的说法：never-shared、no-data、deleted、stopped-marketing、source-unknown、access-provided、refused、extension（逗号分隔）',
      'case reply --names-source': '答复说信息来自的一方（可重复）',
      'case reply --names-recipient': '答复说信息给了的一方（可重复）',
      'case reply --note': '你的备注',
      'case close': '结案：已完整答复、确认删除或放弃；其身份仍继续监测',
      'case close --reason': '原因：结果，如 "已确认删除" 或 "投诉后仍无答复"',
      'case close --at': '结案时间（默认现在）',
      'case list': '列出案件及其状态和期限',
      'case list --status': '只看此状态的案件',
      'case list --source': '只看此登记方（id 或名称）的案件',
      'case list --at': '按此时间说明状态（默认现在）',
      'case show': '显示一个案件：信函、期限、答复、矛盾、违规、下一环',
      'case show --at': '按此时间（默认现在）',
      blocklist: '导出要拦截的来电方：默认为与泄露有关或出现在多条线路上的',
      'blocklist --format': 'csv，或导入手机用的 vcard',
      'blocklist --all': '所有来电方，包括一次性的随机来电',
      demo: '模拟 18 个月的泄露与来电，追查它们，并把报告写到一个文件夹',
      'demo --out': '文件写到哪里',
      'demo --locale': '模拟世界、故事和报告用中文还是英文',
      'demo --seed': '换一个世界',
    },
    helpOption: '显示命令帮助',
    helpCommand: '显示命令帮助',
    lang: '消息和帮助的语言：en 或 zh-CN（默认：按 LC_ALL、LC_MESSAGES 或 LANG，都未设置时用此人的语言）',
    exitCodes: `
退出码：
  0  成功
  1  用法错误：未知的命令或选项、缺少参数
  2  输入有误：文件、值或记录被拒绝（消息会写明文件和行号）
  3  数据库：无法打开、读取或写入

设置优先级从高到低：命令行选项，然后 LEAKTRACE_STORE、LEAKTRACE_SUBJECT、LEAKTRACE_REGION、
LEAKTRACE_CONFIG，然后 ./leaktrace.json，最后是当前文件夹中的 ./leaktrace.db。
语言：--lang，否则 LC_ALL、LC_MESSAGES 或 LANG，都未设置时用此人的语言。`,
    examples: '示例：',
    notes: {
      '(choices: ': '（可选值：',
      '(default: ': '（默认：',
      ', default: ': '，默认：',
      '[options]': '[选项]',
    },
  },
  errors: {
    seeHelp: '（见 leaktrace --help）',
    usage: (code, message) => {
      for (const [c, pattern, say] of USAGE) {
        if (c !== code) continue;
        const m = pattern.exec(message);
        if (m) return say(m);
      }
      return undefined;
    },
  },
  analyze: {
    headers: ['来源', '状态', '人数', '首次泄露', '间隔', '如何得知'],
    actorHeaders: ['来电方', '主题', '线路', '联系', '用到的来源', '首次出现'],
    lag: (days) => `${days}天`,
    comma: '、',
    how: {
      decisive: '不可猜测的字段',
      merge: '合并记录',
      actor: '营销线路',
      pool: (p) => `号码池号码，P=${p}`,
      own: (n) => `本方联系 ${n} 次`,
    },
    leaked: (leaked, total) => `${total} 个登记方中有 ${leaked} 个泄露。`,
    callers: '值得拦截的来电方（与泄露有关，或出现在多条线路上）：',
    dealers: (n) => `推断出的信息贩子：${n} 个（链条中的一个角色；leaktrace 无法说出其名字）`,
    dealer: (name, holds, callers, confidence) =>
      `  ${name}：持有${holds}的记录；供给 ${callers} 个来电方；置信度 ${confidence}`,
  },
  cases: {
    reminderDue: (due, letters, log) =>
      `  ${due} 前未获答复：用 \`${letters}\` 写催告信，并用 \`${log}\` 记录`,
    complaintDue: (due, letters, log) =>
      `  ${due} 前未获答复，已催告：用 \`${letters}\` 向监管机构投诉，并用 \`${log}\` 记录`,
    noLetter: (letters, log) => `  尚未发信：用 \`${letters}\` 写请求信，发出后用 \`${log}\` 记录`,
    noLetterNoLeak: (log) =>
      `  尚未发信：没有它泄露的记录，leaktrace 没有可写进信里的证据：请自行发出请求，然后用 \`${log}\` 记录`,
    replyDue: (due, rule, extended) => `  答复期限 ${due}（${rule}${extended ? '，已延长' : ''}）`,
    opened: (day, zone) => `  立案 ${day}（日期按 ${zone}）`,
  },
  letters: {
    none: '没有登记方泄露：无信可写。',
  },
};
