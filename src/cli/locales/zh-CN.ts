import { deadlineCite } from '../../cases/actor-letter.js';
import { zhCN as reportZh } from '../../report/locales/zh-CN.js';
import type { CliStrings } from './en.js';

/**
 * The phrases of the library's and the CLI's own failure lines, in Chinese: input errors are said
 * in the person's language too (a phrase not listed stays English; `--json` keeps the English).
 */
const SAYS: readonly (readonly [RegExp, string])[] = [
  [/ is not a valid phone number in ([A-Z]{2})(?=$|[;)\n])/gmu, ' 不是 $1 的有效电话号码'],
  [/ is not a valid phone number/gu, ' 不是有效的电话号码'],
  [
    / in ([A-Z]{2}), where a number without a country code was read \(pass the region, or write it with \+\)/gu,
    '（没有国家代码的号码按 $1 读取：请指明地区，或以 + 开头写）',
  ],
  [
    /every pool number has already been handed out \(to a source or a control\), and a control needs one never handed out: add a number to the pool, or issue the control without a phone \(fields: email\)/gu,
    '号码池里的号码都已交出（给了登记方或对照身份），而对照身份需要一个从未交出的号码：请向号码池添加号码，或不带电话生成对照身份（--fields email）',
  ],
  [
    /: say which column is which: --columns at=<column>,from=<column>,content=<column> \(keys ([^)]+)\)/gu,
    '：请说明哪一列是什么：--columns at=<列名>,from=<列名>,content=<列名>（可用的键：$1）',
  ],
  [/; this file's first line has: /gu, '；这个文件的第一行是：'],
  [/… \((\d+) more\)$/gmu, '…（另有 $1 列）'],
  [
    /column "([^"]*)" says which way each call or text went \(("[^"]*")\); map it \(direction=([^)]*)\) so your outgoing calls and sent texts are not read as arrivals/gu,
    '“$1”列写明了每通电话或每条短信的方向（$2）；请把它映射上（direction=$3），以免把你打出的电话和发出的短信当成收到的',
  ],
  [/ is not a date in the format (.+?)(?=$|[;\n（]| \()/gmu, ' 不是 $1 格式的日期'],
  [/ \(time: ("[^"]*")\)/gu, '（时刻列：$1）'],
  [/ is not a date(?= |$|[;,\n])(?! that exists)/gmu, ' 不是日期'],
  [/ is not a time of day/gu, ' 不是一天中的时刻'],
  [/must not be empty/gu, '不能为空'],
  [/is a folder; give a file name/gu, '是文件夹；请给出文件名'],
  [/is not a regular file \(a device, FIFO or socket\)/gu, '不是普通文件（而是设备、FIFO 或套接字）'],
  [/the folder (.+) does not exist/gu, '文件夹 $1 不存在'],
  [/permission denied/gu, '没有权限'],
  [
    /is not a date that exists \(month 1–12, a day of that month, hour 0–23\)/gu,
    '不是存在的日期（月 1–12、该月中的一天、时 0–23）',
  ],
  [
    /is not an ISO 8601 date or time: write (\S+), (\S+) \(your zone\) or (\S+)/gu,
    '不是 ISO 8601 日期或时间：请写 $1、$2（您的时区）或 $3',
  ],
  [
    /is after now \(([^)]+)\) by more than (\d+) minutes of clock skew: a mistyped date or a local time read in the wrong zone\?/gu,
    '晚于现在（$1），超出 $2 分钟的时钟误差：日期写错了，还是本地时间按错误的时区读了？',
  ],
  [/must be an ISO 8601 date-time with a zone/gu, '必须是带时区的 ISO 8601 日期时间'],
  [
    /the subject's last change took effect (\S+): a change must take effect after it/gu,
    '此人上一次变更自 $1 起生效：新的变更必须晚于它',
  ],
  [
    /the update changes nothing: give a new region, zone, address or numbers/gu,
    '这次变更没有改变任何内容：请给出新的地区、时区、地址或号码',
  ],
  [/is already in another subject's pool/gu, '已在另一个人的号码池中'],
  [
    /a return address needs its street and number \(or a PO box\), not only a name or a place/gu,
    '寄件地址需要街道和门牌号（或邮政信箱），不能只有名称或地名',
  ],
  [/is not a UTC offset \(−12:00 to \+14:00\)/gu, '不是 UTC 偏移（−12:00 到 +14:00）'],
  [
    /looks like epoch seconds: give milliseconds or an ISO 8601 time/gu,
    '像是以秒计的纪元时间：请给毫秒数或 ISO 8601 时间',
  ],
  [
    / is a mail provider many people share: every one of its users would count as (.+?); declare its address in expected\.emailAddresses instead/gu,
    ' 是许多人共用的邮件服务商：它的每个用户都会被算作$1；请改为声明具体的邮件地址（如 xiaowang@qq.com）',
  ],
  [/ is an address: declare it in expected\.emailAddresses/gu, ' 是邮件地址，不是域名：请按邮件地址声明'],
  [
    / is not a phone number, short code or alphanumeric sender ID/gu,
    ' 不是电话号码、短号码或字母短信发送方名称（sender ID）',
  ],
  [/ is not a domain/gu, ' 不是域名'],
  [/ is not an email address/gu, ' 不是邮件地址'],
  [
    / is a desk or role any business's staff sign with: give the name that says which business \(its brand\)/gu,
    ' 是任何商家的员工都会落款的部门或职务：请给出说明是哪家商家的名称（品牌）',
  ],
  [
    / says only where or what kind of business it is, which any business there may write: give the name that says which business \(its brand\)/gu,
    ' 只说明了地点或商家类型，当地任何商家都可能这样写：请给出说明是哪家商家的名称（品牌）',
  ],
  [
    / is the name of source (\S+): its own messages would count as this one's/gu,
    ' 是来源 $1 的名称：它自己的消息会被算作这个来源的',
  ],
  [
    /must hold at least (\d+) letters, or (\d+) Chinese, Japanese, Korean or Thai characters, to be told apart in messages/gu,
    '至少要有 $1 个字母，或 $2 个中日韩泰文字，才能在消息中区分出来',
  ],
  [/must hold at least (\d+) letters or digits/gu, '至少要有 $1 个字母或数字'],
  [/is made only of common words and would match strangers/gu, '只由常用词组成，会匹配到陌生人'],
  [
    / is already a number of subject (\S+): each number belongs to one person/gu,
    ' 已经是当事人 $1 的号码：每个号码只属于一个人',
  ],
  [/the number is not in the subject pool/gu, '该号码不在当事人的号码池中'],
  [/ is not one of the subject's mailboxes/gu, ' 不是当事人的邮箱之一'],
  [/ is not one of phones\.pool/gu, ' 不在号码池（phones.pool）中'],
  [/"([^"]*)" is not one of ([^\n]+)/gu, '"$1" 不是以下之一：$2'],
  [/ is already a mailbox of subject (\S+)/gu, ' 已经是当事人 $1 的邮箱'],
  [/is not a valid email address/gu, '不是有效的邮件地址'],
  [/a plus mailbox must not already carry a \+tag/gu, 'plus 邮箱本身不能已带 +标签'],
  [/is listed twice/gu, '列出了两次'],
  [/the subject has no mailbox to mint aliases from/gu, '当事人没有可用来生成别名的邮箱'],
  [/the subject has no address to mark/gu, '当事人没有可加标记的地址'],
  [/is already issued to this subject/gu, '已经发给过这位当事人'],
  [/must be written in letters, not digits or symbols/gu, '必须用文字书写，不能只是数字或符号'],
  [/repeats one part and would match strangers/gu, '重复了同一部分，会匹配到陌生人'],
  [/the subject has no pool numbers to issue/gu, '当事人的号码池里没有可发放的号码'],
  [
    /every pool number is held by a control, which is never issued to a source; add numbers to the pool/gu,
    '号码池中的每个号码都用作对照号码，对照号码从不发给来源；请向号码池添加号码',
  ],
  [/the number is a control and is never issued to a source/gu, '该号码是对照号码，从不发给来源'],
  [/a control needs a number never issued to anyone/gu, '对照号码必须是从未发给任何人的号码'],
  // A file no importer reads (src/importers/_file-signature.ts): what it is, then what to do.
  [
    /: is empty \(0 bytes\): nothing to import; export it again/gu,
    '：是空文件（0 字节），没有可导入的内容：请重新导出',
  ],
  [/: is (.+), not a call, text or mail export: /gu, '：是$1，不是通话、短信或邮件的导出文件：'],
  [/a (gzip|bzip2|xz|Zstandard)-compressed file/gu, ' $1 压缩文件'],
  [
    /a ZIP archive \(a Takeout or backup download, or an Excel \.xlsx workbook\)/gu,
    ' ZIP 压缩包（Takeout 或备份下载，或 Excel .xlsx 工作簿）',
  ],
  [/an empty ZIP archive/gu, '空的 ZIP 压缩包'],
  [/a (7-Zip|RAR) archive/gu, ' $1 压缩包'],
  [
    /an SQLite database \(a phone's sms\.db or call_history\.db, or a leaktrace store\)/gu,
    ' SQLite 数据库（手机的 sms.db 或 call_history.db，或 leaktrace 数据库）',
  ],
  [
    /an OLE2 file \(an Excel \.xls workbook or an Outlook \.msg\)/gu,
    ' OLE2 文件（Excel .xls 工作簿或 Outlook .msg 邮件）',
  ],
  [/a PDF(?=，)/gu, ' PDF 文件'],
  [/a (PNG|JPEG) image/gu, ' $1 图片'],
  [/an Apple binary property list/gu, ' Apple 二进制属性列表'],
  [/unpack it and import the export inside/gu, '请先解压，再导入其中的导出文件'],
  [/ \((gunzip|bunzip2|unxz|unzstd)(, or tar -xzf a \.tgz)?\)/gu, '（$1$2）'],
  [/, or tar -xzf a \.tgz/gu, '，.tgz 用 tar -xzf'],
  [/; save a workbook as CSV/gu, '；工作簿请另存为 CSV'],
  [/(?<=：)export again$/gmu, '请重新导出'],
  [
    /export its messages or calls as CSV or XML with the phone tool and import that/gu,
    '请用手机管理工具把短信或通话导出为 CSV 或 XML，再导入',
  ],
  [
    /save the sheet as CSV, or the mail as \.eml, and import that/gu,
    '请把表格另存为 CSV，或把邮件另存为 .eml，再导入',
  ],
  [
    /download the CSV or Excel details instead and save them as CSV/gu,
    '请改为下载 CSV 或 Excel 明细，并另存为 CSV',
  ],
  [/import the export itself, not a picture of it/gu, '请导入导出文件本身，而不是它的截图'],
  [/export the messages or calls as CSV/gu, '请把短信或通话导出为 CSV'],
];

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

/** The kinds of letters a case logs. */
const LETTER_KIND: Readonly<Record<string, string>> = {
  request: '请求',
  reminder: '催告',
  complaint: '投诉',
};

/** The library's reasons for a verdict, in Chinese, by the sentence each starts with. */
/**
 * What a source is asked to confirm, by how its message came (the English reason's words): the
 * address of a mailbox, a sender ID, the sender of a letter, else the number.
 */
function confirmWord(via: string): string {
  if (/mailbox/u.test(via)) return '这个邮箱地址';
  if (/sender ID/u.test(via)) return '这个发送方名称';
  if (/mailing/u.test(via)) return '这个寄件方';
  return '这个号码';
}

/** What an own service message is about, from the English reason's words (`ABOUT_WORDS`). */
const ABOUT_ZH: readonly [RegExp, string][] = [
  [/^a booking/u, '预订、住宿或预约'],
  [/^an order/u, '订单或配送'],
  [/car$/u, '此人的车'],
  [/^a policy/u, '保单'],
  [/^an account/u, '账户或会员'],
  [/their data$/u, '此人自己关于其数据的请求'],
  [/greeting/u, '仅有问候和员工的自我介绍'],
  [/^an errand/u, '它署名的一件事务（此处未读懂其内容；没有链接、号码、价格或优惠）'],
  [/catalogue/u, '它自己的商品目录或简报'],
];

function aboutWords(english: string): string {
  return ABOUT_ZH.find(([pattern]) => pattern.test(english))?.[1] ?? english;
}

const REASONS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^a third party used an identity issued only to (.+?)(?:;|$)/u, (m) => `第三方使用了只交给${m[1]}的身份`],
  [
    /^a third party used a value issued to (\d+) sources \((.+?)\)/u,
    (m) => `第三方使用了交给 ${m[1]} 个登记方（${m[2]}）的同一个值：置信度由它们分摊`,
  ],
  [
    /^revealed identities issued to (\d+) different sources \((.+?)\)/u,
    (m) => `同时出现了交给 ${m[1]} 个不同登记方（${m[2]}）的身份：有人同时持有它们的记录`,
  ],
  [
    /^only the pool number (\S+) and the name (.+?), issued only to (.+?), were reached/u,
    (m) =>
      `只出现了只交给${m[3]}的号码池号码 ${m[1]} 和姓名 ${m[2]}：随机来电会打到任何号码，同名的人、或认识此人的人也可能这样写，在分析发现超出偶然的联系之前，这只是弱证据`,
  ],
  [
    /^only the pool number (\S+) and the name (.+?), shared by (\d+) sources \((.+?)\), were reached/u,
    (m) => `只出现了 ${m[3]} 个登记方（${m[4]}）共有的号码池号码 ${m[1]} 和姓名 ${m[2]}：这只是弱证据`,
  ],
  [
    /^only the pool number (\S+), issued only to (.+?), was reached/u,
    (m) =>
      `只联系到了只交给${m[2]}的号码池号码 ${m[1]}：随机来电也会打到任何号码，在分析发现超出偶然的联系之前，这只是弱证据`,
  ],
  [
    /^only the name (.+?), issued only to (.+?), was reached/u,
    (m) =>
      `只出现了只交给${m[2]}的姓名 ${m[1]}：同名的人、或认识此人的人也可能这样写，在分析发现超出偶然的联系之前，这只是弱证据`,
  ],
  [
    /^only (.+?), shared by (\d+) sources \((.+?)\), was reached/u,
    (m) => `只联系到了 ${m[2]} 个登记方（${m[3]}）共有的 ${m[1]}：这只是弱证据`,
  ],
  [
    /^only (.+?), issued only to (.+?), was reached/u,
    (m) => `只联系到了只交给${m[2]}的 ${m[1]}：任何人都可能猜到，这只是弱证据`,
  ],
  [/^the sender is one that (.+) declared as its own/u, (m) => `发送方是${m[1]}声明的自有号码或域名`],
  [
    /^authenticated mail from (\S+), a domain carrying the name of (.+?)'s declared/u,
    (m) =>
      `来自 ${m[1]} 的已认证邮件，域名带有${m[2]}所声明域名中的名字，且没有索要任何东西：多半是${m[2]}自己的品牌域名，单凭它不算泄露；如果是，请把 ${m[1]} 加入它的发信域名`,
  ],
  [
    /^mail from (.+?)'s own domain that failed authentication/u,
    (m) =>
      `来自${m[1]}自有域名、但未通过认证的邮件，没有诈骗迹象：多半是${m[1]}经邮件服务或转发发出的自己的邮件，单凭它不算泄露；请检查邮件头，并问${m[1]}用哪些服务发信`,
  ],
  [
    /^a courier's or delivery rider's notice about an order .*?from a sender (.+?) did not declare/u,
    (m) =>
      `快递员或骑手关于订单的通知（没有链接、付款、验证码或聊天要求，不推销，也不称丢件），来自${m[1]}未声明的发送方：多半是${m[1]}交付订单的快递或配送平台（常经隐私号），单凭它不算泄露`,
  ],
  [
    /^signed with (.+?)'s name (from a mailbox|through the sender ID "(.*?)"|through a sender whose signatures the carrier checks)/u,
    (m) =>
      `署名为${m[1]}，${
        m[2]?.startsWith('from a mailbox')
          ? '但来自它未声明的邮箱（员工邮箱或邮件服务）'
          : m[3] !== undefined
            ? `经发送方名称"${m[3]}"发出（发送企业在短信服务商处自设的名称，有的国家予以登记，但运营商不核验）`
            : '经运营商核验签名的通道发出（短信端口、服务号码）'
      }，没有诈骗迹象，也没有超出其业务的内容：多半是${m[1]}经未声明的发送方发出的自己的消息；请向${m[1]}确认${confirmWord(m[2] ?? '')}，单凭它不算泄露`,
  ],
  [
    /^a service message about (.+?) \(nothing outside (.+?)'s trade[^)]*\), from a sender .+? did not declare: (its staff's own mailbox|a business it works with \(a mailing|its staff's own phone)/u,
    (m) =>
      `一条关于${aboutWords(m[1] ?? '')}的服务消息（没有超出${m[2]}业务的内容，没有索要付款、验证码或聊天），来自${m[2]}未声明的发送方：多半是${
        m[3]?.startsWith("its staff's own mailbox")
          ? '它员工自己的邮箱，或与它合作的企业（预订或邮件服务）'
          : m[3]?.startsWith('a business')
            ? '与它合作的企业（代寄公司、承运方）'
            : '它员工自己的电话，或与它合作的企业'
      }；请向${m[2]}确认${confirmWord(m[3] ?? '')}，单凭它不算泄露`,
  ],
  [
    /^from (.+?)'s declared (?:mail domain or address|number) \(a source registered here too\), but it sells or asks what the dealing does not: a registrant marketing to an identity issued only to (.+?) holds /u,
    (m) =>
      `来自${m[1]}声明过的发送方（它也是这里登记的来源），却推销或索要与这笔交易无关的东西：向只交给${m[2]}的身份做营销的登记方，手里有${m[2]}的资料`,
  ],
  [
    /^from (.+?)'s declared (?:mail domain or address|number) \(a source registered here too\), but it is no notice of a dealing made through (.+?) \(a booking, an order\): a registrant writing to an identity issued only to /u,
    (m) =>
      `来自${m[1]}声明过的发送方（它也是这里登记的来源），但说的不是经${m[2]}做成的交易（预订、订单）：向只交给${m[2]}的身份写信的登记方，手里有${m[2]}的资料`,
  ],
  [
    /^from (.+?)'s declared (mail domain or address|number) \(a source registered here too\), about the person's dealing and selling nothing: (.+?) passes a dealing made through it/u,
    (m) =>
      `来自${m[1]}声明过的${m[2] === 'number' ? '号码' : '邮件域名或地址'}（它也是这里登记的来源），说的是你的交易，没有推销：${m[3]}会把经它做成的交易（预订、订单）连同它拿到的身份转给${m[1]}，所以${m[1]}来信说这件事就是这笔交易本身，不是${m[3]}泄露`,
  ],
  [
    /^mail from (.+?)'s declared domain \(a source registered here too\) that failed authentication, about the person's dealing with no fraud cue: .*?, and (.+?) passes a dealing made through it/u,
    (m) =>
      `来自${m[1]}声明过的域名、但未通过认证的邮件（它也是这里登记的来源），说的是你的交易，没有诈骗迹象：多半是${m[1]}经邮件服务发出的自己的邮件；${m[2]}会把经它做成的交易转给${m[1]}，所以这不是${m[2]}泄露；请检查邮件头`,
  ],
  [
    /^(.+?)'s own service message \(it writes as .+?, a source registered here too; [^)]*\) from a (mailbox|number) .+? did not declare, its staff's own most likely: (.+?) passes a dealing made through it/u,
    (m) =>
      `${m[1]}自己的服务消息（以${m[1]}的名义写，它也是这里登记的来源；没有推销，没有索要付款、验证码或聊天），来自它未声明的${m[2] === 'mailbox' ? '邮箱' : '号码'}，多半是员工自己的：${m[3]}会把经它做成的交易（预订、订单）连同它拿到的身份转给${m[1]}，所以这不是${m[3]}泄露；请向${m[1]}确认这个${m[2] === 'mailbox' ? '地址' : '号码'}`,
  ],
  [
    /^a post by (a member(?: \((.+?)\))?) to the mailing list (\S+), which sent it on to every subscriber/u,
    (m) =>
      `${m[2] === undefined ? '一位成员' : `一位成员（${m[2]}）`}发到邮件列表 ${m[3]} 的帖子，列表把它转给了每个订阅者：写信人写给的是列表，不是这个地址，而且没有索要或推销什么；它只说明这个地址订阅了该列表（你本人、用它加入的人，或曾持有它的人）——如果你从没加入 ${m[3]}，请问列表的主人这个地址从哪里来`,
  ],
  [
    /^a post by (a member(?: \((.+?)\))?) to (.+?)'s own mailing list (\S+) \(under a mail domain it declared\)/u,
    (m) =>
      `${m[2] === undefined ? '一位成员' : `一位成员（${m[2]}）`}发到${m[3]}自己的邮件列表 ${m[4]}（在它声明过的邮件域名下）的帖子，列表把它转到你给${m[3]}的地址：这是它和成员之间的往来，不是泄露；写信人只是发到列表，不需要任何人的资料`,
  ],
  [
    /^addressed by name to (.+?), not to this person, and no identity issued only to a source was used/u,
    (m) =>
      `称呼的是${m[1]}，不是这个人，也没有用到只交给某个登记方的身份：这是号码前任机主的联系（号码被回收再分配），或名单上配错了名字，属于背景，不是泄露`,
  ],
  [
    /^a reply in a thread the person's own mail from (\S+) started/u,
    (m) =>
      `回复的是此人自己从 ${m[1]} 发出的邮件所开始的往来（引用了她从这个地址发出的邮件）：写信人是作为她邮件的收件人得到这个地址的，不是从第三方那里`,
  ],
  [
    /^a reply in a thread (.+?)'s own mail started \(it quotes a message from/u,
    (m) =>
      `回复的是${m[1]}自己的邮件所开始的往来（按引用头，它引用了${m[1]}自己发出的邮件）：写信人是作为那封邮件的共同收件人得到这个身份的，不是从持有${m[1]}记录的第三方那里`,
  ],
  [
    /^sent from the subject's own number or mailbox \((a forward, a test, a note to self|mail or a text the person sent to someone else)\)/u,
    (m) =>
      `从此人自己的号码或邮箱发出（${m[1]!.startsWith('a forward') ? '转发、测试或给自己的备忘' : '此人发给别人的邮件或短信'}）：不是第三方`,
  ],
  [
    /^sent from the number or mailbox of another person protected in this store/u,
    () => '从这个数据库里另一位受保护的人的号码或邮箱发出（他们之间的转发）：不是第三方',
  ],
  [
    /^reached the control (\S+):/u,
    (m) => `联系到了对照身份 ${m[1]}：它特意留着、从未交给任何人，所以这是背景（随机联系），不是泄露`,
  ],
  [
    /^reached the pool number (\S+) before it was issued \(at (.+?)\)/u,
    (m) => `在号码池号码 ${m[1]} 交出（${m[2]}）之前就联系到了它：当时没人持有它，所以这是背景，不是泄露`,
  ],
  [
    /^reached (\S+), a pool number not yet issued to anyone/u,
    (m) =>
      `联系到了 ${m[1]}，一个尚未交给任何人的号码池号码：背景（随机来电，或找这个号码前任机主的），不是泄露`,
  ],
  [
    /^(\S+) (\S+) was reached before it was issued at (.+?): nobody could know it then/u,
    (m) => `${m[2]} 在交出（${m[3]}）之前就被联系到了：当时没人知道它，所以是被猜中的，或这次联系的时间有误`,
  ],
  [
    /^(\S+) (\S+) was reached before it was issued at (.+?): no identity issued by then/u,
    (m) => `${m[2]} 在交出（${m[3]}）之前就被联系到了：当时交出的身份都解释不了它（请检查联系的时间）`,
  ],
  [/^used an alias address that was never issued/u, () => '使用了一个从未交出的别名地址：有人猜中或编造了它'],
  [
    /^reached the role address (\S+),/u,
    (m) => `联系到了角色地址 ${m[1]}，每个域名都会收到这类邮件（RFC 2142）：可猜测，不是伪造的别名`,
  ],
  [
    /^reached only the subject's real identifiers/u,
    () => '只联系到了此人的真实信息，没有任何交出的身份：无法指出登记方',
  ],
  [/^matched nothing of any(?: subject|one protected here)/u, () => '与库中任何人的信息都不匹配'],
];

/** A failure line or rejection reason with every phrase {@link SAYS} knows said in Chinese. */
const sayIn = (message: string): string =>
  SAYS.reduce((text, [english, chinese]) => text.replace(english, chinese), String(message));

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
      subject: '添加、变更或列出受保护的人',
      'subject add': '向数据库添加一个受保护的人',
      'subject update': '记录自某日起地区、时区、地址或号码的变更（搬家、换手机号）',
      'subject update --at': '变更生效的时间：此后的联系按变更后的信息读取',
      'subject update --moved-to': '此后居住的地区（ISO 3166 两字母代码：DE、CN……）',
      'subject update --time-zone': '此后的 IANA 时区（默认：新地区的）',
      'subject update --address': '此后的邮寄地址',
      'subject update --real': '此后的真实号码，取代原来的（逗号分隔）',
      'subject update --add-pool': '此后加入号码池的副号（逗号分隔）',
      'subject update --drop-pool': '此时放弃的副号（逗号分隔）',
      'subject list': '列出受保护的人',
      source: '添加、更新或列出登记方（酒店、商店、应用……）',
      'source add': '添加一个你要交出身份的登记方',
      'source add --category': '类别：hotel、car dealer、insurer、app……',
      'source add --phone': '它正当使用的来电号码或短信发送方名称（如 Aviva；逗号分隔）',
      'source add --domain': '它正当使用的发信域名（逗号分隔）',
      'source add --allow-duplicate': '已有同名登记方时仍然添加',
      'source add --other-name':
        '它的其他名称：另一种文字的名称或品牌（"Hilton Shanghai" 的 希尔顿）；可重复',
      'source add --postal-sender': '它自己的信件上的寄件地址（街道门牌、邮编、城市）；可重复',
      'source update': '补充你后来得知的登记方信息：其他名称、它使用的号码或发信域名',
      'source update --category': '类别，取代原来的',
      'source update --phone': '它正当使用的更多来电号码或短信发送方名称（逗号分隔）',
      'source update --domain': '它正当使用的更多发信域名，或共享邮箱服务商上的单个地址（逗号分隔）',
      'source update --other-name': '它的另一个名称；可重复',
      'source update --postal-sender': '它自己的信件上的另一个寄件地址；可重复',
      'source list': '列出登记方',
      issue: '生成要交给某个登记方（id 或名称）的身份，可直接复制',
      'issue --fields':
        '哪些字段：email、phone、name、address（逗号分隔；默认：email、phone 和 name 中此人有的）',
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
      'import --date-format':
        'csv：日期格式，如 "yyyy/MM/dd HH:mm"（默认读 ISO 8601、纪元时间、年份在前的 "2026/09/02 10:15" 和日在前的点分日期 "28.11.2026 14:05"）',
      'import --encoding':
        'csv、asterisk：文本编码（默认：在 UTF-8、GB18030、Big5 和 Windows-1252 中自动识别）',
      'import --delimiter':
        'csv：字段分隔符，如 ";" 或 tab（默认：文件的 sep= 行，否则在 , ; tab | 中自动识别）',
      'import --time-zone':
        'csv、asterisk、邮件：不带时区的时间按哪个时区读，如 Asia/Shanghai（默认：此人的时区）',
      'import --channel':
        'csv：没有列说明时，每行是什么（默认：内容列名像短信的，如 Body、Message、内容、短信…，按短信；否则按来电）',
      'import --own-domain':
        '邮件：只读取发到这个域名的邮件，其余拒绝（可重复）；找你的别名不需要它，数据库知道它们的域名',
      'import --content-limit':
        '完整保留的最长文本（默认 100000 个字符）：更长的邮件从中间截断并加注说明，其他格式更长的消息会被拒绝',
      'import --keep-circle':
        'android：也导入手机里存了名字、或您先打过电话发过短信的来电方（否则作为您自己的联系人跳过；存成骚扰/推销/Spam 等标记的号码从不算您的联系人）',
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
        '请求依据的法律（默认：案件的法律，否则你所在地区的：CN 为 PIPL，欧盟、欧洲经济区和英国为 GDPR，地址在美国加利福尼亚州为 CCPA）',
      'letters --locale': '语言（默认：此人的语言）',
      'letters --to': '写给登记方，还是写给监管机构',
      'letters --kind': '致登记方：首次请求，或期限过后的催告（需要案件）',
      'letters --regulator':
        '投诉寄往何处（默认按法律和地区：PIPL 为 12321；CCPA 为 CPPA，即加利福尼亚州隐私保护局；英国为 ICO，否则为你所在地的欧盟监管机构）；CA-AG：加利福尼亚州总检察长',
      'letters --out': '每封信写成此文件夹中的一个文件，而不是输出到标准输出（`-`：标准输出）',
      case: '把一次泄露追到答复为止：信函、期限、答复',
      'case open': '对某个登记方（id 或名称）立案，或用 --actor 对某个来电方立案',
      'case open --law':
        '请求依据的法律（默认：此人的，与信件相同：CN 为 PIPL，欧盟、欧洲经济区和英国为 GDPR，地址在美国加利福尼亚州为 CCPA）',
      'case open --request': '请求内容：access、source、recipients、erasure、stop-marketing（逗号分隔）',
      'case open --actor': '来电方的公司名，按其话术或发件人所写',
      'case open --contact': '来电方的一次联系（可重复；与 --actor 一起用）',
      'case open --time-zone': '计算日期所用的 IANA 时区（默认：此人的时区，否则其所在地区的）',
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
    regionNote: `你的地区（--region，ISO 3166 二位字母代码，默认 CN）决定国内号码怎么读（030… 在 DE 是柏林），
日期用哪个时区，以及信件依据哪部法律（CN：PIPL；欧盟、欧洲经济区和英国：GDPR；美国：--address
在加利福尼亚州时为 CCPA；其他地区请给 letters 加 --law）。`,
    demoComment: '模拟一年半的联系，报告写在 ./leaktrace-demo',
    notes: {
      '(choices: ': '（可选值：',
      '(default: ': '（默认：',
      ', default: ': '，默认：',
      '[options]': '[选项]',
      '[command]': '[命令]',
    },
  },
  errors: {
    seeHelp: (command) => `（见 ${command} --help）`,
    usage: (code, message) => {
      for (const [c, pattern, say] of USAGE) {
        if (c !== code) continue;
        const m = pattern.exec(message);
        if (m) return say(m);
      }
      return undefined;
    },
    // A reason with no Chinese wording yet is quoted as the library wrote it, after a Chinese lead.
    says: (message) => {
      const said = sayIn(message);
      return /[\u3400-\u9fff]/u.test(said) ? said : `出错（英文原文）：${said}`;
    },
    window: (to, from) => `--to ${to} 早于 --from ${from}：这个时间段里什么也没有`,
    future: (from) => `--from ${from} 在将来：联系只记录到现在，这个时间段里什么也没有`,
    atFuture: (typed, at, now) =>
      `--at ${typed} 是 ${at}，晚于现在（${now}）：联系和步骤要在发生之后才记录。日期写错了，还是另一个时区的时间？请写上它的偏移（例如 2026-11-01T09:00+08:00）。`,
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
    datesIn: (zone, zones) =>
      zones.length > 1
        ? `日期按 ${zone} 时间：本库的人分别住在 ${zones.join('、')}（用 --subject <id> 按某人自己的时区显示其日期）。`
        : `日期按 ${zone} 时间。`,
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
    callerReminderDue: (due, log) =>
      `  ${due} 前未获答复：请自行向来电方催告（leaktrace 只为来电方写请求信），并用 \`${log}\` 记录`,
    callerComplaintDue: (due, log) =>
      `  ${due} 前未获答复，已催告：请向监管机构投诉，附上请求信和催告，并用 \`${log}\` 记录`,
    noLetter: (letters, log) => `  尚未发信：用 \`${letters}\` 写请求信，发出后用 \`${log}\` 记录`,
    noLetterNoLeak: (log) =>
      `  尚未发信：没有它泄露的记录，leaktrace 没有可写进信里的证据：请自行发出请求，然后用 \`${log}\` 记录`,
    replyDue: (due, rule, extended) => `  答复期限 ${due}（${rule}${extended ? '，已延长' : ''}）`,
    opened: (day, zone) => `  立案 ${day}（日期按 ${zone}）`,
    caller: (name) => `${name}（来电方）`,
    status: {
      open: '进行中',
      awaiting: '等待答复',
      answered: '已答复',
      overdue: '已逾期',
      escalated: '已投诉',
      closed: '已结案',
    },
    request: {
      access: '查阅',
      source: '来源',
      recipients: '接收方',
      erasure: '删除',
      'stop-marketing': '停止营销',
    },
    joint: '、',
    // The library cites in English; the letter's Chinese words for the same provisions.
    rule: (law, rule) => (rule === deadlineCite(law, 'en') ? (deadlineCite(law, 'zh-CN') ?? rule) : rule),
    late: (days) => `已答复，晚了 ${days} 天`,
    head: (id, target, law, requests, status) => `案件 ${id}：${target}，${law}（${requests}）— ${status}`,
    namedBy: (id, source) => `  由案件 ${id} 指为其${source ? '信息来源' : '信息接收方'}`,
    letter: (day, kind, to, via) =>
      `  ${day} ${LETTER_KIND[kind] ?? kind}${to ? `，致 ${to}` : ''}${via ? `，经由 ${via}` : ''}`,
    namedParty: (name, id) => `${name} → 案件 ${id}`,
    reply: (day, claims, named) => `  ${day} 答复：${claims || '-'}${named ? `；提到 ${named}` : ''}`,
    note: (text) => `    备注：${text}`,
    lawOfWhom:
      '这个数据库里的人受不同法律保护：请用 --law（PIPL、GDPR 或 CCPA）指明，或用 --subject 指明案件是为谁立的',
    // The letters' words for a reply's claims: what it said in quotes, what it did without.
    claim: reportZh.letter.caseClaim,
    listJoint: '、',
    answeredLate: (days, due) => `  答复比 ${due} 的期限晚了 ${days} 天`,
    why: {
      'decisive-use': '第三方已使用只交给它的身份',
      'still-used': '仍有联系通过它的身份而来',
      'own-contact': '它自己的发送方仍在联系',
    },
    contradiction: (claim, day, why, n) => `  矛盾：${claim}（${day}），但${why}：共 ${n} 次联系`,
    more: (n) => `    另有 ${n} 条（完整列表见 \`--json\`）`,
    window: (erasure) => (erasure ? '删除期限' : '停止营销期限'),
    nonCompliance: (n, window, end) => `  违规：${window}（${end} 截止）之后仍使用 ${n} 次：`,
    by: {
      target: '它自己的发送方',
      'third-party': '第三方',
      'third-party-named': '第三方（可能是其答复中指明的接收方，或从该接收方处获得数据者）',
    },
    usedBy: (contact, by) => `    ${contact}，使用者：${by}`,
    nextHops: (ids) => `  下一环：${ids}`,
    closed: (day, reason) => `  结案 ${day}${reason ? `：${reason}` : ''}`,
    contact: (id) => `联系 ${id}`,
    unknownSender: '未知发送方',
    poolNumber: '号码池号码',
    contactLine: (when, channel, from, reached, id) =>
      `${when} ${reportZh.report.channel[channel as 'call'] ?? channel}，来自 ${from}${reached ? `，到达 ${reached}` : ''} [${id}]`,
    listed: (id, target, law, status) => `${id}  ${target} — ${law}，${status}`,
    due: (date) => `，期限 ${date}`,
    dueIn: (date, zone) => `，期限 ${date}（${zone}）`,
    contradicted: (n) => `，${n} 项说法与证据矛盾`,
    usedAfter: (n, window) => `，${window}之后仍使用 ${n} 次`,
    noneYet: '还没有案件：用 `leaktrace case open <登记方>` 立案',
    noneMatch: (status, source, asOf, total) =>
      `${asOf === undefined ? '' : `截至 ${asOf}，`}${source === undefined ? '' : `${source} `}没有${status === undefined ? '' : `“${status}”的`}案件（共 ${total} 个案件）`,
    openedAfter: (id, opened, at) => `案件 ${id} 于 ${opened} 立案，晚于 ${at}`,
    beforeOpen: (at, opened, zone, close, reopen) =>
      `--at ${at} 早于立案时间 ${opened}（均按 ${zone}）：若信件在立案前已寄出，请先关闭此案（\`${close}\`），再用 \`${reopen}\` 以不晚于该信的时间重新立案`,
    closeBeforeOpen: (at, opened, zone) =>
      `--at ${at} 早于立案时间 ${opened}（均按 ${zone}）：结案只能在立案之后`,
    closeBeforeStep: (at, kind, step, zone) =>
      `--at ${at} 早于本案记录的${kind === 'reply' ? '答复' : (LETTER_KIND[kind] ?? kind)}（${step}，均按 ${zone}）：结案时间不能早于最后一封信或答复`,
    closedAlready: (id, closed, zone, open) =>
      `案件 ${id} 已于 ${closed}（${zone}）结案，不能再记录：如需继续追查，请用 \`${open}\` 立新案`,
    noCase: (id) => `没有案件 ${id}：用 \`leaktrace case list\` 列出案件`,
    notOneOf: (flag, bad, allowed) => `${flag}：“${bad}”不是可选值之一（${allowed}）`,
    nameTarget: '请指明登记方，或用 --actor 指明来电方',
    sourceNoActor: '对登记方的案件不带 --actor',
    severalPeople: (reason) => `这些联系涉及多人：请用 --subject 指明案件针对的那个人（${reason}）`,
    notYet: (reason) => `--at ${reason}：信件、答复和结案要在发生之后才记录`,
    alreadyOpen: (id, show, close) =>
      `同一登记方、同一个人、同一部法律已有进行中的案件 ${id}：请记录到该案件（\`${show}\`），或用 \`${close}\` 结案，或加 --allow-duplicate`,
    noIdentity: (name) => `警告：${name}没有此人的任何身份：这个案件没有可监测的证据`,
    beforeIdentity: (opened, name, first) =>
      `警告：案件立于 ${opened}，早于${name}拿到第一个身份的日期（${first}）：请检查 --at`,
  },
  letters: {
    none: '没有登记方泄露：无信可写。',
    wrote: (name, file) => `${name}：${file}`,
    reminderToSource: '催告信寄给登记方：去掉 --to regulator',
    noCase: (id) => `没有案件 ${id}：用 \`leaktrace case list\` 列出案件`,
    caseAndSource: '--case 已经指明收信方：去掉 --source',
    callerCase: '对来电方的案件只有一封信，即致来电方的请求：去掉 --to 和 --kind',
    notAbout: (id, person, people) => `案件 ${id} 与${person}无关：它涉及的人是 ${people}`,
    several: (id, people) => `案件 ${id} 涉及多人：请用 --subject 指明（${people}）`,
    usLaw: (address) =>
      `没有选定法律：在美国，CCPA 只保护加利福尼亚州居民：如果你住在那里，请加 --law CCPA，否则请指明保护你的法律（可选值：PIPL、GDPR、CCPA）。${address === undefined ? '你的资料中没有地址可以判断' : `你的地址"${address}"没有写明加利福尼亚州或其邮政编码`}；地址在加州时（subject update --at <日期> --address "…, CA 9…"），信件会自动按 CCPA 写。`,
    noLaw: (region) => `不知道 ${region} 适用哪部法律：请用 --law PIPL、GDPR 或 CCPA 指明保护你的那部`,
    onePerson: (n, people) => `一封信只属于一个人，而数据库中有 ${n} 个人：请用 --subject 指明（${people}）`,
    noRequest: (id, source, log) =>
      `催告信要引用案件的请求，而${source}的案件 ${id} 还没有记录请求：请求信寄出后，用 \`${log}\` 记录`,
    notDue: (due) => `答复期限是 ${due}：过了这一天才能写催告信`,
    noReminderCase: (source, command) =>
      `催告信要引用某个案件的请求，而${source}没有案件：先用 \`${command}\` 立案并记录请求`,
    leakedAfterRequest: (source, date, command) =>
      `截至案件请求的日期 ${date}，${source}还没有泄露的证据，所以那封请求信无证据可引；它的泄露在此之后：请用 \`${command}\` 写一封新的请求信`,
    notLeaked: (source, person) => `${source}没有泄露${person}的信息：没有它的证据可写`,
  },
  verdicts: {
    name: reportZh.report.verdict,
    meaning: {
      leak: '陌生人使用了你只交给某个登记方的身份',
      merge: '一次联系里出现了多个登记方的身份：有人同时持有它们的记录',
      legitimate: '登记方本方的联系（它声明的号码或发信域名，或它自己的服务消息）',
      noise: '对照身份，或当时无人持有的号码池号码：随机骚扰，即背景',
      forged:
        '你的别名空间里一个当时没有任何登记方持有的地址（从未交出，或在交出前就被联系）：被猜中，或时间有误；它不指向任何人',
      untraceable: '只有你的真实信息（或交出之前的身份）：无法指向任何登记方',
      unknown: '其中没有找到你的任何信息',
    },
    reason: (english) => {
      // A time's zone is said after a comma (`2026-11-01 00:00，Asia/Shanghai`): the sentences
      // below put times inside （…）, where a nested half-width `(zone)` would break the pair.
      const text = english.replace(/(\d{2}:\d{2}) \(([^()\s]+)\)/gu, '$1，$2');
      for (const [pattern, say] of REASONS) {
        const m = pattern.exec(text);
        // A list of names in the reason (`A, B and C`) is written with 、 as Chinese lists are.
        if (m) return say(m.map((g) => g?.replace(/, | and /gu, '、')) as unknown as RegExpExecArray);
      }
      return undefined;
    },
    line: (verdict, confidence, who, reason, duplicate) =>
      `${verdict}（置信度 ${confidence}）${who ? `：${who}` : ''} — ${reason}${duplicate ? '［已记录过］' : ''}`,
    joint: '、',
    attributed: (names, reason) => `${names}：${reason}`,
    contact: (id, at) => `  联系 ${id}，${at}`,
  },
  issue: {
    field: { email: '邮箱', phone: '电话', name: '姓名', address: '地址', custom: '自定义' },
    give: (source) => `把这个身份交给${source}：`,
    control: '对照身份（留给自己，不要交出；通过它来的任何联系都是骚扰）：',
    issued: (id, at) => `金丝雀 ${id}，交出于 ${at}`,
    controlSet: (id, at) => `对照身份 ${id}，设立于 ${at}`,
    lastPool: (command) =>
      `注意：这是最后一个从未交出的号码池号码；没有剩下的号码，就无法测量随机来电的背景水平（报告会改用已发表的数值）。要保留一个对照号码，请添加：\`${command}\``,
    weakName: (name) =>
      `注意：姓名"${name}"单独只是弱证据（同名的真人，或写你名字的人，也会写出它）：用到它的联系只有同时带有这个登记方的另一个标记，或分析发现这样的联系超出偶然时，才能证明是它泄露的`,
    held: (source, n, person) => `${source}已持有${person}的 ${n} 个身份：`,
    heldOne: (id, at) => `  （金丝雀 ${id}，交出于 ${at}）`,
    again: '要再生成一个（第二个账户）请加 --again；`leaktrace identities` 列出所有已交出的身份',
    badField: (field, kinds) => `--fields："${field}" 不是 ${kinds} 之一`,
    noPhoneField: '--phone：要生成的字段（--fields）里没有 phone',
    noAddress: (name) =>
      `--fields：${name}没有可标记的邮寄地址：请在建立此人时给出（\`leaktrace init --address "…"\` 或 \`leaktrace subject add --address "…"\`），或不带 address 生成`,
    nameOrControl: '请指明一个登记方，或加 --control',
    controlNoSource: '对照身份没有登记方',
    noneHeld: (source, person, command) => `${source}没有${person}的任何身份：用 \`${command}\` 生成一个`,
    noneYet: '尚未交出任何身份：用 `leaktrace issue <登记方>` 生成一个',
    controlName: '对照',
    listed: (name, at, retired, id) => `${name} — ${at}${retired ? '，已停用' : ''} [${id}]`,
  },
  source: {
    headers: ['id', '名称', '类别', '金丝雀'],
    category: (category) => reportZh.report.category[category.trim().toLowerCase()] ?? category,
    added: (id, name, category) => `登记方 ${id}：${name}（${category}）`,
    updated: (id, name, category) => `已更新登记方 ${id}：${name}（${category}）`,
    rejudged: (n, changed) =>
      n === 0
        ? '目前记录的联系中没有联系到它的。'
        : `重新判断了联系到它的 ${n} 条联系：${changed === 0 ? '判断都没有变' : `${changed} 条的判断变了`}（用 \`leaktrace analyze\` 查看结果）。`,
    phones: (numbers) => `  来自 ${numbers} 的电话和短信是它本方的`,
    otherRegion: (written, region, e164) =>
      `  注意：${written} 在 ${region}（本库中有人住在那里）是 ${e164}；已存的读法在任何国家都按国内号码匹配，但要声明 ${e164} 本身，请以 + 开头写，或加 --region ${region}`,
    domains: (domains) => `  来自 ${domains} 的邮件是它本方的`,
    otherNames: (names) => `  又名 ${names}`,
    postalSenders: (addresses) => `  它自己的信件寄自 ${addresses}`,
    next: (command) => `下一步：${command}`,
    kindOnly: (name) =>
      `注意："${name}"只说明了商家类型：任何同类商家这样写的消息都会被当作这个来源自己的消息（它的泄露会被掩盖）。请把品牌作为名称，或用 --other-name 给出（如"Hotel Adlon"、希尔顿酒店）`,
    already: (name, id, category) =>
      `已有名为"${name}"的登记方：${id}（${category}）；请直接用它（\`leaktrace issue ${id}\`），或加 --allow-duplicate 再添加一个`,
    several: (n, key, ids) => `有 ${n} 个登记方名为"${key}"：请用 id（${ids}）`,
    none: (key, command) => `没有登记方"${key}"：用 \`${command}\` 添加`,
  },
  importing: {
    adopted: (file, format, read, adopted, weak, known, sources) =>
      `已接收 ${file}（${format}）：读取 ${read} 个别名，${adopted} 个作为金丝雀（其中 ${weak} 个可猜测），${known} 个已知，新建 ${sources} 个登记方。`,
    imported: (file, format, read, inserted, replaced, duplicates, skipped, rejected) =>
      `已导入 ${file}（${format}）：读取 ${read} 条记录，新增 ${inserted} 条，${replaced === undefined ? '' : `按这次的读法替换 ${replaced} 条，`}已记录过 ${duplicates} 条，${skipped > 0 ? `跳过 ${skipped} 条，` : ''}拒绝 ${rejected} 条。`,
    skipped: (n) => `跳过 ${n} 条你自己的记录：你拨出的电话和发出的短信。`,
    skippedCircle: (n, names) =>
      `跳过 ${n} 条你熟人的记录：手机里有名字的来电方，或你先打过电话、发过短信的号码${names}。`,
    skippedNoLine: (n) =>
      `跳过 ${n} 条没有打到电话号码的通话（分机、*97 之类的功能码、Asterisk 的 s/h 分机）。`,
    undated: (n) =>
      `导出文件中有 ${n} 个别名没有创建日期：持有时间不明，所以今天之前通过它们来的邮件算作对它们的使用，绝不算伪造（也不从它们计算间隔）。`,
    circle: (names, more) => `（${names}${more > 0 ? `，另有 ${more} 个` : ''}；--keep-circle 可导入它们）`,
    zone: (n, zone, flag, person) =>
      `${n} 个不带时区的时间按 ${zone} 读取${flag ? '（--time-zone）' : `（${person}的时区；用 --time-zone 更改）`}。`,
    verdictsHead: (replaced) => (replaced > 0 ? '这次读取的记录（新增和替换的）的判定：' : '新记录的判定：'),
    ownerHint: (n, real) =>
      `提示：${n === 1 ? '这条记录' : `这 ${n} 条记录都`}被当作打到你的真实号码 ${real}（没有 --owner），所以无法追查。如果这个备份来自持有号池号码的手机，请加 --owner <那个号码> --replace 重新导入。`,
    verdict: (n, verdict, meaning) => `  ${verdict} ${n} 条 — ${meaning}：`,
    reason: (n, reason) => `    ${n} × ${reason}`,
    moreReasons: (n) => `    … 另有 ${n} 条联系出于其他原因（report --format csv --table contacts）`,
    keepOwner: (n, owner) =>
      `已记录过的 ${n} 条保留首次导入时的号码：加 --replace 按 --owner ${owner} 重新读取。`,
    dateFormatHint: (value, format, monthFirst) =>
      monthFirst === undefined
        ? `提示：日期的写法像 ${value}：请加 --date-format "${format}"`
        : `提示：日期的写法像 ${value}：请加 --date-format "${format}"（日在前）或 "${monthFirst}"（月在前）`,
    rejectedLine: (place, reason) => `  已拒绝 ${place}：${sayIn(reason)}`,
    moreRejected: (n) => `  … 另有 ${n} 条（--json 会全部列出）`,
    failed: (place, reason, rejected, stored) =>
      `${place}：${sayIn(reason)}（拒绝 ${rejected} 条记录，${stored === 0 ? '没有导入任何记录' : `导入 ${stored} 条`}）`,
    noFile: (file, cwd) =>
      `${file}：没有这个文件（当前目录 ${cwd}）；请检查路径，或试试克隆下来的示例 examples/sms-20261129.xml`,
    notFile: (file) => `${file}：不是文件`,
    noTo: (file, channel) =>
      `${file}：没有哪一列写明每${channel === 'call' ? '个来电' : channel === 'sms' ? '条短信' : '封邮件'}到达的是你的哪个${channel === 'email' ? '地址' : '号码'}：请加 --to <${channel === 'email' ? '地址' : '号码'}>（每行相同），或在 --columns 中映射 to=<列名>`,
    readAsCalls: (file, column) =>
      `${file}：各行按来电读取：${JSON.stringify(column)} 列按来电者说的话读取；如果它们是短信，请加 --channel sms，或映射 channel=<列名>`,
    readAsTexts: (file, column) =>
      `${file}：各行按短信（sms）读取：${JSON.stringify(column)} 列是短信内容；如果它们是来电，请加 --channel call`,
    badContentLimit: (value, max) =>
      `--content-limit：${JSON.stringify(value)} 不是 1 到 ${max} 之间的字符数`,
    outlookMsg: (file) =>
      `${file}：不能读取 Outlook 的 .msg 格式：请把邮件另存为 .eml（文件 › 另存为），或把文件夹导出为 mbox，再导入`,
    noFormat: (file, formats) => `${file}：无法判断格式；请用 --format 指明（${formats}）`,
    conflicts: (n, stored, read, hours) =>
      `${n} 条已记录的记录这次读出的时间不同（例如已存为 ${stored}，这次为 ${read}：${hours} 小时）。`,
    conflictsKept: '已记录的联系保留首次读取的时间，除非另行指定，因此新的时间没有采用。',
    conflictsReplace: '要按这次的选项重新读取并替换首次读取的结果：加 --replace。',
    progress: '正在导入 {bar} {percentage}% | {value}/{total} 条记录 | 还需 {eta_formatted}',
  },
  blocklist: {
    written: (callers, lines, out) => `${callers} 个来电方，${lines} 个号码和发送方 → ${out}`,
  },
  store: {
    none: (store) => `${store} 没有数据库：请先运行 \`leaktrace init\`，或用 --store 指明`,
    cannotOpen: (store, why) => `无法打开 ${store}：${why}`,
    noSubject: '还没有受保护的人：请运行 `leaktrace init` 或 `leaktrace subject add`',
    several: (n, people) => `数据库中有 ${n} 个人：请用 --subject 指明（${people}）`,
    noSuchSubject: (key, store, people) =>
      `${store} 中没有 ${key} 这个人${people === '' ? '' : `：库中的人是 ${people}`}`,
    sameName: (n, key, people) => `有 ${n} 个人叫 ${key}：请用 --subject 加 id 指明（${people}）`,
    busy: (store) =>
      `${store} 被另一个进程锁住了（另一个 leaktrace 命令仍在运行，或有程序在事务中打开着它）：请等它结束后再运行一次（再次导入不会重复添加）`,
  },
  files: {
    noSuchFile: '没有这个文件',
    isFolder: '是一个文件夹',
    denied: '没有权限',
    line: (n) => `第 ${n} 行`,
    record: (n) => ` 第 ${n} 条记录`,
    byte: (n) => ` 第 ${n} 字节`,
  },
  importFlags: {
    columnsPart: (part, keys) =>
      `--columns：${JSON.stringify(part)} 不是“键=列”的写法（键为 ${keys} 之一）：请写成 --columns at=<列名>,from=<列名>,content=<列名>（见 \`leaktrace import --help\`）`,
    columnsAt:
      '--columns：必须有 "at" 列（到达时间）：请加上 at=<列名>，例如 --columns at=time,from=number,content=text',
    owner: (part) =>
      `--owner：${JSON.stringify(part)} 不是“SIM 卡编号=号码”的写法：请给一个号码（--owner 13800138000），或每张 SIM 卡各给一个（--owner 1=13800138000,2=13900139001）`,
    ownerNeeded: '--owner：需要备份所在手机的号码（此人没有登记电话）：请用它指明，例如 --owner 13800138000',
    delimiter: (value) =>
      `--delimiter：${JSON.stringify(value)} 不是单个字符（引号和换行也不行）：请写成例如 --delimiter ";"、--delimiter "|" 或 --delimiter tab`,
  },
  config: {
    missing: (path) =>
      `${path}：没有这个配置文件：请给 --config（或 LEAKTRACE_CONFIG）一个 JSON 文件的路径，或不指定，改读 ./leaktrace.json`,
    notJson: (path, _why, at) =>
      `${path}：不是有效的 JSON${at === undefined ? '（文件不完整）' : `（第 ${at.line} 行第 ${at.column} 列附近）`}：请改正这个文件，例如 {"store": "leaktrace.db", "region": "CN"}`,
    isFolder: (path) => `${path}：是文件夹，不是配置文件：请给 --config 一个 JSON 文件的路径`,
    unreadable: (path) => `${path}：没有权限读取：请让这个配置文件可读，或给 --config 另一个文件`,
    notObject: (path) => `${path}：内容必须是一个 JSON 对象，例如 {"store": "leaktrace.db", "region": "CN"}`,
    unknownKey: (path, key) =>
      `${path}：未知的设置 "${key}"（可用：store、subject、region）：请删除它或改正名称`,
    notString: (path, key) => `${path}："${key}" 必须是字符串：请加上引号，例如 "${key}": "…"`,
    region: (region) =>
      `--region：${JSON.stringify(region)} 不是有电话编号计划的 ISO 3166 二位字母地区代码（CN、DE、GB、US……）：请用 --region 给一个，或改正 LEAKTRACE_REGION 或配置文件中的 "region"`,
  },
  out: {
    empty: '--out：路径为空：请给出文件名，或用 - 表示标准输出',
    isFolder: (path) => `${path}：是文件夹；请用 --out 给出文件名（例如 --out ${path}/report.html）`,
    notRegular: (path) => `${path}：不是普通文件（而是设备、FIFO 或套接字）：请给 --out 一个文件的路径`,
    noFolder: (path, folder) =>
      `${path}：文件夹 ${folder} 不存在：请先创建它（mkdir -p ${folder}），或给 --out 一个已有文件夹中的路径`,
    notFolder: (path, folder) => `${path}：${folder} 不是文件夹：请给 --out 另一个路径`,
    why: {
      ENOENT: '文件夹不存在（或无法存放文件）：请给 --out 一个你能写入的文件夹中的路径',
      ENOTDIR: '路径中有一段是文件而不是文件夹：请给 --out 另一个路径',
      EISDIR: '是文件夹：请给 --out 一个文件名',
      EACCES: '没有权限：请给 --out 一个你能写入的文件夹中的路径',
      EPERM: '没有权限：请给 --out 一个你能写入的文件夹中的路径',
      EROFS: '文件系统是只读的：请给 --out 一个可写磁盘上的路径',
      ENOSPC: '设备上没有剩余空间，什么也没有写入：请腾出空间后再运行一次',
      EDQUOT: '超出磁盘配额，什么也没有写入：请腾出空间后再运行一次',
      ENAMETOOLONG: '名称太长：请给 --out 一个短一些的名称',
    },
    failed: (path, why) => `${path}：${why}`,
    other: (path, said) => `${path}：无法写入（系统原文：${said}）：请给 --out 另一个路径`,
  },
  subject: {
    head: (id, name) => `受保护的人 ${id}：${name}`,
    labels: ['别名', '号码池', '真实号码', '地区'],
    space: { domain: '全收域名', subdomain: '子域名', plus: '加号标签，最弱' },
    region: (region, zone) => `${region}，日期按 ${zone}`,
    store: (store) => `数据库：${store}`,
    listed: (id, name, locale, region, pool) => `${id}  ${name}  （${locale}，${region}，号码池 ${pool} 个）`,
    zones: (region, zones) => `${region} 横跨多个时区：请用 --time-zone 指明你的时区（${zones}……）`,
    noZone: (region) =>
      `leaktrace 不知道 ${region} 的时区：请用 --time-zone 指明（IANA 名称，如 Europe/Oslo）`,
    exists: (store) => `${store} 已存在：用 \`leaktrace subject add\` 添加一个人`,
    notFile: (store) => `${store} 不是文件：--store 应是要创建的数据库文件的路径`,
    holds: '数据库中已有受保护的人：用 `leaktrace subject add`',
    updated: (at) => `自 ${at} 起变更（此前的联系仍按原来的信息读取）：`,
    reread: (n) =>
      `此后已记录的 ${n} 条联系仍保留原来的判读：用 --replace 重新导入，即可按变更后的信息读取。`,
  },
  report: {
    wrote: (file, format, bytes, leaked, total) =>
      `已写入 ${file}（${format}，${bytes.toLocaleString('zh-CN')} 字节）：${total} 个登记方中有 ${leaked} 个泄露。`,
    toTerminal: (command) =>
      `注意：以上是 HTML 报告，需要用浏览器阅读：用 \`${command}\` 写入文件（或用 --format md 在终端阅读）`,
  },
};
