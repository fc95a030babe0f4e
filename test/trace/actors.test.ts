import { describe, expect, it } from 'vitest';
import { type ActorContact, clusterActors } from '../../src/trace/actors.js';

const day = (d: number) => new Date(Date.UTC(2026, 2, 1 + d, 9));
const loan = (name: string, amount: string) =>
  `您好${name}，我是融易贷客服，您有一笔${amount}的贷款额度待领取，低息放款，请问您需要吗`;

describe('clusterActors', () => {
  it('joins numbers that read one script, and keeps another campaign apart', () => {
    const contacts: ActorContact[] = [
      {
        id: '1',
        from: '+8617012345678',
        at: day(0),
        subjectId: 's1',
        content: loan('张先生', '20万'),
        sourceIds: ['hotel'],
      },
      {
        id: '2',
        from: '+8616598765432',
        at: day(3),
        subjectId: 's2',
        content: loan('李女士', '30万'),
        sourceIds: ['gym'],
      },
      {
        id: '3',
        from: '+8613512345678',
        at: day(4),
        subjectId: 's1',
        content: '喂您好，浦东新盘了解一下吗？学区房，首付只要三成',
        sourceIds: ['hotel'],
      },
    ];
    const actors = clusterActors(contacts);
    expect(actors).toHaveLength(2);
    const [robot, agent] = actors;
    expect(robot).toMatchObject({
      numbers: ['+8616598765432', '+8617012345678'],
      topic: 'loans',
      links: ['script'],
    });
    expect(robot!.flags).toContain('cn-virtual-operator');
    expect(robot!.sourceIds).toEqual(['gym', 'hotel']);
    expect(agent).toMatchObject({ numbers: ['+8613512345678'], topic: 'real-estate' });
  });

  it('joins a block of sequential lines that reach one subject within a week', () => {
    const contacts: ActorContact[] = [
      { id: '1', from: '+8617000001201', at: day(0), subjectId: 's1', sourceIds: [] },
      { id: '2', from: '+8617000001237', at: day(2), subjectId: 's1', sourceIds: [] },
      { id: '3', from: '+8617000001288', at: day(30), subjectId: 's1', sourceIds: [] },
      { id: '4', from: '+8617000001250', at: day(2), subjectId: 's2', sourceIds: [] },
    ];
    const actors = clusterActors(contacts);
    expect(actors.find((a) => a.numbers.length === 2)?.numbers).toEqual(['+8617000001201', '+8617000001237']);
    expect(actors).toHaveLength(3);
  });

  it('joins senders of one private domain but never of a free-mail provider', () => {
    const contacts: ActorContact[] = [
      { id: '1', from: 'a@deals.example', at: day(0), subjectId: 's1', sourceIds: [] },
      { id: '2', from: 'b@deals.example', at: day(1), subjectId: 's2', sourceIds: [] },
      { id: '3', from: 'x@gmail.com', at: day(1), subjectId: 's1', sourceIds: [] },
      { id: '4', from: 'y@gmail.com', at: day(1), subjectId: 's1', sourceIds: [] },
    ];
    const actors = clusterActors(contacts);
    expect(actors.map((a) => a.senders)).toContainEqual(['a@deals.example', 'b@deals.example']);
    expect(actors).toHaveLength(3);
  });

  it("follows the user's labels and flags fraud cues and call-centre ranges", () => {
    const contacts: ActorContact[] = [
      {
        id: '1',
        from: 'short:CN:95123',
        at: day(0),
        subjectId: 's1',
        content: '您的账户涉嫌洗钱，请将资金转入安全账户',
        sourceIds: [],
      },
      { id: '2', from: '+864008123123', at: day(1), subjectId: 's1', sourceIds: [] },
    ];
    const actors = clusterActors(contacts, { labels: [['short:CN:95123', '+864008123123']] });
    expect(actors).toHaveLength(1);
    expect(actors[0]!.flags).toEqual(['cn-400-call-centre', 'cn-95-call-centre', 'fraud-cues']);
    expect(actors[0]!.links).toEqual(['label']);
    expect(actors[0]!.topic).toBe('fraud');
  });

  it('keeps hidden callers apart unless their script joins them', () => {
    const contacts: ActorContact[] = [
      { id: '1', at: day(0), subjectId: 's1', sourceIds: [] },
      { id: '2', at: day(0), subjectId: 's1', sourceIds: [] },
    ];
    expect(clusterActors(contacts)).toHaveLength(2);
  });
});

describe('clusterActors: template scripts', () => {
  // One industry's template: campaigns differ only in company, product and agent.
  const template = (name: string, company: string, product: string, agent: string) =>
    `您好${name}，我是${company}的客服${agent}，我们最近推出${product}活动，名额有限，请问您有兴趣了解一下吗`;
  const words = [
    ['融易贷', '低息信用贷', '小王'],
    ['安信金服', '免抵押经营贷', '李经理'],
    ['宜人财富', '公积金信用贷', '陈专员'],
    ['恒昌普惠', '车主专享贷', '张顾问'],
  ] as const;
  const people = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨磊'];

  it('keeps campaigns of one template apart and joins each campaign across people', () => {
    const contacts: ActorContact[] = [];
    words.forEach(([company, product, agent], c) => {
      people.forEach((person, p) => {
        contacts.push({
          id: `${c}-${p}`,
          from: `+86170${c}${String(p * 7919 + c * 104_729).padStart(7, '0')}`,
          at: day(p),
          subjectId: `s${p}`,
          content: template(person, company, product, agent),
          sourceIds: [],
        });
      });
    });
    const actors = clusterActors(contacts);
    expect(actors).toHaveLength(words.length);
    for (const actor of actors) {
      const campaigns = new Set(actor.contactIds.map((id) => id.split('-')[0]));
      expect(campaigns.size).toBe(1);
      expect(actor.numbers).toHaveLength(people.length);
    }
  });

  it('never joins callers on a template-only or empty text', () => {
    const bare = '您好，我是的客服，我们最近推出活动，名额有限，请问您有兴趣了解一下吗';
    const contacts: ActorContact[] = words.flatMap(([company, product, agent], c) => [
      {
        id: `t${c}`,
        from: `+86135${String(c * 1_234_567).padStart(8, '0')}`,
        at: day(c),
        subjectId: `s${c}`,
        content: template('', company, product, agent),
        sourceIds: [],
      },
    ]);
    contacts.push(
      { id: 'b1', from: '+8613900000001', at: day(9), subjectId: 's1', content: bare, sourceIds: [] },
      { id: 'b2', from: '+8615800000002', at: day(20), subjectId: 's2', content: bare, sourceIds: [] },
      { id: 'e1', from: '+8613300000003', at: day(9), subjectId: 's1', content: '', sourceIds: [] },
      { id: 'e2', from: '+8615300000004', at: day(30), subjectId: 's3', content: '', sourceIds: [] },
    );
    const actors = clusterActors(contacts);
    const joined = actors.filter((a) => a.numbers.length > 1);
    // The bare template is one text read by two unrelated callers: it shares nothing that tells
    // callers apart beyond the template, so only the identical-text pair may join.
    for (const actor of joined) expect(actor.contactIds).toEqual(['b1', 'b2']);
    expect(actors.find((a) => a.contactIds.includes('e1'))!.numbers).toEqual(['+8613300000003']);
  });
});

describe('actorId', () => {
  it('gives distinct, non-empty ids to keys that differ only in characters ids cannot hold', async () => {
    const { actorId } = await import('../../src/trace/actors.js');
    const ids = ['招商银行', '建设银行', 'Bank A', 'BankA', '😀', '+8617012345678'].map(actorId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeGreaterThan('act_'.length);
    expect(actorId('+8617012345678')).toBe('act_+8617012345678');
    expect(actorId('招商银行')).toBe(actorId('招商银行'));
  });
});

describe('clusterActors: number blocks join only what nothing tells apart', () => {
  // A campaign calling from lines 10, 17 and 24 of one block, and unrelated dialers renting other
  // numbers of the same block (a virtual operator rents a block's numbers to many customers).
  const block = '+86170123456';
  const campaign = (name: string) =>
    `您好${name}，我是融易贷的客服小王，我们最近推出低息信用贷活动，名额有限，请问您有兴趣了解一下吗`;
  const people = ['张伟', '李娜', '王芳'];
  const campaignCalls = (): ActorContact[] =>
    people.flatMap((person, p) =>
      ['10', '17', '24'].map((line, l) => ({
        id: `c${p}-${l}`,
        from: `${block}${line}`,
        at: day(p * 10 + l),
        subjectId: `s${p}`,
        content: campaign(person),
        sourceIds: ['hotel'],
      })),
    );
  const actorOf = (actors: ReturnType<typeof clusterActors>, number: string) =>
    actors.find((a) => a.numbers.includes(number))!;

  it('keeps a random dialer in the block with a different script its own actor (regression)', () => {
    const neighbour =
      '您好，这里是安信金服的客服陈专员，我们针对老客户推出免抵押经营贷，最快当天到账，不看征信';
    const contacts = [
      ...campaignCalls(),
      // It reaches the same people within days of the campaign, from a number of the same block.
      ...people.map((_, p) => ({
        id: `n${p}`,
        from: `${block}11`,
        at: day(p * 10 + 1),
        subjectId: `s${p}`,
        content: neighbour,
        sourceIds: [],
      })),
    ];
    const actors = clusterActors(contacts);
    expect(actorOf(actors, `${block}10`).numbers).toEqual([`${block}10`, `${block}17`, `${block}24`]);
    expect(actorOf(actors, `${block}11`).numbers).toEqual([`${block}11`]);
  });

  it('keeps a silent caller in the block out of a campaign that speaks (regression)', () => {
    const contacts = [
      ...campaignCalls(),
      ...people.map((_, p) => ({
        id: `q${p}`,
        from: `${block}12`,
        at: day(p * 10 + 1),
        subjectId: `s${p}`,
        sourceIds: [],
      })),
    ];
    const actors = clusterActors(contacts);
    expect(actorOf(actors, `${block}12`).numbers).toEqual([`${block}12`]);
    expect(actorOf(actors, `${block}10`).numbers).toHaveLength(3);
  });

  it('keeps a caller that reached a control apart from silent lines that only reached bought records', () => {
    // Two silent campaign lines (joined by the block alone), and a silent random dialer of the
    // block that also called a control line.
    const contacts: ActorContact[] = [
      { id: '1', from: `${block}10`, at: day(0), subjectId: 's1', sourceIds: ['hotel'] },
      { id: '2', from: `${block}17`, at: day(1), subjectId: 's1', sourceIds: ['hotel'] },
      { id: '3', from: `${block}13`, at: day(1), subjectId: 's1', sourceIds: [] },
      { id: '4', from: `${block}13`, at: day(5), subjectId: 's2', sourceIds: [], unissued: true },
      { id: '5', from: `${block}24`, at: day(2), subjectId: 's1', sourceIds: ['hotel'] },
    ];
    const actors = clusterActors(contacts);
    expect(actorOf(actors, `${block}10`).numbers).toEqual([`${block}10`, `${block}17`, `${block}24`]);
    expect(actorOf(actors, `${block}10`).links).toContain('number-block');
    expect(actorOf(actors, `${block}13`).numbers).toEqual([`${block}13`]);
  });

  it('still joins a random dialer group whose lines read one script and dial at random', () => {
    const robot =
      '您好，我是宜人财富的客服张顾问，我们最近推出公积金信用贷活动，名额有限，请问您有兴趣了解一下吗';
    const contacts: ActorContact[] = ['03', '06', '09'].map((line, i) => ({
      id: `r${i}`,
      from: `+86171555555${line}`,
      at: day(i),
      subjectId: `s${i}`,
      content: robot,
      sourceIds: [],
      unissued: i === 0,
    }));
    expect(clusterActors(contacts)).toHaveLength(1);
  });
});

describe('clusterActors: a script shared in one language does not outweigh another that differs', () => {
  it('keeps two campaigns apart that share an English company name but read different Chinese scripts (regression)', () => {
    const en = (name: string, product: string) =>
      `Hello ${name}, this is Sarah from Brightpath Credit, we have a promotion on ${product}, places are limited, are you interested?`;
    const zh = (name: string, company: string, product: string) =>
      `您好${name}，我是${company}的客服小王，我们最近推出${product}活动，名额有限，请问您有兴趣了解一下吗`;
    const contacts: ActorContact[] = [];
    const campaigns = [
      { line: '+8616211112210', company: '安信金服', product: '免抵押经营贷', enProduct: 'personal loans' },
      { line: '+8617099998810', company: '度小满', product: '车主专享贷', enProduct: 'personal loans' },
    ];
    campaigns.forEach(({ line, company, product, enProduct }, c) => {
      for (const [p, person] of ['James Walker', 'Mary Hughes'].entries())
        contacts.push({
          id: `en${c}-${p}`,
          from: line,
          at: day(p + c),
          subjectId: `e${p}`,
          content: en(person, enProduct),
          sourceIds: [],
        });
      for (const [p, person] of ['张伟', '李娜'].entries())
        contacts.push({
          id: `zh${c}-${p}`,
          from: line,
          at: day(p + c + 5),
          subjectId: `z${p}`,
          content: zh(person, company, product),
          sourceIds: [],
        });
    });
    expect(clusterActors(contacts)).toHaveLength(2);
  });
});

describe('clusterActors: a robot rotating through a block', () => {
  const block = '+86162777888';
  const zh = (name: string) =>
    `您好${name}，我是捷信消费的客服赵经理，我们最近推出装修分期活动，名额有限，请问您有兴趣了解一下吗`;
  const en = (name: string) =>
    `Hello ${name}, this is Megan from Keystone Loans, we have a promotion on business credit, places are limited, are you interested?`;

  it('joins numbers used one after another, in either language, unanswered ones included, and not a neighbour dialling all along', () => {
    const contacts: ActorContact[] = [
      // Number 10 on days 0–2 (Chinese), 17 on days 5–6 (English), 24 on day 9 (no answer), 31 on days 12–13.
      { id: 'a', from: `${block}10`, at: day(0), subjectId: 'z1', content: zh('张伟'), sourceIds: ['gym'] },
      { id: 'b', from: `${block}10`, at: day(2), subjectId: 'z2', content: zh('李娜'), sourceIds: ['gym'] },
      {
        id: 'c',
        from: `${block}17`,
        at: day(5),
        subjectId: 'e1',
        content: en('James Walker'),
        sourceIds: [],
      },
      { id: 'd', from: `${block}17`, at: day(6), subjectId: 'e2', content: en('Mary Hughes'), sourceIds: [] },
      { id: 'e', from: `${block}24`, at: day(9), subjectId: 'z3', sourceIds: ['gym'] },
      { id: 'f', from: `${block}31`, at: day(12), subjectId: 'z4', content: zh('王芳'), sourceIds: ['gym'] },
      {
        id: 'g',
        from: `${block}31`,
        at: day(13),
        subjectId: 'e3',
        content: en('Linda Foster'),
        sourceIds: [],
      },
      // A neighbour renting number 11, dialling at random from day 1 to day 14, a control included.
      { id: 'n1', from: `${block}11`, at: day(1), subjectId: 'z9', sourceIds: [], unissued: true },
      { id: 'n2', from: `${block}11`, at: day(14), subjectId: 'z8', sourceIds: [] },
    ];
    const actors = clusterActors(contacts);
    const robot = actors.find((a) => a.numbers.includes(`${block}10`))!;
    expect(robot.numbers).toEqual([`${block}10`, `${block}17`, `${block}24`, `${block}31`]);
    expect(robot.links).toContain('number-rotation');
    expect(actors.find((a) => a.numbers.includes(`${block}11`))!.numbers).toEqual([`${block}11`]);
  });

  it('does not chain numbers whose active periods overlap or that start long after', () => {
    const contacts: ActorContact[] = [
      { id: 'a', from: `${block}10`, at: day(0), subjectId: 'z1', sourceIds: [] },
      { id: 'b', from: `${block}10`, at: day(6), subjectId: 'z2', sourceIds: [] },
      { id: 'c', from: `${block}17`, at: day(3), subjectId: 'z3', sourceIds: [] },
      { id: 'd', from: `${block}24`, at: day(30), subjectId: 'z4', sourceIds: [] },
    ];
    expect(clusterActors(contacts)).toHaveLength(3);
  });
});
