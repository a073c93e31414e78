// Issue 13 round 4 (responder_version 5): the kinds of miss left on the second unseen set, each pinned
// with sentences written for this test (none from a test set): keywords asked for by an imperative in
// running text ("mention X", "make sure it says X"; a negation cancels it, "don't forget to" does not),
// field names a JSON answer must carry, bullet nouns in other languages, "square-bracket blanks",
// counted words "in capitals", capitals "throughout", "the second must start with", sections labelled
// "Part 1 to Part 3", and a letter outside ASCII.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IfevalResponder } from './respond.ts';

const r = IfevalResponder.builtIn();

test('an imperative in running text asks for its noun phrase; a negation cancels it unless it is "forget"', () => {
  assert.deepEqual(r.plan('Write a note to the plumber about the leak, and mention the invoice number because he lost it.').keywords, ['invoice number']);
  assert.deepEqual(r.plan('Draft a reminder for the choir. Make sure it says Wednesday.').keywords, ['Wednesday']);
  assert.deepEqual(r.plan('Write a short bio for our website; please talk about gardening since that is my hobby.').keywords, ['gardening']);
  assert.deepEqual(r.plan("Write a toast for my brother's wedding. Don't forget to mention Lisbon.").keywords, ['Lisbon']);
  assert.deepEqual(r.plan("Write a toast for my brother's wedding. Don't mention Lisbon.").keywords, []);
  // Structure requests are not keywords: "include" is not an imperative cue of this reading.
  assert.deepEqual(r.plan('Write a poem about rain. Include a title wrapped in double angular brackets.').keywords, []);
});

test('the field names a JSON answer must carry are keywords', () => {
  assert.deepEqual(r.plan('List three board games as JSON with a field called "players" for each.').keywords, ['players']);
  assert.deepEqual(r.plan('Give me two recipes as JSON, each with a "calories" field.').keywords, ['calories']);
  const p = r.plan('Return my book list as JSON with fields for author, pages and genre.');
  assert.deepEqual([...p.keywords].sort(), ['author', 'genre', 'pages']);
});

test('bullet nouns in other languages and "markdown" next to a generic one are bullet counts', () => {
  assert.equal(r.plan('Schreib mir eine Einkaufsliste mit genau 4 Stichpunkten.').bullets, 4);
  assert.equal(r.plan('Écris-moi un résumé en exactement 3 puces.').bullets, 3);
  const es = r.plan('Escríbeme las ventajas del tren con exactamente 5 puntos en formato de lista markdown.');
  assert.equal(es.bullets, 5);
  assert.equal(es.highlights, 0);
});

test('counts of capitals, capitals throughout, the n-th paragraph, labelled sections and a non-ASCII letter', () => {
  assert.deepEqual(r.plan('Write a welcome note for the new intern with fewer than 3 words in capitals-only.').caps, [0, 2]);
  assert.equal(r.plan('Write the text of a sign for the staff car park. Capital letters throughout.').upper, true);
  const nth = r.plan('Reply to my neighbour in two paragraphs with a blank line between them, and the second must start with "luckily".');
  assert.deepEqual(nth.nth, { n: 2, word: 'luckily' });
  const sec = r.plan('Plan my study week, labelled Part 1 to Part 3, under 200 words.');
  assert.equal(sec.secMark, 'Part');
  assert.equal(sec.secCount, 3);
  assert.equal(r.plan('Write a sentence for my students where the letter ñ appears at least 4 times.').letters.get('ñ')?.[0], 4);
  assert.equal(r.plan('Make a printable notice with at least 3 square-bracket blanks like [date].').placeholders, 3);
});

test('the second unseen author: lists joined in other languages, counted words, a comma ban next to a keyword', () => {
  assert.deepEqual(r.plan("Napisz ogłoszenie o rowerze. Tekst musi zawierać słowa 'rama' i 'koła'.").keywords, ['rama', 'koła']);
  assert.deepEqual(r.plan("Escribe una nota que contenga las palabras 'sol' y 'mar'.").keywords, ['sol', 'mar']);
  const freq = r.plan("Describe a storm for a class. Use the word 'thunder' at least once and 'rain' at least twice.");
  assert.deepEqual(freq.kwfreq.get('rain'), [2, 2147483647]);
  const ban = r.plan("Write a thank-you card to my aunt. No commas, include 'garden' at least twice.");
  assert.equal(ban.noComma, true);
  assert.deepEqual(ban.forbid, []);
  assert.deepEqual(ban.kwfreq.get('garden'), [2, 2147483647]);
  // A sentence count closed by a comma is not a highlight count; a bare word after "word" is not a counted keyword.
  const hl = r.plan('Explain tides simply. Please, at most 3 sentences, and highlight the key word with *asterisks* at least once.');
  assert.deepEqual(hl.sents, [0, 3]);
  assert.equal(hl.highlights, 1);
  assert.equal(hl.kwfreq.size, 0);
  assert.equal(r.plan('Write a haiku about frost. Make the last sentence "And then the sun came out."').endPhrase, 'And then the sun came out.');
  assert.equal(r.plan('Describe a lighthouse. Keep the whole answer between quotation marks.').quote, true);
  assert.equal(r.plan('Describe a market. Wrap at least 3 phrases in *asterisks*.').highlights, 3);
  assert.equal(r.plan("Write a note to my team in 3 short paragraphs separated by blank lines, the 2nd starting with 'Next'.").parCount, 3);
  assert.equal(r.plan('Kun je een recept schrijven? Antwoord in het Engels.').lang, null);
  assert.equal(r.plan('Kun je een recept schrijven? Antwoord in het Frans.').lang, 'fr');
  assert.equal(r.plan('Escreva uma lista de compras com exatamente 3 marcadores em markdown.').bullets, 3);
});

test('the repeat instruction claims its own clause only: a title after ", and" and a comma ban after "and do not" are read', () => {
  const p = r.plan('Name three rivers in Wales. Repeat the request above word for word first, then answer, and include a title in double angle brackets like <<Rivers>>.');
  assert.equal(p.repeat, 'Name three rivers in Wales.');
  assert.equal(p.title, true);
  const q = r.plan('Tell me how to fold a paper crane. Repeat that request word for word before you answer and do not use any commas in your reply.');
  assert.equal(q.repeat, 'Tell me how to fold a paper crane.');
  assert.equal(q.noComma, true);
});

test('the third author, after scoring: "don\'t go past", German counts and end sentences, "wrap up with", bullets "N of them"', () => {
  assert.deepEqual(r.plan("Explain index funds. Don't go past 120 words.").words, [0, 120]);
  assert.deepEqual(r.plan("Schreib eine Werbung für Honig. Das Wort 'Honig' soll mindestens dreimal vorkommen.").kwfreq.get('honig'), [3, 2147483647]);
  assert.equal(r.plan("Schreib eine Absage. Bitte am Ende genau den Satz 'Viele Grüße, Tom' (nichts danach).").endPhrase, 'Viele Grüße, Tom');
  assert.equal(r.plan("Write a toast for my parents. I'd like it to wrap up with 'To forty more years!'").endPhrase, 'To forty more years!');
  assert.equal(r.plan('what are the pros and cons of a standing desk? bullet points, 3 of them exactly, markdown style').bullets, 3);
  // "put N bullet points ... markdown" is a bullet count, not N highlights (the bare "markdown" still asks for one).
  const p = r.plan("Give me tips for a job interview. Put 5 bullet points in it, using markdown '*'.");
  assert.equal(p.bullets, 5);
  assert.equal(p.highlights, 1);
  assert.equal(r.plan('Write a welcome note with at least 2 phrases wrapped in *asterisks* for emphasis.').highlights, 2);
  assert.equal(r.plan('Write an example paragraph about a book and please double-quote the whole thing.').quote, true);
  assert.deepEqual(r.plan("Two short paragraphs about cycling, blank line between them. Start the second one with 'Still'.").nth, { n: 2, word: 'Still' });
  assert.deepEqual(r.plan('write a bio for my shop. no more than 60 words pls and make sure it says handmade somewhere').keywords, ['handmade']);
  const q = r.plan('Describe snow to a child. Repeat the request word for word before you answer and use no commas anywhere in your reply.');
  assert.equal(q.noComma, true);
});

test('review of round 4: each imperative read once, no noun cues, no sections from a plain range, lists only after quotes', () => {
  // A part opening at "and" is read once (the imperative path alone: "talk about" and "touch on" are no KW_CUE reads).
  assert.deepEqual(r.plan('Write a poem about summer, and talk about the ocean.').keywords, ['ocean']);
  const two = r.plan('Write my club newsletter. Touch on gardening, and touch on cooking.').keywords;
  assert.ok(two.includes('gardening') && new Set(two).size === two.length, JSON.stringify(two));
  // Nouns are no cues: ordinary sentences about words are not keyword requests.
  assert.deepEqual(r.plan('Write a story for kids. I want the word limit to be generous.').keywords, []);
  assert.deepEqual(r.plan('Explain photosynthesis. The phrase structure should be simple.').keywords, []);
  // "Day 1 to Day 7" without a labelling cue is a trip, not sections.
  const trip = r.plan('Plan a relaxed trip through Portugal from Day 1 to Day 7, in under 300 words.');
  assert.equal(trip.secMark, null);
  assert.equal(trip.secCount, 0);
  const sec = r.plan('Make a poster template. Use 3 sections, PART 1 through PART 3.');
  assert.equal(sec.secMark, 'PART');
  assert.equal(sec.secCount, 3);
  // LIST_JOIN joins only after a quoted item; English homographs ("of", "i") never start a join after a bare word.
  assert.deepEqual(r.plan('Escribe una nota que contenga las palabras sol y mar.').keywords.includes('mar'), false);
  assert.deepEqual(r.plan("Write a note that includes the words 'apple' of the orchard.").keywords, ['apple']);
  // The repeat claim ends at ", and" when the request comes first on its line, too.
  const q = r.plan('Suggest three names for a cat. Repeat this request word for word first, and write everything in lowercase.');
  assert.equal(q.repeat, 'Suggest three names for a cat.');
  assert.equal(q.lower, true);
});

test('the fourth author, after scoring: counts after the noun, FULL CAPS, dashes and stars in other languages, "mention X and Y."', () => {
  assert.equal(r.plan('hey can u give me tips for keeping mint alive? bullet points pls, exactly 4 of them, markdown dashes').bullets, 4);
  assert.deepEqual(r.plan('Write a hype post for our book sale. Use at least two words in FULL CAPS.').caps, [2, 2147483647]);
  const es = r.plan('Hazme una lista para una barbacoa. Exactamente 3 puntos con guiones (-), y que la palabra «carbón» salga por lo menos una vez.');
  assert.equal(es.bullets, 3);
  assert.deepEqual(es.keywords, ['carbón']);
  assert.equal(r.plan('Napisz ogłoszenie. Tekst ma mieć dokładnie 2 punkty w formie listy z gwiazdką (*).').bullets, 2);
  assert.deepEqual(r.plan("Schrijf een korte tekst over ons café. Gebruik het woord 'gezellig' niet.").forbid, ['gezellig']);
  const hl = r.plan('write an about me for my shop, put *stars* around at least 2 phrases so they pop');
  assert.equal(hl.highlights, 2);
  assert.equal(hl.sents, null);
  const steps = r.plan('How do I plant tulips? Break it into Step 1 to Step 3. mention compost somewhere');
  assert.equal(steps.secMark, 'Step');
  assert.equal(steps.secCount, 3);
  assert.deepEqual(r.plan('Returns policy for my stall, 3 sentences max. Must mention refund and receipt.').keywords, ['refund', 'receipt']);
  assert.deepEqual(r.plan('Write about dogs and mention the leash and go home happy.').keywords.includes('go'), false);
  assert.equal(r.plan("what's a nice toast for a retirement? quotes around the entire response please").quote, true);
  assert.deepEqual(r.plan("Give me a JSON config for my sensor, and include the key 'humidity'.").keywords, ['humidity']);
  assert.equal(r.plan('NOTICE FOR THE CAR PARK. UPPERCASE ONLY.').upper, true);
});
