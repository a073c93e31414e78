// Language lexicon of the responder (docs/format.md §6.4 step 4): the names of reply languages as other languages
// write them (RLST), the function words that tell which language a prompt is written in, and the scripts that tell it
// when those words do not (RFWD). Data only; language.ts reads them and artifact.ts packs them. General vocabulary of
// each language, not phrases of any test prompt.

/**
 * Language names written in other languages, for prompts not written in English (language.ts; docs/format.md §6.4
 * step 4): [stem, ISO 639-1 code as langdetect reports it, 1 when the name is the language's own]. A stem matches
 * anywhere in the prompt's bytes (ASCII letters case-folded), so one stem covers a name's inflections ("englanniksi",
 * "английском", "باللغة الإنجليزية", "英語で"); Greek and Cyrillic names are listed with both first-letter cases.
 * A stem starting with an ASCII letter matches only at a word start (version 24). Version 24: no stem ends with an Indic
 * virama: the inflected forms replace it with a vowel sign ("ഇംഗ്ലീഷിൽ", in English, holds "ഇംഗ്ലീഷ" but not
 * "ഇംഗ്ലീഷ്").
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
  ['תאילנדית', 'th', 0], ['איטלקית', 'it', 0], ['יפנית', 'ja', 0], ['סינית', 'zh-cn', 0], ['פורטוגזית', 'pt', 0], ['טורקית', 'tr', 0],
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
  ['ஆங்கில', 'en', 0], ['தமிழ', 'ta', 1], ['ఆంగ్ల', 'en', 0], ['ఇంగ్లీష', 'en', 0], ['తెలుగు', 'te', 1], ['ಇಂಗ್ಲಿಷ', 'en', 0], ['ಕನ್ನಡ', 'kn', 1],
  ['અંગ્રેજી', 'en', 0], ['ગુજરાતી', 'gu', 1], ['ਅੰਗਰੇਜ਼ੀ', 'en', 0], ['ਪੰਜਾਬੀ', 'pa', 1], ['ഇംഗ്ലീഷ', 'en', 0], ['മലയാള', 'ml', 1],
  ['อังกฤษ', 'en', 0], ['ฝรั่งเศส', 'fr', 0], ['ญี่ปุ่น', 'ja', 0], ['ภาษาไทย', 'th', 1],
  // Latin-script languages whose names the {LANG} patterns do not read in running text.
  ['ngilizce', 'en', 0], ['fransızca', 'fr', 0], ['almanca', 'de', 0], ['spanyolca', 'es', 0], ['talyanca', 'it', 0], ['rusça', 'ru', 0],
  // Version 24: the ASCII spellings, now that a stem starting with an ASCII letter needs a word start ("Ingilizce").
  ['ingilizce', 'en', 0], ['italyanca', 'it', 0],
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
  // Issue #13: the reply languages as each further language names them, one line per language named. Forms for "in X"
  // ("en", "in", "em", "na", "po", -ul/-ül, -ksi, -ce/-ca) where the bare name is short or a common word's part (Tagalog
  // "hindi" is "not", so Hindi is read only after "in"/"en"/"em"); Č/Š/Ć/Ž-initial and Cyrillic/Greek names in both cases.
  // Own names (flag 1).
  ['català', 'ca', 1], ['en español', 'es', 1], ['español', 'es', 1], ['castellano', 'es', 1], ['português', 'pt', 1],
  ['in italiano', 'it', 1], ['italiano', 'it', 1], ['français', 'fr', 1], ['francais', 'fr', 1], ['deutsch', 'de', 1],
  ['Česky', 'cs', 1], ['Češtin', 'cs', 1], ['slovenčin', 'sk', 1], ['slovenščin', 'sl', 1], ['hrvatsk', 'hr', 1], ['polski', 'pl', 1],
  ['eesti keel', 'et', 1], ['lietuvių', 'lt', 1], ['lietuviškai', 'lt', 1], ['latviešu', 'lv', 1], ['latviski', 'lv', 1], ['shqip', 'sq', 1],
  ['македонск', 'mk', 1], ['Македонск', 'mk', 1], ['tagalog', 'tl', 1], ['filipino', 'tl', 1], ['afrikaans', 'af', 1], ['cymraeg', 'cy', 1],
  ['soomaali', 'so', 1], ['suomen kiel', 'fi', 1],
  // English.
  ['anglès', 'en', 0], ['angol nyelv', 'en', 0], ['engles', 'en', 0], ['angleš', 'en', 0], ['енглеск', 'en', 0], ['Енглеск', 'en', 0],
  ['англиск', 'en', 0], ['Англиск', 'en', 0], ['inglise', 'en', 0], ['anglų', 'en', 0], ['angliš', 'en', 0], ['angļu', 'en', 0],
  ['anglisht', 'en', 0], ['inggris', 'en', 0], ['inggeris', 'en', 0], ['sa ingles', 'en', 0], ['wikang ingles', 'en', 0],
  ['ইংলিশ', 'en', 0],
  // Spanish.
  ['castellà', 'es', 0], ['espanyol', 'es', 0], ['espanhol', 'es', 0], ['spagnol', 'es', 0], ['spanisch', 'es', 0], ['španěl', 'es', 0],
  ['Španěl', 'es', 0], ['španiel', 'es', 0], ['Španiel', 'es', 0], ['španjol', 'es', 0], ['Španjol', 'es', 0], ['špansk', 'es', 0],
  ['Špansk', 'es', 0], ['španšč', 'es', 0], ['Španšč', 'es', 0], ['spanyol', 'es', 0], ['espanja', 'es', 0], ['hispaani', 'es', 0],
  ['ispanų', 'es', 0], ['ispaniškai', 'es', 0], ['spāņu', 'es', 0], ['spanjisht', 'es', 0], ['шпанск', 'es', 0], ['Шпанск', 'es', 0],
  ['kihispania', 'es', 0], ['tây ban nha', 'es', 0], ['स्पेनिश', 'es', 0], ['स्पैनिश', 'es', 0], ['स्पॅनिश', 'es', 0], ['स्पेनी', 'es', 0],
  ['স্প্যানিশ', 'es', 0], ['ஸ்பானிஷ', 'es', 0], ['ஸ்பானிய', 'es', 0], ['స్పానిష', 'es', 0], ['ಸ್ಪ್ಯಾನಿಷ', 'es', 0], ['സ്പാനിഷ', 'es', 0],
  ['સ્પેનિશ', 'es', 0], ['ਸਪੇਨੀ', 'es', 0], ['ਸਪੈਨਿਸ਼', 'es', 0], ['ہسپانوی', 'es', 0], ['اسپانیایی', 'es', 0], ['สเปน', 'es', 0],
  ['西班牙', 'es', 0],
  // French.
  ['francés', 'fr', 0], ['francês', 'fr', 0], ['francese', 'fr', 0], ['francès', 'fr', 0], ['französ', 'fr', 0], ['het frans', 'fr', 0],
  ['in frans', 'fr', 0], ['francúz', 'fr', 0], ['francoš', 'fr', 0], ['francosk', 'fr', 0], ['француск', 'fr', 0], ['Француск', 'fr', 0],
  ['franciául', 'fr', 0], ['francia nyelv', 'fr', 0], ['prantsus', 'fr', 0], ['prancūz', 'fr', 0], ['franču', 'fr', 0], ['frëngjisht', 'fr', 0],
  ['prancis', 'fr', 0], ['perancis', 'fr', 0], ['pranses', 'fr', 0], ['फ्रांसीसी', 'fr', 0], ['ফরাসি', 'fr', 0], ['பிரெஞ்சு', 'fr', 0],
  ['ఫ్రెంచ', 'fr', 0], ['ಫ್ರೆಂಚ', 'fr', 0], ['ഫ്രഞ്ച', 'fr', 0], ['ફ્રેન્ચ', 'fr', 0], ['ਫ਼ਰਾਂਸੀਸੀ', 'fr', 0], ['ਫਰਾਂਸੀਸੀ', 'fr', 0],
  ['فرانسیسی', 'fr', 0],
  // German.
  ['alemán', 'de', 0], ['alemão', 'de', 0], ['alemany', 'de', 0], ['allemand', 'de', 0], ['tedesc', 'de', 0], ['nemeck', 'de', 0],
  ['nemčin', 'de', 0], ['njemačk', 'de', 0], ['nemačk', 'de', 0], ['nemšk', 'de', 0], ['nemšč', 'de', 0], ['немачк', 'de', 0], ['Немачк', 'de', 0],
  ['германск', 'de', 0], ['Германск', 'de', 0], ['németül', 'de', 0], ['német nyelv', 'de', 0], ['saksa', 'de', 0], ['vokieč', 'de', 0],
  ['vāciski', 'de', 0], ['vācu valod', 'de', 0], ['gjermanisht', 'de', 0], ['jerman', 'de', 0], ['wikang aleman', 'de', 0], ['kijerumani', 'de', 0],
  ['জার্মান', 'de', 0], ['ஜெர்மன', 'de', 0], ['జర్మన', 'de', 0], ['ಜರ್ಮನ', 'de', 0], ['ജർമ്മൻ', 'de', 0], ['જર્મન', 'de', 0],
  ['ਜਰਮਨ', 'de', 0], ['جرمن', 'de', 0], ['آلمانی', 'de', 0], ['เยอรมัน', 'de', 0], ['德文', 'de', 0],
  // Italian.
  ['en italiano', 'it', 0], ['em italiano', 'it', 0], ['italien', 'it', 0], ['italiaans', 'it', 0], ['italià', 'it', 0], ['italsk', 'it', 0],
  ['italšt', 'it', 0], ['taliansk', 'it', 0], ['talianč', 'it', 0], ['włosk', 'it', 0], ['talijansk', 'it', 0], ['italijanšč', 'it', 0],
  ['италијанск', 'it', 0], ['Италијанск', 'it', 0], ['италианск', 'it', 0], ['Италианск', 'it', 0], ['italiană', 'it', 0], ['olaszul', 'it', 0],
  ['olasz nyelv', 'it', 0], ['italiaksi', 'it', 0], ['itaalia', 'it', 0], ['italų', 'it', 0], ['itāļu', 'it', 0], ['italisht', 'it', 0],
  ['bahasa italia', 'it', 0], ['italyano', 'it', 0], ['kiitaliano', 'it', 0], ['tiếng ý', 'it', 0], ['इतालवी', 'it', 0], ['इटैलियन', 'it', 0],
  ['ইতালীয়', 'it', 0], ['ইতালিয়ান', 'it', 0], ['இத்தாலிய', 'it', 0], ['ఇటాలియన', 'it', 0], ['ಇಟಾಲಿಯನ', 'it', 0], ['ഇറ്റാലിയൻ', 'it', 0],
  ['ઇટાલિયન', 'it', 0], ['ਇਤਾਲਵੀ', 'it', 0], ['اطالوی', 'it', 0], ['ایتالیایی', 'it', 0], ['איטלקית', 'it', 0], ['อิตาลี', 'it', 0],
  ['意大利', 'it', 0], ['義大利', 'it', 0],
  // Portuguese.
  ['portugués', 'pt', 0], ['portuguès', 'pt', 0], ['portoghese', 'pt', 0], ['portugais', 'pt', 0], ['portugies', 'pt', 0], ['portugis', 'pt', 0],
  ['portugees', 'pt', 0], ['portugalsk', 'pt', 0], ['portugalš', 'pt', 0], ['portugalč', 'pt', 0], ['португал', 'pt', 0], ['Португал', 'pt', 0],
  ['portughez', 'pt', 0], ['portugálul', 'pt', 0], ['portugál nyelv', 'pt', 0], ['portugaliksi', 'pt', 0], ['portugali keel', 'pt', 0],
  ['portugalų', 'pt', 0], ['portugāļu', 'pt', 0], ['portugalisht', 'pt', 0], ['portekizce', 'pt', 0], ['portuges', 'pt', 0], ['kireno', 'pt', 0],
  ['bồ đào nha', 'pt', 0], ['पुर्तगाली', 'pt', 0], ['পর্তুগিজ', 'pt', 0], ['போர்த்துகீசிய', 'pt', 0], ['పోర్చుగీస', 'pt', 0], ['ಪೋರ್ಚುಗೀಸ', 'pt', 0],
  ['പോർച്ചുഗീസ', 'pt', 0], ['પોર્ટુગીઝ', 'pt', 0], ['ਪੁਰਤਗਾਲੀ', 'pt', 0], ['پرتگالی', 'pt', 0], ['پرتغالی', 'pt', 0], ['برتغالي', 'pt', 0],
  ['פורטוגזית', 'pt', 0], ['โปรตุเกส', 'pt', 0], ['葡萄牙', 'pt', 0], ['πορτογαλικ', 'pt', 0], ['Πορτογαλικ', 'pt', 0],
  // Russian.
  ['en rus', 'ru', 0], ['em russo', 'ru', 0], ['in russo', 'ru', 0], ['russisch', 'ru', 0], ['russies', 'ru', 0], ['russisk', 'ru', 0],
  ['ryska', 'ru', 0], ['rusky', 'ru', 0], ['ruštin', 'ru', 0], ['rosyjsk', 'ru', 0], ['ruski', 'ru', 0], ['ruskom', 'ru', 0], ['ruščin', 'ru', 0],
  ['rusă', 'ru', 0], ['rusește', 'ru', 0], ['oroszul', 'ru', 0], ['orosz nyelv', 'ru', 0], ['venäjän', 'ru', 0], ['vene keel', 'ru', 0],
  ['rusų', 'ru', 0], ['rusiškai', 'ru', 0], ['krievu', 'ru', 0], ['rusisht', 'ru', 0], ['bahasa rusia', 'ru', 0], ['wikang ruso', 'ru', 0],
  ['kirusi', 'ru', 0], ['tiếng nga', 'ru', 0], ['रूसी', 'ru', 0], ['রুশ', 'ru', 0], ['ரஷ்ய', 'ru', 0], ['రష్యన', 'ru', 0], ['ರಷ್ಯನ', 'ru', 0],
  ['റഷ്യൻ', 'ru', 0], ['રશિયન', 'ru', 0], ['ਰੂਸੀ', 'ru', 0], ['روسی', 'ru', 0], ['روسي', 'ru', 0], ['รัสเซีย', 'ru', 0], ['俄文', 'ru', 0],
  // Japanese.
  ['japon', 'ja', 0], ['giappones', 'ja', 0], ['japanisch', 'ja', 0], ['japans', 'ja', 0], ['japońsk', 'ja', 0], ['japánul', 'ja', 0],
  ['japán nyelv', 'ja', 0], ['japaniksi', 'ja', 0], ['jaapani', 'ja', 0], ['japāņu', 'ja', 0], ['jepun', 'ja', 0], ['wikang hapon', 'ja', 0],
  ['nihonggo', 'ja', 0], ['kijapani', 'ja', 0], ['јапонск', 'ja', 0], ['Јапонск', 'ja', 0], ['јапанск', 'ja', 0], ['Јапанск', 'ja', 0],
  ['जापानी', 'ja', 0], ['জাপানি', 'ja', 0], ['ஜப்பானிய', 'ja', 0], ['జపనీస', 'ja', 0], ['ಜಪಾನೀಸ', 'ja', 0], ['ജാപ്പനീസ', 'ja', 0],
  ['જાપાની', 'ja', 0], ['ਜਪਾਨੀ', 'ja', 0], ['جاپانی', 'ja', 0], ['ژاپنی', 'ja', 0], ['יפנית', 'ja', 0],
  // Chinese.
  ['chino', 'zh-cn', 0], ['chinês', 'zh-cn', 0], ['cinese', 'zh-cn', 0], ['chinois', 'zh-cn', 0], ['chinese', 'zh-cn', 0], ['chinesisch', 'zh-cn', 0], ['chinees', 'zh-cn', 0],
  ['kinesisk', 'zh-cn', 0], ['xinès', 'zh-cn', 0], ['čínsk', 'zh-cn', 0], ['Čínsk', 'zh-cn', 0], ['čínšt', 'zh-cn', 0], ['Čínšt', 'zh-cn', 0],
  ['chińsk', 'zh-cn', 0], ['kinesk', 'zh-cn', 0], ['kitajsk', 'zh-cn', 0], ['kitajšč', 'zh-cn', 0], ['chineză', 'zh-cn', 0], ['kínaiul', 'zh-cn', 0],
  ['kínai nyelv', 'zh-cn', 0], ['kiinaksi', 'zh-cn', 0], ['kiinan kiel', 'zh-cn', 0], ['hiina keel', 'zh-cn', 0], ['kinų', 'zh-cn', 0],
  ['ķīniešu', 'zh-cn', 0], ['Ķīniešu', 'zh-cn', 0], ['kinezisht', 'zh-cn', 0], ['Çince', 'zh-cn', 0], [' çince', 'zh-cn', 0], ['bahasa mandarin', 'zh-cn', 0],
  ['tionghoa', 'zh-cn', 0], ['kichina', 'zh-cn', 0], ['кинеск', 'zh-cn', 0], ['Кинеск', 'zh-cn', 0], ['चीनी भाषा', 'zh-cn', 0],
  ['मंदारिन', 'zh-cn', 0], ['চীনা', 'zh-cn', 0], ['சீன மொழி', 'zh-cn', 0], ['చైనీస', 'zh-cn', 0], ['ಚೈನೀಸ', 'zh-cn', 0], ['ചൈനീസ', 'zh-cn', 0],
  ['ચાઇનીઝ', 'zh-cn', 0], ['ਚੀਨੀ ਭਾਸ਼ਾ', 'zh-cn', 0], ['ਚੀਨੀ ਵਿੱਚ', 'zh-cn', 0], ['چینی زبان', 'zh-cn', 0], ['چینی میں', 'zh-cn', 0], ['زبان چینی', 'zh-cn', 0],
  ['به چینی', 'zh-cn', 0], ['صيني', 'zh-cn', 0], ['סינית', 'zh-cn', 0], ['ภาษาจีน', 'zh-cn', 0],
  // Korean.
  ['coreano', 'ko', 0], ['coréen', 'ko', 0], ['korean', 'ko', 0], ['koreaans', 'ko', 0], ['korejsk', 'ko', 0], ['koreańsk', 'ko', 0],
  ['coreà', 'ko', 0], ['coreeană', 'ko', 0], ['koreaiul', 'ko', 0], ['koreai nyelv', 'ko', 0], ['koreaksi', 'ko', 0], ['korea keel', 'ko', 0],
  ['korėjiečių', 'ko', 0], ['korejiešu', 'ko', 0], ['korece', 'ko', 0], ['bahasa korea', 'ko', 0], ['koreano', 'ko', 0], ['kikorea', 'ko', 0],
  ['корейск', 'ko', 0], ['Корейск', 'ko', 0], ['корейськ', 'ko', 0], ['Корейськ', 'ko', 0], ['корејск', 'ko', 0], ['Корејск', 'ko', 0],
  ['κορεατικ', 'ko', 0], ['Κορεατικ', 'ko', 0], ['कोरियाई', 'ko', 0], ['কোরিয়ান', 'ko', 0], ['கொரிய', 'ko', 0], ['కొరియన', 'ko', 0],
  ['ಕೊರಿಯನ', 'ko', 0], ['കൊറിയൻ', 'ko', 0], ['કોરિયન', 'ko', 0], ['ਕੋਰੀਆਈ', 'ko', 0], ['کوریائی', 'ko', 0], ['زبان کره', 'ko', 0],
  ['كوري', 'ko', 0], ['קוריאנית', 'ko', 0], ['เกาหลี', 'ko', 0], ['韩文', 'ko', 0], ['韓文', 'ko', 0], ['朝鮮語', 'ko', 0],
  // Arabic.
  ['árabe', 'ar', 0], ['Árabe', 'ar', 0], ['arabe', 'ar', 0], ['arabo', 'ar', 0], ['àrab', 'ar', 0], ['Àrab', 'ar', 0], ['arabisch', 'ar', 0], ['arabisk', 'ar', 0], ['arabsk', 'ar', 0],
  ['arabšč', 'ar', 0], ['arabă', 'ar', 0], ['arabul', 'ar', 0], ['arab nyelv', 'ar', 0], ['arabiaksi', 'ar', 0], ['araabia', 'ar', 0],
  ['arabų', 'ar', 0], ['arābu', 'ar', 0], ['arabisht', 'ar', 0], ['bahasa arab', 'ar', 0], ['kiarabu', 'ar', 0], ['ả rập', 'ar', 0], ['Ả rập', 'ar', 0],
  ['арабск', 'ar', 0], ['Арабск', 'ar', 0], ['арабськ', 'ar', 0], ['Арабськ', 'ar', 0], ['арапск', 'ar', 0], ['Арапск', 'ar', 0],
  ['αραβικ', 'ar', 0], ['Αραβικ', 'ar', 0], ['अरबी', 'ar', 0], ['আরবি', 'ar', 0], ['அரபு', 'ar', 0], ['అరబిక', 'ar', 0], ['ಅರೇಬಿಕ', 'ar', 0],
  ['അറബി', 'ar', 0], ['અરબી', 'ar', 0], ['ਅਰਬੀ', 'ar', 0], ['عربی', 'ar', 0], ['อาหรับ', 'ar', 0], ['アラビア語', 'ar', 0], ['阿拉伯', 'ar', 0],
  ['아랍어', 'ar', 0],
  // Hindi (the bare Latin "hindi" is Tagalog "not").
  ['en hindi', 'hi', 0], ['in hindi', 'hi', 0], ['em hindi', 'hi', 0], ['het hindi', 'hi', 0], ['på hindi', 'hi', 0],
  ['în hindi', 'hi', 0], ['hindiksi', 'hi', 0], ['hindi nyelv', 'hi', 0], ['hindi keel', 'hi', 0], ['hindi kalb', 'hi', 0], ['hindi valod', 'hi', 0],
  ['hindisht', 'hi', 0], ['hintçe', 'hi', 0], ['bahasa hindi', 'hi', 0], ['kihindi', 'hi', 0], ['tiếng hindi', 'hi', 0], ['хинди', 'hi', 0],
  ['Хинди', 'hi', 0], ['гінді', 'hi', 0], ['Гінді', 'hi', 0], ['χίντι', 'hi', 0], ['Χίντι', 'hi', 0], ['হিন্দি', 'hi', 0], ['இந்தி மொழி', 'hi', 0], ['இந்தியில', 'hi', 0],
  ['హిందీ', 'hi', 0], ['ಹಿಂದಿ', 'hi', 0], ['ഹിന്ദി', 'hi', 0], ['હિન્દી', 'hi', 0], ['ਹਿੰਦੀ', 'hi', 0], ['ہندی', 'hi', 0], ['هندی', 'hi', 0],
  ['هندي', 'hi', 0], ['הינדית', 'hi', 0], ['ฮินดี', 'hi', 0], ['ヒンディー語', 'hi', 0], ['印地语', 'hi', 0], ['印地語', 'hi', 0], ['힌디어', 'hi', 0],
  // Dutch, Polish, Turkish, Swedish, Ukrainian, Greek, Hebrew, Persian.
  ['neerland', 'nl', 0], ['néerlandais', 'nl', 0], ['olandese', 'nl', 0], ['holländ', 'nl', 0], ['niederländ', 'nl', 0], ['nederlandsk', 'nl', 0],
  ['nederländsk', 'nl', 0], ['nizozemsk', 'nl', 0], ['nizozemšt', 'nl', 0], ['niderlandzk', 'nl', 0], ['holendersk', 'nl', 0], ['hollandul', 'nl', 0],
  ['hollanniksi', 'nl', 0], ['нидерландск', 'nl', 0], ['Нидерландск', 'nl', 0], ['голландск', 'nl', 0], ['Голландск', 'nl', 0],
  ['polaco', 'pl', 0], ['polacco', 'pl', 0], ['polonais', 'pl', 0], ['polnisch', 'pl', 0], ['het pools', 'pl', 0], ['på polsk', 'pl', 0],
  ['polsky', 'pl', 0], ['poljsk', 'pl', 0], ['poľsk', 'pl', 0], ['lengyel', 'pl', 0], ['puolaksi', 'pl', 0], ['poloneză', 'pl', 0],
  ['польск', 'pl', 0], ['Польск', 'pl', 0], ['польськ', 'pl', 0], ['Польськ', 'pl', 0], ['на полски', 'pl', 0], ['На полски', 'pl', 0],
  ['turco', 'tr', 0], ['en turc', 'tr', 0], ['türkisch', 'tr', 0], ['het turks', 'tr', 0], ['tyrkisk', 'tr', 0], ['turkisk', 'tr', 0],
  ['tureck', 'tr', 0], ['turečt', 'tr', 0], ['turski', 'tr', 0], ['turskom', 'tr', 0], ['törökül', 'tr', 0], ['török nyelv', 'tr', 0],
  ['turkiksi', 'tr', 0], ['turcă', 'tr', 0], ['турецк', 'tr', 0], ['Турецк', 'tr', 0], ['турецьк', 'tr', 0], ['Турецьк', 'tr', 0],
  ['турски', 'tr', 0], ['Турски', 'tr', 0], ['τουρκικ', 'tr', 0], ['Τουρκικ', 'tr', 0], ['ترکی', 'tr', 0], ['تركي', 'tr', 0],
  ['טורקית', 'tr', 0], ['トルコ語', 'tr', 0], ['土耳其', 'tr', 0], ['터키어', 'tr', 0], ['튀르키예어', 'tr', 0],
  ['sueco', 'sv', 0], ['svedese', 'sv', 0], ['suédois', 'sv', 0], ['schwedisch', 'sv', 0], ['zweeds', 'sv', 0], ['švédsk', 'sv', 0],
  ['Švédsk', 'sv', 0], ['švédšt', 'sv', 0], ['Švédšt', 'sv', 0], ['szwedzk', 'sv', 0], ['švedsk', 'sv', 0], ['Švedsk', 'sv', 0], ['svédül', 'sv', 0],
  ['suedeză', 'sv', 0], ['шведск', 'sv', 0], ['Шведск', 'sv', 0], ['шведськ', 'sv', 0], ['Шведськ', 'sv', 0], ['isveççe', 'sv', 0],
  ['İsveççe', 'sv', 0],
  ['ucraniano', 'uk', 0], ['ucraino', 'uk', 0], ['ukrainien', 'uk', 0], ['ukrainisch', 'uk', 0], ['oekraïens', 'uk', 0], ['ukrainsk', 'uk', 0],
  ['ukrajinsk', 'uk', 0], ['ukrajinšt', 'uk', 0], ['ukrajinčin', 'uk', 0], ['ukraińsk', 'uk', 0], ['ukránul', 'uk', 0], ['ukrainaksi', 'uk', 0],
  ['ucraineană', 'uk', 0], ['украински', 'uk', 0], ['Украински', 'uk', 0], ['ukraynaca', 'uk', 0],
  ['griego', 'el', 0], ['em grego', 'el', 0], ['in greco', 'el', 0], ['en grec', 'el', 0], ['griechisch', 'el', 0], ['grieks', 'el', 0],
  ['græsk', 'el', 0], ['gresk', 'el', 0], ['grekisk', 'el', 0], ['řeck', 'el', 0], ['Řeck', 'el', 0], ['řečtin', 'el', 0], ['Řečtin', 'el', 0], ['grécky', 'el', 0], ['gréčt', 'el', 0],
  ['greck', 'el', 0], ['grčk', 'el', 0], ['grščin', 'el', 0], ['görögül', 'el', 0], ['kreikaksi', 'el', 0], ['greacă', 'el', 0],
  ['греческ', 'el', 0], ['Греческ', 'el', 0], ['грецьк', 'el', 0], ['Грецьк', 'el', 0], ['гръцки', 'el', 0], ['Гръцки', 'el', 0],
  ['грчки', 'el', 0], ['Грчки', 'el', 0], ['yunanca', 'el', 0],
  ['hebreo', 'he', 0], ['ebraico', 'he', 0], ['hébreu', 'he', 0], ['hebräisch', 'he', 0], ['hebreeuws', 'he', 0], ['hebraisk', 'he', 0],
  ['hebrejsk', 'he', 0], ['hebrejšt', 'he', 0], ['hebrajsk', 'he', 0], ['héberül', 'he', 0], ['hepreaksi', 'he', 0], ['ebraică', 'he', 0],
  ['иврит', 'he', 0], ['Иврит', 'he', 0], ['іврит', 'he', 0], ['Іврит', 'he', 0], ['ibranice', 'he', 0], ['İbranice', 'he', 0], ['عبري', 'he', 0],
  ['عبری', 'he', 0],
  ['en persa', 'fa', 0], ['em persa', 'fa', 0], ['persiano', 'fa', 0], ['persan', 'fa', 0], ['persisch', 'fa', 0], ['perzisch', 'fa', 0],
  ['persisk', 'fa', 0], ['persky', 'fa', 0], ['perštin', 'fa', 0], ['perski', 'fa', 0], ['perzijsk', 'fa', 0], ['perzsa', 'fa', 0],
  ['persiaksi', 'fa', 0], ['persană', 'fa', 0], ['farsi', 'fa', 0], ['farsça', 'fa', 0], ['персидск', 'fa', 0], ['Персидск', 'fa', 0],
  ['перськ', 'fa', 0], ['Перськ', 'fa', 0], ['фарси', 'fa', 0], ['Фарси', 'fa', 0], ['فارسي', 'fa', 0], ['פרסית', 'fa', 0], ['波斯', 'fa', 0],
  ['ペルシャ語', 'fa', 0], ['페르시아어', 'fa', 0],
  // Bengali, Urdu, Vietnamese, Thai, Indonesian, Swahili, Tamil, Telugu, Finnish.
  ['bengal', 'bn', 0], ['бенгальск', 'bn', 0], ['Бенгальск', 'bn', 0], ['бенгалск', 'bn', 0], ['Бенгалск', 'bn', 0], ['बंगाली', 'bn', 0],
  ['बांग्ला', 'bn', 0], ['urdu', 'ur', 0], ['урду', 'ur', 0], ['Урду', 'ur', 0], ['उर्दू', 'ur', 0], ['أردو', 'ur', 0], ['乌尔都', 'ur', 0],
  ['vietnam', 'vi', 0], ['wietnamsk', 'vi', 0], ['вьетнамск', 'vi', 0], ['Вьетнамск', 'vi', 0], ['виетнамск', 'vi', 0], ['Виетнамск', 'vi', 0],
  ['в\'єтнамськ', 'vi', 0], ['В\'єтнамськ', 'vi', 0], ['ベトナム語', 'vi', 0], ['越南', 'vi', 0], ['베트남어', 'vi', 0],
  ['tailand', 'th', 0], ['thailänd', 'th', 0], ['thailandsk', 'th', 0], ['thajsk', 'th', 0], ['tajlandsk', 'th', 0],
  [' тайск', 'th', 0], ['-тайск', 'th', 0], ['Тайск', 'th', 0], [' тайськ', 'th', 0], ['-тайськ', 'th', 0], ['Тайськ', 'th', 0], ['тайландск', 'th', 0], ['Тайландск', 'th', 0],
  ['thaiksi', 'th', 0], ['thailandez', 'th', 0], ['タイ語', 'th', 0], ['泰语', 'th', 0], ['泰語', 'th', 0], ['태국어', 'th', 0],
  ['indonesi', 'id', 0], ['indonési', 'id', 0], ['indonész', 'id', 0], ['индонезийск', 'id', 0], ['Индонезийск', 'id', 0],
  ['індонезійськ', 'id', 0], ['Індонезійськ', 'id', 0], ['endonezce', 'id', 0], ['インドネシア語', 'id', 0], ['印尼', 'id', 0],
  ['인도네시아어', 'id', 0],
  ['swahili', 'sw', 0], ['suajili', 'sw', 0], ['suaíli', 'sw', 0], ['svahil', 'sw', 0], ['суахили', 'sw', 0], ['Суахили', 'sw', 0],
  ['суахілі', 'sw', 0], ['Суахілі', 'sw', 0],
  ['tamil', 'ta', 0], ['tamoul', 'ta', 0], ['тамильск', 'ta', 0], ['Тамильск', 'ta', 0], ['तमिल', 'ta', 0], ['telugu', 'te', 0],
  ['телугу', 'te', 0], ['Телугу', 'te', 0], ['तेलुगु', 'te', 0],
  ['finlandés', 'fi', 0], ['finlandês', 'fi', 0], ['finlandese', 'fi', 0], ['finlandès', 'fi', 0], ['finnois', 'fi', 0], ['finnisch', 'fi', 0],
  ['het fins', 'fi', 0], ['finsk', 'fi', 0], ['finšt', 'fi', 0], ['finščin', 'fi', 0], ['fińsk', 'fi', 0], ['finnül', 'fi', 0],
  ['finn nyelv', 'fi', 0], ['finlandeză', 'fi', 0], ['soome keel', 'fi', 0], ['fince', 'fi', 0], ['финск', 'fi', 0], ['Финск', 'fi', 0],
  ['фінськ', 'fi', 0], ['Фінськ', 'fi', 0],
  // Greek names of further reply languages.
  ['ολλανδικ', 'nl', 0], ['Ολλανδικ', 'nl', 0], ['πολωνικ', 'pl', 0], ['Πολωνικ', 'pl', 0], ['σουηδικ', 'sv', 0], ['Σουηδικ', 'sv', 0],
  ['ουκρανικ', 'uk', 0], ['Ουκρανικ', 'uk', 0], ['εβραϊκ', 'he', 0], ['Εβραϊκ', 'he', 0], ['περσικ', 'fa', 0], ['Περσικ', 'fa', 0],
  ['φινλανδικ', 'fi', 0], ['Φινλανδικ', 'fi', 0], ['βιετναμ', 'vi', 0], ['Βιετναμ', 'vi', 0], ['ταϊλανδ', 'th', 0], ['Ταϊλανδ', 'th', 0],
  ['ινδονησ', 'id', 0], ['Ινδονησ', 'id', 0],
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
  ['nl', 'de het een en is van voor met op niet ik je mijn schrijf geef me dat die te aan zijn ook over naar wat om bij moet elke woorden antwoord tekst zonder hoe waar wanneer omdat maar uit gaan gebruik kort nog geen dit'],
  ['pl', 'i w na z do się nie jest to że dla o po jak mi napisz daj mój moja mojej mojego tak ale od przez który która co czy każdy słów odpowiedź tekst bez'],
  // Issue #13: the remaining Latin-, Cyrillic-, Arabic- and Devanagari-script reply languages (the others are read by
  // script). Relatives are told apart by words only one of them uses (cs/sk, hr/sl, da/no/sv, es/ca/pt, ru/uk/bg/mk,
  // ar/fa/ur, hi/mr/ne, nl/af); no word is also an English word. Devanagari copulas and Urdu ones are listed with the
  // danda / Urdu full stop too, since that sign is a word byte to the tokenizer ("है।" is one token).
  ['fi', 'ja ei että hän mutta kun tai myös niin kanssa ilman jokainen jokaisen joka jotka kirjoita vastaa vastaus sanaa sanoja teksti tekstin minun minulle sinun ovat oli mitä miten kuin vain kaikki tämä tämän nämä siitä käytä älä täytyy kiitos aina jotain todella meitä voi kappaletta lyhyt kaksi vähintään enintään vastausta sanalla kappaleessa isoja kirjaimia pilkkuja äläkä'],
  ['sw', 'ya wa za kwa cha vya katika ni kuwa hii hiyo huo hilo hizi kila bila lakini pia sana zaidi yote wote kama kwamba ili ikiwa kuhusu mimi wewe yeye sisi ninyi wao yangu wangu yako wako andika jibu majibu maneno neno maandishi tafadhali lazima usitumie tumia barua fupi jirani tatu daima siku kitu sasa nini gani aya nipe mawili mbili tofauti angalau herufi'],
  ['vi', 'và của là có không được cho với trong này đó những các một người để khi nếu nhưng hoặc cũng đã sẽ đang rất mỗi tất cả chỉ bạn tôi chúng mình hãy viết trả lời câu từ văn bản xin vui lòng phải cần dùng đừng dấu phẩy đoạn thư ngắn về đến gì nào luôn hôm điều mới thể đều'],
  ['tr', 've bir bu için ile çok ama veya gibi daha hiç sadece yalnızca olan olarak değil yok siz onlar benim senin bana sana kendi şu şey yaz yazın yazınız cevap yanıt yanıtla kelime kelimeler kelimelik metin metni lütfen olmalı gerekir kullanma kullanmayın virgül paragraf mektup kısa komşuma üç hakkında kadar sonra önce bugün hep mı bize zaman'],
  ['sv', 'och att det som är inte med för på av jag du mina dina ett har skriv skriva svara svar ord orden utan varje snälla måste ska också eller vad hur alla bara mycket något ingen inga vi oss sig alltid idag kan hjälper texten stycken kommatecken brev två olika mig ge minst högst meningar rader versaler'],
  ['id', 'yang dengan untuk dari ini itu ada akan sudah telah belum juga atau tetapi tapi jika kalau setiap tanpa saya aku kamu anda kami kita mereka selalu sangat lebih semua hanya tidak jangan tulis tuliskan tulislah jawab jawaban kata teks tolong harus mohon gunakan menggunakan adalah sesuatu bisa silakan karena paragraf tetangga pendek kalimat'],
  ['af', 'nie het ek jy hy sy ons julle hulle jou wat hoe waar wanneer omdat maar vir oor uit sal kan moet gaan baie altyd elke sonder skryf antwoord woorde teks asseblief gebruik kommas paragrawe kort buurman vandag iets nog geen slegs hierdie daardie dit sodat om te n goeie verskillende antwoorde moenie sterretjies hoofletters'],
  ['ca', 'els amb del dels és són està estan aquest aquesta aquests aquestes això cada molt molts moltes més escriu escriviu respon respongueu resposta paraules paraula també però perquè què quan tots totes meu meva teu teva seu seva nostre ens cal avui sisplau siusplau facis utilitzis fes fer gens dona dues respostes diferents almenys majúscula majúscules lletres lletra'],
  ['cs', 'je se na že ve jak jako jsem jsi jsou být byl bylo který která které mi mě mně můj moje tvůj nebo také taky jenom bez každý každé každou napiš napište odpověď odpovězte slov slova prosím musí musíte nepoužívej nepoužívejte čárky čárek odstavce odstavcích dopis krátký sousedovi tři velmi něco dnes vždycky nám svému ještě když protože aby než pouze může odpověz alespoň nejméně slovy velkých písmen písmena malých dej dvě různé odpovědi'],
  ['cy', 'mae yn gyda fy eich nid ddim ydy yw oedd bydd roedd mewn heb pob neu ond hefyd iawn dros wrth fel hwn hyn hynny pwy sut rhaid ysgrifennwch ysgrifennu ateb atebwch geiriau gair testun gwelwch dda defnyddio peidiwch paragraff llythyr byr cymydog heddiw rhywbeth nhw sydd gan amser rydyn rhowch gwahanol dau ddau wedi leiaf'],
  ['da', 'og det som er ikke med af jeg du mig hver uden skriv svar ord ordene tekst teksten venligst skal også eller hvad hvordan kun meget noget nogle ingen vi altid sig hvis når være har kan fra til på ud efter denne dette disse afsnit brug bruge kommaer dejligt virkelig enhver gå giv mindst højst forskellige bogstaver sætninger'],
  ['et', 'ja ei kui aga ka või ning oma kõik iga ilma kirjuta vasta vastus sõna sõnad sõnu tekst teksti minu mulle sinu ole oli palun peab pead kasuta ära seda selle mitte veel väga täna alati midagi meid võib lõiku lõigus kirja naabrile koma kaks kolm erinevat vastust kohta vähemalt sõnaga'],
  ['hr', 'je na se da su smo ste biti bilo koji koja koje što šta mi moj moja moje tvoj ili također samo bez svaki svaka svako svakog napiši napišite odgovor odgovori riječi reči tekst molim mora moraš morate nemoj nemojte koristi zareze zarez odlomka odlomke pismo kratko susjedu vrlo jako nešto danas uvijek nam još već kada kad jer nego ovaj ova ovo kako kao iz uz može različita različite odgovora najmanje velikih daj'],
  ['hu', 'és az egy hogy nem vagy ez azt ezt már még csak minden mindig nélkül írj írjon írd válaszolj válaszoljon válasz választ szó szavak szót szöveg szöveget kérlek kérem kell kérjük legyen használj használjon vesszőt vessző bekezdés bekezdésben levelet levél rövid három nagyon valami valamit nekem nekünk én amit aki mert pedig olyan ilyen úgy így adj két különböző legalább legfeljebb nagybetűket nagybetű szóban mondat'],
  ['lt', 'ir yra kad į iš apie kaip kas kur kai ar arba tik taip už prie nuo mano tavo savo jis ji jie jūs aš tau mums jums šis ši tai visi visada kiekvienas kiekvieną kiekviena kiekvieno parašyk parašykite rašyk atsakyk atsakykite atsakymas atsakymą žodžių žodžius žodis tekstą tekstas prašau turi turite reikia nenaudok nenaudokite kablelių laišką trumpą kaimynui labai kažką šiandien gali dar jau nes čia nors ką pateik skirtingus skirtingi atsakymus daugiau mažiau sakinių raidžių didžiųjų'],
  ['lv', 'un ir ar uz kas kā ka vai arī tikai mēs jūs viņš viņa viņi mana tavs tava savs sava savu tev mums jums šis šī tas tā visi vienmēr katru katrs katra katram uzraksti uzrakstiet raksti atbildi atbildiet atbilde vārdus vārdi vārdu tekstu teksts lūdzu jābūt vajag nelieto nelietojiet izmanto komatus vēstuli īsu kaimiņam trīs ļoti kaut šodien jau vēl kad bez pēc līdz dod divas divi dažādas dažādus atbildes vismaz burtiem lielajiem teikumus'],
  ['no', 'og det som er ikke med av jeg du meg mitt hver uten skriv svar ord ordene tekst teksten vennligst skal også eller hva hvordan kun veldig mye noe noen ingen vi oss alltid seg hvis når være har kan fra til på ut etter denne dette disse avsnitt bruk bruke kommaer fint gir hjelper enhver å gå ikkje gi minst høyst forskjellige bokstaver setninger'],
  ['ro', 'și şi să în nu este sunt cu pe ce mai dar sau fără fiecare fiecărui scrie scrieți scrieţi răspunde răspuns răspunsul cuvinte cuvânt textul vă rog trebuie folosi folosiți folosiţi folosește foloseşte virgule virgulă paragrafe scrisoare scurtă vecinului mea mele tău foarte ceva azi astăzi mereu întotdeauna pentru despre între acest această aceste acum când dacă ne îmi poate dă două răspunsuri diferite puțin puţin litere propoziții propoziţii rânduri'],
  ['sk', 'je sa na že vo aj ako som sú byť bol bolo ktorý ktorá ktoré čo mi mne môj moja tvoj alebo tiež len iba bez každý každé každú napíš napíšte odpoveď odpovedz slov slová prosím musí musíte nepoužívaj nepoužívajte čiarky čiarok odseky odsekoch krátky svojmu susedovi veľmi niečo dnes vždy nám svoje ešte keď pretože aby než môže aspoň slovami veľkých písmen písmená malých rôzne odpovede najmenej daj'],
  ['sl', 'je na se da sem si smo ste biti bil bilo ki kateri katera katere kaj kar mi moj moja moje tvoj ali tudi samo le brez vsak vsaka vsako napiši napišite odgovor odgovori besed besede besedilo prosim mora moraš morate uporabljaj uporabi vejic vejice odstavkih odstavke pismo kratko svojemu sosedu zelo nekaj danes vedno nam še ker kot ta tega lahko lepo vsaj besedami črk velikih malih različna različne odgovora daj'],
  ['so', 'waa iyo oo ka ku aan waxaan waxa ee ayaa baa ayuu ayay kasta dhammaan haddii sida laakiin ama mise qor qoro jawaab jawaabta erey ereyo erayada qoraal fadlan inaad isticmaal isticmaalin warqad gaaban deriska aad jeer maanta walba tahay yahay yihiin uu waxay wuxuu kuwa kan kaas taas badan saddex'],
  ['sq', 'dhe të në një është janë për nga që nuk mos ke kemi ku kur çdo shkruaj shkruani shkruaje përgjigju përgjigje përgjigjen fjalë fjalët fjali tekstin ju lutem duhet përdor përdorni presje paragrafe letër shkurtër fqinjit ime ajo ata ato unë shumë diçka sot gjithmonë gjithë edhe ose apo sepse këtë kjo këto atë mund'],
  ['tl', 'ang ng mga sa ay ako ikaw siya tayo kayo sila ko niya namin natin ninyo nila ito iyan iyon dito doon huwag oo mayroon wala kung lang lamang rin naman bawat lahat walang isulat sumulat sagot sagutin sumagot salita teksto pakiusap dapat gamitin gumamit kuwit talata liham maikli kapitbahay tatlo ngayon habang kapag dahil upang tungkol isang atin laging lagi palagi'],
  ['ru', 'и в не на что это с как по но из у за от о же так все всё для или бы ли только когда даже уже если без каждый каждого каждое каждую напиши напишите ответь ответьте ответ слов слова текст пожалуйста должен должна должно должны нужно используй используйте запятые запятых абзаца абзацах письмо соседу очень сегодня всегда нам мой моя мне меня его её их мы вы он она они я этот эта эти также тоже чтобы который которая которые является есть менее чем словами букв заглавных хотя дай разных ответа'],
  ['uk', 'і й в у не на що це з як але із до за від про так все для або би тільки коли навіть вже якщо без кожен кожний кожного кожне кожну напиши напишіть відповідай відповідайте відповідь слів слова текст будь ласка повинен повинна має мають потрібно треба використовуй використовуйте коми абзаци лист сусідові дуже щось сьогодні завжди щодня нам мій моя мені мене його її їх ми ви він вона вони я цей ця ці також щоб який яка які є чи ще щонайменше словами літер великих дай різні відповіді'],
  ['bg', 'и в не на че това с как по но от за да се е са съм си ще ли или само когато кога дори вече ако без всеки всяка всяко всички напиши напишете отговори отговорете отговор думи думите текст текста моля трябва използвай използвайте запетаи запетая абзаца писмо кратко съседа много нещо днес винаги ни нас мой моя мен ти твой ние вие той тя аз този тази тези също защото през след преди повече който която които има няма какво къде различни отговора поне главни букви дай'],
  ['mk', 'и во не на дека ова тоа со како по но од за да се е сум си ќе ли или само кога дури веќе ако без секој секоја секое сите напиши напишете одговори одговорете одговор зборови зборот текст текстот ве молам мора треба користи користете запирки запирка пасуси писмо кратко соседот многу нешто денес секогаш ни нас мој моја мене ти твој ние вие тој таа тие јас овој оваа овие затоа бидејќи зошто меѓу преку пред повеќе кој која кои беше има нема што каде'],
  ['ar', 'في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين أن إن أو لا لم لن ما ماذا كيف هل كل كان كانت يكون يجب بدون دون فقط أيضا لكن ولكن اكتب اكتبي أجب الإجابة إجابة الجواب كلمات كلمة النص فضلك رجاء استخدم تستخدم فواصل الفواصل فقرات رسالة قصيرة ثلاث جدا شيئا اليوم دائما نحن أنا أنت هو هي هم لي لنا عند بين بعد قبل أكثر حتى إذا عندما لأن لقد قد ثم يمكن أعطني مختلفتين مختلفة إجابتين الأقل يقل أحرف جمل'],
  ['fa', 'در از به با این آن که را یا تا برای هر هم نه نیست است هست هستند بود شد ما من تو او آنها شما خود بدون فقط همچنین اما ولی چه چرا چگونه چطور کجا وقتی اگر بنویس بنویسید پاسخ کلمه متن لطفا لطفاً باید استفاده نکنید ویرگول پاراگراف بند نامه کوتاه همسایه سه خیلی بسیار چیزی امروز همیشه یک دیگر کنید کن کند هیچ'],
  ['ur', 'کا کی کے کو میں سے پر ہے ہیں ہے۔ ہیں۔ تھا تھی تھے اور یا کہ یہ وہ جو نہ نہیں بھی ہی تو ہم آپ میرا میری میرے تمہارا اپنا اپنی اپنے ان اس ایک ہر کیا کیسے کیوں کب جب اگر لیکن مگر بغیر صرف لکھیں لکھو لکھئے جواب الفاظ لفظ براہ کرم مہربانی چاہیے استعمال کریں کرو پیراگراف خط مختصر پڑوسی تین بہت کچھ آج ہمیشہ ہماری ہمارے سکتا سکتی لیے لئے کرتے ہو'],
  ['hi', 'का की के को में से पर है हैं है। हैं। था थी थे और या कि यह वह ये वो जो नहीं भी ही हम आप मैं मेरा मेरी मेरे तुम अपना अपनी अपने इस उस एक हर क्या कैसे क्यों कब जब अगर लेकिन बिना केवल सिर्फ सिर्फ़ लिखें लिखो लिखिए जवाब शब्दों कृपया चाहिए उपयोग इस्तेमाल करें मत अल्पविराम अनुच्छेद पत्र छोटा पड़ोसी बहुत कुछ आज हमेशा हमारी हमारे सकता सकते लिए करते हो'],
  ['mr', 'आणि आहे आहेत आहे। होता होती होते व किंवा ही हे ते जो नाही पण फक्त मी आम्ही आपण तुम्ही तू माझा माझी माझे तुमचा आपला आपल्याला एक प्रत्येक काय कसे कधी जर तर परंतु शिवाय लिहा उत्तर शब्द शब्दांत मजकूर कृपया पाहिजे वापरा वापरू करू नका स्वल्पविराम परिच्छेद पत्र लहान खूप काहीतरी आज नेहमी मध्ये साठी मला आम्हाला हा करतात शकते उत्तरे द्या दोन वेगळी वेगळे किमान बद्दल ती करा'],
  ['ne', 'र छ छन् छ। छन्। हो हो। होइन थियो थिए मा बाट लाई ले पनि मात्र तर वा यो त्यो यी ती म हामी तपाईं तिमी मेरो आफ्नो एउटा एक हरेक प्रत्येक के कसरी किन कहिले यदि भने बिना लेख्नुहोस् उत्तर जवाफ शब्द कृपया पर्छ प्रयोग नगर्नुहोस् गर्नुहोस् अल्पविराम अनुच्छेद चिठी छोटो धेरै केही आज सधैं हामीलाई सक्छ सक्छ। गर्छन् गर्छन्। मलाई बारेमा दुई फरक दिनुहोस् कम्तीमा जुन होस्'],
];

/**
 * Scripts that say a prompt's language when its function words do not (language.ts promptLanguage; RFWD script
 * records): [first code point, last code point, ISO 639-1 code as langdetect reports it]. The script with the most
 * letters in the prompt's words wins, ties to the earlier row. A script of one language names it; a script shared by
 * several names its most widely written one (Cyrillic Russian, Arabic Arabic, Devanagari Hindi), which the function
 * words of the others overrule. Japanese prose writes more kana than Han, so kana before Han reads Japanese.
 */
export const SCRIPT_LANGUAGES: Array<[number, number, string]> = [
  [0x0370, 0x03ff, 'el'], [0x1f00, 0x1fff, 'el'], [0x0400, 0x04ff, 'ru'], [0x0590, 0x05ff, 'he'], [0x0600, 0x06ff, 'ar'],
  [0x0900, 0x097f, 'hi'], [0x0980, 0x09ff, 'bn'], [0x0a00, 0x0a7f, 'pa'], [0x0a80, 0x0aff, 'gu'], [0x0b80, 0x0bff, 'ta'],
  [0x0c00, 0x0c7f, 'te'], [0x0c80, 0x0cff, 'kn'], [0x0d00, 0x0d7f, 'ml'], [0x0e00, 0x0e7f, 'th'], [0x3040, 0x30ff, 'ja'],
  [0x1100, 0x11ff, 'ko'], [0x3130, 0x318f, 'ko'], [0xac00, 0xd7af, 'ko'], [0x4e00, 0x9fff, 'zh-cn'], [0x3400, 0x4dbf, 'zh-cn'],
];
