import type { Canary, Source, Subject } from '../src/index.js';
import { compactKey } from '../src/match/normalize-text.js';
import { prng } from './harness.js';

const TAG = '23456789abcdefghjkmnpqrstuvwxyz';
const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢',
);
const GIVEN = Array.from(
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬辉鹏斌宇浩凯健俊帆帅旭宁龙林欢阳建国建华志强',
);
const FILLER_ZH =
  '您好我们这边是做理财产品的现在有一个活动想了解一下您的需求请问您最近有贷款或者装修的打算吗回复退订';
const FILLER_EN = [
  'limited',
  'offer',
  'loan',
  'approved',
  'call',
  'back',
  'today',
  'insurance',
  'renewal',
  'dear',
  'customer',
];

/** A synthetic world: subjects with pools, one source, `count` canaries of three fields each. */
export interface BenchWorld {
  readonly subjects: Subject[];
  readonly sources: Source[];
  readonly canaries: Canary[];
}

/** Builds `count` canaries (email tag, pool number, Chinese name variant) over count/50 subjects. */
export function buildWorld(count: number, seed = 1): BenchWorld {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const at = new Date('2026-01-01T00:00:00Z');
  const source: Source = {
    id: 'src',
    name: 'S',
    category: 'x',
    expected: { phones: [], emailDomains: [] },
    createdAt: at,
  };
  const subjects: Subject[] = [];
  const canaries: Canary[] = [];
  const perSubject = 50;
  for (let s = 0; s * perSubject < count; s++) {
    const pool = Array.from({ length: 4 }, (_, i) => `+86139${String(s * 4 + i).padStart(8, '0')}`);
    const subject: Subject = {
      id: `sub${s}`,
      name: `${pick(SURNAMES)}${pick(GIVEN)}`,
      emails: [{ address: `inbox@s${s}.example`, strategy: 'domain' }],
      phones: { real: [], pool },
      locale: 'zh-CN',
      region: 'CN',
      createdAt: at,
    };
    subjects.push(subject);
    for (let k = 0; k < perSubject && canaries.length < count; k++) {
      let tag = '';
      for (let i = 0; i < 10; i++) tag += pick(Array.from(TAG));
      const phone = pool[k % 4]!;
      const name = `${subject.name[0]}${pick(GIVEN)}${pick(GIVEN)}`;
      const email = `${tag}@s${s}.example`;
      canaries.push({
        id: `c${canaries.length}`,
        subjectId: subject.id,
        sourceId: source.id,
        issuedAt: at,
        email,
        phone,
        name,
        fields: [
          {
            kind: 'email',
            value: email,
            exactKey: email,
            textKeys: [tag],
            phoneticKeys: [],
            unguessable: true,
            method: 'domain',
          },
          {
            kind: 'phone',
            value: phone,
            exactKey: phone,
            textKeys: [phone.slice(3), phone.slice(1)],
            phoneticKeys: [],
            unguessable: false,
            method: 'pool',
          },
          {
            kind: 'name',
            value: name,
            textKeys: [compactKey(name)],
            phoneticKeys: [],
            unguessable: true,
            method: 'insert',
          },
        ],
      });
    }
  }
  return { subjects, sources: [source], canaries };
}

/** ~200-character mixed zh/en texts; about half carry a canary value, names inside unsegmented Chinese. */
export function buildTexts(world: BenchWorld, count: number, seed = 2): string[] {
  const random = prng(seed);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const canary = world.canaries[Math.floor(random() * world.canaries.length)]!;
    const start = Math.floor(random() * 20);
    let text = `【通知】${FILLER_ZH.slice(start, start + 30)}`;
    const roll = random();
    if (roll < 0.4) text += `${canary.name}先生${FILLER_ZH.slice(0, 20)}`;
    else if (roll < 0.6) text += ` write to ${canary.email} `;
    else if (roll < 0.8)
      text += ` 回电 ${canary.phone!.slice(3, 6)} ${canary.phone!.slice(6, 10)} ${canary.phone!.slice(10)} `;
    while (text.length < 200)
      text += ` ${FILLER_EN[Math.floor(random() * FILLER_EN.length)]}${FILLER_ZH.slice(start, start + 8)}`;
    texts.push(text.slice(0, 200));
  }
  return texts;
}
