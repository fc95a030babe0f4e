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
