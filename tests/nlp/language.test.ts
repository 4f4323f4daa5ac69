// A text plainly not English is named (src/nlp/language.ts); English, with or without a
// foreign quote, and short texts are not. The paragraphs are our own.
import { describe, expect, test } from 'vitest';
import { notEnglish } from '../../src/nlp/language.js';

const cases: [name: string, text: string, language: string | null][] = [
  ['German', 'Der Hafenrat hat am Dienstag einen Plan für die Vertiefung der Fahrrinne beschlossen. Die Kosten liegen bei 42 Millionen Dollar, und die Arbeiten sollen im September beginnen. Nach Angaben der Behörde wird das Land einen Teil der Summe übernehmen, aber die Umweltverbände sind mit dem Vorhaben nicht einverstanden. Sie haben eine Prüfung gefordert, die noch in diesem Jahr stattfinden soll, und der Rat hat zugesagt, dass er die Ergebnisse veröffentlichen wird.', 'German'],
  ['French', "Le conseil du port a approuvé mardi un plan pour draguer le chenal nord. Le coût est de 42 millions de dollars, et les travaux doivent commencer en septembre. Selon la direction, l'État prendra en charge une partie de la somme, mais les associations de défense de l'environnement ne sont pas d'accord avec le projet. Elles ont demandé une étude qui sera publiée cette année, et le conseil a promis que les résultats seront rendus publics dans les délais.", 'French'],
  ['Spanish', 'El consejo del puerto aprobó el martes un plan para dragar el canal norte. El costo es de 42 millones de dólares, y las obras empezarán en septiembre. Según la autoridad, el estado pagará una parte de la suma, pero los grupos ecologistas no están de acuerdo con el proyecto. Han pedido un estudio que se publicará este año, y el consejo dijo que los resultados serán públicos cuando estén listos.', 'Spanish'],
  ['Italian', "Il consiglio del porto ha approvato martedì un piano per dragare il canale nord. Il costo è di 42 milioni di dollari, e i lavori inizieranno a settembre. Secondo l'autorità, lo stato pagherà una parte della somma, ma i gruppi ambientalisti non sono d'accordo con il progetto. Hanno chiesto uno studio che sarà pubblicato entro l'anno, e il consiglio ha detto che i risultati delle analisi saranno resi noti anche alla stampa.", 'Italian'],
  ['Dutch', 'De havenraad heeft dinsdag een plan goedgekeurd om de noordelijke vaargeul uit te diepen. De kosten zijn 42 miljoen dollar, en het werk begint in september. Volgens de autoriteit betaalt de staat een deel van het bedrag, maar de milieugroepen zijn het niet eens met het project. Zij hebben om een onderzoek gevraagd dat dit jaar wordt gepubliceerd, en de raad zei dat de resultaten ook aan de pers worden gegeven.', 'Dutch'],
  ['Portuguese', 'O conselho do porto aprovou na terça-feira um plano para dragar o canal norte. O custo é de 42 milhões de dólares, e as obras começam em setembro. Segundo a autoridade, o estado vai pagar uma parte da soma, mas os grupos ambientalistas não estão de acordo com o projeto. Eles pediram um estudo que será publicado este ano, e o conselho disse que os resultados também serão divulgados pela imprensa.', 'Portuguese'],
  ['English news', 'The Greenport Port Authority voted on Tuesday to approve a $42 million plan to dredge the northern harbor channel, ending a dispute that had stalled the project for three years. Harbor Commissioner Daniel Whitcombe said the deeper channel would let larger cargo vessels dock at the Eastern Terminal, and that work could begin as early as September. Environmental groups have raised concerns about sediment, and the authority agreed to fund an independent monitoring program.', null],
  ['English with a French quote', 'The minister, speaking in Paris, said the plan was "une question de principe pour la France et pour nous tous" and that the government would not change its position. She told reporters that the talks had been difficult but that both sides wanted an agreement before the summit, which is due to open in Brussels on Monday.', null],
  ['a list of names', 'Daniel Whitcombe, Lucia Ferrante, Victor Osei, Rebecca Holloway, Samuel Achterberg, Priya Raman, Jean-Luc Dubois, Hans Müller, Ana de la Cruz, Marco di Stefano', null],
  ['a short German line', 'Der Rat hat den Plan am Dienstag beschlossen.', null],
];

describe('a text plainly not English', () => {
  test.each(cases)('%s', (_name, text, language) => {
    expect(notEnglish(text)).toBe(language);
  });
});
