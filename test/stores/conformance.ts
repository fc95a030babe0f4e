import { describe, expect, it } from 'vitest';
import type { Canary, Source, Store, StoredContact, Subject } from '../../src/index.js';
import { hotelCase } from '../cases/case-fixtures.js';
import { ALIAS_FIELD } from '../helpers/fixtures.js';

const at = (day: number): Date => new Date(Date.UTC(2026, 0, 1 + day, 8));

const subject: Subject = {
  id: 'sub_1',
  name: '张伟',
  emails: [{ address: 'me@zw.example', strategy: 'domain' }],
  phones: { real: ['+8613800138000'], pool: ['+8613900139001'] },
  address: '上海市',
  locale: 'zh-CN',
  region: 'CN',
  createdAt: at(0),
};
const source: Source = {
  id: 'src_1',
  name: 'Hotel',
  category: 'hotel',
  expected: {
    phones: ['short:CN:95555'],
    emailDomains: ['hotel.example'],
    postalSenders: ['Hotel, 1 Nanjing Road, Shanghai 200001'],
  },
  createdAt: at(0),
};
const canary: Canary = {
  id: 'can_1',
  subjectId: 'sub_1',
  sourceId: 'src_1',
  issuedAt: at(1),
  email: 'k3x9qh7tmw@zw.example',
  fields: [ALIAS_FIELD],
};

function contact(id: string, day: number, subjectId: string | null = 'sub_1'): StoredContact {
  return {
    contact: { id, channel: 'sms', at: at(day), to: '+8613900139001', content: `短信 ${id} 😀` },
    result: {
      verdict: subjectId ? 'leak' : 'unknown',
      confidence: 0.5,
      subjectId,
      sources: [],
      hits: [],
      reason: 'test',
    },
  };
}

/** Options of {@link testStore}. */
export interface StoreSuiteOptions {
  /** Creates a fresh, empty store. */
  readonly create: () => Promise<Store>;
  /** Tests of this store only, run inside the suite with the same `create`. */
  readonly extra?: (create: () => Promise<Store>) => void;
}

/** The behaviour every store must have; each store's test file calls this. */
export function testStore(name: string, options: StoreSuiteOptions): void {
  describe(`${name} store conformance`, () => {
    it('round-trips subjects, sources and canaries with their dates', async () => {
      const store = await options.create();
      await store.putSubject(subject);
      await store.putSource(source);
      await store.putCanary(canary);
      expect(await store.listSubjects()).toEqual([subject]);
      expect(await store.listSources()).toEqual([source]);
      expect(await store.listCanaries()).toEqual([canary]);
      expect(await store.listCanaries('sub_1')).toEqual([canary]);
      expect(await store.listCanaries('other')).toEqual([]);
      await store.close();
    });

    it('updates a subject: its earlier periods round-trip with their dates, new pool numbers are claimed', async () => {
      const store = await options.create();
      await store.putSubject(subject);
      const moved: Subject = {
        ...subject,
        region: 'DE',
        address: 'Hauptstr. 1, 10115 Berlin',
        phones: { real: ['+4915112345678'], pool: ['+8613900139001', '+4915112345601'] },
        history: [
          {
            until: at(150),
            region: 'CN',
            address: '上海市',
            phones: { real: ['+8613800138000'], pool: ['+8613900139001'] },
          },
        ],
      };
      await store.updateSubject!(moved);
      expect(await store.listSubjects()).toEqual([moved]);
      const rival: Subject = { ...subject, id: 'sub_2', phones: { real: [], pool: ['+4915112345601'] } };
      await expect(store.putSubject(rival)).rejects.toMatchObject({
        reason: 'claimed',
        key: 'pool:+4915112345601',
      });
      await store.close();
    });

    it('refuses to update a subject it does not hold, or on a stale view, writing nothing', async () => {
      const store = await options.create();
      await expect(store.updateSubject!({ ...subject, id: 'sub_none' })).rejects.toMatchObject({
        name: 'ConflictError',
        reason: 'missing',
      });
      const token = await store.putSubject(subject);
      await store.putSource(source);
      await expect(
        store.updateSubject!({ ...subject, region: 'DE' }, { expect: String(token) }),
      ).rejects.toMatchObject({ reason: 'stale' });
      // A pool number of another subject: refused, and the subject is unchanged.
      await store.putSubject({ ...subject, id: 'sub_2', phones: { real: [], pool: ['+8613900139002'] } });
      await expect(
        store.updateSubject!({
          ...subject,
          phones: { real: [], pool: ['+8613900139001', '+8613900139002'] },
        }),
      ).rejects.toMatchObject({ reason: 'claimed', key: 'pool:+8613900139002' });
      expect((await store.listSubjects()).find((s) => s.id === 'sub_1')).toEqual(subject);
      await store.close();
    });

    it('replaces a source with its updated form, and refuses an unknown one or a stale view', async () => {
      const store = await options.create();
      await expect(store.updateSource!({ ...source, id: 'src_none' })).rejects.toMatchObject({
        name: 'ConflictError',
        reason: 'missing',
      });
      const token = await store.putSource(source);
      const updated: Source = {
        ...source,
        otherNames: ['希尔顿'],
        expected: { ...source.expected, emailDomains: [...source.expected.emailDomains, 'hilton.example'] },
      };
      await store.updateSource!(updated);
      expect(await store.listSources()).toEqual([updated]);
      if (token !== undefined)
        await expect(
          store.updateSource!({ ...updated, category: 'shop' }, { expect: String(token) }),
        ).rejects.toMatchObject({ reason: 'stale' });
      expect(await store.listSources()).toEqual([updated]);
      await store.close();
    });

    it('replaces a canary when it is retired', async () => {
      const store = await options.create();
      await store.putSubject(subject);
      await store.putCanary(canary);
      await store.putCanary({ ...canary, retiredAt: at(5) });
      expect(await store.listCanaries()).toEqual([{ ...canary, retiredAt: at(5) }]);
      await store.close();
    });

    it('refuses a second subject or source with the same id', async () => {
      const store = await options.create();
      await store.putSubject(subject);
      await expect(store.putSubject(subject)).rejects.toMatchObject({ code: 'conflict' });
      await store.putSource(source);
      await expect(store.putSource(source)).rejects.toMatchObject({ code: 'conflict' });
      await store.close();
    });

    it('refuses a pool number another subject holds, writing nothing (a claimed ConflictError)', async () => {
      const store = await options.create();
      await store.putSubject(subject);
      const rival: Subject = {
        ...subject,
        id: 'sub_2',
        phones: { real: [], pool: ['+8613900139009', '+8613900139001'] },
      };
      await expect(store.putSubject(rival)).rejects.toMatchObject({
        name: 'ConflictError',
        code: 'conflict',
        reason: 'claimed',
        key: 'pool:+8613900139001',
      });
      expect((await store.listSubjects()).map((s) => s.id)).toEqual(['sub_1']);
      // The refused subject claimed nothing: its other number is still free.
      await store.putSubject({ ...rival, id: 'sub_3', phones: { real: [], pool: ['+8613900139009'] } });
      await store.close();
    });

    it("refuses a canary value another canary holds, and keeps a retired canary's claims", async () => {
      const store = await options.create();
      await store.putSubject(subject);
      await store.putSource(source);
      await store.putCanary(canary);
      await store.putCanary({ ...canary, retiredAt: at(5) });
      const twin: Canary = { ...canary, id: 'can_2' };
      await expect(store.putCanary(twin)).rejects.toMatchObject({
        name: 'ConflictError',
        reason: 'claimed',
        key: 'email:sub_1:k3x9qh7tmw@zw.example',
      });
      const phone = (id: string, sourceId: string | null): Canary => ({
        id,
        subjectId: 'sub_1',
        sourceId,
        issuedAt: at(2),
        phone: '+8613900139001',
        fields: [
          {
            kind: 'phone',
            value: '+8613900139001',
            exactKey: '+8613900139001',
            textKeys: ['13900139001'],
            phoneticKeys: [],
            unguessable: false,
            method: 'pool',
          },
        ],
      });
      // A number issued to sources is shared by sources, and never becomes a control.
      await store.putCanary(phone('can_3', 'src_1'));
      await store.putCanary(phone('can_4', 'src_1'));
      await expect(store.putCanary(phone('can_5', null))).rejects.toMatchObject({
        reason: 'claimed',
        key: 'use:+8613900139001',
      });
      expect((await store.listCanaries()).map((c) => c.id)).toEqual(['can_1', 'can_3', 'can_4']);
      await store.close();
    });

    it('moves its change token on every identity write, refuses a stale guard, and not on contacts', async () => {
      const store = await options.create();
      const first = await store.changeToken!();
      const afterSubject = await store.putSubject(subject, { expect: first });
      expect(afterSubject).not.toBe(first);
      expect(await store.changeToken!()).toBe(afterSubject);
      await expect(store.putSource(source, { expect: first })).rejects.toMatchObject({
        name: 'ConflictError',
        reason: 'stale',
      });
      expect(await store.listSources()).toEqual([]);
      const afterSource = await store.putSource(source, { expect: afterSubject as string });
      await store.appendContacts([contact('c1', 2)]);
      expect(await store.changeToken!()).toBe(afterSource);
      await store.putLabel({ id: 'lbl_1', callers: ['+8616212345610'], createdAt: at(0) });
      const afterLabel = await store.changeToken!();
      expect(afterLabel).not.toBe(afterSource);
      await store.deleteLabel('lbl_1');
      expect(await store.changeToken!()).not.toBe(afterLabel);
      await store.close();
    });

    it('keeps labels with their names and dates, refuses a second id, and deletes them', async () => {
      const store = await options.create();
      const robot = {
        id: 'lbl_1',
        callers: ['+8616212345610', '+8616212345617'],
        name: '融易贷 robot',
        createdAt: at(5),
      };
      const mailer = { id: 'lbl_2', callers: ['promo@loans.example'], name: 'Loan mailer', createdAt: at(6) };
      await store.putLabel(mailer);
      await store.putLabel(robot);
      expect(await store.listLabels()).toEqual([robot, mailer]);
      await expect(store.putLabel(robot)).rejects.toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/already exists/u),
      });
      expect(await store.deleteLabel('lbl_1')).toBe(true);
      expect(await store.deleteLabel('lbl_1')).toBe(false);
      expect(await store.listLabels()).toEqual([mailer]);
      await store.close();
    });

    it('stores cases with their dates, replaces them by id and lists them by opening time', async () => {
      const store = await options.create();
      const later = hotelCase({ id: 'case_b', openedAt: at(3) });
      const first = hotelCase({ id: 'case_a', openedAt: at(1) });
      await store.putCase(later);
      await store.putCase(first);
      expect(await store.listCases()).toEqual([first, later]);
      const answered = hotelCase({
        id: 'case_b',
        openedAt: at(3),
        replies: [{ id: 'rep_1', at: at(4), claims: ['deleted'], namesSources: [], namesRecipients: [] }],
        closedAt: at(9),
      });
      await store.putCase(answered);
      expect(await store.listCases()).toEqual([first, answered]);
      await store.close();
    });

    it('marks each notice once and says which were new', async () => {
      const store = await options.create();
      expect(await store.markNotices(['overdue:case_a', 'leak:src_1'], at(1))).toEqual([true, true]);
      expect(await store.markNotices(['leak:src_1', 'leak:src_2'], at(2))).toEqual([false, true]);
      await store.close();
    });

    it('appends contacts once per id and says which were new', async () => {
      const store = await options.create();
      expect(await store.appendContacts([contact('a', 1), contact('b', 2)])).toEqual([true, true]);
      expect(await store.appendContacts([contact('b', 9), contact('c', 3)])).toEqual([false, true]);
      expect((await store.getContact('b'))?.contact.at).toEqual(at(2));
      expect(await store.getContact('zzz')).toBeUndefined();
      await store.close();
    });

    it('replaces contacts by id with a new reading, in one batch, and says which were new', async () => {
      const store = await options.create();
      await store.appendContacts([contact('a', 1), contact('b', 2)]);
      const reread = { ...contact('b', 5, null) };
      expect(await store.replaceContacts!([reread, contact('c', 3)])).toEqual([false, true]);
      const b = await store.getContact('b');
      expect(b?.contact.at).toEqual(at(5));
      expect(b?.result).toMatchObject({ verdict: 'unknown', subjectId: null });
      const listed: string[] = [];
      for await (const r of store.listContacts()) listed.push(`${r.contact.id}@${r.contact.at.getTime()}`);
      expect(listed).toEqual([`a@${at(1).getTime()}`, `c@${at(3).getTime()}`, `b@${at(5).getTime()}`]);
      // Read by subject too: the replaced one moved to no subject.
      const mine: string[] = [];
      for await (const r of store.listContacts({ subjectId: 'sub_1' })) mine.push(r.contact.id);
      expect(mine).toEqual(['a', 'c']);
      expect(await store.replaceContacts!([])).toEqual([]);
      await store.close();
    });

    it('lists contacts in time order, by subject and time window', async () => {
      const store = await options.create();
      await store.appendContacts([
        contact('late', 5),
        contact('early', 1),
        contact('mid', 3),
        contact('other', 2, null),
      ]);
      const ids = async (query?: Parameters<Store['listContacts']>[0]) => {
        const out: string[] = [];
        for await (const c of store.listContacts(query)) out.push(c.contact.id);
        return out;
      };
      expect(await ids()).toEqual(['early', 'other', 'mid', 'late']);
      expect(await ids({ subjectId: 'sub_1' })).toEqual(['early', 'mid', 'late']);
      expect(await ids({ from: at(2), to: at(5) })).toEqual(['other', 'mid']);
      await store.close();
    });

    it('keeps content byte for byte, emoji included', async () => {
      const store = await options.create();
      await store.appendContacts([contact('emoji', 1)]);
      expect((await store.getContact('emoji'))?.contact.content).toBe('短信 emoji 😀');
      await store.close();
    });

    it('keeps a NUL byte, lone surrogates and U+E000 in evidence losslessly (regression: PostgreSQL refused them)', async () => {
      const store = await options.create();
      const odd = 'nul \u0000 byte, cut emoji \uD83D, low \uDE00, private \uE000 and \uE0000041 😀';
      const record = contact('odd', 1);
      const stored: StoredContact = {
        contact: { ...record.contact, content: odd, fromName: 'A\u0000B', addressedAs: '\uD800' },
        result: { ...record.result, reason: `reason ${odd}` },
      };
      expect(await store.appendContacts([stored, contact('plain', 2)])).toEqual([true, true]);
      const back = await store.getContact('odd');
      expect(back?.contact).toEqual(stored.contact);
      expect(back?.result.reason).toBe(`reason ${odd}`);
      const listed: string[] = [];
      for await (const c of store.listContacts()) listed.push(c.contact.content ?? '');
      expect(listed).toEqual([odd, '短信 plain 😀']);
      await store.close();
    });

    it('refuses every call after close with a closed StoreError, and closes twice', async () => {
      const store = await options.create();
      await store.putSource(source);
      await store.close();
      await store.close();
      const closed = { name: 'StoreError', code: 'store_failed', reason: 'closed' };
      await expect(store.listSubjects()).rejects.toMatchObject(closed);
      await expect(store.putSubject(subject)).rejects.toMatchObject(closed);
      await expect(store.appendContacts([contact('a', 1)])).rejects.toMatchObject(closed);
      await expect(store.getContact('a')).rejects.toMatchObject(closed);
      const iterator = store.listContacts()[Symbol.asyncIterator]();
      await expect(iterator.next()).rejects.toMatchObject(closed);
    });

    it('lists more than one page of contacts (1,000 a page) in order, each once', async () => {
      const store = await options.create();
      // 2,345 contacts, many sharing one instant, so pages break inside runs of equal times.
      const all = Array.from({ length: 2345 }, (_, i) => contact(`c${String(i).padStart(5, '0')}`, i % 7));
      for (let i = 0; i < all.length; i += 500) await store.appendContacts(all.slice(i, i + 500));
      const seen: StoredContact[] = [];
      for await (const c of store.listContacts()) seen.push(c);
      expect(seen).toHaveLength(all.length);
      expect(new Set(seen.map((c) => c.contact.id)).size).toBe(all.length);
      const keys = seen.map((c) => [c.contact.at.getTime(), c.contact.id] as const);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
      expect(keys).toEqual(sorted);
      let windowed = 0;
      for await (const _ of store.listContacts({ subjectId: 'sub_1', from: at(2), to: at(5) })) windowed++;
      expect(windowed).toBe(all.filter((_, i) => i % 7 >= 2 && i % 7 < 5).length);
      await store.close();
    });

    options.extra?.(options.create);
  });
}
