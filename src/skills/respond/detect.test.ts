// Detector unit tests: the same constraint in many phrasings (number words, relations, quotes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IfevalResponder } from './respond.ts';
import { INF } from './plan.ts';
import { planRequirements } from './enforce/requirements.ts';

const R = IfevalResponder.builtIn();
const plan = (p: string) => R.plan(p);

test('word counts: relations, number words and postfixes', () => {
  assert.deepEqual(plan('Answer with at least 300 words.').words, [300, INF]);
  assert.deepEqual(plan('Write a 300+ word summary of the page.').words, [300, INF]);
  assert.deepEqual(plan('Use less than 150 words.').words, [0, 149]);
  assert.deepEqual(plan('Keep your entire response 100 words or less.').words, [0, 100]);
  assert.deepEqual(plan('Your entire reply should contain 600 to 700 words.').words, [600, 700]);
  assert.deepEqual(plan('Write no more than fifty words.').words, [0, 50]);
  assert.deepEqual(plan('Answer with more than 800 words.').words, [801, INF]);
  assert.deepEqual(plan("I don't want anything longer than 30 words.").words, [0, 30]);
});

test('sentence counts', () => {
  assert.deepEqual(plan('Your response should contain fewer than 6 sentences.').sents, [0, 5]);
  assert.deepEqual(plan('Organize your entire response in 5 or 6 sentences.').sents, [5, 6]);
  assert.deepEqual(plan('Respond with at least twenty sentences.').sents, [20, INF]);
  assert.deepEqual(plan('Use exactly three sentences.').sents, [3, 3]);
  assert.equal(plan('Each line should contain exactly one sentence.').sents, null);
});

test('case: upper, lower, and counted capital words', () => {
  assert.equal(plan('Your entire response should be in English, and in all capital letters.').upper, true);
  assert.equal(plan('Write it in all caps.').upper, true);
  assert.equal(plan('Capitalize every letter.').upper, true);
  assert.equal(plan('no lowercase letters allowed').upper, true);
  assert.equal(plan('Answer in lowercase letters only.').lower, true);
  assert.equal(plan('It should be in English, and no capital letters are allowed.').lower, true);
  assert.equal(plan('Write a poem all in lower case.').lower, true);
  const p = plan('Words with all capital letters should appear at least 16 times.');
  assert.deepEqual(p.caps, [16, INF]);
  assert.equal(p.upper, false);
  assert.deepEqual(plan('Include at least 15 words in all capital letters.').caps, [15, INF]);
  assert.deepEqual(plan('Make sure that words with all capital letters appear less than 10 times.').caps, [0, 9]);
  assert.deepEqual(plan('There should be 5 to 10 such capitalized words.').caps, [5, 10]);
});

test('keywords: existence, frequency, forbidden', () => {
  assert.deepEqual(plan('Include the keywords "correlated" and "experiencing".').keywords, ['correlated', 'experiencing']);
  assert.deepEqual(plan("Don't forget to include the keywords waste, material and meal.").keywords, ['waste', 'material', 'meal']);
  assert.deepEqual(plan("Include the keywords ['dog', 'day'] in the response.").keywords, ['dog', 'day']);
  assert.deepEqual([...plan('Make sure to use the word war at least 8 times.').kwfreq], [['war', [8, INF]]]);
  assert.deepEqual([...plan('The word "fake" should appear 6 or 7 times.').kwfreq], [['fake', [6, 7]]]);
  assert.deepEqual([...plan('Use the word "the" once or less.').kwfreq], [['the', [0, 1]]]);
  assert.deepEqual([...plan('Make sure the word cousins appears more than 2 times.').kwfreq], [['cousins', [3, INF]]]);
  assert.deepEqual(plan('The word "rock" should not appear in your response.').forbid, ['rock']);
  assert.deepEqual(plan('Do not include the words perfume, fresh, or good.').forbid, ['perfume', 'fresh', 'good']);
  assert.deepEqual(plan("Do not say 'yes' or 'no' throughout your entire response.").forbid, ['yes', 'no']);
  assert.deepEqual(plan('Avoid the keywords: \'divide\', \'answer\'.').forbid, ['divide', 'answer']);
});

test('letters and symbols', () => {
  assert.deepEqual([...plan('The letter o should appear at least 40 times.').letters], [['o', [40, INF]]]);
  assert.deepEqual([...plan('Make sure the letter i appears less than 6 times.').letters], [['i', [0, 5]]]);
  assert.deepEqual([...plan('Do not include the letter "c" anywhere in your response.').letters], [['c', [0, 0]]]);
  assert.deepEqual([...plan('Avoid using the letter i more than twice.').letters], [['i', [0, 2]]]);
  assert.deepEqual([...plan("Include at least 4 hashtags, starting with '#'").letters], [['#', [4, INF]]]);
});

test('format: bullets, highlights, sections, paragraphs, title, placeholders', () => {
  assert.equal(plan('Your answer must contain exactly 3 bullet points in markdown format.').bullets, 3);
  assert.equal(plan('Write exactly 9 very short bullet points.').bullets, 9);
  assert.equal(plan('List exactly 10 names. Put the names into bullet points.').bullets, 10);
  assert.equal(plan('Highlight at least three sections of your response in markdown.').highlights, 3);
  assert.equal(plan('Italicize at least 10 text parts with markdown.').highlights, 10);
  const s = plan('Your response must contain 3 sections, mark the beginning of each section with SECTION X.');
  assert.equal(s.secMark, 'SECTION');
  assert.equal(s.secCount, 3);
  const p = plan('There should be exactly 4 paragraphs. Separate the paragraphs with the markdown divider: ***');
  assert.equal(p.parCount, 4);
  assert.equal(p.parSep, 'stars');
  const n = plan('Write exactly 3 paragraphs separated by two new lines. The third paragraph must start with the word "bonding".');
  assert.deepEqual(n.nth, { n: 3, word: 'bonding' });
  assert.equal(n.parSep, 'nl');
  assert.equal(plan('Include a title wrapped in double angular brackets, i.e. <<title>>.').title, true);
  assert.equal(plan('Include at least 12 placeholders represented by square brackets, such as [address].').placeholders, 12);
});

test('start/end, wrapping, combinations, language', () => {
  assert.equal(plan('Finish your response with this exact phrase: Hope you agree with me.').endPhrase, 'Hope you agree with me.');
  assert.equal(plan('End your response with "Is there anything else I can help with?".').endPhrase, 'Is there anything else I can help with?');
  assert.equal(plan('The very end of your response should read "You cannot fail."').endPhrase, 'You cannot fail.');
  assert.equal(plan('Wrap your entire response with double quotation marks.').quote, true);
  assert.equal(plan('Wrap the entire output in JSON format.').json, true);
  assert.equal(plan('Add a postscript starting with P.P.S').postscript, 'P.P.S');
  assert.equal(plan('Please add a postscript starting with P.S.').postscript, 'P.S.');
  assert.equal(plan('Give exactly two different responses separated by 6 asterisk symbols ******.').two, true);
  assert.equal(plan('Answer with one of: "My answer is yes.", "My answer is no."').constrained, true);
  assert.equal(plan('Do not use any commas in your response.').noComma, true);
  assert.equal(plan('Please respond using only the Kannada language, no other language is allowed.').lang, 'kn');
  // A language name is a response language only after a cue ("in", "using", "only", ...), not as a topic.
  assert.equal(plan('Write a Hindi poem about this. Use only Hindi in your response.').lang, 'hi');
  assert.equal(plan('Write a Hindi poem about this.').lang, null);
  assert.equal(plan('How to write a good Chinese poem? Add a P.S.').lang, null);
  assert.equal(plan('Write a blog post about interesting facts about the Dutch language.').lang, null);
  assert.equal(plan('What sentiments existed in the Croatian and Serbian nations?').lang, null);
  assert.equal(plan('Tell me about rivers, answering entirely in the Portuguese language.').lang, 'pt');
  const r = plan('Write a haiku about snow.\n\nFirst repeat the request above word for word without change, then give your answer.');
  assert.equal(r.repeat, 'Write a haiku about snow.');
  const r2 = plan('Before you answer, repeat the request below exactly.\n\nWrite a song about a corgi.');
  assert.equal(r2.repeat, 'Write a song about a corgi.');
});

test('phrasing variants beyond the development sets', () => {
  assert.deepEqual(plan('Write a poem about cats. Limit your response to 40 words.').words, [0, 40]);
  assert.deepEqual(plan('Write a poem about cats, 40 words max.').words, [0, 40]);
  assert.deepEqual(plan('Write an essay about cats of 500 words minimum.').words, [500, INF]);
  assert.deepEqual(plan('It needs to be longer than 400 words.').words, [401, INF]);
  assert.deepEqual(plan("Give me a pep talk. Don't go over 50 words.").words, [0, 50]);
  assert.deepEqual(plan('Write about cats in under a hundred words.').words, [0, 99]);
  assert.deepEqual(plan('Write about cats using two hundred and fifty words or more.').words, [250, INF]);
  assert.deepEqual(plan('Limit yourself to four sentences.').sents, [0, 4]);
  assert.deepEqual(plan('Write at least a dozen sentences.').sents, [12, INF]);
  assert.deepEqual(plan('Use fewer than 3 words that are entirely in capital letters.').caps, [0, 2]);
  assert.equal(plan('Use fewer than 3 words that are entirely in capital letters.').upper, false);
  assert.deepEqual(plan('Use at least 10 fully capitalized words.').caps, [10, INF]);
  assert.equal(plan('Keep it short and write it all in English capital letters.').upper, true);
  assert.deepEqual([...plan('Mention "bark" exactly twice.').kwfreq], [['bark', [2, 2]]]);
  assert.deepEqual(plan('The words cat and mouse are not allowed.').forbid, ['cat', 'mouse']);
  assert.deepEqual([...plan('Write about dogs with the letter x appearing at least 3 times.').letters], [['x', [3, INF]]]);
  assert.equal(plan('Do not respond in any language other than Tamil.').lang, 'ta');
  assert.equal(plan('Format it as a bulleted list with 7 items, using * for bullets.').bullets, 7);
  assert.equal(plan('Refrain from the use of any commas.').noComma, true);
  assert.equal(plan('Use placeholders in square brackets, at least three of them, e.g. [time].').placeholders, 3);
  assert.equal(plan('Write a one-line slogan, enclosing your whole reply in quotation marks.').quote, true);
  const s = plan("Write a guide with 4 sections. Begin each section with 'Part' followed by its number, e.g. Part 1.");
  assert.deepEqual([s.secCount, s.secMark], [4, 'Part']);
  const c = plan("Write a story in five chapters. Each chapter should be introduced by 'Chapter N', like Chapter 1.");
  assert.deepEqual([c.secCount, c.secMark], [5, 'Chapter']);
  assert.equal(plan('Before you answer, repeat the following request exactly as it is: What causes rain? Then answer it.').repeat, 'What causes rain?');
});

test('phrasing variants: end phrases, highlights, prohibitions, placeholders', () => {
  assert.equal(plan('The final sentence of your response should be exactly: "And so it ended."').endPhrase, 'And so it ended.');
  assert.equal(plan('Make sure the very last thing you write is "See you soon!"').endPhrase, 'See you soon!');
  assert.equal(plan('Please sign off with the words "Yours truly, Fox".').endPhrase, 'Yours truly, Fox');
  const ps = plan('Add a note at the end beginning with "P.S."');
  assert.deepEqual([ps.endPhrase, ps.postscript], [null, 'P.S.']);
  assert.equal(plan('Have at least 3 parts of it emphasized with markdown, for example *important*.').highlights, 3);
  assert.equal(plan('Mark at least 2 phrases in italics using asterisks.').highlights, 2);
  assert.equal(plan("Don't use any capital letters at all.").lower, true);
  assert.deepEqual([...plan("Don't say 'fox' more than twice.").kwfreq], [['fox', [0, 2]]]);
  assert.deepEqual(plan('Make sure to incorporate the words "moon" and "river".').keywords, ['moon', 'river']);
  assert.deepEqual(plan('Steer clear of the word "cute".').forbid, ['cute']);
  assert.equal(plan('Include the placeholders [name] and [place].').placeholders, 2);
  assert.equal(plan('Write a tweet about a launch in English and all caps.').upper, true);
});

test('phrasing variants read after heldout-b was scored', () => {
  assert.deepEqual(plan('The whole piece should stay within 120 words.').words, [0, 120]);
  assert.equal(plan('Write 4 paragraphs separated by a blank line.').parSep, 'nl');
  assert.deepEqual(plan("Paragraph number 4 needs to begin with the word 'ultimately'.").nth, { n: 4, word: 'ultimately' });
  assert.deepEqual(plan("Give it 3 paragraphs; the opening word of the second paragraph should be 'designed'.").nth, { n: 2, word: 'designed' });
  assert.deepEqual(plan("Work in the words 'starlight' and 'cradle'.").keywords, ['starlight', 'cradle']);
  assert.equal(plan('Highlight at least 4 passages in markdown, such as *highlighted section*.').highlights, 4);
});

test('shared phrasings: section markers and their count, highlight verbs, counted capitals, negated relations', () => {
  const d = plan("Plan a 3-day trip. Label each day 'Day 1', 'Day 2' and 'Day 3'.");
  assert.equal(d.secMark, 'Day');
  assert.equal(d.secCount, 3);
  const s = plan("Write a pitch deck outline in 6 slides. Begin each slide with 'Slide 1', 'Slide 2', etc.");
  assert.deepEqual([s.secMark, s.secCount], ['Slide', 6]);
  assert.equal(plan('Highlight at least 3 important steps with markdown italics like *this*.').highlights, 3);
  assert.equal(plan('Mark at least 4 key moments in markdown as *highlighted text*.').highlights, 4);
  assert.deepEqual(plan('Use fewer than 3 words written entirely in uppercase.').caps, [0, 2]);
  assert.deepEqual(plan('Limit fully capitalized words to fewer than 2.').caps, [0, 1]);
  assert.deepEqual(plan('Do not use more than 2 all-caps words.').caps, [0, 2]);
  const b = plan("Give me a list of exactly 5 ideas as markdown bullets.");
  assert.deepEqual([b.bullets, b.highlights], [5, 0]);
  assert.deepEqual(plan("Use no commas, and the word 'home' at least 3 times.").forbid, []);
  assert.deepEqual(plan("Make sure the word 'sun' appears.").keywords, ['sun']);
  assert.deepEqual(plan("3 paragraphs with blank lines in between; the third one begins with 'Today'.").nth, { n: 3, word: 'Today' });
});

// Issue 13: instructions written in Spanish, French, German, Italian, Portuguese, Dutch and Polish, read
// through the same patterns with the languages' word classes; the prompt's own language (function
// words) is the reply language unless another is named. These phrasings were written for this test,
// apart from the data sets.
const ids = (p: string) => planRequirements(plan(p)).map((q) => `${q.id.split(':')[1]} ${JSON.stringify(q.kwargs)}`);

test('other languages: the prompt language is the reply language, instruction cues per language', () => {
  assert.deepEqual(ids("Schrijf een korte e-mail aan mijn buurman over het lawaai. Gebruik minder dan 100 woorden en geen komma's."), [
    'response_language {"language":"nl"}', 'no_comma {}', 'number_words {"relation":"less than","num_words":100}',
  ]);
  assert.deepEqual(ids("Napisz krótki list do babci. Odpowiedź musi mieć co najmniej 5 zdań i nie może zawierać przecinków."), [
    'response_language {"language":"pl"}', 'no_comma {}', 'number_sentences {"relation":"at least","num_sentences":5}',
  ]);
  assert.deepEqual(ids("Podaj dokładnie 4 pomysły na prezent w formie listy punktowanej markdown. Zakończ zdaniem 'To wszystko.'"), [
    'response_language {"language":"pl"}', 'number_bullet_lists {"num_bullets":4}', 'end_checker {"end_phrase":"To wszystko."}',
  ]);
  assert.deepEqual(ids('Escribe un poema sobre la luna. Todo en minúsculas, sin mayúsculas, y con un título entre corchetes angulares como <<Luna>>.'), [
    'response_language {"language":"es"}', 'title {}', 'english_lowercase {}',
  ]);
  assert.deepEqual(ids('Écris une courte annonce pour un vélo à vendre, entièrement en majuscules, en moins de 50 mots.'), [
    'response_language {"language":"fr"}', 'number_words {"relation":"less than","num_words":50}', 'english_capital {}',
  ]);
  assert.deepEqual(ids('Schreib eine Produktbeschreibung für einen Rucksack. Verwende mindestens 3 Platzhalter in eckigen Klammern wie [Preis].'), [
    'response_language {"language":"de"}', 'number_placeholders {"num_placeholders":3}',
  ]);
  assert.deepEqual(ids("Scrivi un breve discorso di ringraziamento. La risposta deve avere esattamente 3 sezioni, ognuna che inizia con 'SEZIONE X'."), [
    'response_language {"language":"it"}', 'multiple_sections {"section_spliter":"SEZIONE","num_sections":3}',
  ]);
  assert.deepEqual(ids('Escreva uma receita de bolo de cenoura em formato JSON.'), ['response_language {"language":"pt"}', 'json_format {}']);
  // A named language wins over the prompt's own; English named by a French prompt is English.
  assert.equal(plan('Ich brauche eine kurze Wegbeschreibung vom Bahnhof zum Hotel. Bitte antworte komplett auf Italienisch.').lang, 'it');
  const fr = plan("Peux-tu m'expliquer ce qu'est la photosynthèse ? Réponds uniquement en anglais, s'il te plaît.");
  assert.deepEqual([fr.lang, fr.promptLang], [null, 'fr']);
  assert.ok(!/photosynth/i.test(R.respond("Peux-tu m'expliquer ce qu'est la photosynthèse ? Réponds uniquement en anglais, s'il te plaît.")));
  // English prompts, also ones quoting other languages, have no prompt language.
  assert.equal(plan('Translate "Où est la gare ? Je ne sais pas." into English, in all lowercase letters.').promptLang, null);
});

test('English phrasings read after the unseen sets: copy/restate the request, whole reply uppercase, N words fully capitalized', () => {
  assert.equal(plan('Explain why cats purr. First copy my question exactly as I wrote it, and then answer.').repeat, 'Explain why cats purr.');
  assert.equal(plan('Write a two-line poem. Restate my request word for word first, then write it.').repeat, 'Write a two-line poem.');
  assert.equal(plan('Write a haiku about autumn. Your whole reply must be uppercase.').upper, true);
  assert.deepEqual(plan('Write a launch email. At least 3 words should be fully capitalized.').caps, [3, INF]);
  assert.deepEqual(plan('Write a note with at least 2 square-bracket placeholders (like [gift]).').placeholders, 2);
  const p = plan("Put the whole reply in double quotes, use the word 'elementary', and keep it under 3 sentences.");
  assert.deepEqual(p.keywords, ['elementary']);
  const q = plan('Under 200 words, at least 3 highlighted phrases in markdown like *this*, and avoid commas.');
  assert.deepEqual([q.words, q.highlights, q.noComma], [[0, 199], 3, true]);
});
