// Language lexicon of the responder (docs/format.md §6.4 step 4): the names of reply languages as other languages
// write them (RLST) and the function words that tell which language a prompt is written in (RFWD). Data only;
// language.ts reads them and artifact.ts packs them. General vocabulary of each language, not phrases of any test prompt.

/**
 * Language names written in other languages, for prompts not written in English (language.ts; docs/format.md §6.4
 * step 4): [stem, ISO 639-1 code as langdetect reports it, 1 when the name is the language's own]. A stem matches
 * anywhere in the prompt's bytes (ASCII letters case-folded), so one stem covers a name's inflections ("englanniksi",
 * "английском", "باللغة الإنجليزية", "英語で"); Greek and Cyrillic names are listed with both first-letter cases.
 * General vocabulary of each language, not phrases of any test prompt.
 */
export const LANG_STEMS: Array<[string, string, number]> = [
  // Greek.
  ['αγγλικ', 'en', 0], ['Αγγλικ', 'en', 0], ['γαλλικ', 'fr', 0], ['Γαλλικ', 'fr', 0], ['ισπανικ', 'es', 0], ['Ισπανικ', 'es', 0],
  ['γερμανικ', 'de', 0], ['Γερμανικ', 'de', 0], ['ιταλικ', 'it', 0], ['Ιταλικ', 'it', 0], ['ρωσικ', 'ru', 0], ['Ρωσικ', 'ru', 0],
  ['ιαπωνικ', 'ja', 0], ['Ιαπωνικ', 'ja', 0], ['κινεζικ', 'zh-cn', 0], ['Κινεζικ', 'zh-cn', 0], ['ελληνικ', 'el', 1], ['Ελληνικ', 'el', 1],
  // Russian, Ukrainian, Bulgarian.
  ['английск', 'en', 0], ['Английск', 'en', 0], ['англійськ', 'en', 0], ['Англійськ', 'en', 0], ['французск', 'fr', 0], ['Французск', 'fr', 0],
  ['французьк', 'fr', 0], ['Французьк', 'fr', 0], ['френски', 'fr', 0], ['Френски', 'fr', 0], ['испанск', 'es', 0], ['Испанск', 'es', 0],
  ['іспанськ', 'es', 0], ['Іспанськ', 'es', 0], ['немецк', 'de', 0], ['Немецк', 'de', 0], ['німецьк', 'de', 0], ['Німецьк', 'de', 0],
  ['немски', 'de', 0], ['Немски', 'de', 0], ['итальянск', 'it', 0], ['Итальянск', 'it', 0], ['італійськ', 'it', 0], ['Італійськ', 'it', 0],
  ['японск', 'ja', 0], ['Японск', 'ja', 0], ['японськ', 'ja', 0], ['Японськ', 'ja', 0], ['китайск', 'zh-cn', 0], ['Китайск', 'zh-cn', 0],
  ['русск', 'ru', 1], ['Русск', 'ru', 1], ['российск', 'ru', 1], ['російськ', 'ru', 0], ['Російськ', 'ru', 0], ['руски', 'ru', 0],
  ['украинск', 'uk', 0], ['Украинск', 'uk', 0], ['українськ', 'uk', 1], ['Українськ', 'uk', 1], ['українською', 'uk', 1], ['български', 'bg', 1], ['Български', 'bg', 1],
  // Arabic, Persian, Urdu, Hebrew.
  ['نجليزي', 'en', 0], ['نكليزي', 'en', 0], ['فرنسي', 'fr', 0], ['إسباني', 'es', 0], ['اسباني', 'es', 0], ['ألماني', 'de', 0],
  ['الماني', 'de', 0], ['إيطالي', 'it', 0], ['ايطالي', 'it', 0], ['ياباني', 'ja', 0], ['بالعربي', 'ar', 1], ['العربية', 'ar', 1],
  ['انگلیسی', 'en', 0], ['فرانسوی', 'fr', 0], ['فارسی', 'fa', 1], ['انگریزی', 'en', 0], ['اردو', 'ur', 1],
  ['אנגלית', 'en', 0], ['צרפתית', 'fr', 0], ['ספרדית', 'es', 0], ['גרמנית', 'de', 0], ['רוסית', 'ru', 0], ['ערבית', 'ar', 0], ['עברית', 'he', 1],
  // Japanese, Chinese, Korean.
  ['英語', 'en', 0], ['英语', 'en', 0], ['英文', 'en', 0], ['フランス語', 'fr', 0], ['法语', 'fr', 0], ['法語', 'fr', 0], ['法文', 'fr', 0],
  ['スペイン語', 'es', 0], ['西班牙语', 'es', 0], ['西班牙語', 'es', 0], ['ドイツ語', 'de', 0], ['德语', 'de', 0], ['德語', 'de', 0],
  ['イタリア語', 'it', 0], ['意大利语', 'it', 0], ['ロシア語', 'ru', 0], ['俄语', 'ru', 0], ['俄語', 'ru', 0], ['ポルトガル語', 'pt', 0],
  ['中国語', 'zh-cn', 0], ['韓国語', 'ko', 0], ['韩语', 'ko', 0], ['韓語', 'ko', 0], ['日语', 'ja', 0], ['日語', 'ja', 0], ['日文', 'ja', 0],
  ['日本語', 'ja', 1], ['中文', 'zh-cn', 1], ['汉语', 'zh-cn', 1], ['漢語', 'zh-cn', 1],
  ['영어', 'en', 0], ['프랑스어', 'fr', 0], ['스페인어', 'es', 0], ['독일어', 'de', 0], ['이탈리아어', 'it', 0], ['러시아어', 'ru', 0],
  ['포르투갈어', 'pt', 0], ['중국어', 'zh-cn', 0], ['일본어', 'ja', 0], ['한국어', 'ko', 1],
  // Indic scripts and Thai.
  ['अंग्रेज', 'en', 0], ['अँग्रेज', 'en', 0], ['इंग्लिश', 'en', 0], ['इंग्रजी', 'en', 0], ['फ्रेंच', 'fr', 0], ['फ़्रेंच', 'fr', 0], ['जर्मन', 'de', 0],
  ['हिंदी', 'hi', 1], ['हिन्दी', 'hi', 1], ['मराठी', 'mr', 1], ['नेपाली', 'ne', 1], ['ইংরেজ', 'en', 0], ['বাংলা', 'bn', 1],
  ['ஆங்கில', 'en', 0], ['தமிழ்', 'ta', 1], ['ఆంగ్ల', 'en', 0], ['ఇంగ్లీష్', 'en', 0], ['తెలుగు', 'te', 1], ['ಇಂಗ್ಲಿಷ್', 'en', 0], ['ಕನ್ನಡ', 'kn', 1],
  ['અંગ્રેજી', 'en', 0], ['ગુજરાતી', 'gu', 1], ['ਅੰਗਰੇਜ਼ੀ', 'en', 0], ['ਪੰਜਾਬੀ', 'pa', 1], ['ഇംഗ്ലീഷ്', 'en', 0], ['മലയാള', 'ml', 1],
  ['อังกฤษ', 'en', 0], ['ฝรั่งเศส', 'fr', 0], ['ญี่ปุ่น', 'ja', 0], ['ภาษาไทย', 'th', 1],
  // Latin-script languages whose names the {LANG} patterns do not read in running text.
  ['ngilizce', 'en', 0], ['fransızca', 'fr', 0], ['almanca', 'de', 0], ['spanyolca', 'es', 0], ['talyanca', 'it', 0], ['rusça', 'ru', 0],
  ['japonca', 'ja', 0], ['arapça', 'ar', 0], ['türkçe', 'tr', 1], ['englan', 'en', 0], ['ranskaksi', 'fr', 0], ['saksaksi', 'de', 0],
  ['espanjaksi', 'es', 0], ['ruotsiksi', 'sv', 0], ['venäjäksi', 'ru', 0], ['suomeksi', 'fi', 1], ['engelsk', 'en', 0], ['fransk', 'fr', 0],
  ['tysk', 'de', 0], ['spansk', 'es', 0], ['svensk', 'sv', 1], ['norsk', 'no', 1], ['dansk', 'da', 1], ['engels', 'en', 0], ['duits', 'de', 0],
  ['spaans', 'es', 0], ['nederlands', 'nl', 1], ['englez', 'en', 0], ['francez', 'fr', 0], ['germană', 'de', 0], ['spaniol', 'es', 0],
  ['română', 'ro', 1], ['românește', 'ro', 1], ['anglick', 'en', 0], ['angličt', 'en', 0], ['německ', 'de', 0], ['francouz', 'fr', 0],
  ['česky', 'cs', 1], ['češtin', 'cs', 1], ['slovensky', 'sk', 1], ['angolul', 'en', 0], ['magyarul', 'hu', 1], ['angielsk', 'en', 0],
  ['niemieck', 'de', 0], ['francusk', 'fr', 0], ['hiszpańsk', 'es', 0], ['polsku', 'pl', 1], ['inglés', 'en', 0], ['inglese', 'en', 0],
  ['inglês', 'en', 0], ['anglais', 'en', 0], ['englisch', 'en', 0], ['bahasa inggris', 'en', 0], ['bahasa jerman', 'de', 0],
  ['bahasa prancis', 'fr', 0], ['bahasa jepang', 'ja', 0], ['bahasa indonesia', 'id', 1], ['tiếng anh', 'en', 0], ['tiếng pháp', 'fr', 0],
  ['tiếng đức', 'de', 0], ['tiếng nhật', 'ja', 0], ['tiếng trung', 'zh-cn', 0], ['tiếng hàn', 'ko', 0], ['tiếng việt', 'vi', 1],
  ['kiingereza', 'en', 0], ['kifaransa', 'fr', 0], ['kiswahili', 'sw', 1],
];

/**
 * Function words per language, for reading which language a prompt is written in (language.ts
 * promptLanguage): a prompt written in Spanish asks for a Spanish reply unless it names another
 * language. A word may belong to several languages; each occurrence counts for all of them.
 */
export const FUNCTION_WORDS: Array<[string, string]> = [
  ['en', 'the and of to is that it for with you my your about write please be are this an on should must do not what how give make at least each will can from or in into all than only'],
  ['es', 'el los las y que una por para con del mi sobre escribe escríbeme dame cada pero muy está es sin su al lo tiene hay este esta quiero también puedes usa incluye debe tu tus cómo qué se le las ningún ninguna respuesta palabras'],
  ['fr', 'le la les et est un une des du pour avec sur dans pas ne je tu mon ma mes ton écris donne moi qui ce cette au aux très peux il elle être votre vous sont ou chaque mots réponse texte sans'],
  ['de', 'der die das und ist ein eine einen nicht mit für auf zu ich du mein meine schreib schreibe gib mir den dem des sich von im bitte wie auch soll sind oder über jede jeden wörter antwort text ohne'],
  ['it', 'il lo gli e è un una di che per con del della non mi scrivi dammi sul sulla nel nella alla sono questo questa anche come più ogni tuo tua deve parole risposta testo senza'],
  ['pt', 'o os as e é um uma de que para com do da dos das não meu minha escreva escreve me sobre no na em cada ao pelo pela também você seu sua deve palavras resposta texto sem'],
  ['nl', 'de het een en is van voor met op niet ik je mijn schrijf geef me dat die te aan zijn ook over naar wat om bij moet elke woorden antwoord tekst zonder'],
  ['pl', 'i w na z do się nie jest to że dla o po jak mi napisz daj mój moja mojej mojego tak ale od przez który która co czy każdy słów odpowiedź tekst bez'],
];
