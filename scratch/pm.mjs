import PostalMime from 'postal-mime';

const e = await PostalMime.parse(
  'From: a@b.c\nTo: x@y.z\nDate: Sun, 1 Mar 2026 10:00:00 CET\nSubject: hi\n\nbody\n',
);
console.log(
  JSON.stringify(e.date),
  e.headers.filter((h) => h.key === 'date'),
);
const f = await PostalMime.parse(
  'From: a@b.c\nTo: x@y.z\nDate: Sun, 1 Mar 2026 10:00:00 EST\nSubject: hi\n\nbody\n',
);
console.log(JSON.stringify(f.date));
