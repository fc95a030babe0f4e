/**
 * Word lists for name variants. Nicknames and spellings are ones a clerk accepts without a
 * second look; the Chinese characters are common in given names, so a variant reads as a
 * real person's name rather than a typo a dealer would correct.
 */

/** Given name → nicknames (spoken-distinct from the given name). */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
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
};

/** Given name → spellings that sound the same (written-distinct only). */
export const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
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
};

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

/** A wider pool searched for homophones of the subject's own given-name characters. */
export const HOMOPHONE_POOL: readonly string[] = Array.from(
  '伟维玮炜薇唯卫为威巍娜纳敏民闽芳方放强蔷静晶菁军钧君磊蕾洋杨扬艳燕彦勇涌永秀绣娟鹃霞侠刚钢平萍苹辉徽慧惠蕙' +
    '丽莉俐立力利明铭鸣华桦骅嘉佳家杰洁婕捷俊骏峻宏红鸿弘新欣馨心鑫云芸韵雪玉钰昱宇雨语羽涛韬滔鹏朋飞菲霏' +
    '婷亭庭廷琳林霖麟颖莹盈滢锋峰枫丰斌彬宾浩昊皓泽则晨辰宸阳旸博波柏思斯丝安谙宁凝成诚承',
);
