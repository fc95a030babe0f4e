import { describe, expect, it } from 'vitest';
import { type ContactSource, ownContactVerdict } from '../helpers/own-contact.js';

// A caller who introduces themselves as another business speaks for that business, wherever the
// source's name stands in the call: German, French, Spanish, Italian and Portuguese names put
// their kind first ("die Kanzlei Müller", "Seguros Dentales Plus"), Japanese and Korean callers
// say whose they are before と申します or 입니다. The source's own staff introducing the source
// in those forms, its name reordered or followed by a product line, stay its own.

const S = (name: string, category: string): ContactSource => ({ name, category });
type Case = [source: ContactSource, transcript: string, region?: 'GB' | 'DE' | 'ES'];

const OWN: readonly Case[] = [
  // Its own trade's word beside its name: one trade, not another business.
  [
    S('Krüger Automobile', 'car dealer'),
    'Hallo <v>, hier ist das Autohaus Krüger. Ihr Wagen ist fertig.',
    'DE',
  ],
  [S('Wexford Motors', 'car dealer'), 'Hi <v>, this is Wexford Garage, your car is ready for collection.'],
  [
    S('Autohaus Krüger GmbH', 'car dealer'),
    'Hallo <v>, hier ist das Autohaus Krüger. Ihr Wagen ist fertig.',
    'DE',
  ],
  [
    S('Praxis Dr. Weber', 'doctor'),
    'Guten Tag <v>, hier ist die Praxis Dr. Weber. Wir möchten Ihren Termin morgen bestätigen.',
    'DE',
  ],
  [
    S('Zahnarztpraxis Dr. Weber', 'dentist'),
    'Guten Tag <v>, hier ist die Praxis Dr. Weber. Wir möchten Ihren Termin morgen bestätigen.',
    'DE',
  ],
  [
    S('Hotel Adlon Kempinski', 'hotel'),
    'Guten Tag <v>, hier ist das Hotel Adlon. Wir bestätigen Ihre Reservierung für Freitag.',
    'DE',
  ],
  [
    S('Versicherungsbüro Schmidt', 'insurance'),
    'Guten Tag <v>, hier ist die Versicherung Schmidt, Ihre Police wurde verlängert.',
    'DE',
  ],
  [
    S('Sonrisa Dental SL', 'dentist'),
    'Hola, ¿hablo con <v>? Le habla la Clínica Dental Sonrisa, le llamo para recordarle su cita de mañana.',
    'ES',
  ],
  [S('Pharmacie Martin', 'pharmacy'), 'Bonjour <v>, ici la pharmacie Martin. Votre commande est prête.'],
  [
    S('Ristorante Da Mario', 'restaurant'),
    'Buongiorno <v>, qui è il Ristorante Da Mario, confermiamo la prenotazione per stasera.',
  ],
  [
    S('さくら歯科', 'dentist'),
    'もしもし、<v>様でしょうか。こちらさくら歯科の山田と申します。明日のご予約の確認です。',
  ],
  [
    S('さくら歯科', 'dentist'),
    'お世話になっております。さくら歯科でございます。明日のご予約の確認でご連絡しました。',
  ],
  [
    S('東京海上日動', 'insurance'),
    'もしもし、東京海上日動火災保険の田中と申します。<v>様のご契約の更新についてご連絡いたしました。',
  ],
  [S('서울치과', 'dentist'), '안녕하세요 서울치과입니다. <v>님 내일 예약 확인 전화드렸습니다.'],
  [S('서울치과', 'dentist'), '<v>님, 서울치과의 김민수입니다. 예약 변경 안내드립니다.'],
  [S('삼성화재', 'insurance'), '<v>님 안녕하세요, 삼성화재 다이렉트 자동차보험입니다. 만기 안내드립니다.'],
  // A name that says where it stands with a kind word (am Markt, zum Hafen).
  [
    S('Apotheke am Markt', 'pharmacy'),
    'Guten Tag <v>, hier ist die Apotheke am Markt. Ihr Medikament liegt bereit.',
    'DE',
  ],
  [
    S('Praxis am Markt', 'doctor'),
    'Guten Tag <v>, hier ist die Praxis am Markt. Ihre Laborwerte sind da.',
    'DE',
  ],
  // Its name with a word of its trade or a desk after it.
  [
    S('Motors Direct Ltd', 'car dealer'),
    'Hi <v>, this is Motors Direct service department, your car is ready.',
  ],
  [
    S('Premier Insurance', 'insurance'),
    'Hi <v>, this is Premier car insurance, your policy renews next month.',
  ],
  // Its staff's role, desk and person after its name, or "calling from" it.
  [S('하나손해보험', 'insurance'), '<v>님, 하나손해보험 상담원입니다. 자동차보험 만기 안내드립니다.'],
  [S('서울치과', 'dentist'), '<v>님, 서울치과 고객센터 상담원 김민지입니다. 내일 예약 확인 전화드렸습니다.'],
  [S('서울치과', 'dentist'), '<v>님 안녕하세요. 서울치과에서 전화 드렸습니다. 내일 예약 확인 부탁드립니다.'],
  // Another business it says will call is no speaker.
  [S('서울치과', 'dentist'), '<v>님, 서울치과입니다. 보험 청구 관련해서 하나보험에서 연락이 갈 예정입니다.'],
];

const ANOTHER: readonly Case[] = [
  [
    S('Krüger Automobile', 'car dealer'),
    'Hallo <v>, hier ist das Autohaus Becker. Wir kaufen Ihren Wagen zum Bestpreis.',
    'DE',
  ],
  [
    S('Wexford Motors', 'car dealer'),
    'Hi <v>, this is Wexford Insurance, as a Wexford Motors customer you can get cheaper cover.',
  ],
  [
    S('Autohaus Krüger', 'car dealer'),
    'Hallo <v>, hier ist die Kanzlei Müller, wir vertreten Ihre Interessen bei Ihrem Dieselfahrzeug von Autohaus Krüger.',
    'DE',
  ],
  [
    S('Hotel Adlon Kempinski', 'hotel'),
    'Guten Tag <v>, hier ist die Kanzlei Becker. Als Gast des Hotel Adlon haben Sie Anspruch auf Entschädigung.',
    'DE',
  ],
  [
    S('Pharmacie Martin', 'pharmacy'),
    'Bonjour <v>, ici le cabinet Durand, en tant que client de la Pharmacie Martin vous avez droit à une mutuelle gratuite.',
  ],
  [
    S('Ristorante Da Mario', 'restaurant'),
    'Buongiorno <v>, qui è Assicurazioni Rossi, i clienti del Ristorante Da Mario hanno uno sconto.',
  ],
  [
    S('Clínica Dental Sonrisa', 'dentist'),
    'Hola <v>, le llamo de Seguros Dentales Plus, como paciente de Clínica Dental Sonrisa tiene una oferta exclusiva.',
    'ES',
  ],
  [
    S('さくら歯科', 'dentist'),
    'もしもし、<v>様ですか。わたくし、ホワイトニング研究所の田中と申します。さくら歯科さんの患者様に特別なご案内です。',
  ],
  [
    S('ABC保険', 'insurance'),
    'こちら、みらい不動産の佐藤と申します。ABC保険のお客様限定で投資用マンションのご案内です。',
  ],
  [
    S('서울치과', 'dentist'),
    '<v>님 안녕하세요, 하나보험입니다. 서울치과 치료 받으신 분들께 치아보험 안내드립니다.',
  ],
  [
    S('서울치과', 'dentist'),
    '<v>님, 서울치과 환자분들께 연락드리는 바른한의원입니다. 무료 상담 안내드립니다.',
  ],
  // Another business of its kind at another place, or another kind at its place.
  [
    S('Apotheke am Markt', 'pharmacy'),
    'Hallo <v>, hier ist die Apotheke am Rathaus. Ihr Medikament liegt bereit.',
    'DE',
  ],
  [
    S('Apotheke am Markt', 'pharmacy'),
    'Guten Tag <v>, hier ist die Kanzlei am Markt. Als Kunde der Apotheke am Markt haben Sie Anspruch auf Entschädigung.',
    'DE',
  ],
  // Another business sharing a word of its name, its kind one word further on.
  [
    S('Motors Direct Ltd', 'car dealer'),
    'Hi <v>, this is Direct Line Insurance, as a Motors Direct customer you qualify for cheaper cover.',
  ],
  [
    S('Green Motors', 'car dealer'),
    'Hi <v>, this is Green Energy Solutions, as a Green Motors customer get solar panels cheap.',
  ],
  // Another business by its staff's role, desk or person, or "calling from" it.
  [S('서울치과', 'dentist'), '안녕하세요 <v>님, 서울치과 환자분 대상 하나손해보험 상담원입니다.'],
  [S('서울치과', 'dentist'), '<v>님, 하나손해보험 상담원입니다. 서울치과 치료 받으신 분들께 안내드립니다.'],
  [
    S('서울치과', 'dentist'),
    '<v>님, 하나손해보험에서 연락드렸습니다. 서울치과 치료 받으신 분들께 치아보험 안내드립니다.',
  ],
  [S('서울치과', 'dentist'), '<v>님, 바른한의원에서 전화드립니다. 서울치과 환자분께 무료 상담 안내드립니다.'],
];

describe('a caller introducing a business', () => {
  it.each(OWN)('is the source when it introduces the source (%o)', async (source, transcript, region) => {
    const { verdict } = await ownContactVerdict(source, transcript, {
      channel: 'call',
      region: region ?? 'GB',
    });
    expect(verdict).toBe('legitimate');
  });

  it.each(ANOTHER)(
    'is another business, a leak, when it introduces one (%o)',
    async (source, transcript, region) => {
      const { verdict } = await ownContactVerdict(source, transcript, {
        channel: 'call',
        region: region ?? 'GB',
      });
      expect(verdict).toBe('leak');
    },
  );

  it('reads the same in a text message', async () => {
    const [source, transcript] = ANOTHER.find(([, t]) => t.includes('ホワイトニング'))!;
    expect((await ownContactVerdict(source, transcript, { channel: 'sms' })).verdict).toBe('leak');
    const [own, text] = OWN.find(([, t]) => t.includes('こちらさくら歯科の山田'))!;
    expect((await ownContactVerdict(own, text, { channel: 'sms' })).verdict).toBe('legitimate');
  });
});
