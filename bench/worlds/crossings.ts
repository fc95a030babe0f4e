/**
 * Crossings: a fourth generator of worlds, built around lines that cross where the other three
 * keep them apart: a shop's processor (a courier, a payment provider) that leaks its customers,
 * a registrant that is also a data dealer, fraud call centres spoofing a real source's declared
 * number, a small business owner whose pool number is printed on flyers (anyone may call it), a
 * household where two persons share one landline, WeChat friend requests found by a pool number,
 * a person who moves country mid-year, and shops writing in French, Italian and Portuguese by
 * email, text, call and letter (address markers by post). Story worlds (`stories.ts`) drive only
 * the public API and keep their own truth.
 *
 * Truth: a source is leaked when a third party used its records without its disclosed say-so
 * (its own processor's insider selling them is such a use: the controller answers for it, GDPR
 * art. 28 and 82); a number the person made public (flyers) is scored apart as disclosed.
 * Observable: some contact used the source's canary after it left; observable by a mark: the
 * contact used a name variant, an alias or an address marker (not a pool number alone).
 *
 * Run: `nice npx tsx bench/worlds/crossings.ts [--seeds=5] [--only=<world>] [--first=1] [--verbose]`.
 */

import { validNumber } from './kit.js';
import {
  background,
  OBSERVED_TABLE_HEADER,
  runCampaign,
  runObservedWorlds,
  Story,
  type StoryBuilder,
  type StoryOptions,
  type StoryPerson,
  type StoryRecord,
  type StoryScore,
  scoreListed,
  stolen,
} from './stories.js';

/** A fresh number valid in its country (libphonenumber's full metadata). */
function num(s: Story, prefix: string, length: number): string {
  return validNumber(() => s.fresh(prefix, length));
}

// ---------------------------------------------------------------- French, Italian, Portuguese

/** What a Romance-language country's people, numbers and shops' messages look like. */
interface Latin {
  readonly key: string;
  readonly region: string;
  readonly first: readonly string[];
  readonly middle: readonly string[];
  readonly last: readonly string[];
  readonly mobile: readonly [string, number];
  readonly landline: readonly [string, number];
  readonly towns: readonly string[];
  readonly streets: readonly string[];
  readonly shops: readonly string[];
  readonly staff: readonly string[];
  readonly carriers: readonly string[];
  /** The local word for a flat, as a clerk or a dealer's cleaning writes an address line. */
  readonly flat: string;
  ownSms(brand: string, v: string): string;
  ownEmail(brand: string, v: string): string;
  ownLetter(brand: string, v: string): string;
  clerk(staff: string, brand: string, v: string): string;
  privacyReply(brand: string, v: string): string;
  courier(carrier: string, brand: string, v: string): string;
  psp(brand: string, v: string): string;
  pitch(v: string | null): string;
  mailer(v: string): string;
  readonly spam: readonly string[];
}

const FR: Latin = {
  key: 'fr',
  region: 'FR',
  first: ['Claire', 'Julien', 'Camille', 'Thomas', 'Sophie', 'Nicolas', 'Élodie', 'Mathieu'],
  middle: ['Marie', 'Louis', 'Anne', 'Pierre', 'Hélène', 'François'],
  last: ['Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Fournier', 'Lambert', 'Rousseau', 'Bonnet'],
  mobile: ['+336', 12],
  landline: ['+331', 12],
  towns: ['75011 Paris', '69003 Lyon', '13006 Marseille', '31000 Toulouse'],
  streets: ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République'],
  shops: [
    'Maison Lefèvre',
    'Optique du Marché',
    'Pharmacie des Halles',
    'Garage Renaud Auto',
    'Assurances Mutuelle Atlantique',
    'Salle de Sport Énergie',
    'Agence Immobilière du Parc',
    'Librairie Le Passage',
  ],
  staff: ['Julie', 'Marc', 'Nadia', 'Olivier'],
  carriers: ['Colissimo', 'Chronopost', 'DPD France'],
  flat: 'Appt',
  ownSms: (b, v) => `${b} : Bonjour ${v}, votre rendez-vous est confirmé pour demain à 10h.`,
  ownEmail: (b, v) =>
    `Bonjour ${v}, votre commande n° 48213 a été expédiée. Merci de votre confiance. L'équipe ${b}`,
  ownLetter: (b, v) => `${v}, ${b} a le plaisir de vous adresser son catalogue d'automne.`,
  clerk: (st, b, v) => `Bonjour ${v}, c'est ${st} de ${b}, je vous appelle au sujet de votre devis.`,
  privacyReply: (b, v) =>
    `Madame, Monsieur ${v}, suite à votre demande d'accès (article 15 du RGPD), ${b} vous communique les données qu'elle détient vous concernant.`,
  courier: (c, b, v) => `${c} : ${v}, votre colis ${b} sera livré demain entre 9h et 13h.`,
  psp: (b, v) => `Bonjour ${v}, votre paiement de 49,90 € à ${b} a bien été reçu.`,
  pitch: (v) =>
    `Bonjour${v ? ` ${v}` : ''}, je vous appelle pour la rénovation énergétique de votre logement, aides de l'État à la clé.`,
  mailer: (v) => `${v}, exclusivité : votre bon de réduction de 50 € sur nos fenêtres PVC.`,
  spam: [
    'Votre colis est en attente, réglez 1,99 € de frais : http://colis-fr.example',
    'Vous avez gagné un iPhone, cliquez ici',
    'CPF : vos droits à la formation expirent, appelez-nous',
  ],
};

const IT: Latin = {
  key: 'it',
  region: 'IT',
  first: ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Andrea', 'Sara', 'Matteo'],
  middle: ['Maria', 'Giuseppe', 'Anna', 'Paolo', 'Elena', 'Antonio'],
  last: ['Rossi', 'Bianchi', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco'],
  mobile: ['+393', 13],
  landline: ['+3902', 12],
  towns: ['20121 Milano', '00184 Roma', '10121 Torino', '80132 Napoli'],
  streets: ['Via Roma', 'Corso Garibaldi', 'Via Dante', 'Piazza Cavour'],
  shops: [
    'Ottica Bellavista',
    'Farmacia San Marco',
    'Autofficina Ferrari Luigi',
    'Assicurazioni Aurora',
    'Palestra Olimpia',
    'Immobiliare Il Portico',
    'Arredamenti Casa Bella',
    'Libreria Il Gabbiano',
  ],
  staff: ['Francesca', 'Davide', 'Laura', 'Stefano'],
  carriers: ['BRT', 'Poste Italiane', 'GLS Italy'],
  flat: 'Interno',
  ownSms: (b, v) => `${b}: Ciao ${v}, ti ricordiamo l'appuntamento di domani alle 10.`,
  ownEmail: (b, v) => `Gentile ${v}, il suo ordine è stato spedito. Grazie, ${b}`,
  ownLetter: (b, v) => `Gentile ${v}, ${b} è lieta di inviarle il nuovo catalogo.`,
  clerk: (st, b, v) => `Buongiorno ${v}, sono ${st} di ${b}, la chiamo per il preventivo.`,
  privacyReply: (b, v) =>
    `Gentile ${v}, in riscontro alla sua richiesta di accesso ai sensi dell'art. 15 GDPR, ${b} le comunica i dati trattati.`,
  courier: (c, b, v) => `${c}: ${v}, il suo pacco ${b} sarà consegnato domani tra le 9 e le 13.`,
  psp: (b, v) => `Ciao ${v}, il tuo pagamento di 49,90 € a ${b} è stato ricevuto.`,
  pitch: (v) =>
    `Buongiorno${v ? ` ${v}` : ''}, la chiamo per un'offerta luce e gas, può risparmiare fino al 30% in bolletta.`,
  mailer: (v) => `${v}, solo per lei: buono sconto di 50 € sui nostri infissi.`,
  spam: [
    'Il tuo pacco è in giacenza, paga 1,99 €: http://pacco-it.example',
    'Hai vinto un buono Amazon, clicca qui',
    'Il tuo conto è stato sospeso, accedi qui',
  ],
};

const PT: Latin = {
  key: 'pt',
  region: 'PT',
  first: ['Ana', 'João', 'Beatriz', 'Pedro', 'Mariana', 'Tiago', 'Inês', 'Rui'],
  middle: ['Beatriz', 'Miguel', 'Sofia', 'Manuel', 'Carolina', 'José'],
  last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins'],
  mobile: ['+3519', 13],
  landline: ['+35121', 13],
  towns: ['1100-053 Lisboa', '4000-322 Porto', '3000-150 Coimbra', '8000-138 Faro'],
  streets: ['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Praça do Comércio'],
  shops: [
    'Farmácia Central',
    'Óptica Visão Clara',
    'Oficina Auto Lusitânia',
    'Seguros Atlântico',
    'Ginásio Vida Ativa',
    'Imobiliária Porto Seguro',
    'Móveis Casa Nova',
    'Livraria Bertrand do Chiado',
  ],
  staff: ['Joana', 'Ricardo', 'Marta', 'Hugo'],
  carriers: ['CTT Expresso', 'DPD Portugal', 'MRW'],
  flat: 'Apto',
  ownSms: (b, v) => `${b}: Olá ${v}, lembramos a sua consulta amanhã às 10h.`,
  ownEmail: (b, v) => `Olá ${v}, a sua encomenda foi enviada. Obrigado, ${b}`,
  ownLetter: (b, v) => `Exmo(a). Sr(a). ${v}, a ${b} tem o prazer de lhe enviar o novo catálogo.`,
  clerk: (st, b, v) => `Bom dia ${v}, fala a ${st} da ${b}, ligo por causa do seu orçamento.`,
  privacyReply: (b, v) =>
    `Exmo(a). Sr(a). ${v}, em resposta ao seu pedido de acesso (artigo 15.º do RGPD), a ${b} informa os dados que trata.`,
  courier: (c, b, v) => `${c}: ${v}, a sua encomenda ${b} será entregue amanhã entre as 9h e as 13h.`,
  psp: (b, v) => `Olá ${v}, o seu pagamento de 49,90 € à ${b} foi recebido.`,
  pitch: (v) =>
    `Bom dia${v ? ` ${v}` : ''}, ligo da parte da sua operadora, temos uma oferta de fibra com desconto.`,
  mailer: (v) => `${v}, oferta exclusiva: vale de 50 € nas nossas janelas.`,
  spam: [
    'A sua encomenda está retida, pague 1,99 €: http://ctt-pt.example',
    'Ganhou um vale de 500 €, clique aqui',
    'A sua conta foi suspensa, aceda aqui',
  ],
};

/**
 * A Romance-language world: shops write by email (from their email platform's domain, not one
 * they declared), text from a short code, post catalogues to the address they were given,
 * answer access requests from a privacy vendor, and their clerks call from their own mobiles;
 * couriers and a payment provider act for them (disclosed); one courier's insider sells the
 * addresses and phones of one shop's customers, and one shop's insider sells its file to a cold
 * caller, a mailer and a letter-shop.
 */
const latinWorld =
  (c: Latin): StoryBuilder =>
  async (seed) => {
    const s = new Story(`${c.key}-own-mail-processors`, seed, c.region, 300);
    await s.open();
    const { d } = s;
    const declared = new Map<string, string[]>();
    const domains: string[] = [];
    for (let i = 0; i < c.shops.length; i++) {
      const phones = [num(s, c.landline[0], c.landline[1])];
      const domain = `shop${i}-${c.key}.example`;
      domains.push(domain);
      declared.set(`src-${i}`, phones);
      await s.source(`src-${i}`, c.shops[i]!, phones, [domain]);
    }
    for (let p = 0; p < 6; p++) {
      const name = `${c.first[p]} ${d.pick(c.middle)} ${d.pick(c.last)}`;
      const mobile = () => num(s, c.mobile[0], c.mobile[1]);
      const person = await s.person({
        name,
        real: mobile(),
        pool: [mobile(), mobile(), mobile()],
        control: true,
        locale: 'en',
        mailbox: { address: `moi@${c.key}-p${p}-${seed}.example`, strategy: 'domain' },
        address: `${d.int(1, 90)} ${d.pick(c.streets)}, ${d.pick(c.towns)}`,
      });
      for (const i of d.sample([...c.shops.keys()], d.int(3, 5)))
        await s.register(person, `src-${i}`, d.int(0, 120), {
          phone: d.pick(person.issuable),
          name: true,
          email: true,
          address: d.chance(0.7),
        });
    }
    // The shops' own contacts, none from a declared sender but the calls from their landline.
    const shortCode = new Map<string, string>();
    const clerkMobile = new Map<string, string>();
    for (const r of s.records) {
      const i = Number(r.sourceId.slice(4));
      const brand = c.shops[i]!;
      for (let k = d.poisson(1.5); k > 0; k--) {
        const day = d.int(r.day + 1, s.days - 1);
        const at = s.at(day, d.int(9, 18));
        const kind = d.int(0, 9);
        const sms = shortCode.get(r.sourceId) ?? s.fresh(String(d.int(3, 8)), 5);
        shortCode.set(r.sourceId, sms);
        const clerk = clerkMobile.get(r.sourceId) ?? num(s, c.mobile[0], c.mobile[1]);
        clerkMobile.set(r.sourceId, clerk);
        const op = `own-${r.sourceId}`;
        if (kind <= 3)
          s.contact(
            {
              channel: 'email',
              at,
              to: r.email!,
              from: `news@mailer-${d.pick(['sendinblue', 'mailjet', 'mailup'])}.example`,
              content: c.ownEmail(brand, r.name!),
            },
            `${op}-esp`,
            'legitimate',
            [r.sourceId],
          );
        else if (kind <= 5)
          s.contact(
            { channel: 'sms', at, to: r.phone!, from: sms, content: c.ownSms(brand, r.name!) },
            `${op}-sms`,
            'legitimate',
            [r.sourceId],
          );
        else if (kind === 6 && r.address)
          s.contact(
            { channel: 'mail', at, to: r.address, from: brand, content: c.ownLetter(brand, r.name!) },
            `${op}-letter`,
            'legitimate',
            [r.sourceId],
          );
        else if (kind === 7)
          s.contact(
            {
              channel: 'call',
              at,
              to: r.phone!,
              from: clerk,
              content: c.clerk(c.staff[i % c.staff.length]!, brand, r.name!),
            },
            `${op}-clerk`,
            'legitimate',
            [r.sourceId],
          );
        else
          s.contact(
            {
              channel: 'call',
              at,
              to: r.phone!,
              from: declared.get(r.sourceId)![0]!,
              content: c.clerk(c.staff[i % c.staff.length]!, brand, r.name!),
            },
            `${op}-declared`,
            'legitimate',
            [r.sourceId],
          );
      }
    }
    // Access requests: two persons ask two shops each; the reply comes from a privacy vendor.
    for (const person of s.people.slice(0, 2))
      for (const r of d.sample(
        s.records.filter((x) => x.person === person),
        2,
      ))
        s.contact(
          {
            channel: 'email',
            at: s.at(d.int(r.day + 30, r.day + 120), d.int(9, 17)),
            to: r.email!,
            from: `dpo@privacy-desk-${c.key}.example`,
            content: c.privacyReply(s.sourceNames.get(r.sourceId)!, r.name!),
          },
          `own-privacy-reply-${r.sourceId}`,
          'legitimate',
          [r.sourceId],
        );
    // Processors: couriers for shops 0 and 1, a payment provider for shop 2 (disclosed).
    const carrierLine = new Map(c.carriers.map((x) => [x, num(s, c.mobile[0], c.mobile[1])]));
    for (const r of s.records) {
      const i = Number(r.sourceId.slice(4));
      if (i <= 1)
        for (let k = d.poisson(1.5); k > 0; k--) {
          const carrier = d.pick(c.carriers);
          s.contact(
            {
              channel: 'sms',
              at: s.at(d.int(r.day + 1, s.days - 1), d.int(7, 12)),
              to: r.phone!,
              from: d.chance(0.5) ? carrier : carrierLine.get(carrier)!,
              content: c.courier(carrier, c.shops[i]!, r.name!),
            },
            `carrier-${carrier}`,
            'disclosed',
            [r.sourceId],
          );
        }
      if (i === 2)
        for (let k = d.poisson(1); k > 0; k--)
          s.contact(
            {
              channel: 'email',
              at: s.at(d.int(r.day + 1, s.days - 1), d.int(7, 22)),
              to: r.email!,
              from: 'receipts@pay-provider.example',
              content: c.psp(c.shops[i]!, r.name!),
            },
            'payment-provider',
            'disclosed',
            [r.sourceId],
          );
    }
    // A courier's insider sells shop 0's customers (phones, names, addresses) to a cold caller
    // and a letter-shop: shop 0's records leaked through its processor.
    const viaCourier = stolen(s, 'src-0', d.int(120, 200));
    const coldLines = Array.from({ length: 6 }, () => num(s, c.mobile[0], c.mobile[1]));
    runCampaign(
      s,
      {
        op: 'courier-insider-calls',
        caller: () => d.pick(coldLines),
        channel: 'call',
        say: (v) => c.pitch(v),
        nameP: 0.7,
        unanswered: 0.3,
        contactsPerRecord: [1, 3],
        start: 150,
        end: s.days - 1,
        hours: [10, 19],
      },
      viaCourier,
    );
    // The letter-shop retypes half the addresses the local way ("Appt TCF73, …").
    for (const r of viaCourier)
      if (r.address && d.chance(0.7))
        s.contact(
          {
            channel: 'mail',
            at: s.at(d.int(Math.max(r.day, 150), s.days - 1), d.int(10, 12)),
            to: d.chance(0.5) ? r.address.replace(/^\S+ /u, `${c.flat} `) : r.address,
            content: c.mailer(r.name!),
          },
          'courier-insider-letters',
          'leak',
          [r.sourceId],
        );
    // A shop's insider sells its file to a mailer (email) and a cold caller.
    const seller = `src-${d.int(3, 7)}`;
    const file = stolen(s, seller, d.int(100, 220));
    runCampaign(
      s,
      {
        op: 'insider-mailer',
        caller: () => `offres@${d.pick(['promo-club', 'bons-plans', 'deal-mail'])}.example`,
        channel: 'email',
        say: (v) => c.mailer(v ?? ''),
        nameP: 0.8,
        unanswered: 0,
        contactsPerRecord: [1, 3],
        start: 120,
        end: s.days - 1,
        hours: [6, 22],
      },
      file,
    );
    // Half the file's records also get the caller's pitch by WhatsApp (an export, recorded as `other`).
    const whatsapp = num(s, c.mobile[0], c.mobile[1]);
    for (const r of file)
      if (r.phone && d.chance(0.5))
        s.contact(
          {
            channel: 'other',
            at: s.at(d.int(Math.max(r.day, 130), s.days - 1), d.int(9, 21)),
            to: r.phone,
            from: whatsapp,
            content: `[WhatsApp] ${c.pitch(d.chance(0.6) ? r.name! : null)}`,
          },
          'insider-calls',
          'leak',
          [r.sourceId],
        );
    const buyer = num(s, c.landline[0], c.landline[1]);
    runCampaign(
      s,
      {
        op: 'insider-calls',
        caller: () => buyer,
        channel: 'call',
        say: (v) => c.pitch(v),
        nameP: 0.6,
        unanswered: 0.4,
        contactsPerRecord: [1, 2],
        start: 120,
        end: s.days - 1,
        hours: [10, 19],
      },
      file,
    );
    // Background: silent one-off calls, and spam texts (each script is one operation).
    background(s, 1 / 10, () => {
      if (d.chance(0.5)) return { channel: 'call', from: num(s, c.mobile[0], c.mobile[1]), op: 'one-off' };
      const k = d.int(0, c.spam.length - 1);
      return { channel: 'sms', from: num(s, c.mobile[0], c.mobile[1]), op: `spam-${k}`, content: c.spam[k]! };
    });
    return s;
  };

// ---------------------------------------------------------------- a flyer number and a household

const US_MIDDLE = ['James', 'Rose', 'Lee', 'Anne', 'Thomas', 'Marie'];
const US_LAST = ['Carter', 'Brooks', 'Hayes', 'Foster', 'Bennett', 'Sullivan'];
const US_SHOPS = [
  'Lakeside Dental',
  'Summit Auto Insurance',
  'Pinecrest Fitness',
  'Harbor Home Supply',
  'Maple Street Pharmacy',
  'Bluewater Realty',
  'Redwood Credit Union',
  'Cornerstone Pest Control',
  'Evergreen Tax Services',
  'Northside Vet Clinic',
];

/** A US number of area `area` that libphonenumber accepts. */
function us(s: Story, area: string): string {
  return num(s, `+1${area}${s.d.int(2, 9)}`, 12);
}

/**
 * A plumber prints one pool number on his flyers and van (a source he discloses: anyone may
 * call it) and also gives it to trade suppliers; his wife shares the household landline (his
 * real number) and gives it, with her name variant, to shops; an insider of one of her shops
 * sells her record, and the buyers call the landline asking for her by that name.
 */
const flyerHousehold: StoryBuilder = async (seed) => {
  const s = new Story('us-flyer-number-shared-landline', seed, 'US', 300);
  await s.open();
  const { d } = s;
  const area = d.pick(['415', '312', '617', '206']);
  const declared = new Map<string, string>();
  for (let i = 0; i < US_SHOPS.length; i++) {
    const phone = us(s, area);
    declared.set(`src-${i}`, phone);
    await s.source(`src-${i}`, US_SHOPS[i]!, [phone], [`shop${i}-us.example`]);
  }
  await s.source('flyers', 'Carter Plumbing flyers and van', []);
  const last = d.pick(US_LAST);
  const landline = us(s, area);
  const owner = await s.person({
    name: `Daniel ${d.pick(US_MIDDLE)} ${last}`,
    real: landline,
    pool: [us(s, area), us(s, area), us(s, area), us(s, area)],
    control: true,
    locale: 'en',
    mailbox: { address: `dan@carter-${seed}.example`, strategy: 'domain' },
  });
  const spouse = await s.person({
    name: `Emily ${d.pick(US_MIDDLE)} ${last}`,
    real: us(s, area),
    pool: [us(s, area), us(s, area), us(s, area)],
    control: true,
    locale: 'en',
    mailbox: { address: `emily@carter-home-${seed}.example`, strategy: 'domain' },
  });
  const flyer = owner.issuable[0]!;
  const flyerRecord = await s.register(owner, 'flyers', 0, { phone: flyer });
  // His trade accounts get the flyer number too (it is his business line).
  for (const i of [3, 7])
    await s.register(owner, `src-${i}`, d.int(0, 60), { phone: flyer, name: true, email: true });
  for (const i of d.sample([0, 1, 2, 6, 8], 3))
    await s.register(owner, `src-${i}`, d.int(0, 150), {
      phone: d.pick(owner.issuable.slice(1)),
      name: true,
      email: true,
    });
  // She gives the household landline (not a canary) with her name variant to three shops.
  const landlineShops = d.sample([0, 2, 4, 5, 9], 3);
  const herRecords: StoryRecord[] = [];
  for (const i of landlineShops)
    herRecords.push(await s.register(spouse, `src-${i}`, d.int(0, 120), { name: true, email: true }));
  for (const i of d.sample([1, 6, 8], 2))
    await s.register(spouse, `src-${i}`, d.int(0, 150), {
      phone: d.pick(spouse.issuable),
      name: true,
      email: true,
    });
  // Customers and scrapers call the flyer number: the number is public by the owner's will.
  for (let day = 1; day < s.days; day++) {
    for (let k = d.poisson(0.8); k > 0; k--)
      s.contact(
        {
          channel: 'call',
          at: s.at(day, d.int(7, 19)),
          to: flyer,
          from: us(s, d.pick([area, area, '650', '510'])),
          content: d.pick([
            'Hi, I got your flyer, do you fix water heaters?',
            'Hello, saw your van, can you come look at a leaking pipe today?',
            '',
          ]),
        },
        'one-off-flyer-customer',
        'disclosed',
        ['flyers'],
      );
    if (d.chance(0.15))
      s.contact(
        {
          channel: 'call',
          at: s.at(day, d.int(9, 17)),
          to: flyer,
          from: us(s, d.pick(['800', '888', '866'])),
          content:
            'Hi, this is Business Funding Group, your business qualifies for a line of credit up to 250,000 dollars.',
        },
        'flyer-scraped-lender',
        'disclosed',
        [flyerRecord.sourceId],
      );
  }
  // The shops' own texts and calls (English, brand first, from declared lines or short codes).
  for (const r of s.records) {
    if (r.sourceId === 'flyers') continue;
    const brand = s.sourceNames.get(r.sourceId)!;
    const to = r.phone;
    for (let k = d.poisson(1.5); k > 0; k--) {
      const at = s.at(d.int(r.day + 1, s.days - 1), d.int(9, 18));
      if (to && d.chance(0.5))
        s.contact(
          {
            channel: 'call',
            at,
            to,
            from: declared.get(r.sourceId)!,
            content: `Hi ${r.name}, this is ${brand} calling about your appointment.`,
          },
          `own-${r.sourceId}`,
          'legitimate',
          [r.sourceId],
        );
      else
        s.contact(
          {
            channel: 'email',
            at,
            to: r.email!,
            from: `hello@shop${r.sourceId.slice(4)}-us.example`,
            content: `Hi ${r.name}, your receipt from ${brand}.`,
          },
          `own-${r.sourceId}`,
          'legitimate',
          [r.sourceId],
        );
    }
  }
  // An insider of one of her landline shops sells her record: buyers call the landline by name.
  const sold = herRecords[d.int(0, herRecords.length - 1)]!;
  const solar = Array.from({ length: 4 }, () => us(s, d.pick(['213', '702', '602'])));
  for (let k = d.int(3, 6); k > 0; k--)
    s.contact(
      {
        channel: 'call',
        at: s.at(d.int(Math.max(sold.day, 150), s.days - 1), d.int(10, 19)),
        to: landline,
        from: d.pick(solar),
        content: `Hi, may I speak with ${sold.name}? This is Sun Valley Solar about your free roof assessment.`,
      },
      'household-landline-buyer',
      'leak',
      [sold.sourceId],
    );
  // An insider of one of his shops sells his record: a lender calls his pool number by name.
  const his = s.records.filter((r) => r.person === owner && r.sourceId !== 'flyers' && r.phone !== flyer);
  const hisSold = his[d.int(0, his.length - 1)]!;
  const lender = us(s, '702');
  for (let k = d.int(2, 4); k > 0; k--)
    s.contact(
      {
        channel: 'call',
        at: s.at(d.int(Math.max(hisSold.day, 150), s.days - 1), d.int(10, 19)),
        to: hisSold.phone!,
        from: lender,
        content: `Hello ${hisSold.name}, you are pre-approved for a personal loan, press 1.`,
      },
      'his-record-lender',
      'leak',
      [hisSold.sourceId],
    );
  background(s, 1 / 8, () =>
    d.chance(0.6)
      ? { channel: 'call', from: us(s, d.pick(['213', '702', '305', '469'])), op: 'one-off' }
      : {
          channel: 'sms',
          from: us(s, d.pick(['213', '702'])),
          op: 'spam-warranty',
          content: 'Your car warranty is about to expire, reply YES',
        },
  );
  return s;
};

// ---------------------------------------------------------------- a registrant that deals; spoofing

const CN_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const CN_GIVEN = ['安勇', '晓梅', '志强', '丽华', '建国', '秀英', '海峰', '雅琴'];
const CN_SHOPS = ['天润商城', '恒通健身', '安信保险', '华美口腔', '瑞丰汽车4S店', '佳禾母婴店'];
const DE_SHOPS = ['Versandhaus Nordlicht', 'Zahnarztpraxis Dr. Vogel', 'Kraftwerk Fitness Mitte'];

/**
 * China: a property portal is a registrant (people sign up to watch listings) and a data
 * dealer: it sells its own users to agents, and it buys a shop's file and calls that shop's
 * customers from its own declared 400 line. A bank's insider sells its customers: fraud call
 * centres spoof the bank's own 95 number (its declared line) and say the name the bank was
 * given; another spoofs the bank's number with a shop's file. Agents who bought the portal's
 * users add them on WeChat, found by the pool number. One person moves to Germany mid-year and
 * signs up at German shops with the same pool numbers.
 */
const dealerSpoofMover: StoryBuilder = async (seed) => {
  const s = new Story('cn-dealer-registrant-spoofed-bank-mover', seed, 'CN', 300);
  await s.open();
  const { d } = s;
  const declared = new Map<string, string[]>();
  for (let i = 0; i < CN_SHOPS.length; i++) {
    const phones = [num(s, `+86${d.pick(['21', '10'])}`, 13)];
    declared.set(`src-${i}`, phones);
    await s.source(`src-${i}`, CN_SHOPS[i]!, phones, [`shop${i}-cn.example`]);
  }
  const portalLine = num(s, '+86400', 13);
  await s.source('portal', '安家房产网', [portalLine], ['anjia-fang.example']);
  await s.source('bank', '招商银行', ['95555'], ['cmbchina.example']);
  for (let i = 0; i < DE_SHOPS.length; i++) {
    const phones = [num(s, '+4930', 13)];
    declared.set(`de-${i}`, phones);
    await s.source(`de-${i}`, DE_SHOPS[i]!, phones, [`de${i}-shop.example`]);
  }
  const people: StoryPerson[] = [];
  for (let p = 0; p < 6; p++) {
    const mobile = () => num(s, `+86${d.pick(['139', '138', '186', '135'])}`, 14);
    people.push(
      await s.person({
        name: `${CN_SURNAMES[p]}${d.pick(CN_GIVEN)}`,
        real: mobile(),
        pool: [mobile(), mobile(), mobile()],
        control: true,
        locale: 'zh-CN',
        mailbox: { address: `me@cn-p${p}-${seed}.example`, strategy: 'domain' },
      }),
    );
  }
  for (const person of people) {
    await s.register(person, 'portal', d.int(0, 60), {
      phone: d.pick(person.issuable),
      name: true,
      email: true,
    });
    await s.register(person, 'bank', d.int(0, 60), { phone: d.pick(person.issuable), name: true });
    for (const i of d.sample([...CN_SHOPS.keys()], 3))
      await s.register(person, `src-${i}`, d.int(0, 120), {
        phone: d.pick(person.issuable),
        name: true,
        email: true,
      });
  }
  // The mover: from day 150 in Germany (`updateSubject`): a German mobile replaces the Chinese
  // one, which the carrier hands to somebody else, and a German pool number joins the pool. The
  // first German shop gets the new number, the others one of the old pool.
  const mover = people[0]!;
  const moved = s.at(150, 0);
  const dePool = num(s, '+49151', 14);
  await s.tracer.updateSubject(mover.id, {
    at: moved,
    region: 'DE',
    phones: { real: [num(s, '+49176', 14)], pool: [...mover.pool, dePool] },
  });
  for (let i = 0; i < DE_SHOPS.length; i++)
    await s.register(mover, `de-${i}`, d.int(150, 200), {
      phone: i === 0 ? dePool : d.pick(mover.issuable),
      name: true,
      email: true,
    });
  // The Chinese mobile's next holder gets calls meant for them, none the mover's.
  for (let k = 0; k < 4; k++)
    s.contact(
      {
        channel: 'call',
        at: s.at(d.int(160, s.days - 1), d.int(9, 20)),
        to: mover.real,
        from: num(s, `+86${d.pick(['21', '10'])}`, 13),
        content: '张先生您好，您订的家具明天送到。',
      },
      'next-holder',
      'unknown',
    );
  // Own contacts: shops' 【brand】 texts and calls from declared lines, the bank's 95555 notices,
  // the portal's calls from its 400 line, German shops' texts in German from a short code.
  const deShort = new Map<string, string>();
  for (const r of s.records) {
    const brand = s.sourceNames.get(r.sourceId)!;
    for (let k = d.poisson(1.5); k > 0; k--) {
      const at = s.at(d.int(r.day + 1, s.days - 1), d.int(9, 18));
      if (r.sourceId.startsWith('de-')) {
        const sender = deShort.get(r.sourceId) ?? s.fresh(String(d.int(3, 8)), 5);
        deShort.set(r.sourceId, sender);
        s.contact(
          {
            channel: 'sms',
            at,
            to: r.phone!,
            from: sender,
            content: `${brand}: Hallo ${r.name}, Ihr Termin ist morgen um 10 Uhr.`,
          },
          `own-${r.sourceId}`,
          'legitimate',
          [r.sourceId],
        );
      } else if (r.sourceId === 'bank')
        s.contact(
          {
            channel: 'sms',
            at,
            to: r.phone!,
            from: '95555',
            content: `【招商银行】尊敬的${r.name}，您尾号${d.digits(4)}的信用卡本期账单已出，请按时还款。`,
          },
          'own-bank',
          'legitimate',
          [r.sourceId],
        );
      else
        s.contact(
          {
            channel: 'call',
            at,
            to: r.phone!,
            from: declared.get(r.sourceId)?.[0] ?? portalLine,
            content: `${r.name}您好，这里是${brand}，您上次咨询的事情有进展了。`,
          },
          `own-${r.sourceId}`,
          'legitimate',
          [r.sourceId],
        );
    }
  }
  // The portal sells its users to agents: calls naming the variant, and WeChat friend requests
  // found by searching the pool number (recorded as `other`).
  const portalFile = stolen(s, 'portal', d.int(90, 150));
  const agents = Array.from({ length: 5 }, () => num(s, `+86${d.pick(['170', '171', '186'])}`, 14));
  runCampaign(
    s,
    {
      op: 'portal-agents',
      caller: () => d.pick(agents),
      channel: 'call',
      say: (v) =>
        `${v ? `${v}您好，` : '您好，'}我是链城地产的经纪人，您关注的学区房有新房源了，方便看房吗？`,
      nameP: 0.6,
      unanswered: 0.3,
      contactsPerRecord: [1, 3],
      start: 100,
      end: s.days - 1,
      hours: [9, 20],
    },
    portalFile,
  );
  for (const r of portalFile)
    if (d.chance(0.6))
      s.contact(
        {
          channel: 'other',
          at: s.at(d.int(Math.max(r.day, 110), s.days - 1), d.int(9, 21)),
          to: r.phone!,
          from: `wxid_${d.digits(10)}`,
          content: `通过手机号搜索添加：${r.name}您好，我是链城地产的小王，加个微信给您发房源。`,
        },
        'portal-agents',
        'leak',
        ['portal'],
      );
  // The portal buys a shop's file and calls its customers from its own declared line.
  const bought = `src-${d.int(0, CN_SHOPS.length - 1)}`;
  runCampaign(
    s,
    {
      op: 'portal-as-buyer',
      caller: () => portalLine,
      channel: 'call',
      say: (v) => `${v ? `${v}您好，` : '您好，'}这里是安家房产网，为您推荐几套新开盘的房子。`,
      nameP: 0.8,
      unanswered: 0.2,
      contactsPerRecord: [1, 2],
      start: 120,
      end: s.days - 1,
      hours: [9, 19],
    },
    stolen(s, bought, d.int(100, 160)),
  );
  // The bank's insider: fraud centres spoof 95555 and say the name the bank was given.
  runCampaign(
    s,
    {
      op: 'spoofed-bank-fraud',
      caller: () => '95555',
      channel: d.chance(0.5) ? 'call' : 'sms',
      say: (v) =>
        `${v ? `${v}您好，` : ''}这里是招商银行风控中心，您的账户存在异常交易，请点击 http://cmb-safe.example 验证身份并告知验证码。`,
      nameP: 0.8,
      unanswered: 0.1,
      contactsPerRecord: [1, 2],
      start: 130,
      end: s.days - 1,
      hours: [9, 20],
    },
    stolen(s, 'bank', d.int(90, 130)),
  );
  // Another centre spoofs 95555 with a shop's file.
  const other = `src-${(Number(bought.slice(4)) + 1) % CN_SHOPS.length}`;
  runCampaign(
    s,
    {
      op: 'spoofed-bank-with-shop-file',
      caller: () => '95555',
      channel: 'call',
      say: (v) =>
        `${v ? `${v}您好，` : ''}这里是招商银行，您的信用卡额度可以提升，需要您转入保证金到安全账户。`,
      nameP: 0.8,
      unanswered: 0.1,
      contactsPerRecord: [1, 2],
      start: 150,
      end: s.days - 1,
      hours: [9, 20],
    },
    stolen(s, other, d.int(100, 160)),
  );
  background(s, 1 / 10, () =>
    d.chance(0.5)
      ? { channel: 'call', from: s.fresh(`+86${d.pick(['170', '165', '162'])}`, 14), op: 'one-off' }
      : {
          channel: 'sms',
          from: s.fresh('+86106', 14),
          op: 'spam-loan',
          content: '【信用贷】额度已到账，回复1领取',
        },
  );
  return s;
};

export const CROSSINGS: readonly { name: string; build: StoryBuilder }[] = [
  { name: 'fr-own-mail-processors', build: latinWorld(FR) },
  { name: 'it-own-mail-processors', build: latinWorld(IT) },
  { name: 'pt-own-mail-processors', build: latinWorld(PT) },
  { name: 'us-flyer-number-shared-landline', build: flyerHousehold },
  { name: 'cn-dealer-registrant-spoofed-bank-mover', build: dealerSpoofMover },
];

/** Scores one crossing world on one seed (`keep`: record only these contact ids). */
export function scoreCrossing(name: string, seed: number, options: StoryOptions = {}): Promise<StoryScore> {
  return scoreListed(CROSSINGS, name, seed, options);
}

export const CROSSINGS_TABLE_HEADER = OBSERVED_TABLE_HEADER;

if (import.meta.url === `file://${process.argv[1]}`) {
  await runObservedWorlds('Crossings', CROSSINGS);
}
