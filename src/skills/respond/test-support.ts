// Test prompts the IFEval sets lack: long ones, to pin the token cut and the C port's limits
// (src/board/ifeval-native.test.ts, src/board/ifeval-board.test.ts).
import assert from 'node:assert/strict';
import type { IfevalResponder } from './respond.ts';
// The artifact module first: it is the root of the responder's import cycle (cues.ts <-> plan.ts), as in the tests.
import { readContainer, writeContainer } from '../../artifact/container.ts';
import { buildResponderArtifact, loadResponder } from './artifact.ts';
import { planRequirements } from './enforce/requirements.ts';

const LINES = [
  'The river town keeps its old stone bridge, and the market opens on Tuesdays when the boats come in.',
  'Travelers ask about the lighthouse, the 1887 flood, and the recipes the bakers still share at dawn.',
  'Write about how the town changed, what the people remember, and why the bridge still matters to them.',
];
/** Every PARAGRAPH_EVERY-th line ends a paragraph, so the prompt has blank lines too. */
const PARAGRAPH_EVERY = 7;
const CONSTRAINTS = '\nAnswer with at least 300 words, in all lowercase letters, and do not use any commas.';

/** A prompt of about `bytes` UTF-8 bytes: varied request text, then a few constraints. */
export function longPrompt(bytes: number): string {
  let text = '';
  for (let k = 0; text.length + CONSTRAINTS.length < bytes; k++) text += LINES[k % LINES.length] + ((k + 1) % PARAGRAPH_EVERY === 0 ? '\n\n' : ' ');
  return text + CONSTRAINTS;
}

/** Ordinary sentences a review found misread by early version-6 rules (round5.test.ts checks the exact requirements
 * each gives), and two the rules must still read. */
export const REVIEW_PROMPTS: readonly string[] = [
  "Recommend a laptop in at least 100 words. Budget: under 1000.",
  "Write about 200 words on Jupiter and name its moons (at least 4).",
  "Write a 100-word story for kids (5-10).",
  "Write a 300-word blog post. Include tips: 5 or more.",
  "Write 5 sentences about the moon (about 384,000 km away).",
  "Write a 150-word description of Everest, roughly 8,849 m tall.",
  "Use the word 'cloud' exactly 3 times, and keep each sentence short — under 20.",
  "Write a cover letter of about 250 words. I have 5 years of experience, and more than 10.",
  "In 4 sentences, explain why the speed limit here is 30 - not over 30.",
  "Write 3 paragraphs, 200 words minimum. At most 2 bullet points.",
  "Don't write anything offensive.",
  "Don't say anything about the price.",
  "Don't mention Paris at the beginning; save it for the end.",
  "Make sure everything is included.",
  "Mention it at least twice.",
  "Finish with NBA stats about LeBron.",
  "Write a note; I'll type the message exactly as you write it.",
  "İstanbul'un en büyük müzesi hakkında kısa bir yazı yaz.",
  "Include the words love, hope and end.",
  "Use the keywords budget, start and finish.",
];

/** Sentences in the seventh author's kinds of wording (round5.test.ts checks each, by index). */
export const SEVENTH_AUTHOR_PROMPTS: readonly string[] = [
  'Agenda for the sync. format:\n* item\n(exactly 4 points)',
  'Five tips for new hikers, each starting with Tip 1 / Tip 2 / Tip 3 / Tip 4 / Tip 5.',
  'Split the plan into Stage 1 ... Stage 3 (3 parts).',
  'Tell my team the demo moved. Use some words in all caps — 2 or more.',
  'Write a bedtime story of 6 sentences or longer.',
  'A caption for the photo, 25 words or under.',
  "Lots of s's!! 12 or more of the letter s please.",
  'A JSON record for the book. It needs the keys title and author.',
  'A welcome sign, all in upper case.',
  'text to my neighbour, all small letters',
];

/** Sentences in the sixth author's kinds of wording (round5.test.ts checks each, by index). */
export const SIXTH_AUTHOR_PROMPTS: readonly string[] = [
  'Write a short toast for the office party. End it like: Cheers, everyone',
  'A chant for the swim team, all caps. End it with GO SHARKS',
  'hype post for the gig tonight, end w/ SEE U THERE',
  "Write a riddle with at least 8 letter z's in it.",
  'A tongue twister for my son. Use t at least 20 times.',
  "Three paragraphs with blank lines between them, paragraph 2 must open with 'Meanwhile'.",
  'Tell me about tides. Before you answer, say my request back exactly as I typed it.',
  'A lease template; leave [brackets] for at least 4 details the tenant fills in.',
  'Two taglines for my bakery. And nothing with the word cheap in it.',
  'short caption for my dog pic, w/o commas pls',
  'Plan a picnic menu for six. Make sure lemonade gets a mention.',
  'no more than 3 sentences & don\'t say unfortunately',
  "Write a toast using the word 'friend' twice but the word 'boss' never.",
  "Reply to the review and avoid 'amazing' please.",
  "Don't overdo 'team', it should appear fewer than 4 times.",
  'A notice for the gym. Sentences must be less than 6.',
  'keep fully capitalised words to two at most please',
  "Don't put more than 2 words in all capitals.",
  'Pisz po polsku, ale odpowiedz po ukraińsku.',
  "Kısa bir not yaz. En fazla 50 kelime olsun ve 'kedi' kelimesini en az iki kez kullan.",
  "Skriv en kort text. Ordet 'kaffe' får inte förekomma.",
  "Écris un poème où le mot Lyon doit apparaître au moins une fois.",
  'Give me a packing list: 2 highlighted bits with *asterisks*, under 60 words.',
];

/**
 * Sentences written for the rule tests of responder_versions 5 and 6 (round4.test.ts, round5.test.ts), one prompt each: the C
 * parity test (src/board/ifeval-native.test.ts) runs them without the benchmark data, so every new rule
 * is compared byte for byte in both runtimes even where no data set reaches it.
 */
/** Sentences written for round6.test.ts (responder_version 7, scope.ts): negations, loose relation words, asterisk-named
 * highlight counts, quoted end phrases, a copied first sentence; and the readings they must not change. */
export const SCOPE_PROMPTS: readonly string[] = [
  "Write a note for the school gate. I'd rather the word \"cancelled\" did not appear.",
  "Write a toast for my sister. Don't forget to mention \"Lisbon\".",
  "Write a caption for a pottery class. Make sure the letter \"z\" doesn't show up anywhere.",
  "Write a story about a lighthouse keeper; the letter q mustn't appear even once.",
  "Write an apology to my neighbour, and stay beneath 120 words.",
  "Write a bio for the fair programme, 60 words at the very most.",
  "Describe the harbour at dawn in somewhere north of 8 sentences.",
  "I don't want the cover letter running past 250 words.",
  "Make it at least 100 words so it's not too thin.",
  "Write 300 words about the most beautiful place you know.",
  "Write a thank-you card. Mark two or more of the key moments by surrounding them with single asterisks.",
  "Give me ideas for a garden party and mark at least 3 of them with *single asterisks* on each side.",
  "Write a product blurb with at least 2 phrases set off with *asterisks*.",
  "Write a review and give it 5 stars.",
  "Write three paragraphs separated by three asterisks.",
  "Draft a text to my band: gig moved to 9pm. Finish it with the exact phrase \"Don't forget the spare strings.\"",
  "Write a short speech for my retirement and let it end on \"Thank you, Kendal!\"",
  "Write a limerick about a heron. Start your reply by copying out that first sentence exactly and then give the limerick.",
];
/** Sentences written for round7.test.ts (responder_version 8, scope.ts): a negated bound or case, negated loose
 * relation words, a divider's part count, counted capital words, and the readings they must not change. */
export const BOUND_PROMPTS: readonly string[] = [
  'Write a bedtime story, and it mustn\'t exceed 180 words.',
  "Describe the old mill. I'd prefer it didn't go over six sentences.",
  'Give me a packing list, nothing above 90 words.',
  'Explain tides to a child; it should not be fewer than 7 sentences.',
  'The recap must not cross 140 words.',
  "Write a welcome speech. I don't want more than three words written fully in capitals.",
  'Make the club notice long enough: not below 200 words.',
  'Write a sign for the bakery window with no small letters in it whatsoever.',
  'Draft a text to the tenants, nothing in upper case please.',
  'Write a birthday card, not too long — fewer than 60 words.',
  'Keep the absolutely non-negotiable rules in ALL CAPS, and use at least 300 words.',
  "Don't write more than 100 words about the fire drill.",
  'Write at least 150 words so it never feels rushed.',
  'Explain compost in at least 5 sentences, and do not use any commas.',
  'Write the club notice as three blocks of text, with *** on its own line between them.',
  'Describe autumn in four chunks separated by ***.',
  'Compare the 3 trails and separate the paragraphs with ***.',
  'Write a flyer with at most one word fully in capitals.',
  'Make sure two or more words are fully capitalised for emphasis.',
  'Write 300 words, all in capital letters.',
];
/** Sentences written for round8.test.ts (responder_version 9): reply languages named in a non-English prompt's own words,
 * bare-number corrections, comparison signs, parts named in the writer's words, spec lines, keyword readings; with
 * controls. None is taken from a test set. */
export const V9_PROMPTS: readonly string[] = [
  'Γράψε μου μια σύντομη συνταγή για φακές. Την απάντηση θέλω στα γαλλικά.',
  'Напиши короткое поздравление коллеге с днём рождения, пожалуйста, на английском языке.',
  '東京の桜について短い文章を書いてください。英語で答えてください。',
  '부산 여행 일정을 짜 주세요. 답변은 영어로 부탁해요.',
  'Kirjoita lyhyt kuvaus kotikaupungistani Tampereesta englanniksi.',
  'Yunan mutfağı hakkında kısa bir yazı yaz, cevabı Almanca ver.',
  'Η γιαγιά μου φτιάχνει ελληνικό φαγητό κάθε Κυριακή. Γράψε ένα ποίημα γι αυτήν στα αγγλικά.',
  'Write a short note to the Ukrainian families in our street about the bin collection days.',
  'Describe a walk by the river. Use 3 paragraphs, no wait, 4: I forgot the bridge. Separate them with ***.',
  'List what to pack for a ferry trip: 6 bullets, actually, make it 8, I forgot snacks.',
  'Product blurb for a desk lamp.\nlen <= 60 words\ncase: lower',
  'Warning sign for the pottery kiln.\ncase: upper\nwords < 25',
  'A short poem about rain in 3 stanzas separated by blank lines; the second stanza should start with the word Puddles.',
  'Three paragraphs on composting, blank lines between them, and the opening paragraph should begin with the word Worms.',
  'Describe the museum in two paragraphs; in any case, lower your voice in the gallery.',
  'Give me the bakery stock as JSON and include the keys flour and yeast somewhere in it.',
  'Summarise the tenancy rules and make sure it mentions deposit and inventory somewhere.',
  'Explain how tides work, then say that question back to me, and please mention gravity when you do.',
];

/** Sentences written for round9.test.ts (responder_version 10): symbols read in any language (titles, numbered section
 * markers, bullet markers, placeholder and highlight examples beside a count, a divider's count), multi-word keyword lists, a word's presence stated
 * after it, word budgets, consequence and penalty wordings, a stated relation over an approximate count; with controls. None is
 * taken from a test set. */
export const V10_PROMPTS: readonly string[] = [
  '秋の京都について短いエッセイを書いてください。タイトルは<<紅葉>>のように付けてください。',
  'Skriv en kort guide om surdeg i tre delar: DEL 1, DEL 2 och DEL 3.',
  'Write the onboarding email in two parts, Part 1 (accounts) and Part 2 (equipment).',
  'Step 1: read the tenant\'s message. Step 2: write a calm reply about the boiler.',
  'Приготовь список покупок для пикника: ровно 6 пунктов, каждый начинается со звёздочки *.',
  '주말 등산 준비물을 글머리 기호(*)로 정확히 7개 적어 주세요.',
  'Daftar belanjaan untuk pesta ulang tahun, tepat 9 poin, tiap poin diawali tanda \'- \'.',
  'Compare two tents, and separate the reviews by a line with just three "*" symbols: ***',
  'Tuliskan templat surat lamaran kerja dengan minimal 3 isian dalam kurung siku, misalnya [nama perusahaan].',
  'Give me two soup recipes in this layout:\n[Recipe 1]\n***\n[Recipe 2]',
  'Write a flyer for the bike shop. Include the phrases puncture repair and chain oil.',
  'Blog intro for an installer. Keywords to include: heat pump, grant scheme, insulation.',
  'Describe the harbour at dawn; the word gull must appear.',
  'Describe the harbour at dusk; the phrase "low tide" must not appear.',
  'About 80 words. Well, the hard rule: fewer than 80 words. A caption for the zoo photo.',
  'Write a product listing for a kettle; the shop rejects listings with more than three fully capitalised words.',
  'A note for the allotment gate, every letter lowercase, not a single capital.',
  'Three paragraphs on night buses, blank lines between them; the 2nd (middle) paragraph starts with the word Meanwhile.',
  'Word budget is 200 minimum. Topic: why libraries matter.',
  'A thank-you card for the nurses with three highlights like *this*.',
  '생일 초대장을 써 주세요. 중요한 부분 2곳을 *이렇게* 강조해 주세요.',
  '캠핑 후기를 써 주세요. 4개 문단으로, 문단 사이에 *** 를 넣어 주세요.',
  'Write the abstract for my thesis; if it runs past 250 words the journal rejects it.',
  'Pupils who write more than four sentences lose a point, so keep the model answer short.',
];

/** Sentences written for round10.test.ts (responder_version 11): shorthand and misspellings (step 0 spelling), list
 * labels in parentheses, abbreviated relations, penalty limits after a negation, counts typed as "3x", block capitals,
 * a JSON object shown as the form, numbered markers giving a per-X count, pronouns and after/before ending a bare list,
 * unquoted endings ({PHT}), "then" for "than", a word of the ending never forbidden; with controls. None is taken from a
 * test set. */
export const V11_PROMPTS: readonly string[] = [
  'draft the shift handover note for the ward, <= 90 wds, no commas',
  'write the memo for the depot drivers in 4 paragrpahs separated by ***',
  'give me the bake sale rota in less than 6 sentances',
  'list what the plumber needs, at least 3 bullit points',
  'Écris un poème en 2 paragraphes séparés par ***.',
  'Use the word "sentance" once, it is the name of my band.',
  'Rules:\n(1) exactly 5 bullets\n(2) all lowercase\nTask: packing list for the farm show.',
  'bio for the choir website, min. 4 sentences',
  'Coach notes, 120 words max. Use a friendly tone.',
  'dont go past 60 words or the parish bulletin cuts it off',
  'tour guide script with 2x highlights in markdown',
  'Shop sign for the locksmith, all of it in block capitals.',
  'Museum caption, with block capitals used for two words at most.',
  'Which planet is biggest? Reply wrapped like {"planet": "..."} and nothing else.',
  'Plan for the apprentice, one section per day, headed DAY 1, DAY 2, DAY 3 and DAY 4.',
  'Use STEP 1 through STEP 3 as the headers for the fuse box guide.',
  'never use the word cheap, our customers hate it',
  'Write a note to the volunteers and end with God bless.',
  'note to my landlord, all lowercase, end with thanks again. keep it short',
  'Write the invite and end with a question.',
  'Tell the guests about parking, then finish with P.S. for the late arrivals.',
  'no more then 80 words about the harvest festival',
  'give me 3 bulletpoints on safe ladder use',
  'End your reply with "See you at the match" and put no other words after the word "match".',
];

/** Sentences written for round11.test.ts (responder_version 12): bare lists that stop at another match's words,
 * hyphenated keywords, "3x" as a number of times, "no" before punctuation, bracketed examples as placeholders, a request
 * before a lone dash, echo/paste repeat wordings, restated bounds, phrase lists after "the words", digits of other
 * scripts; with controls. None is taken from a test set. */
export const V12_PROMPTS: readonly string[] = [
  'caption for the bakery, never use the word tasty, max 2 sentences',
  'notice for the allotment gate, it must mention high-vis',
  'toast for my brother, use the word anchor at least 2x',
  'form letter with [tenant name] and [flat no], ≥ 3 placeholders in all',
  'reminder for the choir about robes. leave [date] and [venue] as blanks',
  'Write the rota for [name]\n***\n[name]',
  'Write a welcome note for new bell ringers — first type my request back exactly, then do it.',
  'Describe a safe way to clean gutters. echo that first sentence back to me exactly, then answer.',
  'the bio box takes 40 words, so nothing past 40',
  'short blurb, about 60 words, so anything longer than 60 won\'t fit',
  'about 60 words, with more than 60 people in the hall',
  'flyer for the fete, must include the words tombola stall and raffle',
  '3 paras, blank line between each, the 2nd para starts with Meanwhile',
  'این متن باید حداقل ۳ جای خالی مثل [نام] داشته باشد',
  'The deadline closes on the 30th: send the forms to the office.',
  'Never use the word soggy, my chef hates it.',
  'use the words red, blue and green in the poem',
  'avoid the words cheap, tacky',
  'list of snacks x4, dash bullets',
  'hype copy, three fully capitalised words at the very most',
  'capitals on no more than two whole words',
  'Mention Brightline by name at least 2 times.',
  'essay, 300 words minimum, and harbour should come up twice at least',
  'Tell the story in at least 6 short sentences.',
  'Four scenes with *** between each scene.',
  'Write the sign in nothing but capital letters.',
  'Close on this exact line: See you Sunday.',
  'final line is exactly GAME OVER',
  'Write about ferries, and the word ferry never appears.',
  'Write a haiku about rain. Type out the request above exactly before you answer.',
  'mark the names as fill-ins in square brackets, two of them minimum',
  'I need exactly 5 of them, as a markdown list',
];

/** Sentences written for round12.test.ts (responder_version 13, the cue step): instructions in 20 languages read by cue
 * words near numbers and quoted strings, in scripts with and without spaces; with controls (English, no instruction, a
 * number that counts no unit, a negation that negates something else). None is taken from a test set. */
export const V13_PROMPTS: readonly string[] = [
  "Напиши короткое поздравление для коллеги. Не более 50 слов, и обязательно используй слово «спасибо».",
  "Опиши наше місто для туристів рівно в 5 реченнях.",
  "自己紹介を書いてください。ちょうど3つの段落にして、最後は「よろしくお願いします」で終わってください。",
  "请写一段产品介绍，分成4段，必须包含“环保”这个词至少两次。",
  "축사를 써 주세요. 문단은 정확히 네 개로 하고, '행복'이라는 단어를 두 번 이상 넣어 주세요.",
  "Γράψε μια περιγραφή με τουλάχιστον τρεις προτάσεις και χωρίς κόμματα.",
  "Bir düğün konuşması yaz. Konuşma en fazla 120 kelime olsun ve 'mutluluk' kelimesini en az iki kez kullan.",
  "اكتب وصفاً قصيراً للمطعم في ثلاث جمل على الأكثر.",
  "मेरे दोस्त के लिए जन्मदिन का संदेश लिखो। कम से कम 80 शब्द होने चाहिए।",
  "Viết một đoạn giới thiệu ngắn, không quá 60 từ, và không dùng dấu phẩy.",
  "เขียนคำอธิบายสินค้า ไม่เกิน 50 คำ",
  "Rédige une annonce en exactement 3 paragraphes, sans aucune virgule.",
  "Escreva uma legenda com no máximo 40 palavras e termine com \"Até logo!\"",
  "Skriv en kort text på högst 4 meningar.",
  "Kirjoita esittely, jossa on vähintään 3 kappaletta.",
  "Napiš pozvánku, maximálně 5 vět, a na konci napiš „Těšíme se!“",
  "Tulis deskripsi produk dengan paling sedikit 100 kata.",
  "Andika ujumbe mfupi wa sentensi tatu tu.",
  "Write exactly 3 sentences about rain.",
  "Напиши стихотворение о весне, пожалуйста.",
  "Моему сыну 8 лет. Напиши сказку про кота.",
  "כתוב הודעה קצרה לכל היותר 30 מילים",
  "یک متن کوتاه بنویس، حداکثر ۵۰ کلمه.",
  "Scrie un anunț de cel mult 3 propoziții.",
  "Schreib eine kurze Nachricht an die Nachbarn, das Wort Party darf nicht vorkommen.",
  "Scrivi la ricetta, almeno 8 frasi, e ricordati di usare la parola \"zafferano\" (non la bustina).",
  "Напиши объявление без единой запятой, не больше трёх предложений.",
  "商品紹介を書いてください。「限定」という言葉は使わないでください。",
  "כתוב הודעה קצרה מטעם יו\"ר הוועד לדיירים, בלי פסיקים בכלל.",
  "Напиши оголошення: список рівно з трьох пунктів.",
];

/** responder_version 14 (round13.test.ts): counts of zero stated by negation, positions given as an aside, endings inside
 * an outer quotation, "and" phrases, and the cue step's quotation, n-th paragraph and colon-ending readings; written for
 * the test (none from a test set), controls included. */
export const V14_PROMPTS: readonly string[] = [
  "Write a safety notice for the workshop. Not one word may be written entirely in capital letters, not a single one.",
  "A slogan for the bakery, and it must not contain even a single word in all caps.",
  "A riddle about the moon with the letter a not appearing anywhere.",
  "A riddle about rivers with not one e in it anywhere.",
  "Two short toasts for the retirement party, separated by ******. Neither may use the word legend.",
  "The intro box takes 40 words, so 40 at the most.",
  "Four paragraphs about tides, with a blank line between each. The closing paragraph, which is the fourth, has to open with the word \"Finally\".",
  "Three paragraphs on soil, separated by blank lines. Open the middle paragraph, the second one, with the word \"Roots\".",
  "Our club rules say: \"Keep it to five bullet points. The final line must be: see you on the water\". Write the welcome note.",
  "Write a product blurb. Please mention cedar and sea salt by name.",
  "Please mention both Oslo and the apprenticeship in the cover letter.",
  "Use no more than two words in capital letters.",
  "Escribe un anuncio para la biblioteca y pon todo el texto entre comillas dobles.",
  "Schreib eine kurze Einladung und setze den ganzen Text in Anführungszeichen.",
  "Используй слово «спасибо» в кавычках.",
  "Напиши письмо из трёх абзацев; второй абзац должен начинаться со слова «Кстати».",
  "Üç paragraflık bir mektup yaz; üçüncü paragraf 'Sonuç' kelimesiyle başlasın.",
  "Напиши письмо из трёх абзацев и начни его со слова «Привет».",
  "Viết một thông báo ngắn cho cư dân. Kết thúc bằng đúng câu: Xin cảm ơn mọi người.",
  "Viết một thông báo ngắn. Kết thúc bằng đúng câu: Xin cảm ơn. Thêm danh sách ba ý.",
  "כתוב הזמנה קצרה לאירוע ושים את כל הטקסט בתוך מירכאות.",
  "짧은 공지를 써 주세요. 전체 글을 큰따옴표로 감싸 주세요.",
  "三段落の手紙を書いてください。二番目の段落は「さて」で始めてください。",
];

/** responder_version 15 (round14.test.ts): reply languages read from 41 languages' function words and from scripts,
 * language names written in Catalan, Hungarian and Croatian, digits of the Indic scripts, "cannot be longer than", "make
 * sure it says", an ending followed by "and nothing after it"; written for the test (none from a test set), controls
 * included (an English prompt naming nationalities, a quoted bullet marker, a keyword with pattern syntax). */
export const V15_PROMPTS: readonly string[] = [
  'Write my out of office. It cannot be longer than 50 words.',
  "Write a note for the fridge. Make sure it says 'bins go out on tuesday'.",
  'Make a sign for the shop door. Whole thing in upper case please. Finish with the line THANK YOU FOR VISITING and nothing after it.',
  'દિવાળીની રજાઓ માટે એક સૂચના લખી આપો. સૂચનામાં બરાબર ૪ મુદ્દા હોવા જોઈએ, દરેક મુદ્દો * થી શરૂ કરવો.',
  'ഒരു ചെറിയ കുറിപ്പ് എഴുതുക, കൃത്യമായി ൩ ഖണ്ഡികകൾ.',
  'Напиши, будь ласка, лист для сусідів, що ми будемо робити ремонт у квартирі.',
  'Napíšte krátky list pre susedov, že budeme mať opravu, a nepoužívajte čiarky.',
  "Escriu una carta a l'Ajuntament per demanar permís, però la vull en castellà, si us plau.",
  'Írja meg a levelet a szomszédnak németül, két bekezdésben.',
  'Molim te, napiši kratki tekst o palači na talijanskom jeziku.',
  "Schrijf een tekst. Gebruik drie opsommingstekens met '*' en noem het woord 'keuring'.",
  "Write about programming. Include the word 'C++' at least twice.",
  'Describe the German and Russian tourists who visit our town every summer.',
  'Γράψε ένα σύντομο μήνυμα για τους γείτονες.',
];

// responder_version 16 (round15.test.ts): English readings of round 15 and the name echo, controls included.
export const V16_PROMPTS: readonly string[] = [
  'Write a thank-you card for the caretaker. End it with the word Cheers!',
  'Write a note to the new tenants and add a P.D. at the end in Spanish.',
  "Tell the story of a ferry crossing in three paragraphs separated by blank lines, and make the first word of the second paragraph 'Suddenly'.",
  'Which trees grow fastest in clay soil? Begin by saying that question back to me word for word, then answer it.',
  "Write a poem about rain. The word 'umbrella' must come up.",
  "Draft a flyer for the jumble sale. My aunt insists the word 'bargain' is in there.",
  'Write a toast for the twins and mention their names (Ada and Theo).',
  'Rewrite the tips for new cyclists. Also drop the word "basically", you used it five times.',
  'Make a notice for the site gate. The sign printer only does capital letters.',
  'Write a report with headings labelled PART 1, PART 2 and so on, three of them in total.',
  'Email the parents. Plumbing must get a mention, and keep it friendly.',
  'Give me a short bio. No sentence count above four, please.',
  'Three ALL-CAPS words is the most I will accept in this speech.',
  'Write a cheer for the team and the last words need to be GO BLUES GO',
  'A 3 paras essay on libraries, please.',
  'Write a message to every single person in the club about the picnic.',
  'Describe the cabin. Our booking form chokes on commas, so skip them.',
  'Write the welcome note and keep the word "cosy" out of it.',
  'Write the listing; the owner bans the word luxury.',
  'Write an advert for the sale. Off limits: cheap, deal.',
  "Write about our yoga weekend, but don't call it a 'retreat'.",
  'Use commas where they help the reader.',
  // Controls: a signature that is not quoted is no ending; a price in brackets is no list of names.
  'Write an email to my landlord and sign off as Tom.',
  'Mention the price (in euros) and keep the advert short.',
  // Round 15's second session (version 16): unquoted endings and bullet counts read from how people write them.
  'Write the safety notice for the workshop, and the last line has to be KEEP THE GATE SHUT.',
  'Write the bake sale poster; it has to end with SALE STARTS AT 10.',
  'Write a cheer for the match day and sign off with GO TIGERS, the team chant.',
  'Write a reminder for the choir rehearsal and close it with Kind regards',
  'Give me packing advice for a ferry trip: five tips, each one a bullet.',
  'Plan the cycling trip with one bullet per day, so four bullets in all.',
  'Write a reminder for the choir rehearsal and close it with a question',
];

// responder_version 17 (round16.test.ts): tags, snake_case keys, a bettor's doubt, the answer's first word, highlights
// counted before a starred word, keywords to get in, negated bounds in Hebrew, Arabic, Turkish, Romanian and Greek.
export const V17_PROMPTS: readonly string[] = [
  'Use the hashtags #FarmShop and #LocalEggs in the caption.',
  'Write a post about the new bike lane and end it with #RideSafe',
  'Give me the rota as JSON; one of the keys has to be shift_start.',
  'Output the booking as JSON, and the field must be called guest_name.',
  "My sister bet me you can't write a riddle with the letter z at least 6 times.",
  "Write a riddle that can't use the letter z more than twice.",
  'Write four paragraphs separated by blank lines, and the very first word must be Listen.',
  'Start the email with the word Hello and keep it under 60 words.',
  'Tell me about the eclipse with ≥ 2 *highlighted* phrases.',
  'Write the complaint and get the phrase "full refund" in there somewhere.',
  'Describe the villain in four bullet points and work in the lighthouse.',
  'כתבו הזמנה קצרה למסיבה, ולא יותר מ-40 מילים.',
  'Bir kafe için kısa bir tanıtım yaz, metin 80 kelimeyi geçmesin.',
  'اكتب رسالة قصيرة لجيراني عن الحفلة، ولا تزيد عن 50 كلمة.',
  'Scrie o scrisoare pentru bunica, iar textul să nu aibă sub 90 de cuvinte.',
  'Γράψε ένα μήνυμα για τη γιορτή. Όχι πάνω από τρεις προτάσεις.',
  'Komşularıma bir duyuru yaz ve köşeli parantez içinde en az 3 boşluk bırak.',
  'Give me the shop stock as JSON and include the keys apples and pears.',
  'The key to a good toast is brevity, so keep it short.',
  // The round's second part (from the nineteenth author's set once scored): endings placed by a tail or typed in
  // lowercase, the middle paragraph, bounds restated, counts before a dash, a repeat asked as a copy, controls.
  'Write the ferry welcome; it ends on ENJOY YOUR TRIP',
  'Write the note and sign off with Cheers Dave at the very end.',
  'Write the invoice email and finish it exactly as Tom Reed with nothing after it.',
  'all lowercase please, and end it with see you on the water',
  'Write the flyer and end with Come and join us today!',
  'Three paragraphs with blank lines between them, and the middle one should begin with the word Meanwhile.',
  "My sister wants the word 'ocean' in it at least twice.",
  "A jingle with thirty or more z's in it.",
  'Two paragraphs split by a blank line, and Goodbye as the very first word.',
  'Write the card; it can run to 60 words but not a word beyond.',
  'The label fits 40 words, not one more.',
  'Keep the summary south of 90 words.',
  'Write the recap, 300 words is my floor.',
  'The word goal needs to appear on at least three separate occasions.',
  'List the safety rules: exactly four rules, each on its own line starting with a dash.',
  'Key facts as bullets, exactly three of them.',
  'Write the announcement, and three all-caps words max.',
  'Write the poem in three paragraphs with an empty line between them, the third opening on the word Finally.',
  'Our printer shows commas as odd symbols, so please use none.',
  'Open with my request copied out exactly, then answer: what is a tide?',
  'Can you write the message telling guests that breakfast starts at seven?',
  'We need square-bracket blanks for the names, five at the very least.',
  'and harbour wall should be written out in it.',
  'Write the party invite, and cake should be in it a minimum of three times.',
  // The round's third part: a key called X, a bare letter after "and", "leading with", "X is the first word of the
  // first paragraph", "say X somewhere", "X should get a mention at least twice", "Six-plus words in full caps".
  'Add a field named barcode to each item.',
  'Give me the JSON; there must be a key called region for each row.',
  'Write the notice in capitals, and HARBOUR should appear on the sign at least three times.',
  'all lowercase, and k has to pop up 10+ times.',
  'two paragraphs with an empty line between them, the second paragraph leading with still.',
  'Six-plus words in full caps please.',
  'Mention the lighthouse by name at least two times.',
  'Three paragraphs with a blank line between each, and Dear is the first word of the first paragraph.',
  'say sparkle somewhere in the caption.',
  'Write the recap. Volunteers should get a mention at least twice.',
  'Write the menu, and prices should appear in a table.',
];

// responder_version 18 (round17.test.ts): an ending after "with" read by the instruction reader, "don't use commas" as no
// commas, "N times or more" / "or fewer" after the unit; a quoted keyword and a quoted ending in Spanish, a German ending
// the reader reads; a bullet marker or a highlight example with a number word of the prompt's language (Arabic,
// Persian, Telugu) and a marker touching the Arabic comma. Written for the test, none from a test set; the controls (descriptions after "with", a quoted
// forbidden word, "exactly", a Spanish "un" that is no count) come last.
export const V18_PROMPTS: readonly string[] = [
  'Write the invitation for the street party. End with See you on the green.',
  "Put the week's activities up in capital letters and finish with ALL WELCOME as the final words.",
  'Write a note to the neighbours. End with Cheers Mike with nothing after it.',
  'Write 3 paragraphs separated by *** or under 150 words.',
  'Escribe una nota para los vecinos y usa la palabra «ruido» al final del texto.',
  'Escribe una nota y termina con «Gracias por todo».',
  'Schreib einen Brief an die Nachbarn mit dem Schluss „Liebe Grüße“.',
  'Write a flyer for the bake sale. Don\'t use commas anywhere.',
  'Write a chant for the match with the letter k turning up 12 times or more.',
  'Write a poem and use the word tide 3 times or fewer.',
  'اكتب إعلانًا قصيرًا عن افتتاح المكتبة الجديدة، كل فكرة في سطر يبدأ بعلامة *، ثلاث نقاط فقط.',
  'برای مشتری‌های کافه یک پیام کوتاه بنویس و دست‌کم سه نکته را با ستاره برجسته کن، مثل *ساعت کاری*.',
  'దుకాణం గురించి ఒక చిన్న ప్రకటన రాయండి. కనీసం మూడు విషయాలను *ఇలా* నక్షత్రాలతో గుర్తించండి.',
  'Write a short history of the club. Finish with a quick summary of the rules.',
  'Write a guide to pruning roses. End with two tips for beginners.',
  'Write a guide to pruning roses. Finish with NBA stats about LeBron.',
  'Escribe consejos para el huerto, con * al principio de cada línea, un consejo por línea.',
  // A byte-order mark glued to the first word: that token is no number word in TS or C (the parity test runs it).
  '\uFEFFخمس نقاط عن المكتبة، كل نقطة تبدأ بعلامة *.',
  "Write a flyer for the bake sale. Don't use the word 'cheap' anywhere.",
  'Write a poem and use the word tide exactly 3 times.',
];

// responder_version 19 (round18.test.ts): in a prompt not written in English, an unquoted ending after the word that
// brings it in (the lexicon's WITH: "com", "con", "mit", "словами"), an include verb's unquoted one-word object, and a
// relation word next to a count the patterns read as exact ("Non oltre tre frasi"); a count called too many or too
// few ("50 words is too many"). Written for the test, none from a test set; the controls (a description after "con", a
// capitalised noun after an article, a colon list, a Korean auxiliary, an acronym that spells a verb, a negated
// include, "not too short") come last.
export const V19_PROMPTS: readonly string[] = [
  'Escreve um aviso para os vizinhos sobre a festa. Termina a mensagem com Até sábado, pessoal! e nada depois disso.',
  'Scrivi un cartello per il mercato. Deve finire con Buon appetito!',
  'Escribe un aviso para la asamblea y terminá el texto con ¡Los esperamos!',
  'Schreib eine kurze Nachricht an die Nachbarn über das Hoffest. Beende die Nachricht mit Bis bald!',
  'Napisz krótką wiadomość do sąsiadów. Zakończ ją słowami Do zobaczenia.',
  'Напиши памятку для новых сотрудников. Обязательно упомяни пропуск, потому что без него не пустят.',
  'Scrivi un cartello che spieghi il menù. Non oltre tre frasi.',
  'お店のお知らせを書いてください。大切な点を3か所、*このように*アスタリスクで囲んでください。',
  'Write the slide for the cinema. 50 words is too many, stay below that.',
  'Write a note for the parents. More than 100 words is way too long.',
  'Write a review of the cafe. Fewer than 80 words is too short.',
  'Write the leaflet for my window cleaning round. The space is 80 words and nothing past that.',
  'Write the description for my candle. Ninety words is the line, stay short of it.',
  'Write a sign for the ticket office. It has to stay inside 25 words or it won\'t be readable from the queue.',
  'Write the chant for the team, and the letter k has to appear at least 5 times or it doesnt count.',
  'Explain the rule to me in four sentences max, no wait, a maximum of three sentences.',
  'Explain the rule to me in four sentences, sorry, at most three sentences.',
  'Write the call sheet as half a dozen bullet points with dashes.',
  'Write a kit list. A five-item list using * bullets, no other lines bulleted.',
  'Write the notice. Six rules, written as a list with an asterisk at the start of each line.',
  'Write the card. Four dash-led lines, one per item, nothing else as a bullet.',
  'Write the safety card as a list of 5 points, no, scrap that, 4 points, each line starting with *.',
  'I sell candles. Write a product blurb. Before anything else copy this whole request out unchanged.',
  'I run a shop. Please write a note for my staff. Write all of that out word for word first and only then answer it.',
  'Please write a thank-you card for my neighbour. Open your reply with this request, reproduced word for word, and only after that write the card.',
  'Scrivi un messaggio per i genitori. Prima di rispondere, ricopia la mia richiesta parola per parola.',
  'Écrivez un modèle de mail de confirmation et laissez pas moins de quatre champs à compléter entre crochets, comme [nom de l\'école].',
  'Write a short note to the buyer, and I need no fewer than two [square-bracket] blanks, for his name and the date.',
  'Write the letter template and leave square-bracket blanks for the parent\'s name, the player\'s name and the deposit amount, not less than three of them.',
  'Write the usher script. It must not reach 60 words.',
  'Write the invoice note. Stop before you reach six sentences.',
  'Write a recruitment post, and have five words in block capitals, more if you like.',
  'תכתוב לי הודעה קצרה ללקוחות. בדיוק ארבע נקודות, כל אחת בשורה משלה שמתחילה במקף.',
  'કૃપા કરીને એક નાની સૂચના લખો. ત્રણ ફકરા લખજો અને દરેક બે ફકરાની વચ્ચે *** વાળી એક લીટી મૂકજો.',
  'Rédigez une explication simple, avec exactement quatre étapes en liste, chaque ligne commençant par un tiret.',
  'Tafadhali niandikie tangazo fupi. Weka mambo matatu kwa vitone. Tangazo lote lisizidi sentensi sita.',
  'Write the booklet page. The booklet is called Little Magic Makers, so magic should crop up at least four times.',
  'Write a product note. Neon needs to come up no fewer than three times.',
  'Write a lesson plan for roundabouts, and let r turn up forty times or more.',
  'Rédigez une courte lettre pour les clients. Ajoutez un P.-S. à la fin pour rappeler les horaires.',
  'Escribe un correo amable y al final añade una posdata que empiece con "P.D." invitándole a un café.',
  'Escribe un aviso para los vecinos sobre la fiesta. Termina con una pregunta para Juan.',
  'Schreib eine kurze Nachricht an die Nachbarn. Beende die Nachricht mit einem Hinweis auf die Öffnungszeiten.',
  'Escribe un aviso con los horarios: abrimos a las nueve, y al final cerramos con Juan.',
  '메시지를 써 주세요. 감사를 꼭 넣어 주세요.',
  'Kannst du es schreiben? Bitte auf Englisch, weil wir in die USA verkaufen.',
  'Напиши памятку для новых сотрудников. Не упоминай пропуск, это отдельная тема.',
  'Write a speech for the reception. At least 200 words so it is not too short.',
  'Write a note. Put at least two tips in *single asterisks* so they stand out, three tips in all.',
  'Write a list of tips, exactly 5 of them, each one a line starting with a dash.',
  'Write a poem about the sea. Copy the rhyme scheme of a sonnet unchanged.',
  'Write a short toast. A couple of words in ALL CAPS are fine.',
  'Write a note for the team. It should come up three times in the meeting.',
  'Write a chant and let r turn up forty times or more than 100 words.',
  'Write 4 lines about the stars, no dashes or asterisks.',
  'Explain it in twenty five sentences max, no wait, a maximum of three sentences.',
];

// Issue 13 round 19 (responder_version 20, round19.test.ts): a JSON key named after a gap ("the key for the top score
// should be called high_game"); a count of capital words named as such, in the segment or in a later one that refers
// back to them ("keep them to two at most"); placeholders counted by the items listed before them ("The name, the date
// and the time need to be slots in square brackets"); a paragraph's first word asked in a sentence of its own wording
// ("paragraph three opens on the word Once"); commas inside an ending in capitals, "the word X is out", "a sku field",
// "by name", a correction with no punctuation after its marker, a bound phrase after a count ("3 times
// minimum"); in a prompt not written in English, a bullet dash shown as "(-)" or standing alone; the Arabic comma
// after a count; Hebrew "פחות" before a number with its proclitic; capitals asked of the whole answer in words of their
// own ("uppercase letters only", "full caps from first letter to last"); a weak bullet count read by a highlight
// example ("give two things the single-asterisk treatment ..., like *Hüttenschuhe*"). Written for the test, none from a test set; controls after each group.
export const V20_PROMPTS: readonly string[] = [
  'Give me the league table as JSON. The key for the points total should be called pts_total.',
  'Log the delivery as JSON and make sure there is a field literally called mileage.',
  'Write a JSON record of the match; the column holding the score is named final_score.',
  'Write a poem about a cat called Biscuit.',
  'Give me the keys to success, a list of habits named after famous people.',
  'Write a reply to the guest. Keep capital-letter words to fewer than two, our brand is calm.',
  'Write the notice. Fully capitalised words look like shouting, so keep them to two at most.',
  'Write a headline. Words in full capitals are allowed for acronyms, and there must be fewer than 4 such words.',
  'The old sign had about twenty shouty words; write a calmer one for the shop window.',
  'Write a note in capital letters, and keep it to fewer than 40 words.',
  'Write a booking confirmation template. The name, the date and the time need to be slots in square brackets, e.g. [name].',
  'Write an sms reminder. the name and the date go in square brackets so i can merge them.',
  'Tell them the venue and the dress code. Use square brackets for the date.',
  'Write a letter in four paragraphs with blank lines between them. The third is the one about prices and its first word must be Members.',
  'Four paragraphs, each separated by an empty line; I want Before as the opening word of paragraph 2.',
  'Three paragraphs with a blank line after each of the first two, and paragraph three opens on the word Once.',
  'Three paragraphs separated by blank lines. The first time you open the box, start with Step one.',
  'Write two paragraphs separated by a blank line about the Tour de France and start the race with Paris.',
  'Write a poster in capitals and finish with THREE, TWO, ONE, LIFT OFF!',
  'Write the sign and end it with GO TEAM, and keep it short.',
  'Write the email. The word free is out, legal said so.',
  'Give me the stock list as JSON. Each item needs a sku field.',
  'The neighbour has a spare key, so tell the guests.',
  'Write the appeal and call the stretcher by name.',
  'Write a blurb. Use the word husky twice, actually three times at least.',
  'Write a blurb. Mention husky 3 times minimum.',
  'Write 3 paragraphs, at most 50 words each.',
  'Use the word tide 2 times, at least 100 words in all.',
  'Menü için içecek listesi yazın. Altı madde olsun, her satır bir tire (-) ile başlasın.',
  'இன்றைய விலைப் பட்டியல் எழுதுங்கள். ஐந்து வரிகள் மட்டும், ஒவ்வொரு வரியும் - குறியுடன் தொடங்க வேண்டும்.',
  'Напиши письмо арендодателю. Не больше пяти предложений — он не любит длинные письма.',
  'Write three tips - short ones - for new runners.',
  'اكتب رسالة للعملاء. اترك فراغات بين أقواس مربعة لا يقل عددها عن ٣، مثل [اسم العميل] و[التاريخ].',
  'כתבי הודעה קצרה לאתר. פחות משישה משפטים.',
  'Write the sign. The stencil font has uppercase letters only, so write it that way.',
  'need a message for the lads. shout it, full caps from first letter to last.',
  'Write a warning sign, capital letters all the way through.',
  'Write a note. Use capital letters only for the names of the players.',
  'Explain the offside rule, but like everything lowercase please, she thinks capitals look like shouting.',
  'Write the hut rules in German. Five rules, one per line, every line opened by an asterisk. And give two things the single-asterisk treatment so they stand out, like *Hüttenschuhe*.',
  // Review controls: an IGNORE row's words may end a colon ending; a comma before a word in capitals that does not end
  // the sentence; prose dashes; prepositions after a count; a reference in the next sentence; counts after
  // "paragraph"; "more or less" in Hebrew; "max and no commas".
  "Write a letter to a client. Closing line: Don't hesitate to call us.",
  'end it with GO TEAM, NOT too loud though.',
  'Напиши письмо - три предложения.',
  'Use the word husky 3 times over the course of the story.',
  'Tell my kids why capital words matter. Then give them at most 3 tips.',
  'Four paragraphs with blank lines between them. Keep each paragraph 2 to 3 sentences and start with Hello.',
  'Three paragraphs with blank lines between them. Only one paragraph may start with And.',
  'כתוב חיבור של פחות או יותר 100 מילים',
  'use the word harbour 3 times max and no commas',
];

// Version 21 (round20.test.ts): readings from the phrasing banks (data/ifeval-phrasings-{1,2}, one constraint per
// prompt): a highlight or bullet count said in a clause the reader flags; an example shown instead of the marking named;
// caps lock and "every single letter as a capital"; "don't capitalise anything"; "reproduce the preceding sentence
// unaltered"; self-corrections that replace a count or a relation and its count ("... no, four is plenty", "... no, at
// least 150") or a quoted ending ("- no, change that to"); "don't leave out the word X"; "I need the word X", "work in both
// X and Y", "somewhere in it say X"; "repeat X at least three times" (a count, not a repeat); "keep the letter q to two at
// most"; "Language: Polish"; a bare part count in a `***` sentence or after its semicolon; blank lines ruled out; "wrap it
// up with the words"; quotes asked as "the whole msg in "quotes"" or "one quoted block"; Finnish "sanalla". Written for the
// test, none from a test set; controls last ("Repeat it back", a time "7.30", an age "35", a plain "leave out",
// "Don't capitalise the title", a correction to a bullet count).
export const V21_PROMPTS: readonly string[] = [
  "Write a product blurb for our linen tea towels. Emphasis: 3+ phrases marked *like this*.",
  "Write about our bakery. I want the key selling points in markdown highlight, *like this*, at least four of them.",
  "Suggest things to pack for a beach day.\nFormat: markdown list, 5 items.",
  "Write a note about the fete. Include at least 2 phrases set off with *single asterisks*.",
  "Write a note about the fete. Use *** between the 4 sections.",
  "Write a notice for the gym. Make sure the number of all-caps words doesn't go past three.",
  "text for the office party group chat, write it with caps lock on the whole way through",
  "Write a poster line for the jumble sale and write every single letter as a capital.",
  "Write a bio for my pottery page. Don't capitalise anything, it's the look of the feed.",
  "Describe our allotment rules. (Please reproduce the preceding sentence unaltered at the start, then answer.)",
  "Write three paragraphs about the canal... no, two is plenty. Separate them with ***.",
  "A welcome post for the forum, roughly 80 words... no, at least 150, they skim otherwise.",
  "End with \"See you Friday\" - no, change that to \"See you on Friday night.\" to match the flyer.",
  "Write a note for the volunteers. Don't leave out the word lanyard.",
  "I need the word refund in this one. Write to the customer about the late parcel.",
  "Write a bio for our new coach. Could you work in both coaching and mentoring?",
  "Write the listing (somewhere in it say warranty, buyers search for it): a used bike, £90.",
  "Write a radio jingle for Tide Mill Cafe and repeat Tide at least three times so it sticks.",
  "Write a paragraph for my son to type; keep the letter q to two at most.",
  "Request from the office:\nAudience: the new cleaners\nLanguage: Polish\nContent: where the keys are kept.",
  "Separate the paragraphs with *** this time and I need exactly four.",
  "Don't use blank lines between the paragraphs, use *** instead, three of them.",
  "I'm the best man, so wrap it up with the words \"Raise your glasses!\"",
  "put the whole msg in \"quotes\" like the cat is talking pls",
  "Format: one quoted block, i.e. it begins with \" and ends with \".",
  "Kirjoita ilmoitus. Tekstissä on kolme kappaletta, ja kappaleiden välissä on tyhjä rivi. Toinen kappale alkaa sanalla Lisäksi.",
  "Repeat it back to me first, then answer: what is a tide?",
  "Write two paragraphs about the fair. Use *** between them and we start at 7.30 sharp.",
  "Leave out the word cheap. Write an ad for our sofas.",
  "Write a poem about winter. Don't capitalise the title.",
  "Give me tips for the garden, exactly 5 of them, each line starting with a dash.",
  "Make it five bullet points... no, four bullet points.",
  "Write a reply to the landlord. Use *** between paragraphs; I'm 35 and this is my first flat.",
  // Part two (from set 23 as development data): a count named as the limit after it; a paragraph's first word for "the
  // last", "the third of them", after a colon, before "the opening word", as the subject of "should be the word"; "needs to
  // reach"; endings after a gap, at "the very end:", after "sign off the X with:"; word and letter counts; "keep the word X
  // in"; "It should name X"; "two blanks at least"; "own language, Hindi"; Hebrew "לא יותר". Controls: "the speed limit on
  // the dam road", "2 [placeholders]".
  "Write the flyer. It only fits sixty words, so that's the limit.",
  "The board has room for 30 words and not one more.",
  "Write the briefing. I lose them after six sentences, so six is the ceiling.",
  "Write about 150 words about the dam; the speed limit on the dam road is 30.",
  "Write a 200-word-minimum history of the pier.",
  "Three paragraphs with blank lines between them, and make Harbour the opening word of the last.",
  "Four paragraphs split by blank lines, and the third of them begins: Finally.",
  "Two paragraphs with a gap line between; Anyway should be the word the final paragraph opens with.",
  "Write the appeal. It needs to reach 200 words.",
  "Write a card. The final line on the card has to be BE KIND",
  "Write my reply, and my sign-off goes at the very end: Cheers, Sam.",
  "I always sign off the newsletter with: Stay curious, friends.",
  "Write about the port. Say harbour on three separate occasions at least.",
  "Write about boats. Anchor needs two mentions minimum.",
  "Write about the fair. I'd like lantern in there at least twice.",
  "Write a tongue twister and use at least ten z's.",
  "Write a form letter and use at least 2 [placeholders] for names.",
  "Write about the beach. Keep the word tide in, my boss asked.",
  "Write the leaflet. It should name flood defences.",
  "Write the sign with a blank in brackets for the date, like [date], and one for the time, two blanks at least.",
  "Write a welcome card for our guests in their own language, Hindi.",
  "כתוב הודעה קצרה ללקוחות. לא יותר משלוש משפטים.",
  // Part two, continued: step 2k, commas ruled out by words that refer back to them ("so the notice can't have any",
  // "so not one", past trailing dots: "a minimum... actually no, none at all"; control "I don't mind them"); "comma-free";
  // "Banned words for this one:"; "Leave the word X out"; "use the phrase X, word for word" (a negation word inside the
  // phrase is the phrase's); "with a - in front"; "at the lowest"; an ordinal after the sentence naming paragraphs
  // (Italian); any negated comma noun (Japanese); Indonesian "pakai".
  "Write a notice. The printer turns commas into blots, so the notice can't have any.",
  "Write a banner line. Commas look odd on the banner, so not one.",
  "Write a note. Use commas where you like, I don't mind them.",
  "Write my bio. Keep the commas to a minimum... actually no, none at all.",
  "Write a text (comma-free please) to the plumber about Thursday.",
  "Write a menu line. Banned words for this one: cheap, tacky.",
  "Write a Slack message. Leave the word crazy out.",
  "Write the poster. Please use the phrase no strings attached, word for word.",
  "Write the rules sheet: four rules, each on its own line with a - in front.",
  "Write a poster that needs a good 90 words at the lowest.",
  "Scrivi un testo per il volantino. Tre paragrafi separati da una riga vuota; il secondo deve cominciare con la parola Inoltre.",
  "お知らせを書いてください。読点やカンマは文字化けするので、カンマは一つも使わないでください。",
  "Tulis iklan singkat untuk toko kami. Jangan pakai kata mahal ya.",
  // Controls from the review of the session's change: readings the new rules must not make ("types with caps lock on",
  // "the debt ceiling", "with commas, and don't use any hashtags", "chapter 3", "the 2 articles", "snow and no"), and a
  // first word asked by the prompt's first token (the C port read before the tokens there).
  "Write a story about a kid who types with caps lock on.",
  "Please don't capitalize everything, only the headings.",
  "Keep the words simple in tone.",
  "Each product needs 2 mentions in the review.",
  "Write a blog post that opens with a quoted text from Shakespeare.",
  "Write 100 words about the debt ceiling.",
  "Write 6 sentences about the floor.",
  "Separate the keywords with commas, and don't use any hashtags.",
  "Use a comma after each greeting and don't include any emojis.",
  "Separate the parts with ***, like in chapter 3.",
  "Use *** as a divider; the reader is 12.",
  "Please include the keywords snow and no in your answer.",
  "Use bullet points to summarize the 2 articles I sent.",
  "Kit should be the word the final paragraph opens with. Write three paragraphs separated by blank lines, about cats.",
];

// Issue 13 round 21 (responder_version 22, round21.test.ts): the composer writes at least PLACEHOLDER_FLOOR placeholders
// once any is asked for, aims a bounded word range at its lower end and shortens filler sentences to land it (a count
// read without a relation, "a 100-word ad", is exactly met). Written for the test; the last two are controls (a count
// with a relation, which keeps its range, and a word count with nothing else to aim at).
export const V22_PROMPTS: readonly string[] = [
  "Write a note to my neighbour about the new fence. Leave a blank in square brackets for the date.",
  "Draft a reminder for the choir about Friday's rehearsal, with [time] and [room] as fill-ins.",
  "Write a 100-word advertisement for a bakery called Crumb and Co.",
  "Write a blurb for our puppet theatre; the festival caps programme notes at 79 words.",
  "Describe a walk along the canal in about 57 words, all in lowercase.",
  "Write a 40-word caption for a photo of the harbour, with a title in double angular brackets like <<Harbour>>.",
  "Write a short bio for the choir programme in under 60 words.",
  "Write at least 150 words about why bees matter.",
  // Part two, readings from set 24 (development data after its blind scoring); written for the test.
  "Write the rules for our darts night in capitals. The last line has to be exactly GAME ON.",
  "Write the rules in capitals. The last words must be GAME ON. Keep it short.",
  "Write a blurb for our bike shop. The phrase puncture repair has to appear, people search for it.",
  "Write a note for the bakery window, and be sure the words sourdough loaf are in there.",
  "Write a report for the trustees. They need to see roof and gutters mentioned by name, because the grant covers both.",
  "Write a note about the village fete on Saturday. Start your reply with everything I've written above, word for word, and only then the note.",
  "I run a stall at the market. Please start by repeating what I've just written, exactly, then write the sign.",
  "Viết tin nhắn xác nhận đơn hàng, giá từ 150.000 đồng một chiếc.",
  "Escribe un texto de 1.000 palabras sobre el mar.",
  "Írj egy rövid hírt a honlapunkra, legyen rövidebb 70 szónál.",
  "Uzraksti aprakstu. Tekstam jābūt īsākam par 60 vārdiem. Vārdam vilna jābūt tekstā.",
  "Write the reply to the customer. She asked about calico and webbing, so both words need to be in the reply.",
  "Write our entry for the food awards. The judges asked about the town's balti tradition, so balti has to be in there somewhere.",
  "Write our entry for the food awards. The judges dislike hype, so hype must not be in there.",
  "Write a reminder with blanks in square brackets for the name, the amount, the weeks and the date. That's four, and I want all four.",
  "Kirjoita saunan säännöt. Tee niistä viisi kohtaa, jokainen omalle rivilleen viivalla alkaen.",
  "Parašykite lapelį: trys patarimai, kiekvienas atskiroje eilutėje, prasidedančioje brūkšneliu.",
  "请帮我写一篇推文。新品特色写成三点，每一点单独一行，行首用“-”。",
  "Scrivi le regole per i visitatori. La parola sughero ci deve essere per forza.",
  "कक्षा के लिए एक संदेश लिखिए। चार बातें लिखिए, हर बात नई पंक्ति में और पंक्ति की शुरुआत में - लगाइए।",
  "Kirjoita lyhyt ohje saunan kävijöille. Viimeiseksi sanoiksi haluan: Hyvää löylyä!",
  "Write one line for the sympathy card. Please don't use passed; some families find it too soft.",
  "Write the about page. And please don't use cosy, every knitwear site says it.",
  "Write the catalogue entry. Please avoid organic, as we can't certify that.",
  "Write the catalogue entry. We never use plastic, and our jars are glass.",
  "Write the window text. My text service sends commas as rubbish, so there can't be a single one.",
  "Give me two wordings. The chat widget deletes commas, so neither can have any.",
  // Controls from the review of the session's change: generic nouns before "be included" / "be named", a negated
  // repeat, an ending followed by a line break, a thousands group past 16 bits (C kept the low 16 bits: 4464 words).
  "Write a product page. The keywords should all be included.",
  "Write a poem using the keywords in my list. The title and author should be named.",
  "Please don't repeat what I wrote word for word, paraphrase it instead: The meeting is on Monday.",
  "Write a sign in capitals. Last line has to be exactly BREAK OFF AND ENJOY.\n",
  "Resume esta novela de 70.000 palabras en un solo párrafo para la contraportada.",
];

// Version 23 (round22.test.ts): readings from set 25 (development data after its blind scoring), written for the test,
// then controls.
export const V23_PROMPTS: readonly string[] = [
  "Write a welcome for the wedding. Before the welcome itself, send me back my message exactly as I typed it.",
  "I ring the bells at St Anne's. Please give me back what I've written here word for word, then write the notice.",
  "Our shop sells wool and needles. Open your reply with my message, unchanged, then the flyer.",
  "Write three paragraphs separated by blank lines about oysters, and begin the second with Tides.",
  "Write about the co-op in three blocks of text separated by blank lines; kick off the middle one with the word Bring.",
  "Write the course page as three paragraphs split by blank lines, opening on the word Sparks.",
  "Write a handout for the aquarium counter. Set it out as five points, each one a line opening with an asterisk.",
  "Write the kitchen notice with each rule on its own dash line, three in all.",
  "Write our barber post. I hate shouty posts, so if any word is in block capitals at all, let it be just the one.",
  "Write the welcome. Capital-only words read out like shouting, so I don't want more than two of them.",
  "Write the crib sheet for new call handlers. It can't run to 150 words.",
  "Write the quote for the magazine. The column allows 49 words.",
  "Write the page for our scrap yard. It looks empty below 80 words.",
  "Write the advice column. Readers search for the word stain, so it has to be there.",
  "Write the handout. The word I want them to see is spotter, because nobody climbs without one.",
  "Explain the window repair. Use the term lead came, they'll see it on the quote.",
  "Write the invitation for the moth morning, and give us 15 m's at least.",
  "Write the tea room post and count at least 30 t's into it.",
  "Write the reminder in three short sentences at most.",
  "The teacher would like the note in the students' own language, so Finnish it is.",
  "Escriu l'avís com a llista de quatre punts, cadascun en una línia que comenci amb un guionet. I acaba exactament amb el nostre lema: Força i seny.",
  "Escreva as três regras em três linhas, cada uma começando com um traço.",
  "Sumulat ng maikling paglalarawan ng aming tindahan. Ang huling linya ay dapat eksaktong: Salamat po!",
  "כתוב פוסט קצר על התמרים שלנו. תסיים במשפט הזה בדיוק: מתוקים מהמדבר.",
  "Andika maelezo mafupi kuhusu karakana. Neno mvule lazima litajwe. Sentensi zisipungue tano.",
  "اكتب نصا قصيرا عن المتجر. لا بد أن تذكر كلمة لبان في النص.",
  "Napisz opis sklepu. Nazwa Bolesławiec ma się pojawić co najmniej dwa razy.",
  "체험 안내문을 써 주세요. 해녀라는 말이 적어도 세 번은 나오게 써 주세요.",
  "Γράψε ένα κείμενο για το κατάστημα. Το κείμενο να μην πέφτει κάτω από 120 λέξεις.",
  // Controls: a negated hand-back, a count of a word far past any instruction, a share after "each".
  "Please don't give me back what I wrote word for word, just write the flyer.",
  "My point is that it's the same throw repeated ten thousand times. Write the quote.",
  "Write the steps; each one gets a line of its own.",
  // Part two (development misses of earlier sets), written for the test, then controls.
  "Write the laptop blurb. never use cheap or discount - the brand team will kill me.",
  "Write the note to the florist. Don't write fully booked, it sounds like a brush-off.",
  "Write the quote from our CEO. She refuses to say range anxiety, so leave that phrase out.",
  "Write the reply to the school. Petting isn't a word we use, we're a working farm.",
  "Write the sauce listing. Grill is a dirty word to us, so it can't appear.",
  "write the wellness post. cure is off-limits, i'm not allowed to claim that.",
  "Write the holding statement. Don't mention compensation yet; legal hasn't signed that off.",
  "Give me the nets as JSON. If you don't know a value, leave the field out rather than writing unknown.",
  "Write our anniversary post (and please, nothing about a journey, our CEO cringes at it).",
  "Write the sale texts. Blacklisted terms: cheap, bargain.",
  "What is tea? Please restate my question exactly as it's written above and then answer without using a single comma.",
  "Write the visit reminder. It goes out through a texting site that rejects any message with a comma in it, so write it without one.",
  "Write the party invite. Oh and please nothing with commas.",
  "Write the donor letter. Capitalize no more than one full word in the whole letter.",
  "Write the sorting room note. I'd like a few words fully capitalised, three at least, like DOG or REPORT.",
  "Draft the residents' newsletter and keep shouting words (fully capitalised ones) under 4.",
  "Product description for an oak chopping board.\nCaps-lock words: max 1.",
  "Write the enquiry message. The box on the page cuts off at the 90th word, so it has to finish before that.",
  "Give me a quote for the newsletter, 40-ish words but definitely under 50.",
  "Explain the medicine label to my gran. Keep the sentences to five or under.",
  "Write the retirement card. Keep the word cake to fewer than 3 uses.",
  "Write the email to my class. Mention the deadline no more than once (they get anxious when I repeat it).",
  "Write the radio script. Work mission in at least twice, it's our slogan.",
  "Write the promo. And the station name, Riverside Radio, must be said in it.",
  "Explain roundabouts to my pupil, and make it roll with the letter r, thirty r's or more.",
  "Write the escape room clue, and go light on a: fewer than 6 of them in total.",
  "Write the party page. I want three of the details to jump out, marked with one asterisk either side.",
  "Write the shipping email and sign off with the exact words Brew well, the Bean Shed team",
  "can u write a note for my niece. and the very last bit has to be xoxo, Auntie Bev bc thats how i sign off",
  "Write the ad. End with: Book now, because spaces go fast.",
  "Write the welcome talk. I tell the story every year and they laugh when I repeat it.",
  // Part three: cue words the lexicon gained in version 23, and a relation word that replaces a count the patterns read
  // as approximate ("nie może przekraczać 60 słów").
  "Escribe un anuncio para la tienda. La última línea debe ser exactamente: ¡Te esperamos!",
  "Écris une annonce pour le club. Le texte ne doit pas dépasser 80 mots.",
  "Schreib eine kurze Notiz für das Team. Nenne das Stichwort Sicherheit im Text.",
  "Scrivi un messaggio per i soci. Lascia due spazi vuoti per il nome e la data.",
  "כתוב הודעה קצרה ללקוחות. לא פחות מחמישה משפטים.",
  "Kısa bir duyuru yaz. Metin 50 kelimeden fazla olmasın.",
  "Tulis pengumuman singkat. Teksnya tidak boleh kurang dari 100 kata.",
  "Napisz krótkie ogłoszenie. Tekst nie może przekraczać 60 słów.",
  "Scrivi un testo di 80 parole.",
];

/** Issue 13 round 23 (responder_version 24, round23.test.ts): readings from sets 26 and 27 after their blind scoring,
 * each in new words, with controls. */
export const V24_PROMPTS: readonly string[] = [
  // endings
  'Write the notice for the tennis club. And finish on the word Game!',
  'Write our bakery flyer. End it on our shop motto, exactly: Bread before dawn.',
  'Write a post from the mascot. He always signs off the same: ROAR ON!',
  // sentence and word ceilings told by what happens at the count
  'Write the reminder. If it runs to six sentences it is too long.',
  "Write the reminder. If it runs to six sentences it's too long.",
  'Write the card. Five sentences is where I draw the line.',
  'Write the sign for the gate. The board cannot take a fifth sentence.',
  "Write the ticker text. It won't fit a 40th word.",
  "It's a text message, so anything after the third sentence won't get read.",
  'Keep it tight: nobody reads more than 70 words on a bus stop poster.',
  'Write the column, 120 words or a bit more.',
  'Write the page for the parish, 90 words or thereabouts, no less.',
  // letters
  'My niece counts the letter k, so slip in four k\'s or more.',
  'Write a riddle and give her at least five q\'s to find.',
  'The printer has a worn letter t, so the poster needs to use it fewer than 20 times.',
  "We're low on tiles: there are only 8 letter a's left. Write our slogan.",
  // first words
  'Write the essay in three paragraphs with blank lines between, and start the whole thing with the word Once.',
  'Three paragraphs with a blank line between each, and have the very first word be Greetings.',
  'Four paragraphs split by blank lines; the first word of the whole thing should be Listen.',
  "Three paragraphs with blank lines. I'd like Finally as the opening word of the third and final paragraph.",
  'Four paragraphs split by blank lines. Welcome is the word the fourth one should begin with.',
  'Three paragraphs with blank lines; the middle one needs Rain as its very first word.',
  // keyword counts and keywords
  'Write the guide. I want lantern in there at least three times.',
  'Write the piece. Tide has to come up on at least four occasions.',
  'Write the note and work kettle in twice, no fewer.',
  'Say harbour a good few times, three at the very least.',
  'Write the blurb. Saffron needs to be mentioned.',
  'Log the ring as JSON, and the hallmark has to be recorded in it.',
  'Write the post. Sea glass has to be in there, people search for it.',
  'Write the sign. It has to say low bridge word for word.',
  'Write the invite. Put sparklers in, the kids love them.',
  'Write the menu entry and make sure samphire appears.',
  'In the reply, call the bread by its proper name, focaccia.',
  // forbidden words
  'Write the page. We never talk about cheap, it sounds nasty.',
  "Write the advert. It's a gazebo, never a tent; we are proud of it.",
  // repeat
  'I sell kites on the beach. Write a post for our page.\nBefore answering, write out what I have put above exactly, every word, then give me the reply.',
  'I sell kites on the beach. Write a post for our page.\nFirst thing in your reply: my message above, copied out unchanged.',
  'I sell kites on the beach. Write a post for our page.\nPlease start the answer by writing my whole message above back out, unchanged.',
  'I sell kites on the beach. Write a post for our page.\nWould you mind beginning with my message above copied out word for word?',
  'I sell kites on the beach. Write a post for our page.\nBefore the text itself, give me back everything I wrote above, unchanged.',
  // quotes, bullets, highlights, case
  'Write the quote. Put a plain " at the very start and the very end yourself.',
  'List the rules as four dash lines.',
  'The rules: three of them, each its own line starting with a hyphen.',
  'Write the flyer. I wrap words in single asterisks, so do that to three words.',
  'The sign is made of magnetic letters and we only have capital ones.',
  'The board only has small letters left, so nothing capitalised.',
  // numbers next to money and shares are no counts; a language named inside a word is none
  '新潟の酒蔵です。720mlで2,200円の新酒の案内文を書いてください。',
  'Kepame šakotį Druskininkuose jau 25 metus. Parašyk trumpą tekstą mūsų kavinės meniu.',
  // controls
  'Two dash points for the two highlights of the week.',
  'Mention the mirror, it is the thing they forget.',
  'Wrap it as JSON with no text around it. The word garage must be in it.',
  'Write the review in capitals with exactly 3 * bullet points for the pros.',
  'Use the word plastic. We never use plastic bags in the shop.',
  // enforcer misses on the drafts of sets 26 and 27: commas and words ruled out in passing
  'The printer mangles commas, so leave every one of them out.',
  'Captions with commas look messy to me, so cut them out.',
  'Write the note for the fridge and keep the commas out.',
  'Write the leaflet. And soggy is banned: nobody wants that word on a bakery sign.',
  'Please keep cheap out of it; we sell quality.',
  "Legally we can't call it cognac, so leave that out.",
  "Write my introduction. And don't call me a clerk, I hate that.",
  "The note has to mention slate, it's what the roof is made of.",
  // controls: commas asked for, a statement with "can't call it" before no word
  'Separate the three names with commas, and keep it short.',
  "We can't call it a day yet, so write the second half of the story.",
  // controls from the review of part one: rules, pronouns and first sentences that ask for nothing, a word count before
  // asterisks, highlights named with "of the", a law's text, "Ingilizce" in ASCII, punctuation after a count
  'Write the pool rules. Running is forbidden, and diving is banned.',
  'We never talk about it at home, so write me a short note for my sister.',
  'Please leave me out of this one and write the invitation from the team.',
  "Don't call me tonight, I'm busy; write the note for tomorrow instead.",
  'Everything after the first sentence should be a bulleted list of tips.',
  'Write 300 words about the fair, and put an asterisk before and after each stall name.',
  'Italicize each of the 3 highlights of the tour.',
  'Begin your response by writing the text of the law, then explain it.',
  'Bana kısa bir mektup yaz, ama Ingilizce olsun lütfen.',
  'The fair opens Saturday, 7 p.m., at the hall. Write the notice.',
  'Give me exactly 3. In each one, name a bird.',
  // part three: the reply language is the one named last; inflected Indic names; Slovak "poľsky"
  'Наши гости из Японии, но они хорошо читают по-английски. Напиши ответ на английском языке.',
  'Мой клиент не понимает по-английски, поэтому напиши письмо на немецком языке.',
  'ഞങ്ങളുടെ ഹോട്ടലിനെക്കുറിച്ച് ഇംഗ്ലീഷിൽ ഒരു ചെറിയ കുറിപ്പ് എഴുതൂ.',
  'మా దుకాణం గురించి ఇంగ్లీషులో ఒక చిన్న ప్రకటన రాయండి.',
  'Napíš krátku správu pre učiteľov po poľsky, prosím.',
];

/** Issue 13 round 24 (responder_version 25, round24.test.ts): readings from sets 28 and 29 after their blind scoring,
 * each in new words, with controls. */
export const V25_PROMPTS: readonly string[] = [
  // letter counts named by the letter's plural
  "The shop is called Fizz, so the caption should be full of z's: at least six.",
  "My niece is learning her q's, so write a rhyme and put in at least 5 of them, she loves spotting the q's. Spot the q's and put in at least 5 of them.",
  "The sign is heavy on k's, at least 9 of them.",
  "Our stencil set only has eight X's, so there can't be more than eight in the text.",
  'Write the poem about the letter, get at least three v\'s in there.',
  'And the letter m as often as you can: seven or more.',
  // controls: a comma after "letter" is no letter; a price after a letter's name
  'Write a cover letter, keep it short.',
  "Plan A's budget is 40 dollars; write the memo.",
  // word counts bounded after the fact
  'The newsletter box only holds about 150 words, so stay under that.',
  'The app shows 90 words before a "read more" link, so come in lower than that.',
  'It needs to feel substantial: not a word under 200.',
  'The flyer looks bare with anything shorter than 80 words.',
  // a paragraph's first word named before the paragraph
  'Write it as four paragraphs with a blank line after each, and let Winter be the very first word of the last one.',
  'Split it into three paragraphs separated by blank lines; Harbour should be the opening word of the second.',
  'Two paragraphs with a blank line between them, and the note should start with his name, Tomas, as the very first word.',
  'Three paragraphs with blank lines between them, and the opening word of the piece needs to be Listen.',
  'Start the notice with the word attention, in two paragraphs separated by a blank line.',
  // sections headed by one marker with numbers
  'Give each trail its own part, headed Route 3, Route 7 and Route 12.',
  'Give each stop its own section, titled Stop 1, Stop 5, Stop 9 and Stop 14.',
  // keyword counts and keywords
  'The word lantern needs at least four appearances.',
  'Use saffron, the proper word, at least twice over.',
  'They want the phrase sea salt in it at least three times.',
  'Include the word dry stone as a heading because the guild searches for it.',
  'Make sure pawpaw shows up, buyers search for it.',
  'Mention the leaning tower by name.',
  'Make sure you mention the spring tide.',
  'And call it a tuk-tuk at least once.',
  // bans
  'Describe our cheese, and do not call it smelly, it is ripe.',
  // highlights, placeholders, bullets, sentences
  'Four of the tips should have an asterisk on each side so they print bold.',
  'The two dates should stand out, so put a single star on each side of them.',
  'Mark three selling points with * on each side.',
  'Lowercase please, and put a star on each side of two of the rules.',
  'Put square brackets where the name, the date and the venue go, plus one for the time, four in total.',
  'List the kit one per line with a dash in front, so five dashes.',
  'Keep it to a few sentences, four is the limit.',
  // endings and repeats
  'They also want the words "See you on the water" as the very end of it.',
  'And the last words must be Safe travels!',
  'We run a ferry to the islands twice a day.\nBefore anything else, repeat what I just wrote, unchanged, and then answer.',
  'Our choir meets on Tuesdays in the old mill.\nRepeat this message back to me exactly first, then write the reply.',
  'The bakery opens at six and closes at two.\nStart by pasting back everything above this line, character for character.',
  'The hostel has twelve beds and a garden.\nGive me back this whole message as I wrote it, then the answer.',
  "The museum is free on Sundays.\nI'd like the reply to begin with my message above reproduced word for word.",
  // control: a style named after a message is no repeat
  'write it in lowercase like my message here.',
  // other languages: items highlighted, a bullet marker shown in quotes, a bare placeholder or highlight word (part two:
  // no count, so nothing), capital word counts, "don't forget to use", the named language in Hebrew, an example between asterisks
  '학부모님께 보낼 안내문을 써 주세요. 꼭 알아야 할 세 가지는 별표로 앞뒤를 감싸서 강조해 주세요.',
  '社区活动通知。请把活动安排整理成四点，每一点自己一行，用「-」开头。',
  '写一份活动通知，时间用方括号留空。',
  'Napiši kratku obavijest. Datum ostavi u uglatim zagradama.',
  'Scrie o descriere scurtă și scrie măcar trei cuvinte cu majuscule.',
  'Escreve um texto curto para a loja e não te esqueças de usar a palavra chita.',
  "Écris un petit mot pour les clients. N'oublie pas d'utiliser le mot « galette ».",
  'Escribe un mensaje corto para los clientes de nuestra panadería en Córdoba, que abre todos los días desde las siete de la mañana. No olvides usar la palabra «alfajor».',
  'אני צריך מודעה קצרה לעובדים. תכתוב את המודעה באיטלקית, כי הם לא קוראים עברית.',
  'Tulis pengumuman singkat. Dua hal yang paling penting beri tanda bintang di kiri dan kanannya supaya tebal.',
  'Напиши короткое объявление. Три главные мысли пусть будут между звёздочками, чтобы они стали жирными.',
  'Gumawa ka ng maikling anunsyo. Tanggalin mo lahat ng kuwit.',
  '안내문을 써 주세요. 중요한 한 가지는 별표로 감싸서 강조해 주세요(예: *오후 7시 30분*).',
  // controls: a price next to an item word; many words in capitals asks for a capitals reply
  'ช่วยเน้นสองเรื่องที่สำคัญที่สุดในข้อความ ราคาเริ่มต้นที่ 350 บาท',
  'Scrie cel puțin 100 de cuvinte, totul cu majuscule.',
  // part two, from a helper's review of part one: controls
  'Explain the basics of R: at least 3 examples.',
  'Here are the 5 tips I wrote, so use at least 3 of them.',
  "Room capacity is 9, so there can't be more than 9 guests.",
  'Write a summary of the missions named Apollo 11, Apollo 13 and Apollo 17.',
  'Make sure it comes across as friendly.',
  'I love the phrase "carpe diem" at the end of movies.',
  'The recipe says 2 dashes of bitters, so 4 dashes for a double.',
  'We never call it that, we say the lake.',
  'The first word of the essay is crucial, so choose it well.',
  'Write a poem; Love should be the first word of the last line.',
  'There are gaps in my resume from 2019 to 2021, 2 in total.',
  'Escribe un ensayo que destaque los beneficios del ejercicio para la salud de los mayores.',
  'Напиши текст о вулканах для детей. Текст должен быть *не более 3 абзацев*.',
  'Scrie un text de cel mult 15 cuvinte, și totul cu majuscule, despre mare.',
];

/** Issue 13 round 25 (responder_version 26, round25.test.ts): readings from sets 30 to 33 after their blind scoring,
 * each in new words, with controls. */
export const V26_PROMPTS: readonly string[] = [
  // letter counts after a letter's plural
  "Our bakery is called Bramble, so the caption needs plenty of b's, so please get at least 10 of them in.",
  "The poster should be swimming in k's: nine at minimum.",
  "Write a tongue twister and use at least seven z's, please.",
  "The stamp kit has five R's, so keep it under six of them.",
  // the quotation mark named
  'The magazine prints what sits between two straight " marks, so open and close with one.',
  'It goes on a plaque, so each end gets a plain " mark.',
  // highlights counted after what the asterisks do
  "Put two phrases between single asterisks so they show in italics.",
  "Our app bolds anything between two asterisks, so do that for three lines readers must not miss.",
  "The site turns text inside asterisks into bold; use that on two prices.",
  // keywords
  "Write the shop page. Name Kavala in the text.",
  "Write a post, mention chestnuts, and keep it friendly.",
  "Write a post about the fair. Please mention it.",
  "I want two versions, a calm one and a firm one, with six asterisks between them. Make sure harbour is in both.",
  "Write two versions of the toast. Make sure it is in both.",
  "I work in IT at a bank. Write a short bio.",
  // keyword counts
  "Every guest gets a hamper, so use that word at least four times.",
  "People look for Kombucha, so that word needs to come up three times or more.",
  "Write the label and put saffron in it three times or more.",
  // capitals and capital words
  "The engraver only cuts capital letters, so keep it short.",
  "The sign is made of wooden letters and we only have capitals.",
  "Write the newsletter. Keep all-caps words to zero, please.",
  // endings and hand-backs
  "Write the notice for the noticeboard and let it close on our usual goodbye, Ka kite ano!",
  "I need a note for the team about the new rota.\nBegin with an exact copy of what I just wrote, then the note.",
  "I need a thank-you card for my neighbour. Before you answer, say my entire message back to me word for word.",
  // first word, bans, separators, placeholders
  "Three paragraphs with blank lines between them; I'd like Greetings as the very first word.",
  "The importer rejects files with the string NULL anywhere. Return JSON only.",
  "We have two new interns. Write three paragraphs with *** between them.",
  "Leave square-bracket blanks for the guest's name, the room number and the checkout date.",
  "Leave a square-bracket blank for the date, because we don't know it yet.",
  // other languages
  "Schreib einen Aushang. Die drei allerwichtigsten Hinweise sollen als Zeilen mit einem Bindestrich am Anfang stehen.",
  "Напиши объявление. Даты я впишу сам, так что оставь под них два места в квадратных скобках.",
  "Напиши памятку. Выдели звёздочками две вещи, которые нельзя забыть.",
  "Napisz ogłoszenie. Trzy najważniejsze rzeczy napisz w liniach zaczynających się od myślnika.",
  "Escribe el aviso. Pon las fechas en tres renglones, cada uno con un guioncito adelante. Y ciérralo con: ¡Nos vemos!",
  "Skriv teksten for meg. Den skal ikke være kortere enn fem setninger.",
  "Skriv brevet til gæsterne. Slut af med præcis denne sætning: Vi ses snart!",
  "Napiš text na plakát. Nepoužívej slovo levný, zákazníci to nemají rádi.",
  "Napisz ogłoszenie. Nie używaj słowa tanio, bo klienci tego nie lubią.",
  "Schreib eine Nachricht. Zwei Angaben sollen fett erscheinen, setz sie zwischen Sternchen.",
  "Напиши листовку. Вставь слово «ярмарка» в текст.",
  // part two: sentence-level highlight counts, listed parts, empty brackets, first words
  "Two points the inspectors always check first should be marked with asterisks on both sides.",
  "Those two questions should stand out, so put each one between asterisks.",
  "Mark the date and the ticket price with an asterisk before and after each.",
  "Put an asterisk before each tip and give me four tips.",
  "連絡帳の文章を書いてください。先生の名前のところは[ ]のように空けておいてください。",
  "Write a to-do list:\n- [ ] buy milk\n- [ ] call mum",
  "Split it into four paragraphs separated by empty lines; block three must kick off with Customers.",
  "Hana wants the very first word to be Arigatou.",
  // controls from the review of part one
  "Use a placeholder for the name, and keep it short and friendly.",
  'Write a short bio of "Mark Twain" for a school poster.',
  "The company only has capital for six months, write a plan.",
  "Napiš inzerát na nepoužitý kočárek značky „Cybex“.",
  "I got straight A's, so give me at least 5 tips for exams.",
  "Don't use asterisks; use this for 2 examples instead.",
  "Nenne die 5 wichtigsten Sätze aus dem Grundgesetz.",
  "Schreib drei Absätze über das erste Wort unseres Babys.",
  "Pick a strong verb and use it as the opening word.",
  "Proofread this and return an exact copy of what I wrote with only the typos fixed: teh cat.",
  "Используй менее трёх выделенных фрагментов.",
  "Erkläre die 5 Markierungen auf deutschen Autobahnen.",
  "Name someone in the story who helps, and mention why.",
];

export const RULE_PROMPTS: readonly string[] = [
  ...SCOPE_PROMPTS,
  ...BOUND_PROMPTS,
  ...V9_PROMPTS,
  ...V10_PROMPTS,
  ...V11_PROMPTS,
  ...V12_PROMPTS,
  ...V13_PROMPTS,
  ...V14_PROMPTS,
  ...V15_PROMPTS,
  ...V16_PROMPTS,
  ...V17_PROMPTS,
  ...V18_PROMPTS,
  ...V19_PROMPTS,
  ...V20_PROMPTS,
  ...V21_PROMPTS,
  ...V22_PROMPTS,
  ...V23_PROMPTS,
  ...V24_PROMPTS,
  ...V25_PROMPTS,
  ...V26_PROMPTS,
  // responder_version 6 (round5.test.ts): self-corrections and bare follow-up counts.
  "Write a limerick and use the word 'kettle' exactly... well, at least three times.",
  'Give me tips for packing light, 6 bullet points, actually no, 5 bullet points.',
  'A bio for the program, under 90 words - sorry, under 70 words.',
  'Keep the all-caps words to at least... no, at most 4 (fewer than 5).',
  "Say the word 'tide' a maximum of... no more than twice.",
  "La palabra 'luna' debe aparecer por lo menos dos veces... o mejor, al menos 4 veces.",
  "Mention the word 'harbour', sorry, 'harbor' in the caption.",
  'Describe the museum café in more than 120 words, I mean at least 120.',
  'The label fits about 80 words, so keep it under 80.',
  'Write about 10 sentences on tides; make it no more than 10.',
  'Write at least 3 paragraphs, no more than 12 sentences, and mention the harbor as well.',
  'Write 5 sentences. Well, at least make them short.',
  'Write release notes. Requirements: 1) exactly 4 bullet points 2) all lowercase 3) the word "sync" at least twice.',
  '1. Use 3 paragraphs.\n2) No commas (at least 2) please.',
  'Task: a notice about the fridge.\nMust include: fridge, Friday\nAvoid: dirty, smelly\nDo not use: cheap',
  'Write an alert for a full disk. Use capital letters for the whole message.',
  ...SIXTH_AUTHOR_PROMPTS,
  ...SEVENTH_AUTHOR_PROMPTS,
  ...REVIEW_PROMPTS,
  'Write a note to the plumber about the leak, and mention the invoice number because he lost it.',
  'Draft a reminder for the choir. Make sure it says Wednesday.',
  "Write a toast for my brother's wedding. Don't forget to mention Lisbon.",
  "Write a toast for my brother's wedding. Don't mention Lisbon.",
  'Write a poem about summer, and talk about the ocean.',
  'Write my club newsletter. Touch on gardening, and touch on cooking.',
  'Write a story for kids. I want the word limit to be generous.',
  'List three board games as JSON with a field called "players" for each.',
  'Return my book list as JSON with fields for author, pages and genre.',
  'Schreib mir eine Einkaufsliste mit genau 4 Stichpunkten.',
  'Escríbeme las ventajas del tren con exactamente 5 puntos en formato de lista markdown.',
  "Napisz ogłoszenie o rowerze. Tekst musi zawierać słowa 'rama' i 'koła'.",
  'Write a welcome note for the new intern with fewer than 3 words in capitals-only.',
  'Plan my study week, labelled Part 1 to Part 3, under 200 words.',
  'Plan a relaxed trip through Portugal from Day 1 to Day 7, in under 300 words.',
  'Make a poster template. Use 3 sections, PART 1 through PART 3.',
  'Write a sentence for my students where the letter ñ appears at least 4 times.',
  'Reply to my neighbour in two paragraphs with a blank line between them, and the second must start with "luckily".',
  'Name three rivers in Wales. Repeat the request above word for word first, then answer, and include a title in double angle brackets like <<Rivers>>.',
  'Tell me how to fold a paper crane. Repeat that request word for word before you answer and do not use any commas in your reply.',
  "Schreib eine Absage. Bitte am Ende genau den Satz 'Viele Grüße, Tom' (nichts danach).",
  "Schreib eine Werbung für Honig. Das Wort 'Honig' soll mindestens dreimal vorkommen.",
  "Explain index funds. Don't go past 120 words.",
  'what are the pros and cons of a standing desk? bullet points, 3 of them exactly, markdown style',
  'Write a welcome note with at least 2 phrases wrapped in *asterisks* for emphasis.',
  'Kun je een recept schrijven? Antwoord in het Frans.',
  'hey can u give me tips for keeping mint alive? bullet points pls, exactly 4 of them, markdown dashes',
  'Write a hype post for our book sale. Use at least two words in FULL CAPS and write the rest in full caps too.',
  'Hazme una lista para una barbacoa. Exactamente 3 puntos con guiones (-), y que la palabra «carbón» salga por lo menos una vez.',
  "Schrijf een korte tekst over ons café. Gebruik het woord 'gezellig' niet.",
  'write an about me for my shop, put *stars* around at least 2 phrases so they pop',
  'How do I plant tulips? Break it into Step 1 to Step 3. mention compost somewhere',
  'Returns policy for my stall, 3 sentences max. Must mention refund and receipt.',
  "what's a nice toast for a retirement? quotes around the entire response please",
  "Give me a JSON config for my sensor, and include the key 'humidity'.",
  'NOTICE FOR THE CAR PARK. UPPERCASE ONLY.',
];

/** Each prompt's detected requirements as official ids and kwargs ("number_words{...} ..."), compared with `want`
 * line by line (round5.test.ts, round6.test.ts). */
export function assertRequirements(r: IfevalResponder, prompts: readonly string[], want: readonly string[]): void {
  assert.equal(want.length, prompts.length);
  prompts.forEach((prompt, k) => {
    const got = planRequirements(r.plan(prompt)).map((q) => `${q.id.split(':')[1]}${JSON.stringify(q.kwargs)}`).join(' ');
    assert.equal(got, want[k], prompt);
  });
}

/** The built responder artifact's RCUE section, and `edit`: given a change to a copy of that section's bytes, a thunk
 * that loads the artifact holding the copy (the RCUE error tests of round12/13.test.ts). */
export function rcueEditor(): { rcue: Uint8Array; edit: (f: (dv: DataView) => void) => () => unknown } {
  const sections = readContainer(buildResponderArtifact());
  const at = sections.findIndex((x) => x.tag === 'RCUE');
  const rcue = sections[at].data;
  const edit = (f: (dv: DataView) => void) => {
    const d = rcue.slice();
    f(new DataView(d.buffer));
    const s = sections.map((x, i) => (i === at ? { tag: x.tag, data: d } : { tag: x.tag, data: x.data }));
    return () => loadResponder(writeContainer(s));
  };
  return { rcue, edit };
}
