// Issue 13 round 15 (cue step, responder_version 16): Welsh and Somali cue records; case forms of the numbers in the
// Finnic, Baltic and Slavic records; Estonian "alla" as "less than"; number words that say "times" themselves
// ("zweimal", "kétszer"); "the word X" with a modal instead of an include verb; a postscript marker (P.D., P.S.) written
// after an end / include / begin cue. Pinned with sentences written for this test (none from a data set), controls
// included: "p.e." (for example) is no marker, "každé slovo" (every word) and a negated "the word" name no keyword.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IfevalResponder } from './respond.ts';
import { assertRequirements } from './test-support.ts';
import { CUE_NUMBERS, CUE_ORDINALS, CUE_TIMES_NUMBERS } from './cue-lexicon.ts';
import { FUNCTION_WORDS } from './language-lexicon.ts';

const r = IfevalResponder.builtIn();

const V16_CUE_PROMPTS: string[] = [
  "Ysgrifennwch neges fer i'r pwyllgor am y ffair haf, dim mwy na 80 gair, mewn tri pharagraff.",
  "Ysgrifennwch lythyr byr at y cymydog am y ffens newydd, a gorffennwch gyda'r geiriau hyn: Cofion cynnes.",
  "Fadlan qor warqad gaaban oo ku saabsan suuqa, ugu yaraan laba baaragaraaf, oo ka yar 120 erey.",
  "Kirjoita tiedote talkoista neljässä kappaleessa.",
  "Parašyk laišką kaimynams apie šventę, penkiomis pastraipomis.",
  "Uzraksti vēstuli par talku trijās rindkopās.",
  "Kirjuta naabritele teade remondist kahes lõigus, kokku alla 90 sõna.",
  "Schreib eine kurze Notiz an das Team und verwende das Wort \"Frist\" mindestens zweimal.",
  "Írj egy rövid levelet a szomszédnak, és a \"kert\" szót legalább kétszer használd.",
  "Napište krátký dopis sousedům, ve kterém musí být slovo lešení.",
  "Parašyk trumpą žinutę klubui, kurioje būtinai turi būti žodis treniruotė.",
  "Escreve uma mensagem curta para a vizinha sobre a festa e termina com um P.D. sobre o bolo.",
  "请给邻居写一张便条，说明下周修水管，最后加一个以P.S.开头的附言。",
  "Escribe una nota breve para el equipo, por ejemplo p.e. con tres ideas, y termina con un saludo.",
  "Napište krátký dopis sousedům. Každé slovo musí být srozumitelné.",
  "Nepoužívejte slovo lešení v dopise sousedům, prosím, pište krátce a věcně.",
];

const V16_CUE_WANT: string[] = [
  "response_language{\"language\":\"cy\"} number_words{\"relation\":\"less than\",\"num_words\":81} number_paragraphs{\"num_paragraphs\":3}",
  "response_language{\"language\":\"cy\"} end_checker{\"end_phrase\":\"Cofion cynnes.\"}",
  "response_language{\"language\":\"so\"} number_words{\"relation\":\"less than\",\"num_words\":120} number_paragraphs{\"num_paragraphs\":2}",
  "number_paragraphs{\"num_paragraphs\":4}",
  "response_language{\"language\":\"lt\"} number_paragraphs{\"num_paragraphs\":5}",
  "number_paragraphs{\"num_paragraphs\":3}",
  "response_language{\"language\":\"et\"} number_words{\"relation\":\"less than\",\"num_words\":90} number_paragraphs{\"num_paragraphs\":2}",
  "response_language{\"language\":\"de\"} existence{\"keywords\":[\"Frist\"]} frequency{\"keyword\":\"frist\",\"relation\":\"at least\",\"frequency\":2}",
  "response_language{\"language\":\"hu\"} frequency{\"keyword\":\"kert\",\"relation\":\"at least\",\"frequency\":2}",
  "response_language{\"language\":\"cs\"} existence{\"keywords\":[\"lešení\"]}",
  "response_language{\"language\":\"lt\"} existence{\"keywords\":[\"treniruotė\"]}",
  "response_language{\"language\":\"pt\"} postscript{\"postscript_marker\":\"P.D.\"}",
  "response_language{\"language\":\"zh-cn\"} postscript{\"postscript_marker\":\"P.S.\"}",
  "response_language{\"language\":\"es\"}",
  "response_language{\"language\":\"cs\"}",
  // A control for "the word" negated (no keyword) until version 26, which reads the ban itself: "nepouž*" is an INCLUDE
  // verb as well as NEG, so the negated include takes the word as forbidden.
  "forbidden_words{\"forbidden_words\":[\"lešení\"]}",
];

test('round 15 cue readings: cy and so records, case forms, alla, times words, the word with a modal, postscript markers; controls', () => {
  assertRequirements(r, V16_CUE_PROMPTS, V16_CUE_WANT);
});

test('cue lexicon: a "times" number word is no function word of another language, and no string is both a number and an ordinal', () => {
  const fw = new Map<string, string[]>();
  for (const [code, words] of FUNCTION_WORDS) for (const w of words.split(' ')) fw.set(w, [...(fw.get(w) ?? []), code]);
  const clashes: string[] = [];
  for (const [lang, forms] of CUE_TIMES_NUMBERS) {
    for (const [v, fs] of forms) {
      for (const f of fs.split('|')) {
        const langs = fw.get(f);
        if (langs && langs.some((x) => x !== lang.split('-')[0])) clashes.push(`${lang} ${v} ${f}`);
      }
    }
  }
  assert.deepEqual(clashes, []);
  // A hit's value is its last NUM or ORD entry's: a string of both would be read as either (Slovenian "petim", five,
  // is Croatian "petim", fifth, and was left out).
  const nums = new Set<string>();
  for (const [, list] of CUE_NUMBERS) for (const [, fs] of list) for (const f of fs.split('|')) nums.add(f);
  const both: string[] = [];
  for (const [lang, list] of CUE_ORDINALS) for (const [, fs] of list) for (const f of fs.split('|')) if (nums.has(f)) both.push(`${lang} ${f}`);
  assert.deepEqual(both, []);
});
