import { describe, expect, it } from 'vitest';
import { ownServiceMessage } from '../../src/match/own-service.js';

const numbers = ['+33140000000'];
const hotelFr = { name: 'Hôtel Le Marais', category: '' };
const opticien = { name: 'Optique Lumière', category: '' };
const garage = { name: 'Garage Dupont SARL', category: '' };
const negozio = { name: 'Ottica Bellavista', category: '' };
const hotelIt = { name: 'Hotel Miramare', category: '' };
const assicurazioni = { name: 'Assicurazioni Aurora S.p.A.', category: '' };
const loja = { name: 'Loja Estrela', category: '' };
const clinica = { name: 'Clínica Sorriso', category: '' };
const winkel = { name: 'Fietsenwinkel De Ketting', category: '' };
const hotelNl = { name: 'Hotel De Gouden Leeuw B.V.', category: '' };

describe('a French, Italian, Portuguese or Dutch business’s own message (regression: every one was a leak)', () => {
  it.each([
    // French: brand first, greeting, self-introduction, sign-off.
    [hotelFr, 'Hôtel Le Marais : Bonjour Camille, votre réservation du 12 mars est confirmée. À bientôt !'],
    [
      hotelFr,
      'Bonjour Madame Martin, nous vous confirmons votre réservation. Cordialement, l’équipe de l’Hôtel Le Marais',
    ],
    [
      opticien,
      'Bonjour Camille, ici Julie d’Optique Lumière, vos lunettes sont prêtes, vous pouvez passer les chercher.',
    ],
    [opticien, 'Bonjour Camille, votre commande est disponible en magasin. Optique Lumière'],
    [
      garage,
      'Bonjour Monsieur Martin, c’est Paul du Garage Dupont, je vous appelle pour le rendez-vous de révision de votre véhicule.',
    ],
    [
      garage,
      'Garage Dupont : votre véhicule est prêt, vous pouvez venir le récupérer. Répondez STOP au 36111',
    ],
    // Italian.
    [hotelIt, 'Hotel Miramare: Gentile Giulia, la sua prenotazione è confermata. A presto!'],
    [
      negozio,
      'Buongiorno Giulia, sono Chiara di Ottica Bellavista, i suoi occhiali sono pronti per il ritiro.',
    ],
    [negozio, 'Gentile cliente, il suo ordine è stato spedito. Cordiali saluti, Ottica Bellavista'],
    [
      assicurazioni,
      'Gentile Signora Rossi, le ricordiamo che la sua polizza scade il 30/04. Il team di Assicurazioni Aurora',
    ],
    // Portuguese (Portugal and Brazil).
    [loja, 'Loja Estrela: Olá Ana, a sua encomenda foi enviada e chega amanhã.'],
    [loja, 'Olá Ana, aqui é a Beatriz da Loja Estrela, seu pedido está pronto para retirada.'],
    [clinica, 'Olá Ana, lembramos a sua consulta amanhã às 10h. Atenciosamente, Clínica Sorriso'],
    [clinica, 'Bom dia Ana, fala a Rita da Clínica Sorriso, estou a ligar para confirmar a sua marcação.'],
    // Dutch.
    [
      winkel,
      'Fietsenwinkel De Ketting: Hallo Sanne, je fiets is klaar na de onderhoudsbeurt. Je kunt hem ophalen.',
    ],
    [
      hotelNl,
      'Beste mevrouw De Vries, hierbij bevestigen wij uw reservering. Met vriendelijke groet, Hotel De Gouden Leeuw',
    ],
    [winkel, 'Hoi Sanne, met Lotte van Fietsenwinkel De Ketting, je bestelling is binnen.'],
  ])('reads %o as its own: %s', (source, text) => {
    expect(ownServiceMessage(source, text, numbers)?.named).toBe(true);
  });

  it.each([
    // A prize, another business, a payment link, a buyer saying where it got the details.
    [
      hotelFr,
      'Hôtel Le Marais : Bonjour Camille, vous avez gagné un séjour, confirmez vos coordonnées sur marais-cadeau.example',
    ],
    [
      opticien,
      'Bonjour Camille, je suis Julie de Crédit Rapide, nous vous proposons un prêt de 5000 euros, ça vous intéresse ?',
    ],
    [
      opticien,
      'Bonjour Camille, nous avons obtenu vos coordonnées auprès d’Optique Lumière, nous vous appelons pour une offre.',
    ],
    [
      negozio,
      'Buongiorno Giulia, sono Chiara di Prestiti Veloci, le offriamo un prestito a tasso zero, è interessata?',
    ],
    [
      negozio,
      'Buongiorno Giulia, abbiamo avuto i suoi dati da Ottica Bellavista, la chiamiamo per un’offerta di energia.',
    ],
    [
      loja,
      'Olá Ana, a sua encomenda da Loja Estrela está retida, pague a taxa alfandegária em estrela-envios.example',
    ],
    [
      loja,
      'Olá Ana, obtivemos os seus dados através da Loja Estrela, temos uma proposta de crédito para si.',
    ],
    [
      winkel,
      'Hoi Sanne, wij hebben uw gegevens gekregen van Fietsenwinkel De Ketting, wij bellen over uw energiecontract.',
    ],
    [winkel, 'Hoi Sanne, met Lotte van Snel Krediet, wij bieden u een lening aan, bent u geïnteresseerd?'],
  ])(
    'keeps a prize, another business, a payment or a buyer saying where it got the details as evidence: %o %s',
    (source, text) => {
      expect(ownServiceMessage(source, text, numbers)).toBeUndefined();
    },
  );
});

describe('a business writing as itself in any of these languages', () => {
  const librairie = { name: 'Librairie Le Passage', category: '' };
  const gym = { name: 'Palestra Olimpia', category: '' };
  const hotel = { name: 'Grand Hotel', category: '' };
  const haus = { name: 'Versandhaus Nordlicht', category: '' };

  it.each([
    [
      librairie,
      'Camille Girard, Librairie Le Passage a le plaisir de vous adresser son catalogue d’automne.',
      'catalogue',
    ],
    [gym, 'Gentile Giulia Romano, Palestra Olimpia è lieta di inviarle il nuovo catalogo.', 'catalogue'],
    [hotel, 'Dear Ms Wang, Grand Hotel is pleased to send you our spring brochure.', 'catalogue'],
    [
      haus,
      'Liebe Frau Müller, Versandhaus Nordlicht freut sich, Ihnen den neuen Katalog zu schicken.',
      'catalogue',
    ],
    [
      librairie,
      'Bonjour Camille, votre commande a été expédiée. Merci de votre confiance. L’équipe Librairie Le Passage',
      'order',
    ],
    [
      librairie,
      "Madame, suite à votre demande d'accès (article 15 du RGPD), Librairie Le Passage vous communique les données qu'elle détient.",
      'data-request',
    ],
    [
      gym,
      "Gentile Giulia, in riscontro alla sua richiesta di accesso ai sensi dell'art. 15 GDPR, Palestra Olimpia le comunica i dati trattati.",
      'data-request',
    ],
  ])('reads %o as its own: %s', (source, text, about) => {
    expect(ownServiceMessage(source, text, numbers)).toEqual({ about, named: true });
  });

  it.each([
    // A catalogue that does not name the source as its writer: a letter-shop's, to a bought address.
    [librairie, 'Camille Girard, découvrez votre nouveau catalogue d’automne : livres à prix réduits.'],
    [librairie, 'Madame, Energie Verte a le plaisir de vous adresser son catalogue de panneaux solaires.'],
    [hotel, 'Dear Ms Wang, Sunrise Windows is pleased to send you our new catalogue.'],
    // The source named as a place the details came from, then another business's catalogue.
    [gym, 'Gentile Giulia, abbiamo avuto i suoi dati da Palestra Olimpia: ecco il nostro catalogo.'],
  ])('keeps a catalogue that another business sends as evidence: %o %s', (source, text) => {
    expect(ownServiceMessage(source, text, numbers)).toBeUndefined();
  });
});

describe('more shops, hotels and insurers writing in French, Italian, Portuguese and Dutch', () => {
  it.each([
    [
      { name: 'Pharmacie du Centre', category: '' },
      'Bonjour Mme Lefèvre, votre commande de médicaments est prête en pharmacie. Bonne journée, Pharmacie du Centre',
    ],
    [
      { name: 'Hôtel Belle Vue', category: '' },
      'Madame, Monsieur, nous avons le plaisir de vous confirmer votre séjour du 3 au 5 mai. Bien cordialement, la réception de l’Hôtel Belle Vue',
    ],
    [
      { name: 'Auto Ecole Conduite Plus', category: '' },
      'Bonjour Léa, rappel : votre leçon de conduite est demain à 14h. Conduite Plus',
    ],
    [
      { name: 'Banca Sella', category: '' },
      'Gentile cliente, il suo nuovo contratto è disponibile nell’area riservata. Banca Sella',
    ],
    [
      { name: 'Farmacia San Marco', category: '' },
      'Salve Luca, il suo ordine è pronto per il ritiro in farmacia. Grazie, Farmacia San Marco',
    ],
    [
      { name: 'Hotel Bellavista', category: '' },
      'Buonasera, sono Marco della reception dell’Hotel Bellavista, le confermo la camera per domani sera.',
    ],
    [
      { name: 'Óptica Central', category: '' },
      'Olá Sr. Costa, os seus óculos já estão prontos para levantamento. Cumprimentos, Óptica Central',
    ],
    [
      { name: 'Hotel Atlântico', category: '' },
      'Caro hóspede, a sua reserva no Hotel Atlântico está confirmada. Até breve!',
    ],
    [
      { name: 'Oficina Auto Silva', category: '' },
      'Bom dia, é da Oficina Auto Silva, a revisão do seu carro está concluída.',
    ],
    [
      { name: 'Kapsalon Knip', category: '' },
      'Hallo Eva, herinnering: je afspraak bij Kapsalon Knip is morgen om 10:00 uur. Tot dan!',
    ],
    [
      { name: 'Bol Winkel', category: '' },
      'Beste klant, uw bestelling is verzonden en wordt morgen bezorgd. Groeten, Bol Winkel',
    ],
    [
      { name: 'Zorgverzekeraar Delta', category: '' },
      'Geachte heer Jansen, uw polis is verlengd per 1 januari. Met vriendelijke groet, Zorgverzekeraar Delta',
    ],
  ])('reads %o as its own: %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+3110000000'])).toBeDefined();
  });

  it.each([
    [
      { name: 'Pharmacie du Centre', category: '' },
      'Bonjour Mme Lefèvre, votre commande Pharmacie du Centre est bloquée, réglez 2 € de frais sur pharma-livraison.example',
    ],
    [
      { name: 'Hôtel Belle Vue', category: '' },
      'Bonjour, je suis Claire d’Energie Verte, nous avons vu que vous avez séjourné à l’Hôtel Belle Vue, profitez de notre offre.',
    ],
    [
      { name: 'Banca Sella', category: '' },
      'Gentile cliente, il suo conto Banca Sella è bloccato, confermi i suoi dati qui: sella-sicurezza.example',
    ],
    [
      { name: 'Hotel Bellavista', category: '' },
      'Buonasera, abbiamo avuto il suo contatto dall’Hotel Bellavista, le proponiamo un finanziamento vantaggioso.',
    ],
    [
      { name: 'Óptica Central', category: '' },
      'Olá, somos da Crédito Fácil, temos um empréstimo pré-aprovado para si.',
    ],
    [
      { name: 'Bol Winkel', category: '' },
      'Beste klant, uw pakket van Bol Winkel kon niet worden bezorgd, betaal € 1,99 via bol-pakket.example',
    ],
    [
      { name: 'Zorgverzekeraar Delta', category: '' },
      'Goedemiddag, u spreekt met Tim van Energiedirect, wij bellen u over een voordelig energiecontract.',
    ],
  ])('keeps a lure, a buyer or another business as evidence: %o %s', (source, text) => {
    expect(ownServiceMessage(source, text, ['+3110000000'])).toBeUndefined();
  });
});

describe('an Italian letter’s abbreviated titles are no links', () => {
  it.each([
    'Gentile Sig.ra Rossi, le ricordiamo che la sua polizza scade il 30/04. Il team di Assicurazioni Aurora',
    'Gent.mo Sig. Rossi, la sua polizza è stata rinnovata. Cordiali saluti, Assicurazioni Aurora',
    'Gent.ma Dott.ssa Verdi, la sua polizza scade il 30/04. Il team di Assicurazioni Aurora',
  ])('reads %s as the insurer’s own', (text) => {
    expect(
      ownServiceMessage({ name: 'Assicurazioni Aurora S.p.A.', category: '' }, text, numbers),
    ).toBeDefined();
  });

  it('still reads a link written after a scheme as a link elsewhere', () => {
    const text =
      'Gentile Sig.ra Rossi, la sua polizza scade: rinnovi su https://gent.mo/aurora. Assicurazioni Aurora';
    expect(
      ownServiceMessage({ name: 'Assicurazioni Aurora S.p.A.', category: '' }, text, numbers),
    ).toBeUndefined();
  });
});

describe('a hotel’s pre-arrival texts and calls in French, Italian, Portuguese and Dutch', () => {
  const hotel = { name: 'Hotel Adlon', category: 'hotel' };
  it.each([
    "Pronto, parlo con Giulia Q. Rossi? Sono Laura, chiamo dall'Hotel Adlon per confermare l'orario di arrivo.",
    "Allô, Camille Q. Dubois ? Julie, de l'Hôtel Adlon, je vous appelle pour confirmer votre heure d'arrivée.",
    'Goedemiddag, spreek ik met Sanne Q. de Vries? U spreekt met Sanne van Hotel Adlon, ik bel om uw aankomsttijd te bevestigen.',
    'Gentile Giulia Q. Rossi, la aspettiamo domani dalle 15. Cordiali saluti, Hotel Adlon',
    'Beste Sanne Q. de Vries, we verwelkomen u morgen vanaf 15 uur. Met vriendelijke groet, Hotel Adlon',
    'Hallo Sanne Q. de Vries, met Sanne van Hotel Adlon. Uw kamer is klaar.',
    'Olá Ana Q. Ferreira, aqui é a Marta do Hotel Adlon. Esperamos por si amanhã a partir das 15h.',
    "Bonjour Camille Q. Dubois, ici Julie de l'Hôtel Adlon. Nous vous attendons demain à partir de 15h.",
    'Hôtel Adlon a le plaisir de vous adresser sa brochure de Noël, Camille Q. Dubois.',
  ])('reads %s as its own', (text) => {
    expect(ownServiceMessage(hotel, text, ['+33612345670'])?.named).toBe(true);
  });

  it('keeps another business calling as evidence', () => {
    const text =
      "Buongiorno Giulia, sono Marco di Prestiti Veloci, chiamo dall'ufficio crediti per un'offerta.";
    expect(ownServiceMessage(hotel, text, ['+33612345670'])).toBeUndefined();
  });
});
