// Source tables of the IFEval responder skill: the constraint detector's patterns and slot
// vocabularies, and the composer's templates and stock passages. `artifact.ts` compiles these into
// `.engram` sections (docs/format.md §6); the runtime reads only the compiled bytes.
//
// Pattern syntax (one pattern = space-separated elements, matched against prompt tokens):
//   word        a literal token (lowercase; apostrophes are dropped by the tokenizer: "dont")
//   a|b|c       any one of these literals
//   X?          element X is optional
//   ..k         skip 0..k tokens (never across . ? ! ; or a line break)
//   {REL}       a relation phrase ("at least", "no more than", ...), see RELATIONS
//   {N}         a number (digits or words, "twice"), with postfixes "+", "or more", "or less", "to M", "or M"
//   {NT}        a count of times: {N} followed by "times"/"time", or once/twice/thrice
//   {ORD}       an ordinal or number (first, 2nd, last, 3)
//   {Q}         a quoted string, or one bare word
//   {QL}        a list of quoted strings or bare words joined by , and or
//   {L}         one letter or symbol, quoted or bare
//   {W}         one word, captured in its original case
//   {PH}        a quoted phrase, or the rest of the sentence after ":" (also on the next line)
//   {PHB}       like {PH}, or else the rest of the sentence as written
//   {PHC}       an unquoted phrase in capitals that ends its sentence
//   {PHT}       an unquoted phrase of 1-3 words that ends with . or ! (version 11)
//   {LANG}      a language name
//   {S6}        six asterisks in a row; {S3} exactly three asterisks in a row

/** Constraint families, in the order the detector tries them (earlier patterns claim tokens first). */
export const FAMILIES = [
  'IGNORE',
  'UPPER',
  'CAPFREQ',
  'LOWER',
  'WORDS',
  'SENTS',
  'PARCOUNT',
  'SECCOUNT',
  'STARDIV',
  'NLSEP',
  'SECMARK',
  'NTHFIRST',
  'FORBID',
  'KWFREQ',
  'KEYWORDS',
  'LETTER',
  'BULLETS',
  'HIGHLIGHT',
  'TITLE',
  'PLACEHOLDER',
  'POSTSCRIPT',
  'JSON',
  'QUOTE',
  'ENDPHRASE',
  'REPEAT',
  'TWO',
  'CONSTRAINED',
  'NOCOMMA',
  'LANG',
] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * Words the detector and composer name in code (detect.ts, compose.ts compare token hashes with
 * them). Not compiled into the artifact: the C port hashes them at load into `w[EG_W_*]`
 * (c/skills/respond/eg_ifr_tables.h, generated); respond.test.ts checks every such word is listed here.
 */
export const NAMED_WORDS = [
  'hundred', 'thousand', 'dozen', 'couple', 'of', 'once', 'twice', 'thrice', 'and', 'no', 'or', 'to', 'times', 'time',
  'more', 'above', 'greater', 'higher', 'over', 'up', 'less', 'fewer', 'under', 'below', 'nor', 'about', 'for', 'on', 'forget', 'out', 'too', 'word', 'words',
  'min', 'max', 'approximately', 'ca', 'nothing', 'bet', 'bets', 'at', 'as', 'the', 'very', 'end', 'bottom', 'last', 'final',
  'with', 'after', 'else', 'following', 'its', 'own', 'than', 'that', 'it', 'this', 'they', 'we', 'you', 'i', 'he',
  'she', 'people', 'half', 'other', 'each', 'every', 'per',
  'is', 'are', 'was', 'would', 'will', 'be', 'already', 'way', 'far', 'much', 'just', 'probably', 'many', 'long',
  'wordy', 'short', 'few', 'little',
  // Version 19 (symbols.ts bulletSentence): list nouns and bullet markers named in words.
  'points', 'point', 'items', 'item', 'rules', 'rule', 'lines', 'line', 'things', 'tips', 'steps', 'reasons',
  'ideas', 'facts', 'entries', 'reminders', 'options', 'notes', 'questions', 'checks', 'bullets', 'bullet', 'dash',
  'dashes', 'dashed', 'hyphen', 'hyphens', 'asterisk', 'asterisks', 'bulleted',
  // Version 19 (scope.ts subjectCounts): verbs of turning up and the modal words before them.
  'come', 'comes', 'crop', 'crops', 'show', 'shows', 'turn', 'turns', 'pop', 'pops', 'appear', 'appears', 'feature',
  'features', 'mentioned', 'used', 'occur', 'occurs', 'repeated', 'needs', 'need', 'should', 'must', 'has', 'have',
  'gets', 'get',
  // Version 20 (scope.ts capitalSegment): words that refer back to capital words named before them.
  'them', 'those', 'these', 'such',
  // Version 20 (nth-sentence.ts nthSentence): a paragraph's first word asked in a sentence of its own wording.
  'first', 'opening', 'initial', 'starting', 'open', 'opens', 'start', 'starts', 'begin', 'begins', 'lead', 'leads',
  'paragraph', 'para', 'one',
  // Version 20 (scope.ts wholeScope): capitals asked of the whole answer in words of their own.
  'only', 'throughout', 'all', 'finish',
  // Version 21 (scope.ts limitBounds): a count named as the limit or the floor after it.
  'limit', 'ceiling', 'cap', 'maximum', 'minimum', 'floor', 'not',
  // Version 21 (scope.ts commaBans): commas ruled out by a negation that refers back to them.
  'comma', 'commas', 'any', 'single', 'none', 'off', 'table', 'use', 'include', 'put', 'want', 'a', 'by', 'using', 'an',
  // Version 21 (reader.ts clauseCount, scope.ts bareCount): what a highlight or bullet count counts; a part count's cue.
  'phrases', 'most', 'key', 'main', 'important', 'exactly', 'precisely', 'total',
  // Version 22 (reader.ts keywordsBefore): what a clause names its keywords before, and the words between.
  'named', 'included', 'featured', 'in', 'there', 'both', 'terms', 'so', 'really', 'definitely', 'also',
  // Version 22 (scope.ts commaBans): a modal between the negation and the verb, and "neither".
  'can', 'could', 'may', 'neither',
  // Version 22 (reader.ts keywordsBefore): nouns that name a part or the keywords themselves, not a keyword.
  'keyword', 'keywords', 'phrase', 'term', 'title', 'author', 'name', 'names', 'heading',
  // Version 23 (symbols.ts bulletSentence): a count closed by "in all" ("each rule on its own dash line, three in all").
  'altogether',
  // Version 23 (plan.ts sentenceLastToken): "and" then one of these opens the next instruction after a repeat.
  'then', 'please', 'now', 'next', 'finally', 'afterwards',
  // Version 23 (match.ts PHB): a reason that ends an unquoted phrase.
  'because', 'bc', 'cuz', 'cos',
  // Version 26 (scope.ts sentenceHighlights): how asterisks sit around a highlighted part.
  'sides', 'side', 'between', 'around', 'wrap', 'wrapped', 'surround', 'surrounded', 'enclose', 'enclosed', 'bold',
  'italic', 'italics', 'mark', 'place', 'highlight', 'before',
  // Version 26 (plan.ts placeholderList): determiners that open each item of a listed placeholder's parts.
  'his', 'her', 'their', 'your', 'our', 'my',
] as const;

/** Relation kinds of {REL} and of {N} postfixes. */
export const REL_KINDS = ['NONE', 'GE', 'GT', 'LT', 'LE', 'EQ', 'APPROX', 'RANGE'] as const;
export type RelKind = (typeof REL_KINDS)[number];

/** One detector pattern: family, pattern text, and an optional fixed argument (a letter, a variant). */
export interface PatternSrc {
  family: Family;
  pattern: string;
  /** Family-specific fixed argument: the letter of LETTER patterns, "PPS" for P.P.S, "EACH", ... */
  arg?: string;
  /** Relation used when the pattern has no {REL} and the number has no postfix. */
  rel?: RelKind;
}

/** Nouns naming a JSON object's keys (version 17 rows). */
const JSON_KEY_NOUNS = 'key|keys|field|fields|column|columns|property|properties|attribute|attributes';
/** Nouns naming the words to work in (version 17 rows). */
const WORD_NOUNS = 'words|word|terms|term|phrases|phrase|names|name';
const VERBS_HAVE = 'work|weave|incorporate|incorporates|incorporating|insert|include|includes|including|included|contain|contains|containing|use|uses|using|used|mention|mentions|mentioning|have|has|having|with|add|feature|put';
const NEG = 'not|never|no|without|avoid|avoiding|exclude|excluding|refrain|dont|doesnt|cannot|shouldnt|mustnt|wont|nor|neither';
const LANG_CUE = 'in|into|using|use|except|only|but|entirely|completely|solely|purely|exclusively|respond|answer|reply|speak|write';
const LANG_ADV = 'only|entirely|completely|solely|purely|exclusively|fully|just|all';
/** Punctuation that closes a forbidden word's clause: "never use cheap - ...", "leave 'ok' out." (version 23 FORBID rows). */
const CLAUSE_END = ',|;|.|!|-';
/** Words naming capital letters, shared by the counted-capitals patterns. */
const CAPS = 'capital|capitals|caps|uppercase|uppercased|capitalized|capitalised';
/** Verbs that ask for markdown highlights, and the words naming how. */
const HL_VERB = 'highlight|highlighting|italicize|italicise|italicizing|embolden|bold|bolden';
const HL_HOW = 'markdown|highlighted|highlight|highlights|italic|italics|italicized|bold|bolded|asterisks|asterisk';
const RESPONSE = 'response|answer|reply|output|text|essay|story|poem|letter|post|song|email|article|itinerary|summary|blog|pitch|description';

// ---- Instruction nouns and cues in Spanish, French, German, Italian, Portuguese, Dutch and Polish (issue 13):
// the same patterns as the English ones, with these classes in place of the English words.
const ML_WORDS = 'palabras|palabra|mots|mot|wörter|wörtern|worte|parole|palavras|woorden|słów|słowa|wyrazów|kelime|kelimeyi|kelimelik|ord|orden';
const ML_SENTS = 'frases|frase|oraciones|oración|sätze|sätzen|satz|frasi|zinnen|zin|zdań|zdania|zdaniach|cümle|cümleden|cümlelik|meningar|mening';
const ML_PARS = 'paragraf|paragrafa|stycken|stycke|párrafos|párrafo|parrafos|paragraphes|paragraphe|absätze|absätzen|absatz|paragrafi|paragrafo|parágrafos|parágrafo|alineas|alinea|paragrafen|paragraaf|akapity|akapitów|akapit|akapitach|estrofas|strophes|strophen|strofe|estrofes|strofen|strofy';
const ML_SECS = 'secciones|sección|seccion|partes|parties|abschnitte|abschnitten|abschnitt|sezioni|sezione|seções|seção|secções|secties|sectie|sekcje|sekcji|części';
const ML_TIMES = 'veces|vez|fois|mal|male|volte|volta|vezes|keer|keren|razy|raz|kez|kere|defa|gånger|gång';
const ML_WORD = 'ordet|palabra|palabras|término|términos|mot|mots|terme|termes|wort|wörter|begriff|begriffe|parola|parole|termine|termini|palavra|palavras|termo|termos|woord|woorden|słowo|słowa|słowem|wyraz|wyrazu';
const ML_LETTER = 'letra|lettre|buchstaben|buchstabe|lettera|letter|litera|literę|litery|literka';
const ML_NEG = 'niente|nada|sin|ningún|ninguna|ninguno|nunca|jamás|evita|evites|sans|aucun|aucune|jamais|évite|évitez|ohne|nicht|kein|keine|keinen|niemals|vermeide|senza|nessun|nessuna|mai|sem|nenhum|nenhuma|evite|niet|geen|zonder|vermijd|nooit|bez|żadnych|żadnego|unikaj|nie|non|não|pas|no';
const ML_USE = 'comparire|apparire|figurare|förekomma|förekommer|finnas|finns|nämn|nämna|kullan|kullanın|geçsin|geçmesin|använd|pojawiło|pojawiła|pojawił|pojawiły|contener|contenga|contiene|contenir|contienne|contient|enthalten|enthält|enthalte|contenere|contenga|contiene|conter|contenha|contém|bevatten|bevat|zawierać|zawiera|zawierał|zawierała|usa|usar|utiliza|utilizar|utilices|incluye|incluir|incluyas|menciona|mencionar|utilise|utiliser|utilisez|inclus|inclure|incluez|mentionne|mentionner|emploie|verwende|verwenden|benutze|benutzen|nutze|erwähne|erwähnen|includi|includere|menziona|menzionare|usare|utilizzare|inclua|incluir|mencione|utilize|gebruik|gebruiken|noem|vermeld|użyj|używaj|uwzględnij|wspomnij|aparezca|aparecer|apparaisse|apparaître|vorkommen|vorkommt|erscheinen|compaia|compaiano|apareça|apareçam|voorkomen|pojawić|pojawi|drinstehen|drinsteht|drin|auftauchen|auftaucht';
const ML_BULLETS = 'punkter|viñetas|viñeta|puces|puce|aufzählungspunkte|aufzählungspunkten|stichpunkte|stichpunkten|aufzählungszeichen|tópicos|opsommingstekens|opsommingsteken|punktów|punktory|wypunktowań|puntos|punti|pontos|punten|punkte|elementos|éléments|elemente|elementi|itens';
const ML_BULLETS_ONLY = 'viñetas|puces|aufzählungspunkte|aufzählungspunkten|stichpunkte|stichpunkten|aufzählungszeichen|opsommingstekens|punktory|wypunktowań|punktorów';
const ML_LIST = 'lista|listas|listado|liste|listes|elenco|elenchi|lijst|lijstje|listy|listę|liście|listen|aufzählung';
const ML_GIVE = 'dame|dime|danos|donne|donnez|donne-moi|gib|gebt|nenne|nennen|dammi|dacci|elenca|elencami|dê|dá|geef|noem|daj|podaj|wymień|enumera|enumère|énumère|liste|listez|lista|sugiere|suggère|suggerisci|sugira|sugere|propón|propose|proponi|proponha|escribe|écris|schreib|schreibe|scrivi|escreva|schrijf|napisz';
const ML_HL_VERB = 'resalta|resaltar|destaca|destacar|subraya|destaque|surligne|surlignez|souligne|soulignez|hervorheben|hebe|markiere|evidenzia|evidenziare|sottolinea|realce|realçar|markeer|benadruk|wyróżnij|podkreśl|pogrub';
const ML_HL_NOUN = 'secciones|sección|partes|frases|palabras|fragmentos|pasajes|sections|parties|passages|phrases|mots|extraits|abschnitte|teile|sätze|wörter|passagen|stellen|sezioni|parti|frasi|parole|passaggi|seções|trechos|partes|palavras|passagens|secties|delen|zinnen|woorden|passages|sekcje|części|fragmenty|zdania|słowa';
const ML_PLACEHOLDER = 'tutucu|platshållare|marcadores|marcador|corchetes|crochets|champs|platzhalter|segnaposto|segnaposti|colchetes|espaços|campos|campi|plaatshouders|placeholders|vierkante|nawiasach|nawiasy|symboli|espacios';
const ML_QUOTES = 'tırnak|tırnaklar|citattecken|comillas|guillemets|anführungszeichen|gänsefüßchen|virgolette|aspas|aanhalingstekens|cudzysłów|cudzysłowie|cudzysłowach|cudzysłowy';
const ML_TITLE = 'título|titulo|titre|titel|titolo|tytuł|tytułem';
const ML_END_VERB = 'avsluta|avslutar|sluta|slutar|termina|terminar|termine|terminen|acaba|acabar|finaliza|finalizar|concluye|cierra|terminer|termines|terminez|finis|finir|finissez|conclus|ende|beende|beenden|schließe|schließ|endet|chiudi|chiudere|concludi|concludere|finisci|finire|finalize|encerre|conclua|eindig|eindigen|sluit|zakończ|zakończyć|kończ';
const ML_END_PREP = 'med|con|par|avec|mit|com|met|słowami|zdaniem|frazą|por';
const ML_BEGIN = 'empezar|empiece|empieza|comenzar|comience|comienza|iniciar|commencer|commence|commencez|débuter|beginnen|beginnt|anfangen|iniziare|inizi|inizia|cominciare|cominci|começar|comece|começa|inicie|starten|begint|zaczynać|zaczyna|zaczynać|rozpoczynać|zacznij';
const ML_LOWER = 'minúsculas|minúscula|minusculas|minuscules|minuscule|kleinbuchstaben|kleinschreibung|kleingeschrieben|kleinbuchstabe|minuscolo|minuscole|minuscola|kleine|małe|małymi';
const ML_CAPS = 'versaler|mayúsculas|mayúscula|mayusculas|majuscules|majuscule|großbuchstaben|großbuchstabe|großgeschrieben|maiuscolo|maiuscole|maiuscola|maiúsculas|maiúscula|hoofdletters|hoofdletter|wielkimi|wielkie|wielkich|kapitalikami';
const ML_COMMAS = 'virgül|kommatecken|comas|coma|virgules|virgule|kommas|komma|kommata|virgole|virgola|vírgulas|vírgula|virgulas|przecinków|przecinka|przecinek|przecinki|przecinkami';
/** Version 19 REPEAT rows: a copying verb, then what of the prompt it copies. */
const COPY_VERB = 'copy|copying|reproduce|reproducing|repeat|repeating|retype|retyping|restate|paste|pasting|echo';
const MY_WORDS = 'request|message|prompt|question|words|sentence|sentences|text|everything|all|mine|above|instructions|preceding|previous';
const ML_REPEAT = 'repite|repetir|repita|répète|répétez|répéter|recopie|recopiez|wiederhole|wiederholen|ripeti|ripetere|riscrivi|ricopia|ricopiare|trascrivi|trascrivere|repete|herhaal|herhalen|powtórz|powtórzyć|copia|copie|kopiere|copiez|kopieer|przepisz|reproduce|reproduzca|reproduza|reproduis|reproduisez';
const ML_REQUEST = 'petición|solicitud|pregunta|mensaje|instrucción|demande|question|requête|message|anfrage|frage|bitte|aufforderung|richiesta|domanda|pedido|pergunta|solicitação|verzoek|vraag|prośbę|pytanie|polecenie';
const ML_TWO = 'dos|deux|zwei|due|duas|dois|twee|dwie|dwa';
const ML_RESPONSES = 'respuestas|réponses|antworten|risposte|respostas|antwoorden|odpowiedzi|versiones|versions|versionen|versioni|versões|versies|wersje';
const ML_LANG_CUE = 'en|in|auf|em|na|po|únicamente|solamente|solo|uniquement|seulement|nur|ausschließlich|soltanto|apenas|somente|alleen|uitsluitend|tylko|entièrement|komplett|ganz|vollständig|completamente|interamente|inteiramente|totalmente|volledig|całkowicie';

export const PATTERNS: PatternSrc[] = [
  // ---- IGNORE: phrasings that look like constraints on the whole response but are not.
  { family: 'IGNORE', pattern: 'each|every line|bullet|point|item ..5 {N} sentence|sentences' },
  { family: 'IGNORE', pattern: 'each|every line|bullet|point|item ..5 {N} words|word' },
  // Version 24: a supply stated as a fact ("there are only 9 letter e's left in the box").
  { family: 'IGNORE', pattern: 'only|just {N} letter? {L} left|remaining' },
  // Version 24: highlights as content already named ("Three dash points for the three highlights"; not "of the three
  // highlights", which may name the marked parts).
  { family: 'IGNORE', pattern: 'for the|these|those {N} highlights|highlight' },
  // "so leave that out", "leave me out of this", "We never talk about it" (version 24): a pronoun refers back; it is no
  // word to ban ("it" and "them" are left to the comma rows: "turns commas into symbols, so leave them out").
  { family: 'IGNORE', pattern: 'leave|keep that|this|me|us|him|her out|off' },
  // Version 26: a pronoun is no keyword of "mention X," / "name X in the text" (KEYWORDS rows below).
  { family: 'IGNORE', pattern: 'mention|name it|this|that|them|these|those|him|her|something|anything|everything|all|both|one|why|how|what|who|where|when|briefly|also|here|there|someone|anyone|everyone|somebody|nobody|examples|two|three|some|any ,|.|;|!|in|somewhere' },
  // "I work in HR at an engineering firm": a job, not "work in the word X".
  { family: 'IGNORE', pattern: 'i|we|they|he|she|who work|worked|working in' },
  { family: 'IGNORE', pattern: 'make|be sure it|this|that|everything|something|everyone|someone|anyone|nothing|nobody|they is|are|appears|features|shows in both|each|every|all' },
  // Version 26: asterisks ruled out or replaced are no highlight cue ("Don't use asterisks; use this for 2 examples").
  { family: 'IGNORE', pattern: 'dont|never|not|no|without|replace|remove|drop use|using|put|add|the|any|all? asterisks|asterisk|stars' },
  // Version 26: "use it as the opening word" names no word.
  { family: 'IGNORE', pattern: 'use|need|want|like it|this|that as the very? first|opening|starting word' },
  { family: 'IGNORE', pattern: 'talk|speak about|of it|this|that|them|me|us|him|her' },
  // "One question per bullet point": one of something per bullet is not a bullet count (round 9).
  { family: 'IGNORE', pattern: 'one|1 ..3 per|each bullet|point|item|line|dash' },
  // "One bullet per night so seven bullets" (version 16): one bullet per thing is the list's shape, not its length.
  { family: 'IGNORE', pattern: 'one|1 bullet|point|item|line|dash per|for|each' },
  { family: 'IGNORE', pattern: 'all sentences should be short' },
  { family: 'IGNORE', pattern: 'dont|not|never forget|hesitate|fail' },
  // Version 25: "we never call it that" names no word to ban.
  { family: 'IGNORE', pattern: 'call it|them that|this|so|something|anything ,|.|;' },
  // Version 25: a word length, not a word count ("not a word under 8 letters").
  { family: 'IGNORE', pattern: 'word|words under|below|over|above|beneath {N} letters|characters|syllables' },
  // Version 25: the same in other languages ("n'oublie pas d'utiliser le mot", "no olvides usar la palabra"): the negator
  // is no ban.
  { family: 'IGNORE', pattern: 'noublie|noubliez pas' },
  { family: 'IGNORE', pattern: 'no|não|non te|se|ti|vi? olvides|olvide|olviden|esqueças|esqueça|esqueçam|dimenticare|dimenticate|dimenticarti|scordarti|scordare' },
  // "(they get anxious when I repeat it)" (version 23): the writer repeating something is no repeat instruction.
  { family: 'IGNORE', pattern: 'when|if|whenever i|we repeat|repeating it|myself|things' },
  // "every single word in capital letters" (version 16): "single" is emphasis there, not a count of one word.
  { family: 'IGNORE', pattern: 'every|each single word|sentence|paragraph|line' },
  // "highlight the key word with *asterisks* at least once": "key word" is an important word, not a counted keyword.
  { family: 'IGNORE', pattern: 'key word|words' },
  // A short comma ban first: "No commas, include 'advice' at least twice" must not forbid "advice".
  { family: 'NOCOMMA', pattern: 'no|zero|without commas|comma' },

  // ---- The postscript nouns of other languages before ENDPHRASE: "termina con una posdata que empiece con "P.D."" names a
  // postscript marker, not an end phrase.
  { family: 'POSTSCRIPT', pattern: 'posdata|post-scriptum|postskriptum|poscritto|pós-escrito|postscriptum|dopisek' },

  // ---- ENDPHRASE first: its quoted phrase may contain any other cue.
  // "close with this line, word for word: ...": the phrase may follow a few words after "with".
  { family: 'ENDPHRASE', pattern: 'end|ends|finish|finishes|conclude|concludes|close|ending|finishing ..6 with ..8 {PH}' },
  { family: 'ENDPHRASE', pattern: 'last|final|closing sentence|line|words|word|phrase|thing|things ..6 be|is|are|should|reads|read|say|says|being ..2 {PH}' },
  { family: 'ENDPHRASE', pattern: 'sign|round it|this|them? off|out|up with ..5 {PH}' },
  // Version 26: "let it close on our usual goodbye, Kia manuia!"
  { family: 'ENDPHRASE', pattern: 'close|end|finish|sign off? on|with our|my|the usual|own|traditional goodbye|farewell|signoff|motto|slogan|greeting ,|: {PHT}' },
  // "sign it off like this, word for word: Over and out." (round 10).
  { family: 'ENDPHRASE', pattern: 'sign|end|ends|ending|finish|finishes|close|closes ..3 like this|so ..5 {PH}' },
  { family: 'ENDPHRASE', pattern: 'make|let the? last|final|closing sentence|line|words|phrase {PH}' },
  { family: 'ENDPHRASE', pattern: 'wrap|wraps|wrapping|round|rounding up|off with ..3 {PH}' },
  // Version 21: "so wrap it up with the words "Let's get this party started!"".
  { family: 'ENDPHRASE', pattern: 'wrap|wraps|wrapping it|this|things|everything up|off with ..3 {PH}' },
  { family: 'ENDPHRASE', pattern: 'am|an|al|à|alla|no|aan|na ende|schluss|final|fin|fine|einde|eind|końcu ..4 satz|sätze|worte|wörtern|frase|phrase|zin|woorden|zdanie|zdaniem|palabras|mots|parole|palavras {PH}' },
  { family: 'ENDPHRASE', pattern: 'end|ends|finish|finishes|conclude|concludes|close|ending|finishing ..6 with ..4 phrase|sentence|words|line :? {PHB}' },
  // "and sign off with the exact words Brew well, the Bean Shed team" (version 23).
  { family: 'ENDPHRASE', pattern: 'sign|signs|signing off with the exact|very|following? words|phrase|line :? {PHB}' },
  // German "mit dem Schluss „Liebe Grüße“" (version 23: read by the reader before, a row now that the retrained
  // reader lost it).
  { family: 'ENDPHRASE', pattern: 'mit dem|einem schluss|abschluss|schlusssatz|schlussgruß {PH}' },
  // "the very last bit has to be xoxo, Auntie Bev bc thats how i always sign off" (version 23).
  { family: 'ENDPHRASE', pattern: 'the very? last|final bit|part|thing has|needs|must|should to? be :? {PHB}' },
  { family: 'ENDPHRASE', pattern: 'end of ..4 response|answer|reply|output|it ..4 read|reads|be|say|says ..3 {PH}' },
  // "a sign-off line at the end reading 'Compliance Team'" (round 9).
  { family: 'ENDPHRASE', pattern: 'at the end|bottom that|which? reading|reads|saying|says {PH}' },
  { family: 'ENDPHRASE', pattern: `${ML_END_VERB} ..6 ${ML_END_PREP} ..5 {PH}` },
  { family: 'ENDPHRASE', pattern: 'end|ends|ending|finish|finishes|close|closes ..2 like {PH}' },
  // "let it end on 'Thank you, Kendal!'".
  { family: 'ENDPHRASE', pattern: 'end|ends|ending|finish|finishes on ..3 {PH}' },
  // "Close on this exact question to the reader: Ready to ...?" (version 12).
  { family: 'ENDPHRASE', pattern: 'close|closes|closing|end|ends|finish on|with this|the exact? question|sentence|line|phrase|words ..4 {PH}' },
  // "close on 'To Tom and Priya!'" (version 12: "closes on the 30th: ..." is a date, so no gap).
  { family: 'ENDPHRASE', pattern: 'close|closes|closing on {PH}' },
  { family: 'ENDPHRASE', pattern: 'last|final|closing line|sentence|words {PH}' },
  // "last line is exactly LAGOS NO DEY CARRY LAST" (version 12).
  { family: 'ENDPHRASE', pattern: 'last|final|closing line|sentence|words is|are|should|must be? exactly? :? {PHC}' },
  // "the very last words need to be SEE YOU THERE" (version 16).
  { family: 'ENDPHRASE', pattern: 'last|final|closing line|sentence|words need|needs|has|have to be exactly? :? {PHC}' },
  { family: 'ENDPHRASE', pattern: 'end|ends|ending|finish|finishes|close|closes|sign ..2 with|like {PHC}' },
  { family: 'ENDPHRASE', pattern: 'end|ends|ending|finish|finishes|close|closes|sign ..2 w / {PHC}' },
  // "end with God bless.", "all lowercase, end with take care. and under 50 words" (round 10): see {PHT}.
  { family: 'ENDPHRASE', pattern: 'end|ends|ending|finish|finishes|close|closes|sign ..2 with {PHT}' },
  // Version 17: "it ends on ENJOY THE CROSSING", "finish with my name exactly as Priya Nair with nothing after it".
  { family: 'ENDPHRASE', pattern: 'end|ends|ending|finish|finishes|close|closes on {PHC}' },
  // Version 21: a final line or words named with a gap before their verb ("The final words on the poster have to be
  // INSERT COIN TO CONTINUE", "The label's final line must read THANK YOU FOR SKIPPING WITH US.").
  { family: 'ENDPHRASE', pattern: 'last|final|closing line|sentence|words|word ..5 be|read|reads|say|says :? {PHC}' },
  // "my usual sign-off goes at the very end: Speak soon, Rob.", "I always sign off the briefing with: Thanks, everyone".
  { family: 'ENDPHRASE', pattern: 'goes|go|comes|come|sits|sit at the very? end|bottom {PH}' },
  // Version 25: the quoted words first, their place after ("the words "Come in and have a look" as the very end of it").
  { family: 'ENDPHRASE', pattern: 'words|phrase|line|sentence {PH} as the very? end|ending|close' },
  { family: 'ENDPHRASE', pattern: 'the last|final|closing words|line|sentence must|should|will|has|have|need|needs to? be {PHT}' },
  { family: 'ENDPHRASE', pattern: 'sign|signs off|out the|my {W} with :? {PH}' },
  { family: 'ENDPHRASE', pattern: 'end|ends|ending|finish|finishes|close|closes on {PHT}' },
  { family: 'ENDPHRASE', pattern: 'end|ends|ending|finish|finishes|close|closes|sign ..6 exactly|precisely|simply|just as {PHT}' },
  // "close the handout with the word Enjoy!", "end it with the word Amen." (version 16): the named word with its mark is the
  // ending; {PHT} alone stops at "the".
  { family: 'ENDPHRASE', pattern: 'end|ends|ending|finish|finishes|close|closes|sign ..3 with the word|words {PHT}' },
  // Version 24: "And finish on the word Chassé!", "End it on our house motto, exactly: Low and slow wins."
  { family: 'ENDPHRASE', pattern: 'end|ends|ending|finish|finishes|close|closes it|this? on the word|words {PHT}' },
  // "And he always signs off the same: BODGER OUT!" (version 24).
  { family: 'ENDPHRASE', pattern: 'signs|sign|signing off|out the? same|always ..1 : {PHB}' },
  { family: 'ENDPHRASE', pattern: 'end|ends|ending|finish|finishes|close|closes it|this|things? on|with our|my|the house|family|shop|club|team? motto|slogan|catchphrase|tagline ,? exactly|verbatim? : {PHB}' },
  // "Sign it as -- Maria" (version 16): a signature given after "as" is the last line.
  { family: 'ENDPHRASE', pattern: 'sign|signed it|this|them? off? as {PH}' },
  { family: 'ENDPHRASE', pattern: 'letzte|letzter|letzten|última|último|dernière|dernier|ultima|ultimo|laatste|ostatnie|ostatnim|sista|son satz|sätze|frase|phrase|zin|zdanie|oración|mening|cümle|cümlesi ..6 {PH}' },
  // {PH} first: it fails at once on a token that is not a quote or a colon (a {Q} would take any word and go on).
  { family: 'ENDPHRASE', pattern: '{PH} cümlesiyle|ifadesiyle|sözüyle|sözcükleriyle ..2 bitsin|bitir|bitirin|sonlansın|bitmeli' },

  // ---- No word in capitals at all (version 14): "no word written entirely in capitals", "can't contain even a single
  // word in all capital letters" is a count of zero (capital_word_frequency less than 1), not a lowercase reply.
  // Version 17: "Five-plus words in full caps".
  // Version 23: a ceiling stated as what must not happen or as an allowance ("if more than two words end up entirely in
  // capitals, the admins will moan", "allow yourself two fully capitalised words, no more", "no other fully
  // capitalised words, so fewer than two in all").
  { family: 'CAPFREQ', pattern: 'capitalize|capitalise|capitalizing|capitalising ..2 {REL}? {N} full|whole|entire words|word', rel: 'GE' },
  { family: 'CAPFREQ', pattern: `words|word fully|entirely|completely|all? -? ${CAPS} ,? {N} at least`, rel: 'GE' },
  { family: 'CAPFREQ', pattern: 'shouting|shouty|shouted|screaming words ..6 under|below {N}', rel: 'LT' },
  { family: 'CAPFREQ', pattern: 'caps -? lock words|word : max|maximum|tops {N}', rel: 'LE' },
  { family: 'CAPFREQ', pattern: '{N} all -? caps|capital|capitalised|capitalized|uppercase words|word is|are plenty|enough', rel: 'LE' },
  { family: 'CAPFREQ', pattern: `if more than {N} words|word ..5 ${CAPS}`, rel: 'LE' },
  { family: 'CAPFREQ', pattern: `allow|allowed yourself|you? {N} fully|entirely|completely|all? -? ${CAPS} words|word ,? no|not more`, rel: 'LE' },
  { family: 'CAPFREQ', pattern: `${CAPS} words|word ,? so? fewer|less than {N} in all|total`, rel: 'LT' },
  { family: 'CAPFREQ', pattern: '{N} - plus words|word in full|all caps|capitals|capital', rel: 'GE' },
  // Version 17: "four all-caps words max" (before the rows that read the count alone as a minimum).
  { family: 'CAPFREQ', pattern: '{N} all -? caps|capital|capitals|uppercase words|word max|maximum|tops', rel: 'LE' },
  { family: 'CAPFREQ', pattern: `no|zero|not|without a? single|one? word|words ..5 ${CAPS}`, arg: 'NONE' },
  { family: 'CAPFREQ', pattern: `${NEG}|cant|couldnt ..3 a? single word|words ..4 ${CAPS}`, arg: 'NONE' },
  // Version 26: "Keep all-caps words to none at all".
  { family: 'CAPFREQ', pattern: `keep|limit|hold all? -? ${CAPS} words|word to none|zero`, arg: 'NONE' },
  // ---- CAPFREQ forms that contain an UPPER cue ("words that are entirely in capital letters").
  // "Two ALL-CAPS words is the most I'll accept" (version 16), before the plain count of capitalised words.
  { family: 'CAPFREQ', pattern: '{N} all? -? uppercase|capital|caps|capitalized|capitalised words|word is|are the most|maximum|limit', rel: 'LE' },
  { family: 'CAPFREQ', pattern: '{REL}? {N} words|word that|which are|is ..2 capital|caps|uppercase|capitalized|capitalised', rel: 'GE' },
  { family: 'CAPFREQ', pattern: `{REL}? {N} words|word written|typed|printed|spelled|spelt ..3 ${CAPS}`, rel: 'GE' },
  { family: 'CAPFREQ', pattern: `{REL}? {N} all -? ${CAPS} words|word`, rel: 'GE' },
  { family: 'CAPFREQ', pattern: `fully|entirely|completely|totally|all -? ${CAPS} words|word ..5 {REL} {N}`, rel: 'GE' },
  // "capitals on no more than two whole words" (version 12).
  { family: 'CAPFREQ', pattern: `${CAPS} on|for {REL} {N} whole|full|entire? words|word`, rel: 'GE' },
  // "two fully capitalised words at the very most" (version 12).
  { family: 'CAPFREQ', pattern: '{N} fully|entirely|completely|totally|all? -? capitalized|capitalised|capital|uppercase|caps words|word at the? very? most|max|maximum|tops', rel: 'LE' },
  { family: 'CAPFREQ', pattern: '{REL}? {N} fully|entirely|completely|totally|all capitalized|capitalised|capital|uppercase|caps words|word', rel: 'GE' },

  { family: 'CAPFREQ', pattern: 'capitalize|capitalise|capitalizing|capitalising ..2 {REL}? {N} words|word', rel: 'GE' },
  { family: 'CAPFREQ', pattern: `{REL}? {N} words|word should|must|need|needs|have|has|will|shall|to|can ..2 be|appear ..2 ${CAPS}`, rel: 'GE' },
  { family: 'CAPFREQ', pattern: `{REL}? {N} ${ML_WORDS} ..4 ${ML_CAPS}`, rel: 'GE' },
  { family: 'CAPFREQ', pattern: `${NEG} ..3 more than {N} word|words ..4 capital|capitals|caps|uppercase|capitalized|capitalised|all-caps`, rel: 'LE' },
  { family: 'CAPFREQ', pattern: `use|include|add|throw|put|have|write ..2 {REL}? {N} words|word in all|full? ${CAPS}`, rel: 'GE' },
  { family: 'CAPFREQ', pattern: 'capitalised|capitalized|capital|caps|uppercase|all-caps words|word ..2 to|at {N} at most|max|maximum|tops', rel: 'LE' },
  { family: 'CAPFREQ', pattern: 'all-caps|caps|capital|capitals|uppercase words|word ..3 {N} at the? very? most', rel: 'LE' },
  { family: 'CAPFREQ', pattern: '{N} uppercase|capital|caps|all-caps|capitalized|capitalised words|word is|are the absolute|hard? limit|max|maximum', rel: 'LE' },
  // "Block capitals: one word at most" (version 16).
  { family: 'CAPFREQ', pattern: 'block capitals|caps|capital : {N} word|words at most', rel: 'LE' },
  { family: 'CAPFREQ', pattern: 'block capitals|caps|capital : {N} word|words max|maximum|tops', rel: 'LE' },
  // Version 23 (set 25): a ceiling given as a condition ("if any word is in block capitals at all, let it be just the
  // one") or after a reason ("capital-only words read out like shouting, so I don't want more than two of them").
  { family: 'CAPFREQ', pattern: `if any|a word|words is|are|goes|go|gets|get|ends|end up? in block|all? ${CAPS} ..8 just|only the? {N}`, rel: 'LE' },
  { family: 'CAPFREQ', pattern: `${CAPS} -? only words ..8 ${NEG} ..2 more than {N}`, rel: 'LE' },
  { family: 'CAPFREQ', pattern: `${ML_WORDS} ..4 ${ML_CAPS} ..6 {REL} {N}`, rel: 'GE' },

  // ---- UPPER: the whole response in capital letters (before CAPFREQ/LOWER claim "capital").
  { family: 'UPPER', pattern: 'no|not|without|zero lowercase|lower' },
  // "nothing but capital letters" (version 12).
  { family: 'UPPER', pattern: 'nothing|none but|except capital|capitals|uppercase|caps letters?' },
  // "The banner letters are cut from vinyl and we only have capital ones" (version 24).
  { family: 'UPPER', pattern: 'only have|has|got|had capital|capitals|uppercase|caps ones|letters' },
  // A spec line "case: upper".
  { family: 'UPPER', pattern: 'case :|= upper|uppercase' },
  { family: 'UPPER', pattern: 'not a? single word ..8 lowercase' },
  { family: 'UPPER', pattern: 'capitalize|capitalise all|every|each ..2 letter|letters|word|words' },
  { family: 'UPPER', pattern: 'capitalize|capitalise your|the entire|whole ..2 response|answer|reply|output' },
  // "every letter lowercase, not a single capital": the case word right after "letter" decides (round 9).
  { family: 'LOWER', pattern: 'all|every letters|letter in? lowercase|lowercased|small' },
  // "all of big letters, no small letter": plain words for capitals (round 9).
  { family: 'UPPER', pattern: 'all|only|in of? big|large letters' },
  { family: 'UPPER', pattern: 'no|not|without|zero small letter|letters' },
  { family: 'UPPER', pattern: 'all|every letters|letter ..6 capitalized|capitalised|uppercase|uppercased|capital|caps' },
  { family: 'UPPER', pattern: 'only use|using capital|uppercase letters' },
  { family: 'UPPER', pattern: 'only capital|uppercase letters' },
  // "the printer only does capital letters", "can every single letter of it be a capital?" (version 16).
  { family: 'UPPER', pattern: 'only does|do|prints|print|shows|show|takes|handles|cuts|carves|engraves|stamps capital|capitals|caps|uppercase' },
  // Version 26: "we only have capitals." (the sentence ends: "only has capital for six months" is money).
  { family: 'UPPER', pattern: 'only have|has|got|had capitals .|!|;' },
  { family: 'UPPER', pattern: 'every|each single? letter ..4 be a|in capital|capitals|uppercase' },
  // Version 21: "write every single letter as a capital", "with caps lock on the whole way through".
  { family: 'UPPER', pattern: 'every|each|all single? letter|letters as|in a? capital|capitals|uppercase|caps' },
  { family: 'UPPER', pattern: 'write|type it|this|everything|all? with|in|using caps lock' },
  { family: 'UPPER', pattern: 'entirely|completely|fully in? capital|uppercase|caps letters?' },
  { family: 'UPPER', pattern: 'response|answer|reply|output|it|everything ..6 in all? english? capital|capitals|caps|uppercase letters?' },
  { family: 'UPPER', pattern: 'english capital|uppercase|caps letters' },
  { family: 'UPPER', pattern: 'all in? upper case|cased' },
  { family: 'UPPER', pattern: 'büyük harflerle|harfle|harf|harflerden' },
  { family: 'UPPER', pattern: 'capital|capitals|uppercase|caps letters? for|across the? whole|entire|complete|full' },
  { family: 'LOWER', pattern: `${ML_NEG} ..3 ${ML_CAPS}` },
  { family: 'UPPER', pattern: `en|in|em|w|con|mit|nur|solo ${ML_CAPS}` },
  { family: 'UPPER', pattern: `todo|toda|tout|toute|alles|tutto|tutta|tudo|wszystko|cała|całą|całość ..4 ${ML_CAPS}` },
  { family: 'UPPER', pattern: `${ML_CAPS} ..3 todo|toda|tout|toute|alles|ganz|tutto|tutta|tudo|toda|alles|wszystko|entier|entière|completo|completa|komplett|vollständig` },

  // ---- CAPFREQ: how many words are written in all capital letters.
  // A count before the noun first: in "{REL} {N} words in all caps, and under 60 words" the later number is a word count.
  { family: 'CAPFREQ', pattern: '{REL} {N} words|word in|with all|full? capitals|capitalised|all-caps|caps', rel: 'GE' },
  { family: 'CAPFREQ', pattern: '{REL} {N} words|word ..6 in|with all? capital|caps|uppercase|capitalized', rel: 'GE' },
  { family: 'CAPFREQ', pattern: 'words|word ..3 with|in all? capital|caps|capitalized|uppercase letters? ..8 {REL} {N}', rel: 'GE' },
  { family: 'CAPFREQ', pattern: '{REL}? {N} such? capitalized|capital|uppercase|caps|all-caps words', rel: 'GE' },
  { family: 'CAPFREQ', pattern: 'number of ..2 capital|caps|capitalized|uppercase words ..4 {REL} {N}', rel: 'GE' },
  { family: 'CAPFREQ', pattern: 'all - caps words ..6 {REL} {N}', rel: 'GE' },
  { family: 'CAPFREQ', pattern: 'stress words ..6 {REL} {N}', rel: 'GE' },
  { family: 'CAPFREQ', pattern: 'use|using|include|add|capitalize ..3 words ..3 in|with all? capital|caps|uppercase', rel: 'GE' },
  { family: 'CAPFREQ', pattern: 'capitalize a? few|some|several words', rel: 'GE' },
  { family: 'CAPFREQ', pattern: 'words with all? capital letters to highlight|stress|emphasize|make', rel: 'GE' },

  { family: 'CAPFREQ', pattern: 'all caps|capitals|capital|uppercase letters? for ..2 {REL}? {N} words|word', rel: 'GE' },

  // ---- UPPER fallbacks, once CAPFREQ has claimed the counted forms.
  { family: 'UPPER', pattern: 'in all|full? capital|caps|uppercase|capitals letters?' },
  { family: 'UPPER', pattern: 'uppercase|caps|capitals only' },
  { family: 'UPPER', pattern: 'all caps|capitals' },
  // "ALL of it in block capitals" (round 10).
  { family: 'UPPER', pattern: 'in block capitals|caps|letters' },
  { family: 'UPPER', pattern: 'capital|caps|uppercase|capitals letters? throughout' },
  { family: 'UPPER', pattern: 'all capital|caps|uppercase letters' },
  { family: 'UPPER', pattern: 'all|entirely|completely|fully|everything|whole|entire ..2 in? uppercase|uppercased|caps|capitals' },
  { family: 'UPPER', pattern: 'response|answer|reply|output|text|everything ..4 be|is|are|written|typed|appear uppercase|uppercased|all-caps' },

  // ---- LOWER: the whole response in lowercase letters.
  { family: 'LOWER', pattern: 'case :|= lower|lowercase' },
  { family: 'LOWER', pattern: 'lowercase|lowercased|lowercases|lowercasing' },
  { family: 'LOWER', pattern: 'lower case|cased' },
  { family: 'LOWER', pattern: 'lower - case' },
  // "printed entirely in upper case"; "nothing in upper case" is the other case (scope.ts: a negation before it).
  { family: 'UPPER', pattern: 'upper case|cased' },
  { family: 'UPPER', pattern: 'upper - case' },
  { family: 'LOWER', pattern: 'all? small letters' },
  { family: 'LOWER', pattern: 'no|not|without|zero|never|dont|avoid|nor|nothing ..3 capital|capitals|capitalized|capitalised|capitalization|capitalisation|capitalizations|uppercase|caps' },
  { family: 'LOWER', pattern: 'not a? single letter ..8 capitalized|capital|uppercase' },
  // Version 21: "Don't capitalise anything, not even my name".
  { family: 'LOWER', pattern: 'dont|never|not capitalise|capitalize anything' },
  { family: 'LOWER', pattern: 'dont|never|not capitalise|capitalize a single letter|word' },
  { family: 'LOWER', pattern: ML_LOWER },

  // ---- HIGHLIGHT counts (before SECCOUNT claims "3 sections").
  // "I want three of the details to jump out, marked with one asterisk either side" (version 23).
  { family: 'HIGHLIGHT', pattern: '{N} of the ..2 details|things|points|facts|items|words|phrases to jump|stand|pop out', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: `${HL_VERB} the? {REL}? {N}`, rel: 'GE' },
  // Version 24: "bolds anything I wrap in single asterisks, so do that to two phrases" (the set-26 prompt's "e.g." stops
  // the gap: a "." is a boundary; before the
  // row below, which would read "single" as the count).
  { family: 'HIGHLIGHT', pattern: 'mark|wrap|enclose|surround|put ..4 asterisks|asterisk ..14 do that|this|likewise to|with|for {N}', rel: 'GE' },
  // "The two things people always miss are ..., so put an asterisk before and after each of those" (version 24): things
  // counted, then the asterisks that wrap them (the sentence is no bullet list).
  { family: 'HIGHLIGHT', pattern: '{N} things|facts|items|details|phrases|dates|bits|parts|numbers|names ..20 asterisk|asterisks|star|stars before and after', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: '{N} things|facts|items|details|phrases|dates|bits|parts|numbers|names ..20 asterisk|asterisks|star|stars on each|either|both side|sides', rel: 'GE' },
  // Version 25: "Two of the tips should have an asterisk on each side".
  { family: 'HIGHLIGHT', pattern: '{N} of the ..2 tips|things|points|facts|items|details|lines|rules|steps|prices ..6 asterisk|asterisks|star|stars on each|either|both side|sides|end|ends', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: '{N} of the ..2 tips|things|points|facts|items|details|lines|rules|steps|prices ..6 asterisk|asterisks|star|stars before and after', rel: 'GE' },
  // "The two prices should stand out, so put a single star on each side of them", "mark two selling points with * on
  // each side", "put a star on each side of two of the rules".
  { family: 'HIGHLIGHT', pattern: '{N} ..3 stand|pop|jump out ..8 star|stars|asterisk|asterisks on|at each|either|both side|sides|end|ends', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: 'mark|wrap|flag {N} ..3 with * on each|either|both side|sides|end|ends', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: 'star|stars|asterisk|asterisks on each|either|both side|sides|end|ends of {N} of the ..2 tips|things|points|facts|items|details|lines|rules|steps|prices', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: `mark|emphasize|emphasise|stress|flag|wrap|enclose|surround ..2 {REL}? {N} ..6 ${HL_HOW}`, rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: 'stars|asterisks|asterisk ..2 around|round the? {REL}? {N}', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: 'mark|wrap|put|surround each|all of? those|these|the {N} with|in *? asterisks|stars|asterisk', rel: 'GE' },
  // "at least 2 phrases wrapped in *asterisks*" (before SENTS, whose French "phrases" would read a sentence count).
  { family: 'HIGHLIGHT', pattern: '{REL}? {N} phrases|words|sections|parts|terms|points|ideas|passages wrapped|enclosed|surrounded|marked|in|with|between|inside|within ..3 asterisks|asterisk', rel: 'GE' },
  // Version 26: what the asterisks do said first, then the count ("bolds anything between two asterisks, so do that for two
  // lines", "turns text inside single asterisks into bold; use that on two selling points").
  { family: 'HIGHLIGHT', pattern: 'asterisks|asterisk ..8 ;? do|use|apply that|this|it on|for|to {N}', rel: 'GE' },
  // Version 21: the marking shown by an example instead of named ("2+ phrases marked *like this*", "at least 2 phrases set
  // off with *single asterisks*").
  { family: 'HIGHLIGHT', pattern: '{REL}? {N} phrases|words|terms|ideas|things set|wrapped|enclosed|surrounded|marked ..3 *', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: '{REL}? {N} highlighted|italicized|italicised|bolded|emphasized|emphasised|highlights', rel: 'GE' },
  // Version 17: the count before a word shown highlighted ("≥ 3 *highlighted* words").
  { family: 'HIGHLIGHT', pattern: '{REL}? {N} * highlighted|italicized|italicised|bolded|emphasized|emphasised|bold|italic', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: 'highlight|highlighted|highlighting|italicize|italicized|italicise|italic|bold|italics|emphasize ..6 {REL}? {N} ..3 sections|section|parts|part|phrases|phrase|words|word|keywords|text|names|lines|spans|items|sentences|passages|passage|points|ideas|terms', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: `${ML_HL_VERB} ..3 {REL}? {N}`, rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: 'mets|mettez|mettre en évidence ..3 {REL}? {N}', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: `{REL}? {N} ${ML_HL_NOUN} ..4 astérisques|asteriscos|sternchen|asterischi|mis|mise|markdown|resaltadas|resaltados|destacadas|destacados|surlignées|surlignés|soulignées|mises|hervorgehoben|markiert|evidenziate|evidenziati|evidenziata|destacadas|destacados|gemarkeerd|wyróżnione|cursiva|italique|kursiv|corsivo|itálico|negrita|gras|fett|grassetto|negrito|vetgedrukt|pogrubione`, rel: 'GE' },
  // "Under 200 words, at least 3 highlighted phrases": a word count closed by a comma is not a highlight count.
  // A relation after the unit ("8 sentences or longer"), before any pattern reads the count alone.
  // A limit stated by its penalty: "if it goes past 200 words I can't use it", "Students who write more than three sentences
  // lose a mark", "Marks are lost if the answer runs past 150 words" (round 9): what is penalised is over the limit.
  // PENALTY (version 11): a negation before such a match restates the limit ("dont go past 100 words or the preview
  // cuts it off") rather than turning it round.
  // Version 25: a count stated as a fact and then bounded by "so ... under that" ("only holds about 200 words, so stay
  // under that", "shows 200 words before a more link, so come in lower than that"); a floor said as "not a word under 150".
  { family: 'WORDS', pattern: '{N} words|word ..8 , so stay|come|keep|go|be|land? in? under|below|lower|less|fewer|shorter than? that|it|this', rel: 'LT' },
  { family: 'WORDS', pattern: 'not|no a|one single? word under|below|beneath {N} ,|.|;|!', rel: 'GE' },
  { family: 'WORDS', pattern: 'not|no a|one single? word less|fewer|short than|of {N}', rel: 'GE' },
  { family: 'WORDS', pattern: 'past|over|beyond|above|exceeds|exceed|exceeding|passes|tops|more|longer than? {N} words|word ..8 lose|loses|lost|losing|cut|cuts|rejected|rejects|penalty|penalised|penalized|fail|fails|failed|deducted|docked|bounce|bounces|bounced|truncated|truncates|ignored|unusable|cant|cannot|wont|useless', rel: 'LE', arg: 'PENALTY' },
  { family: 'WORDS', pattern: 'lose|loses|lost|losing|cut|cuts|rejected|rejects|penalty|penalised|penalized|fail|fails|failed|deducted|docked|bounce|bounces|bounced|truncated|truncates|ignored|unusable|cant|cannot|wont|useless ..3 if|when|once ..6 past|over|beyond|above|exceeds|exceed|exceeding|passes|tops|more|longer than? {N} words|word', rel: 'LE', arg: 'PENALTY' },
  // Version 25: "keep it to a handful of sentences, five is the limit".
  { family: 'SENTS', pattern: 'sentences , {N} is|being the limit|max|maximum|ceiling|cap|most', rel: 'LE' },
  { family: 'SENTS', pattern: 'past|over|beyond|above|exceeds|exceed|exceeding|passes|tops|more|longer than? {N} sentences|sentence ..8 lose|loses|lost|losing|cut|cuts|rejected|rejects|penalty|penalised|penalized|fail|fails|failed|deducted|docked|bounce|bounces|bounced|truncated|truncates|ignored|unusable|cant|cannot|wont|useless', rel: 'LE', arg: 'PENALTY' },
  { family: 'SENTS', pattern: 'lose|loses|lost|losing|cut|cuts|rejected|rejects|penalty|penalised|penalized|fail|fails|failed|deducted|docked|bounce|bounces|bounced|truncated|truncates|ignored|unusable|cant|cannot|wont|useless ..3 if|when|once ..6 past|over|beyond|above|exceeds|exceed|exceeding|passes|tops|more|longer than? {N} sentences|sentence', rel: 'LE', arg: 'PENALTY' },
  { family: 'SENTS', pattern: '{N} sentences|sentence or longer|more|above|over|upwards|upward', rel: 'GE' },
  // Version 24: a ceiling told by what happens at the count ("if it runs to eight sentences it's too long", "seven
  // sentences is where I'd draw the line", "it can't take a fourth sentence", "anything after the sixth sentence won't
  // get read", "nobody reads more than 99 words").
  { family: 'SENTS', pattern: 'if|once it|this|text|message runs|goes|gets|reaches|hits to? {N} sentences|sentence ,? its|thats|theyre|thatll|itll|it|that is|will|would? be? too long|much', rel: 'LT' },
  { family: 'WORDS', pattern: 'if|once it|this|text|message runs|goes|gets|reaches|hits to? {N} words|word ,? its|thats|theyre|thatll|itll|it|that is|will|would? be? too long|much', rel: 'LT' },
  { family: 'SENTS', pattern: '{N} sentences|sentence is|are where i|id|we|wed|you draw|put the line', rel: 'LE' },
  { family: 'WORDS', pattern: '{N} words|word is|are where i|id|we|wed|you draw|put the line', rel: 'LE' },
  { family: 'SENTS', pattern: 'cant|cannot|wont|doesnt|couldnt take|fit|hold|show|have|carry a|an {ORD} sentence', rel: 'LT' },
  { family: 'WORDS', pattern: 'cant|cannot|wont|doesnt|couldnt take|fit|hold|show|have|carry a|an {ORD} word', rel: 'LT' },
  { family: 'SENTS', pattern: 'anything|everything|whatever after|past|beyond the {ORD} sentence wont|doesnt|isnt|never|will|gets|get|is ..2 read|seen|ignored|cut|skipped|lost|dropped|printed|shown', rel: 'LE' },
  { family: 'WORDS', pattern: 'anything|everything|whatever after|past|beyond the {ORD} word wont|doesnt|isnt|never|will|gets|get|is ..2 read|seen|ignored|cut|skipped|lost|dropped|printed|shown', rel: 'LE' },
  { family: 'WORDS', pattern: 'nobody|noone reads|read|will|wants|can ..2 more|longer than {N} words|word', rel: 'LE' },
  { family: 'SENTS', pattern: 'nobody|noone reads|read|will|wants|can ..2 more|longer than {N} sentences|sentence', rel: 'LE' },
  // "120 words or a bit more", "100 words or thereabouts, no less" (version 24): a floor, no approximate range.
  { family: 'WORDS', pattern: '{N} words|word or a bit|little|touch|tad|few|couple more|over|longer', rel: 'GE' },
  { family: 'WORDS', pattern: '{N} words|word or thereabouts|so|around ,|- no|not less|fewer|under|shorter', rel: 'GE' },
  // "no sentence count above five" (version 16): the count named, then its ceiling.
  { family: 'SENTS', pattern: 'no|not sentence count above|over|beyond|exceeding|past {N}', rel: 'LE' },
  // "in at least 8 short sentences" (version 12).
  { family: 'SENTS', pattern: '{REL} {N} short|shorter|simple|brief|full|complete|clear sentences|sentence', rel: 'APPROX' },
  // Version 23 (set 25): "three short sentences at most".
  { family: 'SENTS', pattern: '{N} short|shorter|simple|brief|full|complete|clear sentences|sentence at the? very? most|max|maximum|tops', rel: 'LE' },
  // "Keep the sentences to five or under" (version 23).
  { family: 'SENTS', pattern: 'keep|limit|cap the? sentences|sentence count? to {N}', rel: 'LE' },
  { family: 'SENTS', pattern: '{N} sentences|sentence or shorter|fewer|less|under', rel: 'LE' },
  { family: 'WORDS', pattern: '{N} words|word or longer|more|above|over|upwards|upward', rel: 'GE' },
  // "fits 60 words, so 60 at the most" (version 14): the bound restated after the unit.
  { family: 'WORDS', pattern: 'words|word ..6 {N} at the? very? most|max|maximum|tops', rel: 'LE' },
  { family: 'WORDS', pattern: '{N} words|word ,|- no|not more|over|longer', rel: 'LE' },
  // Version 17: "120 words, not one more", "120 words but not a word beyond", "it can run to 120 words", "200 words is my
  // floor".
  { family: 'WORDS', pattern: '{N} words|word ,|-? but? not|no one|a single? word? more|over|longer|beyond|extra|further', rel: 'LE' },
  { family: 'SENTS', pattern: '{N} sentences|sentence ,|-? but? not|no one|a single? sentence? more|over|longer|beyond|extra|further', rel: 'LE' },
  // Version 23 (set 25): "can't run to 150 words" (it must stay short of the count), "The column allows 49 words", "The
  // page looks empty below 80 words" (a floor given by what falls short of it).
  { family: 'WORDS', pattern: 'cant|cannot|mustnt|shouldnt|wont|not|never run|go|stretch|extend|reach|hit to? {N} words|word', rel: 'LT' },
  { family: 'WORDS', pattern: 'allows|allow|permits|permit|fits|fit|holds|hold {N} words|word', rel: 'LE' },
  { family: 'WORDS', pattern: 'looks|look|seems|seem|feels|feel empty|bare|thin|sparse|unfinished below|under {N} words|word', rel: 'GE' },
  { family: 'WORDS', pattern: 'looks|look|seems|seem|feels|feel empty|bare|thin|sparse|unfinished with any|anything? less|fewer|shorter than {N} words|word', rel: 'GE' },
  // Version 23: a box that cuts off at a word ("cuts off at the 90th word, so it has to finish before that", "The shop
  // template cuts anything past the 89th word"); "40-ish words but definitely under 50".
  { family: 'WORDS', pattern: 'cuts|cut|truncates|truncate|stops|stop off? at the {ORD} word', rel: 'LT' },
  { family: 'WORDS', pattern: 'cuts|cut|truncates|truncate|drops|drop|loses|lose anything|everything|whatever past|after|beyond the {ORD} word', rel: 'LE' },
  { family: 'WORDS', pattern: 'words|word ,? but definitely|certainly|strictly|absolutely|always? under|below {N}', rel: 'LT' },
  { family: 'WORDS', pattern: '{N} words|word is|are my|the|our floor|minimum|baseline', rel: 'GE' },
  { family: 'WORDS', pattern: '{N} words|word is|are the limit|max|maximum ,? stay|keep|go|staying under|below', rel: 'LT' },
  { family: 'WORDS', pattern: '{N} words|word is|are the absolute|hard? limit|max|maximum', rel: 'LE' },
  { family: 'WORDS', pattern: '{N} words|word or shorter|fewer|less|under', rel: 'LE' },
  { family: 'WORDS', pattern: '{REL} {N} -? words|word ,', rel: 'APPROX' },
  { family: 'SENTS', pattern: '{REL} {N} -? sentences|sentence ,', rel: 'APPROX' },
  { family: 'HIGHLIGHT', pattern: '{REL}? {N} ..3 sections|section|parts|phrases|text|words|sentences|lines ..4 highlighted|italicized|italic|italics|bold|bolded|highlight|emphasized|emphasised', rel: 'GE' },
  { family: 'HIGHLIGHT', pattern: '{REL}? {N} italic|italicized|highlighted|bold', rel: 'GE' },

  // ---- WORDS: length in words.
  { family: 'WORDS', pattern: 'limit|limited|cap|capped|restrict|restricted|keep|kept ..4 to|at|within {N} -? words|word', rel: 'LE' },
  { family: 'WORDS', pattern: '{N} -? words|word or|and less|fewer|under|below', rel: 'LE' },
  { family: 'WORDS', pattern: '{N} -? words|word max|maximum|tops', rel: 'LE' },
  { family: 'WORDS', pattern: '{N} -? words|word minimum|min', rel: 'GE' },
  // The relation stated after the noun ("100 words at most").
  { family: 'WORDS', pattern: '{N} -? words|word at most', rel: 'LE' },
  { family: 'WORDS', pattern: '{N} -? words|word at least', rel: 'GE' },
  { family: 'WORDS', pattern: '{N} -? words|word or|and more|above|over', rel: 'GE' },
  { family: 'WORDS', pattern: '{REL} a? total of {N} words|word', rel: 'APPROX' },
  // A spec's "words < 40", "word count >= 100": a comparison sign after the noun.
  { family: 'WORDS', pattern: 'words|word|wordcount < =|≤ {N}', rel: 'LE' },
  { family: 'WORDS', pattern: 'words|word|wordcount > =|≥ {N}', rel: 'GE' },
  { family: 'WORDS', pattern: 'words|word|wordcount < {N}', rel: 'LT' },
  { family: 'WORDS', pattern: 'words|word|wordcount > {N}', rel: 'GT' },
  { family: 'WORDS', pattern: '{REL}? {N} -? words|word', rel: 'APPROX' },
  // "Word budget is 150 minimum", "word count: 200 max" (round 9).
  { family: 'WORDS', pattern: 'word|words budget|count|limit|target|length ..3 {N} minimum|min', rel: 'GE' },
  { family: 'WORDS', pattern: 'word|words budget|count|limit|target|length ..3 {N} maximum|max', rel: 'LE' },
  { family: 'WORDS', pattern: 'word count|limit ..3 {REL}? {N}', rel: 'APPROX' },
  { family: 'WORDS', pattern: 'number of words ..10 {REL}? {N}', rel: 'APPROX' },
  { family: 'WORDS', pattern: '{REL} {N} words|word ..2 long|length' , rel: 'APPROX' },
  { family: 'WORDS', pattern: `{N} ${ML_WORDS} como|au|al|no máximo|maximum|massimo|mucho|maximal|höchstens|maksymalnie|hoogstens`, rel: 'LE' },
  { family: 'WORDS', pattern: `{N} ${ML_WORDS} como|au|al|no mínimo|minimum|minimo|mindestens|minimaal`, rel: 'GE' },
  { family: 'WORDS', pattern: `{REL}? {N} ${ML_WORDS}`, rel: 'APPROX' },

  // ---- SENTS: length in sentences.
  { family: 'SENTS', pattern: 'limit|limited|cap|capped|restrict|restricted|keep|kept ..4 to|at|within {N} -? sentences|sentence', rel: 'LE' },
  { family: 'SENTS', pattern: '{N} -? sentences|sentence or|and less|fewer|under|below', rel: 'LE' },
  { family: 'SENTS', pattern: '{N} -? sentences|sentence max|maximum|tops', rel: 'LE' },
  { family: 'SENTS', pattern: '{N} -? sentences|sentence minimum|min', rel: 'GE' },
  { family: 'SENTS', pattern: '{N} -? sentences|sentence at most', rel: 'LE' },
  { family: 'SENTS', pattern: '{N} -? sentences|sentence at least', rel: 'GE' },
  { family: 'SENTS', pattern: '{N} -? sentences|sentence or|and more|above|over', rel: 'GE' },
  { family: 'SENTS', pattern: '{REL} a? total of {N} sentences|sentence', rel: 'APPROX' },
  { family: 'SENTS', pattern: '{REL}? {N} -? sentences|sentence', rel: 'APPROX' },
  { family: 'SENTS', pattern: 'number of sentences ..10 {REL}? {N}', rel: 'APPROX' },
  { family: 'SENTS', pattern: `{N} cümleyi|cümleden geçmesin|aşmasın`, rel: 'LE' },
  { family: 'SENTS', pattern: `{REL}? {N} ${ML_SENTS}`, rel: 'APPROX' },
  { family: 'SENTS', pattern: 'sentences|sentence must|should|need|has|have to? be|stay|remain ..1 {REL} {N} .|,|;|!' },

  // ---- paragraphs and sections.
  { family: 'PARCOUNT', pattern: '{REL}? {N} -? paragraphs|paragraph|paras|stanzas|stanza|parts|part', rel: 'EQ' },
  { family: 'PARCOUNT', pattern: '{REL}? {N} short|long|brief|small|separate|distinct|clear|full|shorter|longer paragraphs|paragraph|stanzas', rel: 'EQ' },
  { family: 'SECCOUNT', pattern: '{REL}? {N} -? sections|section|chapters', rel: 'EQ' },
  // "sections labelled ROUND 1, ROUND 2 and so on, four rounds", "RULE 1, RULE 2 and so on, one per rule, so five of
  // them" (version 16): the numbered marker is cut short, the count follows.
  { family: 'SECCOUNT', pattern: 'so on|forth ..8 {N} of them', rel: 'EQ' },
  { family: 'SECCOUNT', pattern: 'so on|forth ..8 {N} in total', rel: 'EQ' },
  { family: 'SECCOUNT', pattern: 'so on|forth ..8 {N} altogether', rel: 'EQ' },
  { family: 'SECCOUNT', pattern: 'so on|forth ,? {N} {W}', rel: 'EQ' },
  { family: 'PARCOUNT', pattern: `{REL}? {N} ${ML_PARS}`, rel: 'EQ' },
  { family: 'SECCOUNT', pattern: `{REL}? {N} ${ML_SECS}`, rel: 'EQ' },
  { family: 'STARDIV', pattern: 'markdown divider' },
  { family: 'STARDIV', pattern: '{S3}' },
  { family: 'STARDIV', pattern: 'three|3 asterisks|asterisk|stars|star' },
  // (Version 26: "new" and "line" need a noun after them: "We have two new loaders" is no separator.)
  { family: 'NLSEP', pattern: 'two|2 newline|newlines' },
  { family: 'NLSEP', pattern: 'two|2 new|line lines|line|breaks' },
  { family: 'NLSEP', pattern: '\\ n \\ n' },
  { family: 'NLSEP', pattern: 'two|2 line breaks|linebreaks' },
  { family: 'NLSEP', pattern: 'double line breaks|break|newline|newlines' },
  { family: 'NLSEP', pattern: 'blank|empty line|lines' },
  // Version 21: "Three paragraphs with a gap line in between".
  { family: 'NLSEP', pattern: 'gap line|lines' },
  { family: 'NLSEP', pattern: 'línea|líneas|ligne|lignes|zeile|leerzeile|leerzeilen|riga|righe|linha|linhas|regel|witregel|lege|linia|linią|pustą ..3 en? blanco|blanc|vide|vuota|bianca|vazia|branco|leer|leere|pusta|pustą|lege' },
  { family: 'NLSEP', pattern: 'leerzeile|leerzeilen|witregel|witregels' },
  // Letter counts before SECMARK: "with the letter x appearing" is not a section marker.
  { family: 'LETTER', pattern: `${NEG} ..3 letter|character {L} ..4 more than {N}`, rel: 'LE' },
  { family: 'LETTER', pattern: `${NEG} ..3 letter|character {L}`, arg: 'NONE' },
  // "the letter e not appearing at all", "not one k in it anywhere" (version 14).
  { family: 'LETTER', pattern: `letter|character {L} ${NEG} appearing|appear|appears|used|showing|show|shows|occurring|occur`, arg: 'NONE' },
  { family: 'LETTER', pattern: 'not|no a? single|one {L} in it|anywhere', arg: 'NONE' },
  { family: 'LETTER', pattern: 'letter|character {L} ..6 {REL} {N}', rel: 'EQ' },
  // "hammer the letter s, fifteen or more of them" (round 10).
  { family: 'LETTER', pattern: 'letter|character {L} ..6 {N} of them|those', rel: 'EQ' },
  // Version 21: "keep the letter x to two at most": a limit.
  { family: 'LETTER', pattern: 'keep|limit|cap|hold the? letter|character {L} to {N}', rel: 'LE' },
  { family: 'LETTER', pattern: 'letter|character {L} ..6 {REL}? {NT}', rel: 'EQ' },
  { family: 'LETTER', pattern: '{REL} {N} times? ..2 letter|character {L}', rel: 'EQ' },
  { family: 'LETTER', pattern: `${ML_LETTER} {L} ..6 {REL} {N}`, rel: 'EQ' },
  { family: 'LETTER', pattern: 'use|include|type|write {L} {REL} {N} times?', rel: 'EQ' },
  // Version 21: "use at least eight w's".
  { family: 'LETTER', pattern: 'use|include|type|write|have {REL} {N} {L} .|,|;|!|and|in', rel: 'EQ' },
  // Version 23 (set 25): "give us 15 m's at least", "count at least 30 t's into it".
  { family: 'LETTER', pattern: 'give|get|count|put|pack|squeeze|fit|cram|work|slip us|me|in? {N} {L} at least|minimum', rel: 'GE' },
  { family: 'LETTER', pattern: 'give|get|count|put|pack|squeeze|fit|cram|work|slip us|me|in? {REL} {N} {L} into|in|.|,|;|!', rel: 'EQ' },
  // "let's see six z's or more in it", "so nine r's at most in the whole script" (version 23).
  { family: 'LETTER', pattern: 'see|want|need|get|give {N} {L} or more|plus', rel: 'GE' },
  { family: 'LETTER', pattern: '{N} {L} at the? very? most|max|maximum|tops', rel: 'LE' },
  // "make it roll with the letter r, thirty r's or more", "go light on a: fewer than 6 of them in total" (version 23).
  { family: 'LETTER', pattern: ', {N} {L} or more|plus', rel: 'GE' },
  // Version 24: "slip in five z's or more", "give him at least six j's to find", "uses no more than 9 e's".
  { family: 'LETTER', pattern: 'in|use|uses|using|give|get|have|has {N} {L} or more|plus', rel: 'GE' },
  { family: 'LETTER', pattern: 'give|get|put|have|has|uses|use|using|him|her|them|us|me {REL} {N} {L} to|for|in|into|.|,|;|!', rel: 'EQ' },
  { family: 'LETTER', pattern: 'sneaks|sneak|sneaking|slip|slips|slipping|squeeze|squeezes in {REL} {N} {L} to|for|in|into|.|,|;|!', rel: 'EQ' },
  // "lisps on the letter s, so the script needs to use it fewer than 15 times".
  { family: 'LETTER', pattern: 'letter|character {L} ..10 use|uses|using|say|says|saying it {REL} {NT}', rel: 'EQ' },
  { family: 'LETTER', pattern: 'light|easy on the? letter? {L} : {REL} {N}', rel: 'EQ' },
  { family: 'LETTER', pattern: '{REL}? {N} letter|letters {L}', rel: 'EQ' },
  { family: 'LETTER', pattern: '{REL}? {N} of the letter|character {L}', rel: 'EQ' },
  // Version 17: the relation may be the number's own postfix ("forty or more s's in it").
  { family: 'LETTER', pattern: '{REL}? {N} {L} in|throughout|overall', rel: 'EQ' },
  { family: 'LETTER', pattern: `${ML_LETTER} {L} ..6 {REL}? {N} -? ${ML_TIMES}`, rel: 'EQ' },
  // "the letter z doesn't show up anywhere": no count; scope.ts reads the negation (none), else at least one.
  { family: 'LETTER', pattern: 'letter|character {L} ..3 appear|appears|show|shows|occur|occurs|feature|features' },
  // Version 17: a bare letter after "and" or a comma ("and g has to pop up 15+ times", ", b needs to appear no fewer than 12
  // times", ", p popping up at least fifteen times").
  { family: 'LETTER', pattern: 'and|, {L} has|needs|must|should|will|popping|appearing|showing|turning|cropping to? appear|pop|show|turn|crop? up? {REL}? {NT}', rel: 'EQ' },
  // Version 25: a letter's plural named with its count after a mark ("plenty of z's: at least five", "heavy on g's,
  // at least 12 of them"), after a clause ("counting the k's on my screen, so put in at least 15 of them") or as the
  // most there can be ("only has ten W's, so there can't be more than ten").
  // PLURAL: the {L} of these rows is a letter's plural only ("R: at least 3 examples", "the 5 tips ..., so use at least 3
  // of them" name no letter).
  { family: 'LETTER', pattern: 'of|on|with {L} :|,|- {REL} {N}', rel: 'EQ', arg: 'PLURAL' },
  { family: 'LETTER', pattern: 'the {L} ..8 so|and put|get|use|include|add|work in? {REL} {N} of them', rel: 'EQ', arg: 'PLURAL' },
  { family: 'LETTER', pattern: '{L} , so there|it|you|we cant|cannot be|use|have|go more|over than? {N}', rel: 'LE', arg: 'PLURAL' },
  // Version 26: the count in the clause after a letter's plural ("lots of b's, so please get at least 12 of them in",
  // "eight t's, so keep it under nine of them"), after a colon with the relation last ("swimming in w's: twelve at
  // minimum"), or before it with a relation ("at least six q's, please").
  // PREV: the letter's plural is the token before the row's first (keyed) token.
  { family: 'LETTER', pattern: ', so ..4 {REL} {N} of them|those', rel: 'EQ', arg: 'PREV' },
  { family: 'LETTER', pattern: ': {N} at|or|as? a? minimum|least|more|plus', rel: 'GE', arg: 'PREV' },
  { family: 'LETTER', pattern: ': {N} at? the? most|max|maximum|tops', rel: 'LE', arg: 'PREV' },
  { family: 'LETTER', pattern: '{REL} {N} {L} ,|.|;|!|?|in|into|throughout', rel: 'EQ', arg: 'PLURAL' },
  { family: 'LETTER', pattern: 'letter {L} ..8 : {N}', rel: 'EQ' },
  // "labelled Module 1 to Module 4": the marker and, from the last number, the count (plan.ts). A cue of labelling
  // must come first: "a trip from Day 1 to Day 7" asks for no sections.
  // Version 25: the marker written out once per section ("headed Hole 4, Hole 11 and Hole 17"): the count is the number
  // of times it is written (plan.ts).
  // A section noun before it ("missions named Apollo 11, Apollo 13 and Apollo 17" asks for no sections).
  { family: 'SECMARK', pattern: 'part|parts|section|sections|heading|headings ..4 headed|titled|labelled|labeled {W} {N} , {W} {N} , {W} {N} ,? and {W} {N}' },
  { family: 'SECMARK', pattern: 'part|parts|section|sections|heading|headings ..4 headed|titled|labelled|labeled {W} {N} , {W} {N} ,? and {W} {N}' },
  { family: 'SECMARK', pattern: 'label|labels|labelled|labeled|labelling|labeling|mark|marked|title|titled|name|named|head|headed|call|called|number|numbered|sections|section|parts|chapters|into ..3 {W} 1 to|through|until|- {W} {N}' },
  // "Use 4 sections, SECTION 1 through SECTION 4": the count claimed "4 sections"; the range follows a comma or colon.
  { family: 'SECMARK', pattern: ',|: {W} 1 to|through|until|- {W} {N}' },
  // "Use DAY 1 through DAY 5 as the section headers" (round 10).
  { family: 'SECMARK', pattern: 'use|using ..2 {W} 1 to|through|until|- {W} {N}' },
  { family: 'SECMARK', pattern: 'with|as|into|called|named|labelled|labeled|starting|start|headings ..3 {W} 1 / ..6 / {W} {N}' },
  { family: 'SECMARK', pattern: 'with|as|into|called|named|labelled|labeled|starting|start|headings ..3 {W} 1 . . . {W} {N}' },
  { family: 'SECMARK', pattern: 'with|as|into|called|named|labelled|labeled|starting|start|headings ..3 {W} 1 . {W} {N}' },
  // A lead word first: a pattern that opens with {W} is tried at every token.
  { family: 'SECMARK', pattern: 'avec|con|mit|met|com|z|med|ile|with|as|como|comme|als|jako ..3 {W} 1 et|y|e|und|en|i|och|ve {W} 2' },
  { family: 'SECMARK', pattern: 'with|as|by|marked|mark|label|labeled|labelled|start|starting|begin|beginning|starts|begins|denoted|noted|indicated|named ..3 "? {W} x' },
  { family: 'SECMARK', pattern: '"|\'? {W} 1 "|\'? ,? and|, "|\'? {W} 2' },
  { family: 'SECMARK', pattern: 'with|as|by|marked|mark|label|labeled|labelled|start|starting|begin|beginning|starts|begins|denoted|headed|titled|called|named ..3 "|\' {W} 1 "|\'' },
  { family: 'SECMARK', pattern: '"|\' {W} x|n|# "|\'' },
  { family: 'SECMARK', pattern: '"|\'? {W} "|\'? followed ..2 by ..3 number|numeral|digit|index|numbers' },
  { family: 'SECMARK', pattern: 'like|as|eg|g|example .? :? "|\'? {W} 1' },

  // ---- NTHFIRST: the first word of the n-th paragraph.
  { family: 'NTHFIRST', pattern: '{ORD} paragraph|one|para ..4 start|starts|begin|begins|starting|beginning|open|opens|opening|lead|leads|leading with the? word? {Q}' },
  // Version 17: "Welcome is the first word of the first paragraph".
  // (Led by a comma or "and": a pattern that opens with {Q} is tried at every token, which the board pays for.)
  { family: 'NTHFIRST', pattern: ',|and {Q} is|as the first|opening word of the {ORD} paragraph|para|one' },
  // Version 24: "I'd like Please as the opening word of the third and final paragraph", "Thanks is the word the fourth one
  // should begin with".
  { family: 'NTHFIRST', pattern: 'like|want|need|put|use {Q} as the first|opening word of the {ORD} and? final|last? paragraph|para|one' },
  { family: 'NTHFIRST', pattern: '.|;|,|:|and|- {Q} is the word the {ORD} paragraph|para|one should|must|will|has|needs to? begin|start|open|lead with' },
  { family: 'NTHFIRST', pattern: 'the {ORD} one|paragraph|para needs|has|gets|takes|wants {Q} as its|the very? first|opening word' },
  // Version 25: the word first, the paragraph after it ("let Helmet be the very first word of the last one", "Roses
  // should be the opening word of the third").
  { family: 'NTHFIRST', pattern: 'let|make|have {Q} be the very? first|opening word of the {ORD} one|paragraph|para' },
  // Version 26: "block three must kick off with Customers", "paragraph four, opening on the word Remember".
  { family: 'NTHFIRST', pattern: 'block|part {ORD} must|should|has|needs|will|shall to? kick off|start|begin|open|lead with the? word? {Q}' },
  { family: 'NTHFIRST', pattern: 'paragraph|para {ORD} , opening|starting|beginning on|with the word {Q}' },
  { family: 'NTHFIRST', pattern: '.|;|,|:|and {Q} should|must|will|shall|has|needs to? be the very? first|opening word of the {ORD} paragraph|one|para|.|;|!' },
  // "the 4th (final) paragraph starts with the word Overall", "the essay intro has to start with the word Although" (round 9).
  { family: 'NTHFIRST', pattern: '{ORD} ( ..2 ) paragraph|one ..4 start|starts|begin|begins|starting|beginning|open|opens|opening|lead|leads with the? word? {Q}' },
  { family: 'NTHFIRST', pattern: '{ORD} must|should|has|needs|will|shall to? start|begin|open|lead with the word {W}' },
  // "two paragraphs ..., and the second must start with 'however'": the ordinal stands for the paragraph.
  { family: 'NTHFIRST', pattern: 'the {ORD} must|should|has|needs|will|shall? to? start|starts|starting|begin|begins|beginning|open|opens|opening|lead|leads with|on the? word? {Q}' },
  { family: 'NTHFIRST', pattern: 'paragraph number|no|# .? {ORD} ..4 start|starts|begin|begins|starting|beginning|open|opens with the? word? {Q}' },
  // The position given as an aside (version 14): "the discussion paragraph, which is the fourth, has to open with the
  // word X"; "Begin the middle paragraph, the second one, with the word X".
  { family: 'NTHFIRST', pattern: 'the {ORD} , must|should|has|needs|will|shall? to? start|starts|begin|begins|open|opens|lead|leads with the? word? {Q}' },
  // "the second of them ought to begin with the word Moreover" (version 16).
  { family: 'NTHFIRST', pattern: 'the {ORD} of them|these|those must|should|has|needs|will|shall|ought to? start|begin|open|lead with the? word? {Q}' },
  { family: 'NTHFIRST', pattern: 'start|begin|open the ..2 paragraph|one , the {ORD} one? , with the? word? {Q}' },
  { family: 'NTHFIRST', pattern: 'first|opening|initial|starting word of the? {ORD} paragraph ..4 be|is {Q}' },
  { family: 'NTHFIRST', pattern: 'first|opening|initial|starting word of paragraph {ORD} ..4 be|is {Q}' },
  // "make the first word of the third paragraph 'Years'" (version 16): the word follows the position with no verb.
  { family: 'NTHFIRST', pattern: 'make|let|have the? first|opening|initial|starting word of the? {ORD} paragraph|para|one {Q}' },
  { family: 'NTHFIRST', pattern: 'make|let|have the? first|opening|initial|starting word of paragraph|para {ORD} {Q}' },
  { family: 'NTHFIRST', pattern: 'paragraph {ORD} ..4 start|starts|begin|begins|starting|beginning with the? word? {Q}' },
  { family: 'NTHFIRST', pattern: 'paragraph|para {ORD} ..4 start|starts|begin|begins|starting|beginning|open|opens|opening|lead|leads|kick|kicks|kicking off? with the? word? {Q}' },
  { family: 'NTHFIRST', pattern: '{ORD} paragraph|one|para ..4 start|starts|begin|begins|starting|beginning|open|opens|opening|lead|leads|kick|kicks|kicking off? with the word {W}' },
  // The parts named in the writer's own words ("the second stanza should start with the word Brick").
  { family: 'NTHFIRST', pattern: '{ORD} stanza|verse|block|chunk|part|section|passage ..4 start|starts|begin|begins|starting|beginning|open|opens|lead|leads with the? word? {Q}' },
  { family: 'NTHFIRST', pattern: '{ORD} stanza|verse|block|chunk|part|section|passage ..4 start|starts|begin|begins|starting|beginning|open|opens|lead|leads with the word {W}' },
  { family: 'NTHFIRST', pattern: 'the {ORD} ..4 kick|kicks|kicking off with the? word? {Q}' },
  { family: 'NTHFIRST', pattern: 'start|begin the? {ORD} paragraph|one with the? word? {Q}' },
  { family: 'NTHFIRST', pattern: 'start|begin paragraph {ORD} with the? word? {Q}' },
  // Version 23 (set 25): the paragraph left unnamed after the verb ("begin the second with Tides", "kick off the
  // middle one with the word Bring").
  { family: 'NTHFIRST', pattern: 'start|begin|open the {ORD} with the? word? {Q}' },
  { family: 'NTHFIRST', pattern: 'kick|kicking off the {ORD} paragraph|one|para|block|part|section? with the? word? {Q}' },
  // "with the first one starting "First"" (version 16): no "with", so the word must be quoted.
  { family: 'NTHFIRST', pattern: '{ORD} paragraph|one|para starting|beginning|opening "|\' {W} "|\'' },
  { family: 'NTHFIRST', pattern: `{ORD} ${ML_PARS} ..8 ${ML_WORD} {Q}` },
  { family: 'NTHFIRST', pattern: `{ORD} ${ML_PARS} ..4 ${ML_BEGIN} ..3 {Q}` },
  // Version 17: the answer's own first word ("start with the word Imagine", "your opening word must be: Imagine") is
  // the first paragraph's when the prompt asks for paragraphs split by blank lines, else a required word (plan.ts).
  { family: 'NTHFIRST', pattern: 'start|begin|open|starts|begins|opens the? response|answer|text|piece|essay|letter|story|vignette|reply|email|post|note|message|notice|card|caption|sign|talk|speech|description|listing|it? with the word {W}', arg: 'START' },
  { family: 'NTHFIRST', pattern: 'your|the very? first|opening|starting|initial word must|should|has|needs|will|shall|is to? be? :? {Q}', arg: 'START' },
  { family: 'NTHFIRST', pattern: ',|and {Q} ,? as the very? first|opening|starting word', arg: 'START' },
  // Version 26: "I'd like Dear as the very first word."
  { family: 'NTHFIRST', pattern: 'like|want|need|put|use {Q} as the very? first|opening|starting word .|;|,|!', arg: 'START' },
  { family: 'NTHFIRST', pattern: 'want|wants|need|needs|like|likes the very? first|opening word to be {Q}', arg: 'START' },
  // Version 23 (set 25): "three paragraphs split by blank lines, opening on the word Sparks".
  { family: 'NTHFIRST', pattern: ', opening|starting|beginning on|with the word {W}', arg: 'START' },
  // Version 24: "start the whole thing with the word If", "have the very first word be Bonjour", "the first word of the
  // whole thing should be Footsteps".
  { family: 'NTHFIRST', pattern: 'start|begin|open|starts|begins|opens the whole thing|piece|text|note|notice|message|lot with the word {W}', arg: 'START' },
  { family: 'NTHFIRST', pattern: 'have|make|let the very? first|opening word be|is {Q}', arg: 'START' },
  { family: 'NTHFIRST', pattern: 'the very? first|opening word of the whole thing|piece|text|note|lot should|must|has|needs|will|shall|is to? be? :? {Q}', arg: 'START' },
  { family: 'NTHFIRST', pattern: 'the very? first|opening word of the piece|text|note|letter|post|message|reply|answer|response|story|essay|talk|speech should|must|has|needs|will|shall to? be :? {Q}', arg: 'START' },

  // "drop the word "simply"", "cut the word 'basically'" (version 16): a word taken out of an earlier attempt, before a stated count
  // claims it ("you used it four times").
  // Version 25: a name ruled out ("do not call it mud, banco is not mud").
  { family: 'FORBID', pattern: 'dont|never call it|them|this|that {Q} ,|.|;' },
  { family: 'FORBID', pattern: 'do not call it|them|this|that {Q} ,|.|;' },
  { family: 'FORBID', pattern: 'drop|cut|remove|lose|ditch|delete the word|words|term|terms {QL}', arg: 'QUOTED' },
  // Version 26: "The system rejects files with the string TBD anywhere".
  { family: 'FORBID', pattern: 'rejects|reject|refuses|refuse ..4 the string|word|term|text {Q} anywhere|in' },
  // ---- KWFREQ upper limits phrased as a prohibition ("don't say 'fox' more than twice"), before FORBID.
  // "Mention Forkful by name at least 3 times", "the phrase standing desk needs to show up at least 4 times", "and
  // sourdough should come up three times at least" (version 12).
  { family: 'KWFREQ', pattern: 'mention|say|use|name {Q} by name {REL}? {NT}', rel: 'EQ' },
  // "Mention the deadline no more than once" (version 23).
  { family: 'KWFREQ', pattern: 'mention|say|use|repeat the|a|an|our|my {Q} {REL} {NT}', rel: 'EQ' },
  { family: 'KWFREQ', pattern: 'work|get|put|fit|slip {Q} in {REL} {NT}', rel: 'EQ' },
  // Version 26: the word named before ", so" and counted after "that word" ("gets a mentor, so use that word at least
  // three times", "for Hereford, so that word needs to come up three times or more"); "put vinyl in it two times or more".
  // PREV: the word is the token before the comma.
  { family: 'KWFREQ', pattern: ', so use|say|have|put|include|repeat? that|this word|term|name|phrase ..5 {REL} {NT}', rel: 'EQ', arg: 'PREV' },
  { family: 'KWFREQ', pattern: ', so use|say|have|put|include|repeat? that|this word|term|name|phrase ..5 {NT} or more|plus', rel: 'GE', arg: 'PREV' },
  { family: 'KWFREQ', pattern: 'work|get|put|fit|slip|say|use|have {Q} in it|there? {NT} or more|plus', rel: 'GE' },
  // "Keep the word "cake" to fewer than 3 uses" (version 23).
  { family: 'KWFREQ', pattern: 'keep|limit|cap the word|term|phrase|name {Q} to {REL} {N} uses|use|times|mentions|appearances', rel: 'LE' },
  // Version 17: "mention the veil by name at least two times", "SELLERS should appear on the board at least two times",
  // "Crew should get a mention at least three times".
  { family: 'KWFREQ', pattern: 'mention|say|use|name the|a|an|our|my {Q} by name {REL}? {NT}', rel: 'EQ' },
  { family: 'KWFREQ', pattern: 'and {W} should|must|needs|has|will to? appear|feature|occur|show ..4 {REL} {NT}', rel: 'EQ' },
  { family: 'KWFREQ', pattern: '.|,|and {W} should|must|needs|has|will to? get a mention {REL} {NT}', rel: 'EQ' },
  // Version 17: "the word clutch needs to appear on at least two separate occasions".
  { family: 'KWFREQ', pattern: 'word|term|phrase|name {Q} ..6 on|in {REL}? {N} separate|different|distinct? occasions|places|spots', rel: 'EQ' },
  // Version 21: "Say stave on four separate occasions at least", "Subframe needs two mentions minimum", "i'd like puzzle
  // in there a minimum of three times".
  { family: 'KWFREQ', pattern: 'say|use|mention|include {W} on|in {REL}? {N} separate|different|distinct? occasions|places|spots', rel: 'EQ' },
  { family: 'KWFREQ', pattern: '.|!|?|;|: {W} needs|gets|deserves {REL}? {N} mentions|mention', rel: 'EQ' },
  { family: 'KWFREQ', pattern: 'like|want|need {W} in there|it {REL}? {NT}', rel: 'EQ' },
  // Version 24: "Wicket has to come up on at least three occasions", "Work oar in three times, no fewer", "Say teeth a
  // good few times, three at the least".
  { family: 'KWFREQ', pattern: '.|!|?|;|: {W} has|have|needs|need|must|should to? appear|feature|come|show|turn|crop up? on|in {REL}? {N} separate|different? occasions|places|spots', rel: 'EQ' },
  { family: 'KWFREQ', pattern: 'work|get|slip|put|fit {W} in {NT} ,? no fewer|less', rel: 'GE' },
  { family: 'KWFREQ', pattern: 'work|get|slip|put|fit {W} in {REL}? {NT}', rel: 'EQ' },
  { family: 'KWFREQ', pattern: 'say|use|mention {W} ..4 times ,|- {N} at the? very? least|minimum', rel: 'GE' },
  { family: 'KWFREQ', pattern: 'phrase|keyphrase|keyword {QL} needs|must|should|has|have to? show|appear|come|crop|turn up? ..2 {REL}? {NT}', rel: 'EQ', arg: 'PHRASES' },
  { family: 'KWFREQ', pattern: 'and|, {W} should|must|needs|has|will to? come|show|crop|turn up {NT} {REL}', rel: 'EQ' },
  { family: 'KWFREQ', pattern: 'and|, {W} should|must|needs|has|will to? come|show|crop|turn up {REL}? {NT}', rel: 'EQ' },
  // Version 17: "and vinyl should be in it a minimum of two times".
  { family: 'KWFREQ', pattern: 'and|, {W} should|must|needs|has|will to? be in it|there {REL}? {NT}', rel: 'EQ' },
  { family: 'KWFREQ', pattern: `${NEG} ..2 use|say|mention|include|repeat|write the? word|keyword|term|name? {Q} ..3 more than {NT}`, rel: 'LE' },
  { family: 'KWFREQ', pattern: `${NEG} ..2 use|say|mention|include|repeat|write the? word|keyword|term|name? {Q} ..3 over {NT}`, rel: 'LE' },

  // Stated counts of a quoted word before FORBID, whose negation may reach over a comma.
  // Version 25: a phrase counted "in it" ("the phrase olive oil in it at least three times").
  { family: 'KWFREQ', pattern: 'phrase|keyphrase|term {QL} in? it|there {REL} {NT}', rel: 'EQ', arg: 'PHRASES' },
  { family: 'KWFREQ', pattern: 'word|words|keyword|name|term|phrase {Q} ..6 {REL}? {NT}', rel: 'EQ' },
  // Version 25: a count of appearances ("The word cicada needs at least five appearances"), a word named and then
  // counted after an aside ("Use banco, the right word, at least three times over"), a phrase counted "in it".
  { family: 'KWFREQ', pattern: 'word|keyword|name|term {Q} needs|should|must|gets|has|wants ..2 {REL} {N} appearances|mentions|uses|outings', rel: 'EQ' },
  { family: 'KWFREQ', pattern: 'use|say|mention|repeat {Q} , ..4 , {REL} {NT}', rel: 'EQ' },
  { family: 'KWFREQ', pattern: `${ML_WORD} {Q} ..6 {REL}? {N} -? ${ML_TIMES}`, rel: 'EQ' },
  { family: 'KWFREQ', pattern: `"|' {W} "|' ..4 {REL} {N} -? ${ML_TIMES}`, rel: 'EQ' },
  { family: 'KWFREQ', pattern: `"|' {W} "|' ..2 {REL} {NT}`, rel: 'EQ' },
  { family: 'KWFREQ', pattern: `${ML_WORD} {Q} ..6 {REL}? {N} vorkommen|vorkommt|erscheinen|erscheint|auftauchen|auftaucht|stehen|steht|verwendet|benutzt|voorkomen|voorkomt|staan|staat|gebruikt`, rel: 'EQ' },
  // ---- FORBID: words that must not appear (before KEYWORDS, which shares the verbs).
  { family: 'FORBID', pattern: `${ML_NEG} ..4 ${ML_WORD} {QL}` },
  { family: 'FORBID', pattern: `${ML_NEG} ${ML_USE} {QL}`, arg: 'QUOTED' },
  { family: 'FORBID', pattern: `${ML_USE} ..2 ${ML_WORD} {QL} niet|nicht|pas|nie|never`, arg: 'QUOTED' },
  // "la palabra X no debe aparecer", "le mot X ne doit pas apparaître": a negation after the word; "das Wort X darf nicht vorkommen": a
  // modal, then a negation. A modal and a verb alone ("le mot X doit apparaître") ask for the word, not against it.
  { family: 'FORBID', pattern: `${ML_WORD} {QL} no|non|não|ne|nie|nicht|niet ..1 nicht|no|non|não|pas|niet|nie|jamais|nunca|mai|nooit|niemals|debe|deve|doit|darf|mag|może|aparezca|aparecer|aparezcan|compaia|compaiano|comparire|apareça|apparaisse|apparaître|vorkommen|voorkomen|pojawić|usar|utiliser|usare|gebruiken|verwenden` },
  { family: 'FORBID', pattern: `${ML_WORD} {QL} darf|dürfen|soll|sollte|sollen|debe|deben|deve|devono|doit|doivent|mag|mogen|moet|może|får|ska|kan ..1 nicht|no|non|não|pas|niet|nie|jamais|nunca|mai|nooit|niemals|inte|aldrig` },
  { family: 'FORBID', pattern: 'word|words|term|terms {QL} never|nowhere', arg: 'QUOTED' },
  { family: 'FORBID', pattern: 'avoid|avoiding|ban|banned|skip the? word|words|term|terms? {QL}', arg: 'QUOTED' },
  // "leave out the words "journey" and "humbled"", "Leave out the word journey" (version 16).
  { family: 'FORBID', pattern: 'leave|leaving out the? words|terms {QL}', arg: 'QUOTED' },
  { family: 'FORBID', pattern: 'leave|leaving out the word|term {Q}' },
  // "keep the word guarantee out of it", "Keep "very" out of it", "keep the word 'spicy' off it" (version 16).
  { family: 'FORBID', pattern: 'keep|keeping|leave|leaving the word|term|words|terms {QL} out|off' },
  // Version 21: "Banned words for this one: delicious, yummy."
  { family: 'FORBID', pattern: 'banned|forbidden|prohibited words|terms ..4 : {QL}' },
  { family: 'FORBID', pattern: 'keep|keeping {QL} out|off of? it|this|the', arg: 'QUOTED' },
  // "the client bans the word yummy", "is allergic to the word amazing", "Off limits: sad, angry, love." (version 16).
  { family: 'FORBID', pattern: 'bans|banned|forbids|forbade|hates the word|term {Q}' },
  { family: 'FORBID', pattern: 'bans|banned|forbids|forbade|hates the words|terms {QL}' },
  { family: 'FORBID', pattern: 'allergic to the word|term {Q}' },
  { family: 'FORBID', pattern: 'off -? limits|off-limits : {QL}' },
  { family: 'FORBID', pattern: 'word|words|term|terms {QL} is|are off -? limits|off-limits' },
  // Version 20: "The word free is out".
  { family: 'FORBID', pattern: 'word|words|term|terms {QL} is|are out|verboten|disallowed' },
  // "The word free must be absent" (version 16).
  { family: 'FORBID', pattern: 'word|words|term|terms {QL} must|should|has|needs|is|are to? be? absent|excluded|omitted|banned' },
  // "Don't call it a 'gig'", "don't call anything a "hidden gem"" (version 16).
  { family: 'FORBID', pattern: `${NEG} ..2 call|calling ..3 a|an {QL}`, arg: 'QUOTED' },
  { family: 'FORBID', pattern: 'steer|stay|keep clear|away of|from the? words|word|terms|term|keywords|keyword {QL}' },
  { family: 'FORBID', pattern: 'steer|stay|keep clear|away of|from the? {QL}', arg: 'QUOTED' },
  { family: 'FORBID', pattern: `${NEG} ..4 keywords|keyword|words|word|terms|term|phrases|phrase {QL}` },
  { family: 'FORBID', pattern: 'words|word|keywords|keyword|terms|term|phrase|phrases {QL} ..3 not|cannot|cant|never|shouldnt|mustnt|doesnt|dont appear|appears|be|show|shows|occur|occurs|used|included|mentioned|in|allowed|permitted' },
  { family: 'FORBID', pattern: 'words|word|keywords|keyword|terms|term {QL} ..2 forbidden|banned|prohibited|disallowed|off-limits|taboo' },
  { family: 'FORBID', pattern: 'words|word|keywords|keyword|terms|term {QL} should|must|can|may|will not|never appear|be|show|occur' },
  { family: 'FORBID', pattern: `${NEG} ..2 use|say|mention|include|contain|using|saying|mentioning|including|write|writing the? {QL}`, arg: 'QUOTED' },
  { family: 'FORBID', pattern: 'not mention|say {QL}' },
  // Version 22 (set 24): a bare word after "please don't use" or "please avoid" that its clause ends ("Please don't use
  // passed; ...", "And please don't use cosy, every knitwear site says it", "Please avoid organic, as we can't certify
  // that"); "please" keeps a statement out ("we never use plastic").
  { family: 'FORBID', pattern: 'please|pls dont|never use|using {QL} ,|;|.|!' },
  { family: 'FORBID', pattern: 'please|pls do not use|using {QL} ,|;|.|!' },
  { family: 'FORBID', pattern: 'please|pls avoid|avoiding {QL} ,|;|.|!' },
  // Version 23: a bare word or phrase after an imperative "don't"/"never" and a verb of saying, closed by punctuation
  // ("never use cheap or discount - the brand team ...", "whatever you do don't write sadly, ...", "Don't write fully booked, it sounds
  // like a brush-off"): the token before the negation opens the clause (a sentence end, a comma, "and", "but", "so",
  // "also", "do"), so a statement with its subject ("we never use plastic") is no reading.
  { family: 'FORBID', pattern: `.|,|;|:|and|but|so|also|do|- dont|never use|write|say|type|put {QL} ${CLAUSE_END}|:|the|my|our|its|it|they|we|he|she|because|since|as`, arg: 'PHRASES' },
  { family: 'FORBID', pattern: `refuses|refuse|hates|hate to say|use|write|hear {QL} ${CLAUSE_END}`, arg: 'PHRASES' },
  { family: 'FORBID', pattern: `you avoided|avoid {QL} ${CLAUSE_END}` },
  { family: 'FORBID', pattern: `leave|keep {Q} out|off ${CLAUSE_END}` },
  { family: 'FORBID', pattern: `leave|leaving out {QL} ${CLAUSE_END}|:` },
  { family: 'FORBID', pattern: `rather|instead than|of writing|using|saying {QL} ${CLAUSE_END}` },
  { family: 'FORBID', pattern: `dont|never describe|call anything|it|them|something|these|those ..2 as {QL} ${CLAUSE_END}` },
  { family: 'FORBID', pattern: `dont|never call|calling them|it|these|those {QL} anywhere|at|${CLAUSE_END}` },
  { family: 'FORBID', pattern: `no mention|mentions of {QL} whatsoever|anywhere|at|${CLAUSE_END}` },
  { family: 'FORBID', pattern: 'please ,? nothing about a|an|the? {Q} ,|;|.|!|)' },
  { family: 'FORBID', pattern: 'dont|doesnt want {QL} on|in the page|website|site|post|card|sign|poster|flyer|menu|text|copy|reply|answer|response|leaflet|label' },
  { family: 'FORBID', pattern: 'word|words|term|terms {QL} is|are not to be used|written|said|mentioned|included' },
  // "Petting isn't a word we use", "Grill is a dirty word to us", "cure is off-limits" (version 23): the word opens
  // its clause.
  { family: 'FORBID', pattern: '.|,|;|: {Q} isnt|arent a word|term we|i use|say|like' },
  { family: 'FORBID', pattern: '.|,|;|: {Q} is|are not a word|term we|i use|say|like' },
  { family: 'FORBID', pattern: '.|,|;|: {Q} is a dirty|bad|banned|forbidden|swear word|term' },
  { family: 'FORBID', pattern: '.|,|;|:|and {Q} is|are off -? limits' },
  // Version 24: "And fishy is banned: ... I don't want the word on my leaflet" (the row above needs "off"; this one needs
  // the word named after it: "Running is forbidden" is a pool rule).
  { family: 'FORBID', pattern: '.|,|;|:|and {Q} is|are banned|forbidden|taboo ..16 word|term|name' },
  { family: 'FORBID', pattern: 'nothing|none|anything with|containing the? word|words|term|terms {QL}' },
  // "don't describe anything as "cheap"": the quoted word is the one not to use.
  { family: 'FORBID', pattern: `${NEG} ..2 describe|describing|call|calling ..4 as {QL}`, arg: 'QUOTED' },
  { family: 'FORBID', pattern: `${NEG} ..3 mentioning {Q}` },

  // Turkish puts the quoted word before its noun: "'çay' kelimesini kullanma", "'çay' kelimesi geçmesin".
  { family: 'FORBID', pattern: `"|' {W} "|' kelimesini|kelimesi|sözcüğünü|sözcüğü ..3 kullanma|kullanmayın|geçmesin|olmasın|yazma` },

  // "don't mention stack anywhere": before KEYWORDS' "mention X anywhere".
  { family: 'FORBID', pattern: 'dont|never|not mention|say|include {QL} somewhere|anywhere|yet' },
  { family: 'FORBID', pattern: 'dont|never|not mention|say|include {QL} at all' },
  // ---- KWFREQ: a keyword's number of occurrences.
  { family: 'KWFREQ', pattern: 'say|use|mention|repeat|include {QL} {REL}? {NT}', rel: 'EQ' },
  { family: 'KWFREQ', pattern: `"|' {W} "|' ..10 appear|appears|show|shows|occur|occurs|used|mentioned|crop up? {REL} {NT}`, rel: 'EQ' },
  { family: 'KWFREQ', pattern: `"|' {W} "|' kelimesini|kelimesi|sözcüğünü|sözcüğü ..2 {REL}? {N} ${ML_TIMES}`, rel: 'EQ' },
  { family: 'KWFREQ', pattern: 'use|include|mention|say the? word|keyword|name|term {Q} ..5 {REL}? {NT}', rel: 'EQ' },
  { family: 'KWFREQ', pattern: `word|keyword|term "|' {W} "|' ..5 {REL} {NT}`, rel: 'EQ' },
  { family: 'KWFREQ', pattern: 'use|include|mention|say|repeat|write "|\' {W} "|\' ..3 {REL}? {NT}', rel: 'EQ' },

  // ---- KEYWORDS: words that must appear.
  // Phrases listed after their noun: "Include the phrases food insecurity and surplus", "SEO keywords to include:
  // bridging loan, chain break, exit strategy" (round 9; PHRASES: a bare item runs to 3 words).
  // Version 23 (set 25): "Use the term lead came, they'll see it on the quote": a term of several words.
  // Version 25: "make sure halfmoon shows up", "mention the facial tumour disease by name", "Make sure you name the
  // valley fold."
  { family: 'KEYWORDS', pattern: 'include|use|mention|say|put the word|term|phrase {QL} as|because|since|so|somewhere|anywhere', arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: 'call it|them a|an? {Q} at least once' },
  { family: 'KEYWORDS', pattern: 'call it|them a|an? {Q} somewhere|too|also' },
  { family: 'KEYWORDS', pattern: 'like|want|need the word|term|name {Q} in? it|there|somewhere' },
  { family: 'KEYWORDS', pattern: 'make sure|certain {QL} shows|comes|turns|crops up ,|.|;|!|because|since|so|as|in' },
  { family: 'KEYWORDS', pattern: 'make sure|certain {QL} appears ,|.|;|!|because|since|so|as|in' },
  { family: 'KEYWORDS', pattern: 'mention|name the? {QL} by name', arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: 'make sure|certain you mention the {QL} .|!', arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: `${VERBS_HAVE} the term {QL}`, arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: `${VERBS_HAVE} the? following? phrases|keyphrases|terms|keywords :? {QL}`, arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: 'keywords|keyphrases|phrases|terms to include|use|mention|cover|feature :? {QL}', arg: 'PHRASES' },
  // "must include the words natural light and storage": plural words may be phrases (version 12).
  { family: 'KEYWORDS', pattern: `${VERBS_HAVE} ..4 words|terms {QL}`, arg: 'PHRASES' },
  // Version 21: a phrase named after "the phrase" is read whole ("Please use the phrase no questions asked, word for word").
  { family: 'KEYWORDS', pattern: `${VERBS_HAVE} the phrase {QL}`, arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: `${VERBS_HAVE} ..4 keywords|keyword|words|word|terms|term|phrase|phrases|line|items|names {QL}` },
  { family: 'KEYWORDS', pattern: 'keywords|keyword {QL}' },
  // Version 17: tags named as such ("use the hashtags #SpringMenu and #LocalFood").
  { family: 'KEYWORDS', pattern: 'hashtag|hashtags {QL}' },
  { family: 'KEYWORDS', pattern: 'keys|fields|properties must|should include|contain|have {QL}' },
  { family: 'KEYWORDS', pattern: 'must|should have|include|contain keys|fields|properties {QL}' },
  { family: 'KEYWORDS', pattern: 'needs|need|has|have|with the keys|fields|properties {QL}' },
  // Version 17: "include the keys flour and yeast" (read before only by the learned reader, which a retrain can flip).
  { family: 'KEYWORDS', pattern: 'include|includes|contain|contains|use|add the keys|fields|properties {QL}' },
  { family: 'KEYWORDS', pattern: 'mention|name {QL} by name' },
  // "make sure the card explains each way by name" (version 24).
  { family: 'KEYWORDS', pattern: 'explains|explain|covers|cover|mentions|names|gives {QL} by name', arg: 'PHRASES' },
  // Version 22 (set 24): "They need to see bellows and pipes mentioned by name".
  { family: 'KEYWORDS', pattern: 'see|hear {QL} mentioned|named|used|included' },
  { family: 'KEYWORDS', pattern: 'mention|include the? {W} and the? {W} .|,|;|!' },
  { family: 'KEYWORDS', pattern: 'say|write {QL}', arg: 'QUOTED' },
  { family: 'KEYWORDS', pattern: `"|' {W} "|' kelimesini|kelimesi|sözcüğünü|sözcüğü ..3 kullan|kullanın|geçsin|olsun|yaz` },
  { family: 'KEYWORDS', pattern: `${ML_WORD} {W} ..2 ${ML_USE}` },
  { family: 'KEYWORDS', pattern: 'make|be sure {QL} is|are in there|it', arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: 'make|be sure {QL} is|are|gets|get included|mentioned|used' },
  { family: 'KEYWORDS', pattern: 'make|be sure {QL} gets|get a mention' },
  { family: 'KEYWORDS', pattern: 'include|mention|name|drop {QL} somewhere|anywhere|too' },
  // Version 17: "say props somewhere", "a field named mainspring", "a key called status".
  { family: 'KEYWORDS', pattern: 'say|use|write {QL} somewhere|anywhere' },
  // Version 17: "it has to mention the chemistry lab", "both should mention spinach" (read before only by the learned
  // reader).
  { family: 'KEYWORDS', pattern: 'has|have|needs|need|must|should to? mention the? {QL}', arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: 'a|one key|field|column|property|attribute called|named {Q}' },
  { family: 'KEYWORDS', pattern: 'include|mention|drop {QL} in there|it' },
  // Version 17: "call out \"breaking change\" explicitly" (read before only by the learned reader).
  { family: 'KEYWORDS', pattern: 'call|calls|calling out {QL}', arg: 'QUOTED' },
  // Version 17: "and assembly point should be written out in it".
  { family: 'KEYWORDS', pattern: 'and|, {QL} should|must|needs|has|have to? be written|spelled|spelt out? in it|there', arg: 'PHRASES' },
  // Version 17: "get the words 'compensation' and 'UK261' in there", "work 'pager' in somewhere", "work in the scar".
  { family: 'KEYWORDS', pattern: `get|put|work|fit|slip|squeeze|sneak|throw the? ${WORD_NOUNS}? {QL} in|into there|it|somewhere` },
  { family: 'KEYWORDS', pattern: `work|slip|squeeze|sneak in the? ${WORD_NOUNS}? {QL}` },
  // Version 21: "Could you work in both safeguarding and mentoring?", "I need the word ventilation in this one",
  // "(somewhere in it say warranty, that's what buyers search for)".
  { family: 'KEYWORDS', pattern: 'work|slip|squeeze|sneak in both {QL}' },
  { family: 'KEYWORDS', pattern: 'need|needs the word|term|phrase|keyword {QL} in it|this|there|here|somewhere' },
  { family: 'KEYWORDS', pattern: 'somewhere|anywhere in it|there ,? say|use|mention|include {QL}' },
  // Version 23 (set 25): "Readers search for the word stain, so it has to be there", "The word I want them to see is
  // spotter".
  { family: 'KEYWORDS', pattern: 'the word|term|phrase {Q} ,? so|and|because it must|should|has|needs|will to? be there|in|included|mentioned|used' },
  { family: 'KEYWORDS', pattern: 'the word|term|phrase i|we want|need ..4 is {Q}' },
  // Version 24: "it has to say deep end word for word", "Put bumpers in, parents ask", "Make sure boudin appears", "call the
  // starter by its proper name, levain".
  { family: 'KEYWORDS', pattern: 'it|this has|have|needs|need|must|should to? say {QL} word|verbatim|exactly|.|,|;|!', arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: 'put|get|pop {W} in ,|.|;|!' },
  // Version 26: "Name Tahaa in the text.", "mention moorea, and keep it under 100 words".
  { family: 'KEYWORDS', pattern: 'name|mention {W} in|somewhere the text|post|page|copy|piece|answer|reply|response|description|message|story|letter|email|note' },
  { family: 'KEYWORDS', pattern: 'mention {W} ,|.|;|!' },
  { family: 'KEYWORDS', pattern: 'make|be sure {QL} appears|appear|shows|show|features|feature|comes|come up? .|,|;|!', arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: 'by its|their|his|her proper|full|real|right|correct? name ,|: {Q} .|,|;|!' },
  // "It should name data protection.", "Refer to the sitter as the model." (version 23).
  { family: 'KEYWORDS', pattern: 'it|this should|must|needs|has to? name {QL} .|;|!', arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: 'refer|referring to ..3 as the|a|an? {Q} .|,|;|!' },
  // "And the station name, Riverside Radio, must be said in it." (version 23).
  { family: 'KEYWORDS', pattern: 'name ,|: {QL} ,? must|should|has|needs to? be said|mentioned|used|included', arg: 'PHRASES' },
  // "keep the words fresh meat in it", "Keep the word tree in, because ..."
  { family: 'KEYWORDS', pattern: 'keep the word|term|phrase {QL} in ,|.|;|!', arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: 'keep the words|terms {QL} in it|there', arg: 'PHRASES' },
  // Version 17: a JSON key named without quotes ("the key must literally be cooldown", "one of the keys is literally
  // no_show", "one of the field names has to be tenure").
  { family: 'KEYWORDS', pattern: `${JSON_KEY_NOUNS} must|should|has|have|needs|need|will to? literally|exactly? be literally|exactly|called|named? {Q}` },
  { family: 'KEYWORDS', pattern: `${JSON_KEY_NOUNS} is|are literally|exactly|called|named {Q}` },
  // Version 20: the key's name after what it holds ("the key for the top score should be called high_game", "a field
  // literally called odometer"): a gap, then "called" / "named".
  { family: 'KEYWORDS', pattern: `${JSON_KEY_NOUNS} ..6 literally|exactly? called|named {Q}` },
  // Version 20: a key named by the noun before it ("Each control needs a punch field"), "call the stretcher by name",
  // "must contain the key sku".
  { family: 'KEYWORDS', pattern: 'needs|need|has|have|with|include|includes|add a|an {W} field|column|property' },
  { family: 'KEYWORDS', pattern: 'call|calls|name|refer to? the? {Q} by name' },
  { family: 'KEYWORDS', pattern: 'contain|contains the|a key|field|column|property {Q}' },
  { family: 'KEYWORDS', pattern: 'key|field|column|property|attribute names|name must|should|has|have|needs|need|will to? literally|exactly? be literally|exactly|called|named? {Q}' },
  { family: 'KEYWORDS', pattern: 'make|be sure ..3 words|word|terms|term|name|names {QL}' },
  // A word's presence stated after it: "the word garage must be in it", "the phrase \"NVQ Level 2\" must appear", "the
  // word attention has to appear" (round 9; a negation is FORBID's, which runs before, or flips it in step 2c).
  { family: 'KEYWORDS', pattern: 'word|words|term|terms|phrase|phrases|keyword|keywords {QL} must|should|has|have|needs|need|shall|will|to to? appear|feature|show|occur|crop|pop', arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: 'word|words|term|terms|phrase|phrases|keyword|keywords {QL} must|should|has|have|needs|need|shall|will|to to? be in|included|mentioned|used|present|there|somewhere' },
  { family: 'KEYWORDS', pattern: 'make|be sure {Q} appears|features|shows up? in it|there|somewhere' },
  // Version 26: "make sure towel is in both" (two responses).
  { family: 'KEYWORDS', pattern: 'make|be sure {Q} is|are|appears|features|shows in both|each|every|all' },
  // Version 24: "Girth needs to be mentioned.", "and the hallmark has to be recorded in it", "Flake has to be in there" (after
  // the rows above, which read "the word X must be in it"). The lead token keys the row in the match index (a row
  // opening on an optional word and a list would be tried at every token); its negation segment starts after it.
  { family: 'KEYWORDS', pattern: '.|;|!|and the? {QL} needs|need|has|have|must to? be mentioned|included|recorded|noted|listed', arg: 'PHRASES' },
  { family: 'KEYWORDS', pattern: '.|;|!|and the? {QL} needs|need|has|have|must|should to? be in there|it|here', arg: 'PHRASES' },
  // "Flu must get a mention" (version 16).
  { family: 'KEYWORDS', pattern: '{Q} must|should|needs|has|will to? get|gets a mention' },
  // "the word 'garden' must come up", "he insists the word 'crate' is in there" (version 16).
  { family: 'KEYWORDS', pattern: 'word|words|term|terms|phrase|phrases|name {QL} must|should|has|have|needs|need|shall|will|to to? come|turn up' },
  { family: 'KEYWORDS', pattern: 'word|words|term|terms|phrase|phrases|name {QL} is|are in there|it|the', arg: 'PHRASES' },
  // "mention our kids (Eli and Rosa)" (version 16): the names given in brackets after the verb are the words to use.
  { family: 'KEYWORDS', pattern: 'mention|mentions|include|includes|name|names ..3 ( {QL} )' },
  { family: 'KEYWORDS', pattern: 'key|keys|field|fields|column|columns|property|attribute {QL}', arg: 'QUOTED' },
  { family: 'KEYWORDS', pattern: 'make|be sure {QL} ..2 appears|appear|shows|show|occurs|occur|is|are|gets|get', arg: 'QUOTED' },
  // "make sure it says 'bins go out on tuesday'": the answer says the quoted words.
  { family: 'KEYWORDS', pattern: 'make|be sure it|this|that says|reads {QL}', arg: 'QUOTED' },
  // A field, key or column the answer must have: its name appears in the answer.
  { family: 'KEYWORDS', pattern: 'field|fields|key|keys|column|columns|property|properties|attribute|attributes called|named|labelled|labeled|titled {QL}', arg: 'QUOTED' },
  { family: 'KEYWORDS', pattern: '"|\' {W} "|\' field|key|column|property|attribute' },
  { family: 'KEYWORDS', pattern: 'fields|keys|columns|properties|attributes for|called|named|: {QL}' },
  { family: 'KEYWORDS', pattern: 'words|word|terms|term|names|name {QL} ..3 appear|appears|appearing|show|shows|occur|occurs|included|used|mentioned|featured', arg: 'QUOTED' },
  { family: 'KEYWORDS', pattern: 'mention|mentions|include|includes {QL}', arg: 'QUOTED' },
  { family: 'KEYWORDS', pattern: 'mention|mentions|include|includes|use both {QL}', arg: 'QUOTED' },
  { family: 'KEYWORDS', pattern: `${ML_USE} ..4 ${ML_WORD} {QL}` },
  { family: 'KEYWORDS', pattern: `use ..4 ${ML_WORD} {QL}` },
  { family: 'KEYWORDS', pattern: `${ML_WORD} {QL} ..3 ${ML_USE}`, arg: 'QUOTED' },
  { family: 'KEYWORDS', pattern: `${ML_USE} {QL}`, arg: 'QUOTED' },
  { family: 'KEYWORDS', pattern: `${ML_WORD} {QL} ..6 una|uma|une|ein|einmal|één vez|fois|volta|keer|mal`, arg: 'QUOTED' },

  // ---- LETTER: a letter's (or symbol's) number of occurrences.
  { family: 'LETTER', pattern: '{REL}? {N} hashtags|hashtag', arg: '#', rel: 'GE' },
  { family: 'LETTER', pattern: '{REL}? {N} exclamation marks|mark|points|point', arg: '!', rel: 'GE' },
  { family: 'LETTER', pattern: '{REL}? {N} question marks', arg: '?', rel: 'GE' },

  // ---- markdown structure.
  // "Six points, each one a bullet", "Three checks only, as bullet points" (version 16): a count of things the
  // bullets hold, then the bullets; before the row below so that "one a bullet" is no count of one.
  // Version 25: the count said after the layout ("one per line with a dash in front, so four dashes").
  { family: 'BULLETS', pattern: 'so|thats {N} dashes|hyphens|bullets .|,|;|!|in', rel: 'EQ' },
  { family: 'BULLETS', pattern: '{N} points|items|lines|steps|tips , each|every one? a line opening|starting|beginning with an|a asterisk|dash|hyphen|bullet', rel: 'EQ' },
  { family: 'BULLETS', pattern: '{REL}? {N} points|items|checks|tips|things|reasons|steps|ideas|rules|facts|entries|reminders|options only? ,? ..3 bullet|bullets|bulleted', rel: 'EQ' },
  { family: 'BULLETS', pattern: '{REL}? {N} ..3 bullet|bullets|bulleted points?|list? ', rel: 'EQ' },
  // "I need exactly 6 of them, as a markdown list", "Markdown bullets, seven, no more no fewer", "messages x5, dash
  // bullets" (version 12).
  { family: 'BULLETS', pattern: '{REL}? {N} of them ,? as|in a? markdown|bulleted|bullet list|bullets', rel: 'EQ' },
  { family: 'BULLETS', pattern: '{N} ,? dash|hyphen|star|asterisk|markdown bullets|bullet', rel: 'EQ' },
  // Version 24: "three rules as three dash lines", "Three dash points for the three highlights", "five of them, each its
  // own line starting with a hyphen".
  { family: 'BULLETS', pattern: '{N} dash|hyphen|dashed|hyphenated|bullet|bulleted lines|points|items|rows|entries', rel: 'EQ' },
  { family: 'BULLETS', pattern: '{N} of them ,|: each|every ..4 line|lines ..3 hyphen|dash|bullet', rel: 'EQ' },
  // "Put those five points as a list with hyphens for bullets", "the eight tasks as a dashed list" (version 24).
  { family: 'BULLETS', pattern: '{REL}? {N} points|items|tips|things|rules|facts|steps|tasks|lines|reminders|ideas|reasons as a|an dashed|dash|bulleted|bullet|hyphenated|hyphen|markdown? list', rel: 'EQ' },
  // Version 17: "exactly five rules, each on its own line starting with a dash".
  { family: 'BULLETS', pattern: '{REL}? {N} points|items|checks|tips|things|reasons|steps|ideas|rules|facts|entries|reminders|options|lines|notes|questions ..8 starting|beginning|begins|starts|start|begin|prefixed|marked with a|an dash|hyphen|asterisk|bullet', rel: 'EQ' },
  { family: 'BULLETS', pattern: 'bullets|bullet points? ,|: {N} ,|.|;', rel: 'EQ' },
  { family: 'BULLETS', pattern: 'bullets|bullet points? ,|:|- {REL}? {N} of them', rel: 'EQ' },
  { family: 'BULLETS', pattern: 'bullet|bullets|bulleted points|point|list ..3 {REL}? {N} of them', rel: 'EQ' },
  { family: 'BULLETS', pattern: 'list|name|give|write|provide|suggest|recommend {REL}? {N}', arg: 'WEAK', rel: 'EQ' },
  { family: 'BULLETS', pattern: 'list of {REL}? {N}', arg: 'WEAK', rel: 'EQ' },
  { family: 'BULLETS', pattern: 'exactly|precisely {N} points|items|entries|elements|ones', arg: 'WEAK', rel: 'EQ' },
  { family: 'BULLETS', pattern: '( {N} of them', arg: 'WEAK', rel: 'EQ' },
  { family: 'BULLETS', pattern: `{REL}? {N} ${ML_BULLETS}|punkty|punkter ..4 od|med|with|con|avec|mit|com|z *`, rel: 'EQ' },
  { family: 'BULLETS', pattern: 'with|of|containing|having|has {REL}? {N} items|points|entries|elements|lines', arg: 'WEAK', rel: 'EQ' },
  // Nouns that can only mean bullet points, and the generic ones ("puntos", "punti") next to "markdown".
  { family: 'BULLETS', pattern: `{REL}? {N} ..4 ${ML_BULLETS_ONLY}`, rel: 'EQ' },
  { family: 'BULLETS', pattern: '{REL}? {N} marcadores|marcador|marqueurs ..3 markdown|lista|listas|liste', rel: 'EQ' },
  { family: 'BULLETS', pattern: `{REL}? {N} ${ML_BULLETS} com|con|avec|mit|met|z ..1 marcadores|marcador|viñetas|puces|gwiazdką|asterisco|asteriscos|astérisques|sternchen|*`, rel: 'EQ' },
  // "5 puntos con guiones (-)", "2 punkty w formie listy z gwiazdką (*)": a generic noun with the list's mark or the word list.
  { family: 'BULLETS', pattern: `{REL}? {N} ${ML_BULLETS}|punkty ..6 guiones|guión|tirets|tiret|trattini|trattino|hífens|hífen|streepjes|streepje|myślnikami|gwiazdką|gwiazdki|asterisco|asteriscos|astérisques|sternchen|listy|lista|liste|lijst markdown?`, rel: 'EQ' },
  { family: 'BULLETS', pattern: `{REL}? {N} ..4 ${ML_BULLETS} ..6 markdown|markdown-format|markdown-formaat`, rel: 'EQ' },
  { family: 'BULLETS', pattern: `{REL}? {N} ..4 ${ML_BULLETS}`, arg: 'WEAK', rel: 'EQ' },
  { family: 'BULLETS', pattern: `{REL}? {N} ..6 ${ML_LIST} ..2 puntata|puntato|puces|viñetas|tópicos|marcadores|opsommingstekens|punktowana|punktowanej|wypunktowana|wypunktowanej|markdown markdown?`, rel: 'EQ' },
  { family: 'BULLETS', pattern: `${ML_LIST} ..3 puntata|puntato|puces|viñetas|tópicos|marcadores|opsommingstekens|punktowana|punktowanej|wypunktowana|wypunktowanej|aufzählung markdown?`, arg: 'MENTION' },
  { family: 'BULLETS', pattern: `${ML_GIVE} ..2 {REL}? {N}`, arg: 'WEAK', rel: 'EQ' },
  { family: 'BULLETS', pattern: `${ML_BULLETS} ..3 markdown`, arg: 'MENTION' },
  { family: 'BULLETS', pattern: 'aufzählungsliste|aufzählungspunkten|aufzählungspunkte|stichpunkten|stichpunkte|viñetas|puces|opsommingstekens|punktory', arg: 'MENTION' },
  { family: 'BULLETS', pattern: 'markdown bullet|bullets|bulleted|list|lists', arg: 'MENTION' },
  { family: 'BULLETS', pattern: 'bullet|bullets|bulleted ..4 markdown', arg: 'MENTION' },
  { family: 'BULLETS', pattern: 'bullet|bullets|bulleted', arg: 'MENTION' },
  { family: 'HIGHLIGHT', pattern: 'highlight|italicize each', arg: 'EACH' },
  { family: 'HIGHLIGHT', pattern: 'highlight|highlighted|italicize|italicized|italic|markdown|highlighting', rel: 'GE' },
  { family: 'TITLE', pattern: 'angular|angle brackets|bracket' },
  { family: 'TITLE', pattern: '< <' },
  { family: 'TITLE', pattern: `${ML_TITLE} ..6 < <` },
  { family: 'TITLE', pattern: 'corchetes|crochets|klammern|parentesi|colchetes|haken|nawiasach|nawiasy|chevrons angulares|angulaires|spitzen|spitze|angolari|uncinate|angulares|dubbele|ostrych|ostre|trójkątnych' },
  { family: 'TITLE', pattern: 'spitzen|spitze|doppelten|doppelte klammern' },
  // Version 17: "square-bracket blanks for the bits I fill in, four at the very least".
  // Version 25: "Put square brackets where the child's name, the pickup time and the street go, plus one for the start
  // date, four in total."
  { family: 'PLACEHOLDER', pattern: 'brackets|blanks|placeholders ..24 , {N} in total|all', rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: 'blanks|placeholders|gaps ..10 ,|- {N} at the? very? least|minimum', rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: '{REL}? {N} ..4 placeholders|placeholder', rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: `{REL}? {N} ..4 ${ML_PLACEHOLDER}`, rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: `{REL}? {N} ..6 corchetes|crochets|klammern|quadre|colchetes|haken|kwadratowych|kwadratowe`, rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: 'corchetes|crochets|platzhalter|segnaposto|segnaposti|colchetes|plaatshouders|kwadratowych|kwadratowe', rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: 'placeholders|placeholder ..10 {REL}? {N} of|ones|such|total|in', rel: 'GE' },
  // Version 19: the count after the blanks are listed ("blanks for the parent's name, the player's name and the deposit
  // amount, not less than three of them", "so four of those at least").
  { family: 'PLACEHOLDER', pattern: 'blanks|gaps|fields ..24 {REL}? {N} of them|those', rel: 'GE' },
  // Version 22 (set 24): the count said after the list, in a sentence of its own ("It needs blanks ... for the name, the
  // amount, the weeks and the date. That's four, and I want all four.").
  { family: 'PLACEHOLDER', pattern: "blanks|gaps|placeholders|brackets ..30 . that|that's|thats ..2 {N} ,|.|;|and", rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: 'placeholders|placeholder', rel: 'GE' },
  // "3 fields in square brackets": a count of whatever the brackets hold.
  { family: 'PLACEHOLDER', pattern: '{N} ..4 square -? brackets|bracket|bracketed', rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: 'brackets|bracket|blanks|blank ] ..2 for {REL}? {N}', rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: '{N} [ ] blanks|gaps|spaces|fields|placeholders', rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: '{REL} {N} brackets|bracket|bracketed|gaps|blanks', rel: 'GE' },
  // Version 21: "..., two blanks at least".
  { family: 'PLACEHOLDER', pattern: '{N} blanks|gaps at the? very? least', rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: '{N} blanks|gaps minimum|min', rel: 'GE' },
  // "as fill-ins in square brackets, three of them minimum" (version 12).
  { family: 'PLACEHOLDER', pattern: 'brackets|bracket ,|: {N} of them minimum|min|total|in', rel: 'GE' },
  { family: 'PLACEHOLDER', pattern: 'square -? brackets|bracket|bracketed', rel: 'GE' },
  { family: 'POSTSCRIPT', pattern: 'p . p . s', arg: 'PPS' },
  { family: 'POSTSCRIPT', pattern: 'pps', arg: 'PPS' },
  { family: 'POSTSCRIPT', pattern: 'p . s' },
  { family: 'POSTSCRIPT', pattern: 'una|la|un p . d .', arg: 'P.D.' },
  // "Add a P.D. at the end" (version 16): the Spanish marker named in an English sentence.
  { family: 'POSTSCRIPT', pattern: 'a|add|with|include p . d .', arg: 'P.D.' },
  // "a PS: at the end": the marker as written (the checker looks for exactly it).
  { family: 'POSTSCRIPT', pattern: 'ps :', arg: 'PS:' },
  { family: 'POSTSCRIPT', pattern: 'postscript|post-script' },
  { family: 'POSTSCRIPT', pattern: 'post script' },
  { family: 'JSON', pattern: 'json' },
  { family: 'QUOTE', pattern: 'double quotation|quotations|quote|quotes' },
  { family: 'QUOTE', pattern: 'quotation|quote marks ..2 from|at the? very? start|beginning to|and the? very? end|finish' },
  // Version 24: "put a plain \" at the very start and the very end yourself".
  { family: 'QUOTE', pattern: 'put|add|place|type a|one plain|straight|double? " at|to the very? start|beginning and at? the? very? end' },
  { family: 'QUOTE', pattern: 'double - quote|quoted|quotes' },
  { family: 'QUOTE', pattern: 'quotes|quotation marks? around|round the? entire|whole|full|complete? response|answer|reply|text|thing|message' },
  { family: 'QUOTE', pattern: ML_QUOTES },
  { family: 'QUOTE', pattern: 'quotation marks ..4 around|wrap|wrapped|entire|whole' },
  { family: 'QUOTE', pattern: 'wrap|wrapped|wrapping|enclose|enclosed|enclosing|surround|surrounded|surrounding|put|putting|place|placed|placing|keep|kept|set|goes|go|sits|sit|belongs ..5 in|with|inside|within|between quotation|quotes|quote' },
  { family: 'QUOTE', pattern: 'entire|whole|full|complete response|answer|reply|output|text|thing ..4 in|with|inside|within|between quotation|quotes|quote' },
  // Version 21: "put the whole msg in "quotes" like hes talking", "one quoted block, i.e. it begins with " and ends with "".
  { family: 'QUOTE', pattern: 'entire|whole|full|complete response|answer|reply|output|text|thing|message|msg|note ..4 in|with|inside|within|between " quotation|quotes|quote' },
  { family: 'QUOTE', pattern: 'one|a|single quoted block' },
  // Version 26: the mark itself named ("between a pair of straight " marks", "a " character as the very first and the
  // very last thing", "each end gets a straight " mark"); a word before the mark, so a quoted "Mark Twain" is none.
  { family: 'QUOTE', pattern: 'a|one|straight|plain|double|single|each|same " mark|marks|character|characters|symbol' },

  { family: 'REPEAT', pattern: 'repeat|repleat|repeating ..6 request|sentence|prompt|question|line|text|instruction|instructions|query' },
  // "it" only near the verb: "repeat Harbourside at least four times so it sticks" asks for a word's count (version 21).
  // Version 25: "Repeat this message back to me exactly first", "pasting back everything above this line, character for
  // character", "my message above reproduced word for word", "Give me back this whole message as I wrote it".
  { family: 'REPEAT', pattern: 'repeat|repeating this|my message back? ..3 exactly|verbatim|word|first' },
  { family: 'REPEAT', pattern: 'repeat|repleat|repeating ..2 it' },
  // Version 24: "write out what I've put above exactly, every word", "my message above, copied out unchanged", "start the
  // answer by writing my whole message above back out".
  { family: 'REPEAT', pattern: 'write|type|copy|set out? what ..4 above|wrote|written|typed|put|sent ..3 exactly|verbatim|word|unchanged|untouched' },
  // Version 25: "Before anything else, repeat what I just wrote, unchanged" (a lead word: "don't repeat what I wrote" asks for none).
  { family: 'REPEAT', pattern: 'else|first|firstly|then ,? repeat|reproduce what i|we just? wrote|typed|said|sent|put ,? unchanged|exactly|verbatim|word' },
  { family: 'REPEAT', pattern: 'my|the message|request|prompt|text|words above|here ,? copied|written|typed|repeated|set out? unchanged|exactly|verbatim|word|untouched' },
  { family: 'REPEAT', pattern: 'start|begin|open the|your? answer|reply|response by writing|copying|repeating|typing|putting my|our whole|entire|full? message|request|prompt|text' },
  // "Would you mind beginning with my message above copied out word for word", "give me back everything I wrote above,
  // unchanged" (version 24).
  { family: 'REPEAT', pattern: 'beginning|begin|start|starting|opening|open with my|the message|request|prompt|text above|here? copied|written|typed|repeated|reproduced|set out? word|verbatim|exactly|unchanged|untouched' },
  { family: 'REPEAT', pattern: 'give|hand|send|giving|handing|sending me? back everything|all ..2 i|we wrote|typed|said|sent|put ..2 above|here? ,? unchanged|exactly|verbatim|word|untouched' },
  // Version 17: "open with my request copied out exactly".
  { family: 'REPEAT', pattern: 'my|the|your original? request|prompt|question|message|instructions|brief copied|repeated|reproduced|restated|quoted|retyped|typed out|back? exactly|verbatim|word|character|first' },
  { family: 'REPEAT', pattern: 'copy|copying|restate|restating|echo|reproduce|reproducing|recite|reiterate|rewrite|retype|quote ..4 my|the|your|this|that|back|out|original request|question|prompt|query|message|instruction|instructions' },
  // Version 17: "write the message explaining ..." is the task, not a repeat: after "write", a message is one only when
  // it is mine, yours or the original one.
  { family: 'REPEAT', pattern: 'write|writing ..4 my|the|your|this|that|back|out|original request|question|prompt|query|instruction|instructions' },
  // Version 25: not "write it in lowercase like my message here" (a style, no repeat): the message is written back or out.
  { family: 'REPEAT', pattern: 'write|writing ..2 back|out my|your|this|that|the|original message' },
  { family: 'REPEAT', pattern: 'write|writing my|your|this|that|the original? message ..2 back|out|again|verbatim|word|first|exactly|unchanged' },
  { family: 'REPEAT', pattern: `${ML_REPEAT} ..4 ${ML_REQUEST}` },
  { family: 'REPEAT', pattern: 'say|type|writing|typing|retyping|copying ..2 my|your|this original? request|question|prompt|query|message back|again|verbatim|word' },
  { family: 'REPEAT', pattern: 'type|retype|copy|typing|copying out? the|my sentence|line before|above this|that' },
  { family: 'REPEAT', pattern: 'copy|repeat|retype that|the|my first|opening sentence|line of? mine? word|exactly|verbatim' },
  // "copying out that first sentence exactly", "Copy that sentence out exactly as written".
  { family: 'REPEAT', pattern: 'copy|copying|repeat|repeating|retype out? that|the|my first|opening? sentence|line out? exactly|verbatim' },
  // "echo that first line back to me exactly", "paste my request above back word-for-word" (version 12).
  // "Type out the request above exactly", "say back everything up to this sentence word for word" (version 12).
  { family: 'REPEAT', pattern: 'type|typing|say|saying out|back ..3 request|everything|above ..6 exactly|verbatim|word' },
  { family: 'REPEAT', pattern: 'echo|echoing|paste|pasting ..3 sentence|line|request|question|prompt|message|text back|above|exactly|verbatim|again' },
  // "copy the lines above exactly": the text before the instruction, named by where it is.
  { family: 'REPEAT', pattern: 'copy|repeat|reproduce|retype ..5 above' },
  // "Start by saying my request back to me word for word", "Say that question back to me verbatim", "type my question
  // above out again word for word" (version 16): the request named, then how it comes back, a few words apart.
  { family: 'REPEAT', pattern: 'say|saying|type|typing|write|writing|give|giving|read|reading|put|putting ..2 my|your|this|that|the original? request|question|prompt|query|message ..4 back|again|verbatim|word' },
  // Version 26: "Start with a verbatim copy of what I just wrote, then the note.", "say my whole message above back to me".
  { family: 'REPEAT', pattern: 'with a|an verbatim|exact|faithful copy|reproduction|repetition of what|everything i|we just? wrote|typed|said|sent|put' },
  { family: 'REPEAT', pattern: 'say|type|give my|the whole|entire|full message|request|prompt ..2 back' },
  // Version 19: a copying verb, what of the prompt it copies and how faithfully, a few words apart ("copy this whole
  // request out unchanged",
  // "Reproduce everything I've written so far, unchanged", "copy those two sentences of mine back out exactly as I wrote
  // them"); "write ... out word for word" ("Write all of that out word for word first"); the answer opening with the
  // request reproduced ("Open your reply with this request, reproduced word for word").
  { family: 'REPEAT', pattern: `${COPY_VERB} ..4 ${MY_WORDS} ..6 verbatim|unchanged|unaltered|unmodified|untouched` },
  { family: 'REPEAT', pattern: `${COPY_VERB} ..4 ${MY_WORDS} ..6 word -? for -? word` },
  { family: 'REPEAT', pattern: `${COPY_VERB} ..4 ${MY_WORDS} ..6 character|letter -? for -? character|letter` },
  // Version 22 (set 24): "start your reply with everything I've written above, word for word", "start by repeating
  // what I've just written, exactly".
  { family: 'REPEAT', pattern: 'start|begin|open your? reply|response|answer|message? with everything|all ..4 written|wrote|typed|said|above ..4 word -? for -? word|verbatim|exactly|unchanged' },
  { family: 'REPEAT', pattern: `by|first|firstly|then ${COPY_VERB} what ..3 written|wrote|typed|said|sent ,? exactly|verbatim|word|unchanged` },
  { family: 'REPEAT', pattern: `${COPY_VERB} ..4 ${MY_WORDS} ..6 as i wrote|typed|put|sent it|them|this|that` },
  { family: 'REPEAT', pattern: 'write|writing|type|typing ..4 out word -? for -? word' },
  { family: 'REPEAT', pattern: 'write|writing|type|typing ..4 out verbatim|unchanged' },
  { family: 'REPEAT', pattern: 'reply|response|answer|message ..3 with this|my|the|your request|message|prompt|question ,? reproduced|repeated|copied|restated' },
  // Version 23 (set 25): the request handed back ("send me back my message exactly as I typed it", "give me back what
  // I've written here word for word"), and the reply opening with it ("Open your reply with my message, unchanged").
  { family: 'REPEAT', pattern: 'send|sending|give|giving|hand|handing me? back my|this|the original|whole|entire|full? request|message|prompt|question|brief|words ..3 exactly|verbatim|word|unchanged|as' },
  { family: 'REPEAT', pattern: 'send|sending|give|giving|hand|handing me? back what ..3 written|wrote|typed|said|sent ..3 exactly|verbatim|word|unchanged|as' },
  { family: 'REPEAT', pattern: 'start|begin|open your? reply|response|answer with my|this original? request|message|prompt|question|brief|words ,? unchanged|verbatim|exactly|word|untouched|unaltered|as' },
  { family: 'TWO', pattern: '{S6}' },
  { family: 'TWO', pattern: 'six|6 asterisk|asterisks|stars|star' },
  { family: 'TWO', pattern: 'two|2 different|alternative|distinct|separate responses|answers|versions|replies|critiques|jokes' },
  { family: 'TWO', pattern: `${ML_TWO}|2 ..2 ${ML_RESPONSES}` },
  { family: 'CONSTRAINED', pattern: 'my answer is yes|no|maybe' },
  { family: 'NOCOMMA', pattern: `${NEG}|free|zero ..5 commas|comma` },
  { family: 'NOCOMMA', pattern: 'commas|comma ..3 not|never|forbidden|prohibited|banned' },
  // Version 21: "(comma-free please)".
  { family: 'NOCOMMA', pattern: 'comma|commas - free' },
  // Verbs of leaving something out ("skip commas", "leave out the commas"), and "commas ... none of those".
  { family: 'NOCOMMA', pattern: 'leave|leaving|omit|omitting|skip|skipping|drop|dropping|remove|removing|strip|ditch out? ..3 commas|comma' },
  { family: 'NOCOMMA', pattern: 'commas|comma ..8 none' },
  { family: 'NOCOMMA', pattern: 'w / o commas|comma' },
  // Commas named with what breaks on them or what to do with them (version 16): "our feed chokes on commas so skip them",
  // "the web form strips out commas", "keep commas out of your whole reply", "mangles commas so leave them out".
  { family: 'NOCOMMA', pattern: 'keep|keeping commas|comma out' },
  { family: 'NOCOMMA', pattern: 'strips|strip|mangles|mangle|chokes|choke|bans|ban|rejects|reject|hates|garbles|garble|breaks|eats|cant|cannot|doesnt|wont ..3 commas|comma' },
  // Version 23: "a bulk texting site that rejects any message with a comma in it"; "Oh and please nothing with
  // commas"; "And last time you used commas again" (a complaint about the last attempt).
  { family: 'NOCOMMA', pattern: 'strips|strip|mangles|mangle|chokes|choke|rejects|reject|garbles|garble|breaks|bounces any|every message|text|line|post|entry with a comma|commas' },
  { family: 'NOCOMMA', pattern: 'nothing|none with|containing commas|comma' },
  { family: 'NOCOMMA', pattern: 'you used|put|added commas again' },
  { family: 'NOCOMMA', pattern: 'commas|comma ..8 skip|omit|drop|remove|ditch|leave them|those|it|out' },
  // Version 24: "mangles commas, so leave every one of them out", "Captions with commas look cluttered to me so cut them
  // out", "so keep the commas out".
  { family: 'NOCOMMA', pattern: 'commas|comma ..12 skip|omit|drop|remove|ditch|leave|cut|keep|strip|take every|each|all one? of them|those out' },
  { family: 'NOCOMMA', pattern: 'commas|comma ..12 cut|keep|strip|take them|those out' },
  { family: 'NOCOMMA', pattern: 'keep|leave|cut|take the|all|any? commas out' },
  { family: 'NOCOMMA', pattern: 'didnt|doesnt|wouldnt|shouldnt|dont|cant|wont have|has|contain|contains|use|include any commas|comma' },
  { family: 'NOCOMMA', pattern: `${ML_NEG}|${ML_USE} ..4 ${ML_COMMAS}` },
  // A language is asked for only right after a response-language cue ("in", "into", "using", "only",
  // "except", ...), or with "the ... language" after one; a name used as a topic ("the Croatian nations",
  // "a Chinese poem", "the Dutch language", "a local Thai restaurant") is not a cue.
  { family: 'LANG', pattern: `${LANG_CUE} ${LANG_ADV}? ${LANG_ADV}? {LANG}` },
  { family: 'LANG', pattern: `${LANG_CUE} ..2 the {LANG} language|tongue` },
  { family: 'LANG', pattern: 'outside of {LANG}' },
  { family: 'LANG', pattern: 'other|besides than? {LANG}' },
  { family: 'LANG', pattern: '{LANG} only' },
  // Version 23 (set 25): "a note in their own language, so Finnish it is".
  { family: 'LANG', pattern: 'so {LANG} it is' },
  // Version 21: a form field ("Language: Bulgarian").
  { family: 'LANG', pattern: 'language|lang :|= {LANG}' },
  // "a short welcome note in their own language, Korean".
  { family: 'LANG', pattern: 'own|native|mother language|tongue ,|: {LANG}' },
  { family: 'LANG', pattern: `${ML_LANG_CUE} {LANG}` },
  { family: 'LANG', pattern: 'in het {LANG}' },
  { family: 'LANG', pattern: '{LANG} olsun|olmalı|yaz|yazın|olarak' },
  { family: 'LANG', pattern: 'på {LANG}' },

  // ---- Form fields ("Must include: fridge, Friday", "Avoid: dirty", "Don't use: cheap"), last: every other
  // family claims its words first ("Include: 3 bullet points" stays a bullet count).
  { family: 'FORBID', pattern: 'avoid|banned|forbidden|exclude|excluded|prohibited|taboo|blacklisted|blocklisted|blacklist|blocklist words|terms|phrases? :|- {QL}' },
  { family: 'FORBID', pattern: `${NEG} use|say|mention|include|using :|- {QL}` },
  { family: 'KEYWORDS', pattern: 'include|includes|mention|mentions|contain|contains|feature|features|keywords|keyword|use :|- {QL}' },
  // "don't say sorry": a bare word after a negated verb, last (NOCOMMA and the others read "don't use commas" first).
  { family: 'FORBID', pattern: 'dont|never say {QL}' },
  // Version 24: "We never talk about disposal, that's a word for rubbish", "it's a marquee, never a tent;".
  { family: 'FORBID', pattern: `we|i never talk|speak about|of {Q} ${CLAUSE_END}` },
  // "Please keep cute out of it", "legally we can't call it champagne, so ...", "And don't call me a typist, ..."
  // (version 24).
  { family: 'FORBID', pattern: 'keep|leave {Q} out of it|this|there|here' },
  { family: 'FORBID', pattern: 'cant|cannot|mustnt|shouldnt call it|this|them {Q} ,|;|.|!' },
  { family: 'FORBID', pattern: 'dont|never call|calling me|us a|an {Q} ,|;|.|!' },
  { family: 'FORBID', pattern: ', never a|an {W} ;|.|!|,|-' },
];

/** Relation phrases for {REL}; longer phrases first. */
export const RELATIONS: Array<[string, RelKind]> = [
  // Comparison signs of a spec ("len <= 80 words"), the two-sign forms before the one-sign ones.
  ['< =', 'LE'],
  ['> =', 'GE'],
  ['<', 'LT'],
  ['>', 'GT'],
  ['≤', 'LE'],
  ['≥', 'GE'],
  ['no less than', 'GE'],
  ['not less than', 'GE'],
  ['no fewer than', 'GE'],
  ['not fewer than', 'GE'],
  ['a minimum of', 'GE'],
  ['at minimum', 'GE'],
  ['at the least', 'GE'],
  ['at least', 'GE'],
  ['minimum of', 'GE'],
  ['minimum', 'GE'],
  ['more than', 'GT'],
  ['greater than', 'GT'],
  ['over', 'GT'],
  ['above', 'GT'],
  ['upwards of', 'GE'],
  ['dont go over', 'LE'],
  ['do not go over', 'LE'],
  ['not go over', 'LE'],
  ['never go over', 'LE'],
  ['dont go beyond', 'LE'],
  ['dont go past', 'LE'],
  // Version 21: "doesn't go past two", "won't go over 50" (the negation is spelled into the phrase, as for "dont").
  ['doesnt go past', 'LE'], ['doesnt go over', 'LE'], ['doesnt go beyond', 'LE'], ['doesnt exceed', 'LE'],
  ['wont go past', 'LE'], ['wont go over', 'LE'], ['wont exceed', 'LE'], ['never go past', 'LE'],
  ['do not go past', 'LE'],
  ['not go past', 'LE'],
  ['not go beyond', 'LE'],
  ['dont exceed', 'LE'],
  ['do not exceed', 'LE'],
  ['never exceed', 'LE'],
  ['stay within', 'LE'],
  ['stays within', 'LE'],
  // A count verb between the negation and "more than": "do not use more than 2", "don't write more than 5".
  ['not use more than', 'LE'],
  ['dont use more than', 'LE'],
  ['not write more than', 'LE'],
  ['dont write more than', 'LE'],
  ['not include more than', 'LE'],
  ['dont include more than', 'LE'],
  ['not have more than', 'LE'],
  ['dont have more than', 'LE'],
  ['not contain more than', 'LE'],
  ['no more than', 'LE'],
  ['not more than', 'LE'],
  ['not exceeding', 'LE'],
  ['not exceed', 'LE'],
  ['no longer than', 'LE'],
  ['no shorter than', 'GE'], ['not shorter than', 'GE'], ['not over', 'LE'], ['not above', 'LE'], ['not beyond', 'LE'],
  ['not be longer than', 'LE'],
  // "cannot"/"can't" as one token before the comparison: "cannot be longer than 50 words", "can't exceed 3".
  ['cannot be longer than', 'LE'], ['cant be longer than', 'LE'], ['cannot be more than', 'LE'], ['cant be more than', 'LE'],
  ['cannot exceed', 'LE'], ['cant exceed', 'LE'], ['cannot go over', 'LE'], ['cant go over', 'LE'],
  ['cannot have more than', 'LE'], ['cant have more than', 'LE'], ['cannot use more than', 'LE'], ['cant use more than', 'LE'],
  ['cannot be shorter than', 'GE'], ['cant be shorter than', 'GE'], ['cannot be less than', 'GE'], ['cant be less than', 'GE'],
  ['cannot be fewer than', 'GE'], ['cant be fewer than', 'GE'],
  ['not longer than', 'LE'],
  ['anything longer than', 'GT'],
  ['nothing longer than', 'LE'],
  ['nothing past', 'LE'], ['nothing over', 'LE'], ['nothing beyond', 'LE'], ['nothing above', 'LE'], ['nothing more than', 'LE'],
  ['not be more than', 'LE'],
  ['not shorter than', 'GE'],
  ['not be shorter than', 'GE'],
  ['longer than', 'GT'],
  ['a maximum of', 'LE'],
  ['maximum of', 'LE'],
  ['at most', 'LE'],
  ['at the most', 'LE'],
  ['up to', 'LE'],
  ['maximum', 'LE'],
  ['max', 'LE'],
  ['less than', 'LT'],
  // Typed fast (round 10): "no more then 100 words", "atleast 150 words".
  ['no more then', 'LE'], ['not more then', 'LE'], ['more then', 'GT'], ['less then', 'LT'], ['fewer then', 'LT'], ['atleast', 'GE'], ['atmost', 'LE'],
  ['fewer than', 'LT'],
  ['under', 'LT'],
  ['below', 'LT'],
  ['shorter than', 'LT'],
  // Version 19: "stay short of it" (a restated bound, scope.ts step 2g); a count not to be reached ("It must not reach 60
  // words", "Stop before you reach six sentences").
  ['short of', 'LT'],
  ['not reach', 'LT'], ['never reach', 'LT'], ['dont reach', 'LT'], ['before you reach', 'LT'], ['before it reaches', 'LT'],
  ['before reaching', 'LT'],
  // Version 21: a count to be reached ("It needs to reach 120 words").
  ['needs to reach', 'GE'], ['has to reach', 'GE'], ['must reach', 'GE'], ['should reach', 'GE'],
  ['exactly', 'EQ'],
  ['precisely', 'EQ'],
  ['just', 'EQ'],
  ['only', 'EQ'],
  ['around', 'APPROX'],
  ['about', 'APPROX'],
  ['approximately', 'APPROX'],
  ['roughly', 'APPROX'],
  ['between', 'RANGE'],
  // Spanish, French, German, Italian, Portuguese, Dutch, Polish.
  ['al menos', 'GE'], ['por lo menos', 'GE'], ['como mínimo', 'GE'], ['un mínimo de', 'GE'], ['mínimo de', 'GE'], ['mínimo', 'GE'],
  ['no más de', 'LE'], ['no más que', 'LE'], ['como máximo', 'LE'], ['un máximo de', 'LE'], ['máximo de', 'LE'], ['máximo', 'LE'],
  ['no pase de', 'LE'], ['no pases de', 'LE'], ['no supere', 'LE'], ['no superes', 'LE'], ['no exceda', 'LE'], ['no excedas', 'LE'], ['hasta', 'LE'],
  ['más de', 'GT'], ['menos de', 'LT'], ['exactamente', 'EQ'], ['justo', 'EQ'],
  ['au moins', 'GE'], ['au minimum', 'GE'], ['pas plus de', 'LE'], ['au maximum', 'LE'], ['au plus', 'LE'], ['ne dépasse pas', 'LE'], ['ne dépassez pas', 'LE'],
  ['pas dépasser', 'LE'], ['plus de', 'GT'], ['moins de', 'LT'], ['exactement', 'EQ'], ['précisément', 'EQ'],
  ['mindestens', 'GE'], ['wenigstens', 'GE'], ['minimal', 'GE'], ['nicht mehr als', 'LE'], ['höchstens', 'LE'], ['maximal', 'LE'], ['bis zu', 'LE'],
  ['mehr als', 'GT'], ['über', 'GT'], ['weniger als', 'LT'], ['unter', 'LT'], ['genau', 'EQ'], ['exakt', 'EQ'],
  ['almeno', 'GE'], ['come minimo', 'GE'], ['non più di', 'LE'], ['al massimo', 'LE'], ['massimo', 'LE'], ['fino a', 'LE'], ['più di', 'GT'],
  ['meno di', 'LT'], ['esattamente', 'EQ'], ['precisamente', 'EQ'],
  ['pelo menos', 'GE'], ['no mínimo', 'GE'], ['ao menos', 'GE'], ['não mais de', 'LE'], ['não mais que', 'LE'], ['no máximo', 'LE'], ['até', 'LE'],
  ['mais de', 'GT'], ['mais que', 'GT'], ['exatamente', 'EQ'],
  ['ten minste', 'GE'], ['minstens', 'GE'], ['minimaal', 'GE'], ['niet meer dan', 'LE'], ['maximaal', 'LE'], ['hooguit', 'LE'], ['hoogstens', 'LE'],
  ['meer dan', 'GT'], ['minder dan', 'LT'], ['onder', 'LT'], ['precies', 'EQ'], ['exact', 'EQ'],
  ['co najmniej', 'GE'], ['przynajmniej', 'GE'], ['minimum', 'GE'], ['nie więcej niż', 'LE'], ['maksymalnie', 'LE'], ['najwyżej', 'LE'], ['maksymalnie do', 'LE'],
  ['więcej niż', 'GT'], ['ponad', 'GT'], ['mniej niż', 'LT'], ['poniżej', 'LT'], ['dokładnie', 'EQ'],
  // Version 19: negated "less than" in each of those languages ("pas moins de quatre champs" was read as fewer than four).
  ['no menos de', 'GE'], ['no menos que', 'GE'], ['pas moins de', 'GE'], ['pas moins que', 'GE'], ['nicht weniger als', 'GE'],
  ['non meno di', 'GE'], ['não menos de', 'GE'], ['não menos que', 'GE'], ['niet minder dan', 'GE'], ['nie mniej niż', 'GE'],
  ['inte färre än', 'GE'], ['inte mindre än', 'GE'],
  // Turkish and Swedish.
  ['en az', 'GE'], ['en fazla', 'LE'], ['tam olarak', 'EQ'], ['tam', 'EQ'], ['minst', 'GE'], ['högst', 'LE'], ['mer än', 'GT'], ['färre än', 'LT'], ['mindre än', 'LT'],
];

/** Number words for {N}/{ORD}. Values >= 100 multiply (hundred, thousand). 255 = "last", 254 = "middle" (version 17). */
export const NUMBER_WORDS: Array<[string, number]> = [
  ['zero', 0], ['no', 0], ['one', 1], ['single', 1], ['once', 1], ['two', 2], ['twice', 2], ['couple', 2], ['three', 3], ['thrice', 3],
  ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11],
  ['twelve', 12], ['dozen', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['thousand', 1000],
  // Spanish, French, German, Italian, Portuguese, Dutch, Polish from two up (articles such as "una",
  // "un", "ein" are left out: "una frase" is "a sentence", not a count).
  ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9], ['diez', 10], ['doce', 12],
  ['quince', 15], ['veinte', 20], ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50], ['cien', 100], ['doscientas', 200], ['doscientos', 200], ['trescientas', 300], ['trescientos', 300], ['mil', 1000],
  ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['douze', 12], ['quinze', 15],
  ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['mille', 1000],
  ['einmal', 1], ['zweimal', 2], ['dreimal', 3], ['viermal', 4], ['fünfmal', 5], ['eenmaal', 1], ['tweemaal', 2], ['driemaal', 3],
  ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10], ['zwölf', 12],
  ['fünfzehn', 15], ['zwanzig', 20], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50], ['hundert', 100], ['tausend', 1000],
  ['due', 2], ['tre', 3], ['quattro', 4], ['sei', 6], ['sette', 7], ['otto', 8], ['nove', 9], ['dieci', 10], ['dodici', 12], ['quindici', 15],
  ['venti', 20], ['trenta', 30], ['quaranta', 40], ['cinquanta', 50], ['cento', 100], ['duecento', 200], ['trecento', 300],
  ['dois', 2], ['duas', 2], ['três', 3], ['quatro', 4], ['sete', 7], ['oito', 8], ['dez', 10], ['doze', 12], ['vinte', 20], ['trinta', 30],
  ['quarenta', 40], ['cem', 100], ['duzentas', 200], ['duzentos', 200], ['trezentas', 300], ['trezentos', 300],
  ['twee', 2], ['drie', 3], ['vijf', 5], ['zes', 6], ['zeven', 7], ['negen', 9], ['tien', 10], ['twaalf', 12], ['vijftien', 15], ['twintig', 20],
  ['dertig', 30], ['veertig', 40], ['vijftig', 50], ['honderd', 100], ['duizend', 1000],
  ['dwa', 2], ['dwie', 2], ['trzy', 3], ['cztery', 4], ['pięć', 5], ['sześć', 6], ['siedem', 7], ['osiem', 8], ['dziewięć', 9], ['dziesięć', 10],
  ['iki', 2], ['üç', 3], ['dört', 4], ['beş', 5], ['altı', 6], ['yedi', 7], ['sekiz', 8], ['dokuz', 9], ['yirmi', 20], ['otuz', 30], ['elli', 50], ['yüz', 100],
  ['två', 2], ['fyra', 4], ['fem', 5], ['sju', 7], ['åtta', 8], ['nio', 9], ['tio', 10], ['tolv', 12], ['femton', 15], ['tjugo', 20], ['trettio', 30], ['femtio', 50], ['hundra', 100],
  ['dwanaście', 12], ['piętnaście', 15], ['dwadzieścia', 20], ['trzydzieści', 30], ['czterdzieści', 40], ['pięćdziesiąt', 50], ['sto', 100], ['tysiąc', 1000],
];

export const ORDINAL_WORDS: Array<[string, number]> = [
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
  ['fifth', 5], ['5th', 5], ['sixth', 6], ['6th', 6], ['seventh', 7], ['7th', 7], ['eighth', 8], ['8th', 8],
  ['ninth', 9], ['9th', 9], ['tenth', 10], ['10th', 10], ['last', 255], ['final', 255], ['closing', 255], ['middle', 254], ['opening', 1], ['intro', 1], ['introduction', 1],
  ['primer', 1], ['primero', 1], ['primera', 1], ['segundo', 2], ['segunda', 2], ['tercer', 3], ['tercero', 3], ['tercera', 3], ['cuarto', 4], ['cuarta', 4],
  ['quinto', 5], ['quinta', 5], ['último', 255], ['última', 255],
  ['premier', 1], ['première', 1], ['deuxième', 2], ['seconde', 2], ['troisième', 3], ['quatrième', 4], ['cinquième', 5], ['dernier', 255], ['dernière', 255],
  ['erste', 1], ['ersten', 1], ['erster', 1], ['zweite', 2], ['zweiten', 2], ['zweiter', 2], ['dritte', 3], ['dritten', 3], ['dritter', 3],
  ['vierte', 4], ['vierten', 4], ['fünfte', 5], ['fünften', 5], ['letzte', 255], ['letzten', 255],
  ['primo', 1], ['prima', 1], ['secondo', 2], ['terzo', 3], ['terza', 3], ['quarta', 4], ['ultimo', 255], ['ultima', 255],
  ['primeiro', 1], ['primeira', 1], ['terceiro', 3], ['terceira', 3],
  ['eerste', 1], ['tweede', 2], ['derde', 3], ['vierde', 4], ['vijfde', 5], ['laatste', 255],
  ['pierwszy', 1], ['pierwsze', 1], ['pierwszym', 1], ['drugi', 2], ['drugie', 2], ['drugim', 2], ['trzeci', 3], ['trzecie', 3], ['czwarty', 4], ['ostatni', 255], ['ostatnie', 255],
];

/** Words that a bare {QL} list skips at its start, and that end it. */
export const LIST_LEAD = [':', 'such', 'as', 'the', 'following', 'these', 'those', 'like', '[', 'of', 'words', 'keywords', 'word', 'keyword', 'any', 'e', 'g', '.'];
export const LIST_STOP = [
  'in', 'at', 'to', 'throughout', 'somewhere', 'when', 'within', 'from', 'for', 'anywhere', 'into', 'inside', 'while', 'but',
  'should', 'must', 'cannot', 'can', 'will', 'appear', 'appears', 'is', 'are', 'be', 'on', 'as', 'each', 'once', 'twice', 'at',
  'please', 'make', 'also', 'your', 'you', 'it', 'this', 'that', 'the', 'there', 'which', 'etc', 'with', 'without', 'either',
  // Instruction verbs: a bare list ends where the next instruction starts ("include the words a and b, wrap 2 bits in ...").
  // Only clear instruction verbs: "end", "start", "finish" are words people ask for ("the words love, hope and end").
  'wrap', 'keep', 'use', 'add', 'write', 'put', 'include', 'avoid', 'highlight', 'mention', 'dont', 'respond', 'separate', 'split',
  // Pronouns and quantifiers are not keywords ("make sure everything is included", "don't say anything about it").
  'everything', 'anything', 'something', 'nothing', 'all', 'both', 'them', 'about',
  // A possessive or subject pronoun starts the next clause ("never use the word suddenly, my editor circles it").
  'my', 'our', 'his', 'her', 'their', 'we', 'they', 'he', 'she', 'after', 'before',
  // Version 21: how faithfully a phrase is used, not another phrase ("use the phrase no questions asked, word for word").
  'verbatim', 'word',
  // Version 22: a modal after a phrase ends it ("the phrase risk assessment has to appear").
  'has', 'have', 'needs', 'need', 'shall',
  // Version 23: a pronoun with its verb contracted starts the next clause ("use the term lead came, they'll see it").
  'theyll', 'theyre', 'theyve', 'theyd', 'im', 'ive', 'youll', 'youre', 'youve', 'itll', 'weve', 'shes', 'hes',
  // Version 23: a conjunction that opens a clause ends a bare list ("she refuses to say range anxiety, so leave it out").
  'so', 'because', 'since', 'unless', 'although', 'though',
  // Version 24: "it's", "that's", "there's" open a clause too ("has to mention chalk, it's our soil"); "by" ends a phrase
  // ("Must mention lavender and shea butter by name").
  'its', 'thats', 'theres', 'by',
  // Version 26: "because" in other languages opens a clause too ("nie używaj słowa impreza, bo to nie jest dyskoteka").
  'bo', 'porque', 'perché', 'weil', 'denn', 'protože', 'jer',
];

/** Language names for {LANG} -> ISO 639-1 code as langdetect reports it. */
export const LANGUAGES: Array<[string, string]> = [
  ['english', 'en'], ['kannada', 'kn'], ['punjabi', 'pa'], ['panjabi', 'pa'], ['bengali', 'bn'], ['bangla', 'bn'],
  ['persian', 'fa'], ['farsi', 'fa'], ['swahili', 'sw'], ['kiswahili', 'sw'], ['telugu', 'te'], ['marathi', 'mr'],
  ['hindi', 'hi'], ['arabic', 'ar'], ['russian', 'ru'], ['german', 'de'], ['italian', 'it'], ['finnish', 'fi'],
  ['thai', 'th'], ['vietnamese', 'vi'], ['urdu', 'ur'], ['nepali', 'ne'], ['gujarati', 'gu'], ['tamil', 'ta'],
  ['korean', 'ko'], ['portuguese', 'pt'], ['bulgarian', 'bg'], ['french', 'fr'], ['spanish', 'es'], ['japanese', 'ja'],
  ['chinese', 'zh-cn'], ['mandarin', 'zh-cn'], ['dutch', 'nl'], ['polish', 'pl'], ['turkish', 'tr'], ['ukrainian', 'uk'],
  ['greek', 'el'], ['hebrew', 'he'], ['swedish', 'sv'], ['indonesian', 'id'],
  ['afrikaans', 'af'], ['catalan', 'ca'], ['czech', 'cs'], ['welsh', 'cy'], ['danish', 'da'], ['estonian', 'et'],
  ['croatian', 'hr'], ['hungarian', 'hu'], ['lithuanian', 'lt'], ['latvian', 'lv'], ['macedonian', 'mk'],
  ['norwegian', 'no'], ['romanian', 'ro'], ['slovak', 'sk'], ['slovenian', 'sl'], ['slovene', 'sl'], ['somali', 'so'],
  ['albanian', 'sq'], ['tagalog', 'tl'], ['filipino', 'tl'], ['malayalam', 'ml'],
  // The names in Spanish, French, German, Italian, Portuguese, Dutch and Polish (and their adverb forms).
  ['inglés', 'en'], ['ingles', 'en'], ['anglais', 'en'], ['englisch', 'en'], ['inglese', 'en'], ['inglês', 'en'], ['engels', 'en'], ['angielski', 'en'], ['angielsku', 'en'],
  ['español', 'es'], ['espanol', 'es'], ['castellano', 'es'], ['espagnol', 'es'], ['spanisch', 'es'], ['spagnolo', 'es'], ['espanhol', 'es'], ['spaans', 'es'], ['hiszpański', 'es'], ['hiszpańsku', 'es'],
  ['francés', 'fr'], ['français', 'fr'], ['francais', 'fr'], ['französisch', 'fr'], ['francese', 'fr'], ['francês', 'fr'], ['frans', 'fr'], ['francuski', 'fr'], ['francusku', 'fr'],
  ['alemán', 'de'], ['allemand', 'de'], ['deutsch', 'de'], ['tedesco', 'de'], ['alemão', 'de'], ['duits', 'de'], ['niemiecki', 'de'], ['niemiecku', 'de'],
  ['italiano', 'it'], ['italien', 'it'], ['italienisch', 'it'], ['italiaans', 'it'], ['włoski', 'it'], ['włosku', 'it'],
  ['portugués', 'pt'], ['portugais', 'pt'], ['portugiesisch', 'pt'], ['portoghese', 'pt'], ['português', 'pt'], ['portugees', 'pt'], ['portugalski', 'pt'], ['portugalsku', 'pt'],
  ['japonés', 'ja'], ['japonais', 'ja'], ['japanisch', 'ja'], ['giapponese', 'ja'], ['japonês', 'ja'], ['japans', 'ja'], ['japoński', 'ja'], ['japońsku', 'ja'],
  ['coreano', 'ko'], ['coréen', 'ko'], ['koreanisch', 'ko'], ['koreaans', 'ko'], ['koreański', 'ko'], ['koreańsku', 'ko'],
  ['chino', 'zh-cn'], ['chinois', 'zh-cn'], ['chinesisch', 'zh-cn'], ['cinese', 'zh-cn'], ['chinês', 'zh-cn'], ['chinees', 'zh-cn'], ['chiński', 'zh-cn'], ['chińsku', 'zh-cn'],
  ['ruso', 'ru'], ['russe', 'ru'], ['russisch', 'ru'], ['russo', 'ru'], ['rosyjski', 'ru'], ['rosyjsku', 'ru'],
  ['árabe', 'ar'], ['arabe', 'ar'], ['arabisch', 'ar'], ['arabo', 'ar'], ['arabski', 'ar'],
  ['neerlandés', 'nl'], ['holandés', 'nl'], ['néerlandais', 'nl'], ['niederländisch', 'nl'], ['olandese', 'nl'], ['holandês', 'nl'], ['nederlands', 'nl'], ['niderlandzki', 'nl'],
  ['polaco', 'pl'], ['polonais', 'pl'], ['polnisch', 'pl'], ['polacco', 'pl'], ['polonês', 'pl'], ['pools', 'pl'], ['polski', 'pl'], ['polsku', 'pl'],
  ['finés', 'fi'], ['finlandés', 'fi'], ['finnois', 'fi'], ['finnisch', 'fi'], ['finlandese', 'fi'], ['finlandês', 'fi'], ['fins', 'fi'], ['fiński', 'fi'], ['fińsku', 'fi'],
  ['suajili', 'sw'], ['souahéli', 'sw'], ['suaíli', 'sw'], ['suahili', 'sw'],
  ['vietnamita', 'vi'], ['vietnamien', 'vi'], ['vietnamesisch', 'vi'], ['vietnamees', 'vi'], ['wietnamski', 'vi'],
  ['turco', 'tr'], ['turc', 'tr'], ['türkisch', 'tr'], ['turks', 'tr'], ['turecki', 'tr'],
  ['griego', 'el'], ['grec', 'el'], ['griechisch', 'el'], ['greco', 'el'], ['grego', 'el'], ['grieks', 'el'], ['grecki', 'el'],
  ['hindú', 'hi'], ['hindí', 'hi'], ['russo', 'ru'],
  ['ukraińsku', 'uk'], ['ukraiński', 'uk'], ['ucraniano', 'uk'], ['ukrainien', 'uk'], ['ukrainisch', 'uk'], ['ucraino', 'uk'], ['oekraïens', 'uk'],
  ['arabsku', 'ar'],
  // Turkish ("İngilizce": the dotted capital is not folded, so both spellings) and Swedish.
  ['ingilizce', 'en'], ['İngilizce', 'en'], ['almanca', 'de'], ['fransızca', 'fr'], ['ispanyolca', 'es'], ['İspanyolca', 'es'], ['italyanca', 'it'], ['İtalyanca', 'it'], ['rusça', 'ru'], ['portekizce', 'pt'], ['türkçe', 'tr'], ['arapça', 'ar'],
  ['engelska', 'en'], ['tyska', 'de'], ['franska', 'fr'], ['spanska', 'es'], ['italienska', 'it'], ['ryska', 'ru'], ['portugisiska', 'pt'], ['svenska', 'sv'],
];

/**
 * Stock passages: short original general statements per language (learning, weather, friends,
 * reading, effort), written for this project. Sentences are separated by "\n".
 */
export const PASSAGES: Record<string, string> = {
  hi: 'सीखना जीवन का एक सुंदर हिस्सा है।\nहर दिन हम कुछ नया सीखते हैं।\nआज मौसम बहुत सुहावना है।\nअच्छे दोस्त हमेशा हमारी मदद करते हैं।\nकिताबें पढ़ना मन को शांति देता है।\nमेहनत से हर सपना पूरा हो सकता है।',
  mr: 'शिकणे हा जीवनाचा एक सुंदर भाग आहे.\nआपण दररोज काहीतरी नवीन शिकतो.\nआज हवामान खूप छान आहे.\nचांगले मित्र नेहमी आपल्याला मदत करतात.\nपुस्तके वाचल्याने मनाला शांती मिळते.\nमेहनत केल्याने प्रत्येक स्वप्न पूर्ण होऊ शकते.',
  ne: 'सिक्नु जीवनको एउटा सुन्दर भाग हो।\nहामी हरेक दिन केही नयाँ कुरा सिक्छौं।\nआज मौसम धेरै राम्रो छ।\nअसल साथीहरूले सधैं हामीलाई मद्दत गर्छन्।\nकिताब पढ्दा मनलाई शान्ति मिल्छ।\nमेहनत गरे हरेक सपना पूरा हुन सक्छ।',
  bn: 'শেখা জীবনের একটি সুন্দর অংশ।\nআমরা প্রতিদিন নতুন কিছু শিখি।\nআজ আবহাওয়া খুব সুন্দর।\nভালো বন্ধুরা সবসময় আমাদের সাহায্য করে।\nবই পড়লে মন শান্ত হয়।\nপরিশ্রম করলে প্রতিটি স্বপ্ন পূরণ হতে পারে।',
  pa: 'ਸਿੱਖਣਾ ਜੀਵਨ ਦਾ ਇੱਕ ਸੋਹਣਾ ਹਿੱਸਾ ਹੈ।\nਅਸੀਂ ਹਰ ਰੋਜ਼ ਕੁਝ ਨਵਾਂ ਸਿੱਖਦੇ ਹਾਂ।\nਅੱਜ ਮੌਸਮ ਬਹੁਤ ਵਧੀਆ ਹੈ।\nਚੰਗੇ ਦੋਸਤ ਹਮੇਸ਼ਾ ਸਾਡੀ ਮਦਦ ਕਰਦੇ ਹਨ।\nਕਿਤਾਬਾਂ ਪੜ੍ਹਨ ਨਾਲ ਮਨ ਨੂੰ ਸ਼ਾਂਤੀ ਮਿਲਦੀ ਹੈ।\nਮਿਹਨਤ ਨਾਲ ਹਰ ਸੁਪਨਾ ਪੂਰਾ ਹੋ ਸਕਦਾ ਹੈ।',
  gu: 'શીખવું એ જીવનનો એક સુંદર ભાગ છે.\nઆપણે દરરોજ કંઈક નવું શીખીએ છીએ.\nઆજે હવામાન ખૂબ સરસ છે.\nસારા મિત્રો હંમેશા આપણી મદદ કરે છે.\nપુસ્તકો વાંચવાથી મનને શાંતિ મળે છે.\nમહેનતથી દરેક સપનું પૂરું થઈ શકે છે.',
  ta: 'கற்றல் வாழ்க்கையின் ஒரு அழகான பகுதி.\nநாம் ஒவ்வொரு நாளும் புதிதாக ஏதாவது கற்றுக்கொள்கிறோம்.\nஇன்று வானிலை மிகவும் நன்றாக உள்ளது.\nநல்ல நண்பர்கள் எப்போதும் நமக்கு உதவுகிறார்கள்.\nபுத்தகங்கள் படிப்பது மனதுக்கு அமைதி தருகிறது.\nகடின உழைப்பால் ஒவ்வொரு கனவும் நிறைவேறும்.',
  te: 'నేర్చుకోవడం జీవితంలో ఒక అందమైన భాగం.\nమనం ప్రతి రోజు ఏదో కొత్తది నేర్చుకుంటాము.\nఈ రోజు వాతావరణం చాలా బాగుంది.\nమంచి స్నేహితులు ఎల్లప్పుడూ మనకు సహాయం చేస్తారు.\nపుస్తకాలు చదవడం మనసుకు శాంతిని ఇస్తుంది.\nకష్టపడితే ప్రతి కల నిజమవుతుంది.',
  kn: 'ಕಲಿಕೆ ಜೀವನದ ಒಂದು ಸುಂದರ ಭಾಗವಾಗಿದೆ.\nನಾವು ಪ್ರತಿದಿನ ಹೊಸದನ್ನು ಕಲಿಯುತ್ತೇವೆ.\nಇಂದು ಹವಾಮಾನ ತುಂಬಾ ಚೆನ್ನಾಗಿದೆ.\nಒಳ್ಳೆಯ ಸ್ನೇಹಿತರು ಯಾವಾಗಲೂ ನಮಗೆ ಸಹಾಯ ಮಾಡುತ್ತಾರೆ.\nಪುಸ್ತಕಗಳನ್ನು ಓದುವುದು ಮನಸ್ಸಿಗೆ ಶಾಂತಿ ನೀಡುತ್ತದೆ.\nಕಠಿಣ ಪರಿಶ್ರಮದಿಂದ ಪ್ರತಿಯೊಂದು ಕನಸು ನನಸಾಗುತ್ತದೆ.',
  ur: 'سیکھنا زندگی کا ایک خوبصورت حصہ ہے۔\nہم ہر روز کچھ نیا سیکھتے ہیں۔\nآج موسم بہت اچھا ہے۔\nاچھے دوست ہمیشہ ہماری مدد کرتے ہیں۔\nکتابیں پڑھنے سے دل کو سکون ملتا ہے۔\nمحنت سے ہر خواب پورا ہو سکتا ہے۔',
  fa: 'یادگیری بخش زیبایی از زندگی است.\nما هر روز چیز تازه‌ای یاد می‌گیریم.\nامروز هوا بسیار خوب است.\nدوستان خوب همیشه به ما کمک می‌کنند.\nخواندن کتاب به ذهن آرامش می‌دهد.\nبا تلاش هر رویایی می‌تواند به حقیقت بپیوندد.',
  ar: 'التعلم جزء جميل من الحياة.\nنحن نتعلم شيئا جديدا كل يوم.\nالطقس اليوم جميل جدا.\nالأصدقاء الطيبون يساعدوننا دائما.\nقراءة الكتب تمنح العقل الهدوء.\nبالعمل الجاد يمكن أن يتحقق كل حلم.',
  ru: 'Учёба является прекрасной частью жизни.\nКаждый день мы узнаём что-то новое.\nСегодня погода очень хорошая.\nХорошие друзья всегда нам помогают.\nЧтение книг приносит покой и радость.\nУпорный труд помогает исполнить любую мечту.',
  bg: 'Ученето е красива част от живота.\nВсеки ден научаваме нещо ново.\nДнес времето е много хубаво.\nДобрите приятели винаги ни помагат.\nЧетенето на книги носи спокойствие.\nС упорит труд всяка мечта може да се сбъдне.',
  uk: 'Навчання є чудовою частиною життя.\nЩодня ми дізнаємося щось нове.\nСьогодні погода дуже гарна.\nДобрі друзі завжди нам допомагають.\nЧитання книжок приносить спокій.\nНаполеглива праця допомагає здійснити мрію.',
  de: 'Lernen ist ein schöner Teil des Lebens.\nJeden Tag lernen wir etwas Neues.\nDas Wetter ist heute sehr schön.\nGute Freunde helfen uns immer.\nDas Lesen von Büchern bringt Ruhe in den Alltag.\nMit Fleiß kann jeder Traum wahr werden.\nWir freuen uns über jede neue Erfahrung.',
  it: 'Imparare è una parte bella della vita.\nOgni giorno impariamo qualcosa di nuovo.\nOggi il tempo è molto bello.\nI buoni amici ci aiutano sempre.\nLeggere un libro porta calma alla mente.\nCon impegno ogni sogno può diventare realtà.',
  pt: 'Aprender é uma parte bonita da vida.\nTodos os dias aprendemos algo novo.\nHoje o tempo está muito bom.\nOs bons amigos sempre nos ajudam.\nLer livros traz calma para a mente.\nCom esforço todo sonho pode se tornar realidade.',
  es: 'Aprender es una parte hermosa de la vida.\nCada día aprendemos algo nuevo.\nHoy el tiempo es muy agradable.\nLos buenos amigos siempre nos ayudan.\nLeer libros trae calma a la mente.\nCon esfuerzo cada sueño puede hacerse realidad.',
  fr: 'Apprendre est une belle partie de la vie.\nChaque jour nous apprenons quelque chose de nouveau.\nLe temps est très agréable aujourd\'hui.\nLes bons amis nous aident toujours.\nLire des livres apporte du calme à l\'esprit.\nAvec du travail chaque rêve peut devenir réalité.',
  fi: 'Oppiminen on kaunis osa elämää.\nJoka päivä opimme jotain uutta.\nTänään sää on todella kaunis.\nHyvät ystävät auttavat meitä aina.\nKirjojen lukeminen tuo mielelle rauhaa.\nAhkeralla työllä jokainen unelma voi toteutua.',
  sw: 'Kujifunza ni sehemu nzuri ya maisha.\nKila siku tunajifunza kitu kipya.\nLeo hali ya hewa ni nzuri sana.\nMarafiki wazuri hutusaidia kila wakati.\nKusoma vitabu huleta amani moyoni.\nKwa bidii kila ndoto inaweza kutimia.',
  vi: 'Học tập là một phần đẹp của cuộc sống.\nMỗi ngày chúng ta học được điều gì đó mới.\nHôm nay thời tiết rất đẹp.\nNhững người bạn tốt luôn giúp đỡ chúng ta.\nĐọc sách mang lại sự bình yên cho tâm hồn.\nVới sự chăm chỉ mọi ước mơ đều có thể thành hiện thực.',
  th: 'การเรียนรู้เป็นส่วนที่สวยงามของชีวิต.\nทุกวันเราได้เรียนรู้สิ่งใหม่.\nวันนี้อากาศดีมาก.\nเพื่อนที่ดีช่วยเหลือเราเสมอ.\nการอ่านหนังสือทำให้จิตใจสงบ.\nความขยันทำให้ความฝันเป็นจริงได้.',
  ko: '배움은 삶의 아름다운 부분입니다.\n우리는 매일 새로운 것을 배웁니다.\n오늘은 날씨가 정말 좋습니다.\n좋은 친구들은 항상 우리를 도와줍니다.\n책을 읽으면 마음이 편안해집니다.\n노력하면 모든 꿈이 이루어질 수 있습니다.',
  ja: '学ぶことは人生の美しい一部です。\n私たちは毎日新しいことを学びます。\n今日はとても良い天気です。\n良い友達はいつも私たちを助けてくれます。\n本を読むと心が落ち着きます。\n努力すればどんな夢もかなえられます。',
  'zh-cn': '学习是生活中美好的一部分。\n我们每天都会学到新的东西。\n今天的天气非常好。\n好朋友总是帮助我们。\n读书让人心里平静。\n只要努力每个梦想都能实现。',
  nl: 'Leren is een mooi deel van het leven.\nElke dag leren we iets nieuws.\nVandaag is het weer erg mooi.\nGoede vrienden helpen ons altijd.\nHet lezen van boeken geeft rust.\nMet hard werken kan elke droom uitkomen.',
  pl: 'Nauka jest piękną częścią życia.\nKażdego dnia uczymy się czegoś nowego.\nDzisiaj pogoda jest bardzo ładna.\nDobrzy przyjaciele zawsze nam pomagają.\nCzytanie książek daje spokój.\nCiężka praca pozwala spełnić każde marzenie.',
  tr: 'Öğrenmek hayatın güzel bir parçasıdır.\nHer gün yeni bir şey öğreniyoruz.\nBugün hava çok güzel.\nİyi arkadaşlar bize her zaman yardım eder.\nKitap okumak zihne huzur verir.\nÇok çalışarak her hayal gerçek olabilir.',
  el: 'Η μάθηση είναι ένα όμορφο κομμάτι της ζωής.\nΚάθε μέρα μαθαίνουμε κάτι καινούργιο.\nΣήμερα ο καιρός είναι πολύ ωραίος.\nΟι καλοί φίλοι μας βοηθούν πάντα.\nΤο διάβασμα βιβλίων φέρνει ηρεμία.\nΜε σκληρή δουλειά κάθε όνειρο γίνεται πραγματικότητα.',
  he: 'הלמידה היא חלק יפה מהחיים.\nבכל יום אנחנו לומדים משהו חדש.\nהיום מזג האוויר נעים מאוד.\nחברים טובים תמיד עוזרים לנו.\nקריאת ספרים מביאה שקט לנפש.\nבעבודה קשה כל חלום יכול להתגשם.',
  sv: 'Att lära sig är en vacker del av livet.\nVarje dag lär vi oss något nytt.\nIdag är vädret mycket fint.\nGoda vänner hjälper oss alltid.\nAtt läsa böcker ger lugn och ro.\nMed hårt arbete kan varje dröm bli sann.',
  id: 'Belajar adalah bagian yang indah dari kehidupan.\nSetiap hari kita belajar sesuatu yang baru.\nHari ini cuacanya sangat cerah.\nTeman yang baik selalu membantu kita.\nMembaca buku memberi ketenangan pikiran.\nDengan kerja keras setiap mimpi bisa terwujud.',
  af: 'Om te leer is \'n mooi deel van die lewe.\nElke dag leer ons iets nuuts.\nVandag is die weer baie mooi.\nGoeie vriende help ons altyd.\nOm boeke te lees bring rus vir die gees.\nMet harde werk kan elke droom waar word.',
  ca: 'Aprendre és una part bonica de la vida.\nCada dia aprenem alguna cosa nova.\nAvui fa un temps molt agradable.\nEls bons amics sempre ens ajuden.\nLlegir llibres porta calma a la ment.\nAmb esforç cada somni es pot fer realitat.',
  cs: 'Učení je krásná součást života.\nKaždý den se naučíme něco nového.\nDnes je velmi hezké počasí.\nDobří přátelé nám vždycky pomáhají.\nČtení knih přináší klid do mysli.\nS poctivou prací se může splnit každý sen.',
  cy: 'Mae dysgu yn rhan hyfryd o fywyd.\nBob dydd rydyn ni\'n dysgu rhywbeth newydd.\nMae\'r tywydd yn braf iawn heddiw.\nMae ffrindiau da bob amser yn ein helpu ni.\nMae darllen llyfrau yn dod â thawelwch i\'r meddwl.\nGyda gwaith caled gall pob breuddwyd ddod yn wir.',
  da: 'Det er en smuk del af livet at lære.\nHver dag lærer vi noget nyt.\nI dag er vejret virkelig dejligt.\nGode venner hjælper os altid.\nAt læse bøger giver ro i sindet.\nMed hårdt arbejde kan enhver drøm gå i opfyldelse.',
  et: 'Õppimine on elu ilus osa.\nIga päev õpime midagi uut.\nTäna on ilm väga ilus.\nHead sõbrad aitavad meid alati.\nRaamatute lugemine toob meelele rahu.\nKõva tööga võib iga unistus täituda.',
  hr: 'Učenje je lijep dio života.\nSvaki dan naučimo nešto novo.\nDanas je vrijeme jako lijepo.\nDobri prijatelji nam uvijek pomažu.\nČitanje knjiga donosi mir u misli.\nUz marljiv rad svaki san se može ostvariti.',
  hu: 'A tanulás az élet szép része.\nMinden nap valami újat tanulunk.\nMa nagyon szép az idő.\nA jó barátok mindig segítenek nekünk.\nA könyvek olvasása nyugalmat hoz az elmének.\nKemény munkával minden álom valóra válhat.',
  lt: 'Mokymasis yra graži gyvenimo dalis.\nKiekvieną dieną išmokstame ką nors naujo.\nŠiandien oras labai gražus.\nGeri draugai mums visada padeda.\nKnygų skaitymas suteikia ramybės.\nSunkiai dirbant kiekviena svajonė gali išsipildyti.',
  lv: 'Mācīšanās ir skaista dzīves daļa.\nKatru dienu mēs iemācāmies kaut ko jaunu.\nŠodien laiks ir ļoti jauks.\nLabi draugi mums vienmēr palīdz.\nGrāmatu lasīšana sniedz mieru prātam.\nAr smagu darbu katrs sapnis var piepildīties.',
  mk: 'Учењето е убав дел од животот.\nСекој ден учиме нешто ново.\nДенес времето е многу убаво.\nДобрите пријатели секогаш ни помагаат.\nЧитањето книги носи мир во умот.\nСо напорна работа секој сон може да се оствари.',
  no: 'Det er en fin del av livet å lære.\nHver dag lærer vi noe nytt.\nI dag er været veldig fint.\nGode venner hjelper oss alltid.\nÅ lese bøker gir ro i sinnet.\nMed hardt arbeid kan enhver drøm gå i oppfyllelse.',
  ro: 'Învățarea este o parte frumoasă a vieții.\nÎn fiecare zi învățăm ceva nou.\nAstăzi vremea este foarte frumoasă.\nPrietenii buni ne ajută mereu.\nCititul cărților aduce liniște în minte.\nCu muncă multă fiecare vis se poate împlini.',
  sk: 'Učenie je krásna súčasť života.\nKaždý deň sa naučíme niečo nové.\nDnes je veľmi pekné počasie.\nDobrí priatelia nám vždy pomáhajú.\nČítanie kníh prináša pokoj do mysle.\nS poctivou prácou sa môže splniť každý sen.',
  sl: 'Učenje je lep del življenja.\nVsak dan se naučimo nekaj novega.\nDanes je vreme zelo lepo.\nDobri prijatelji nam vedno pomagajo.\nBranje knjig prinaša mir v misli.\nS trdim delom se lahko uresniči vsaka sanja.',
  so: 'Waxbarashadu waa qayb qurux badan oo nolosha ka mid ah.\nMaalin kasta waxaan baranaa wax cusub.\nMaanta cimiladu aad bay u wanaagsan tahay.\nSaaxiibada wanaagsan had iyo jeer way na caawiyaan.\nAkhriska buugaagta wuxuu maskaxda siiyaa nabad.\nShaqo adag ayaa riyo kasta rumayn karta.',
  sq: 'Të mësuarit është një pjesë e bukur e jetës.\nÇdo ditë mësojmë diçka të re.\nSot moti është shumë i bukur.\nMiqtë e mirë na ndihmojnë gjithmonë.\nLeximi i librave sjell qetësi në mendje.\nMe punë të palodhur çdo ëndërr mund të realizohet.',
  tl: 'Ang pag-aaral ay isang magandang bahagi ng buhay.\nAraw-araw ay may natututunan tayong bago.\nNapakaganda ng panahon ngayon.\nAng mabubuting kaibigan ay laging tumutulong sa atin.\nAng pagbabasa ng mga libro ay nagbibigay ng kapayapaan sa isip.\nSa pagsisikap ay maaaring matupad ang bawat pangarap.',
  ml: 'പഠനം ജീവിതത്തിന്റെ മനോഹരമായ ഒരു ഭാഗമാണ്.\nഓരോ ദിവസവും നമ്മൾ പുതിയ എന്തെങ്കിലും പഠിക്കുന്നു.\nഇന്ന് കാലാവസ്ഥ വളരെ നല്ലതാണ്.\nനല്ല സുഹൃത്തുക്കൾ എപ്പോഴും നമ്മെ സഹായിക്കുന്നു.\nപുസ്തകങ്ങൾ വായിക്കുന്നത് മനസ്സിന് ശാന്തി നൽകുന്നു.\nകഠിനാധ്വാനത്തിലൂടെ ഓരോ സ്വപ്നവും യാഥാർത്ഥ്യമാകും.',
};

/**
 * English sentence templates. "{T}" is the topic phrase taken from the prompt. No template
 * contains a comma, the word "I", or a word in capitals, so the composer can mix them with any
 * constraint. Some avoid common letters so that letter limits can be met.
 */
export const SENTENCES: string[] = [
  'This answer is about {T}.',
  'Many people want to know more about {T}.',
  'A good place to start is with the basics of {T}.',
  'It helps to look at {T} one step at a time.',
  'Small details about {T} can make a big difference.',
  'People often have different views on {T}.',
  'Here is a simple way to think about {T}.',
  'Clear examples make {T} easier to understand.',
  'Careful planning is the key to success with {T}.',
  'We can learn a lot from {T}.',
  'Time spent on {T} is rarely wasted.',
  'Every part of {T} connects to daily life.',
  'Most experts agree that {T} deserves attention.',
  'A calm and steady approach works best.',
  'There is always more to learn and explore.',
  'Good habits grow from small and simple choices.',
  'Honest questions lead to the best answers.',
  'Patience and practice bring steady progress.',
  'Each new idea opens the door to another one.',
  'Sharing what we learn helps everyone around us.',
  'Our goal is to keep things clear and useful.',
  'With {T} in mind we can plan ahead.',
  'Nobody has to face {T} alone.',
  'A short list of facts can guide us well.',
  'Simple words often explain complex things best.',
  'Thinking about {T} can spark new ideas.',
  'Good friends and good books both help us grow.',
  'Our world keeps changing and so do we.',
  'Try to enjoy each small step on this path.',
  'Most of all we should stay curious.',
  'Such work brings joy to many people.',
  'A fresh look at {T} reveals new sides of it.',
  'Old lessons about {T} still hold true today.',
  'You can always ask for help along the way.',
  'Our final thought is simple and hopeful.',
];

/** Short sentences without the letters e, a, t, i, n, o, s (one set per letter), for tight letter limits. */
export const LIPOGRAMS: Record<string, string[]> = {
  e: ['A good trip is fun for all.', 'Sun and fun hold our focus.', 'A small path runs to a calm pond.', 'Good food brings joy to us all.'],
  a: ['We find joy in simple things.', 'Sunny hills glow so softly.', 'Good friends help us grow.', 'This world is full of wonder.'],
  t: ['Sun shines on hills.', 'Be kind and calm.', 'Good people help each one.', 'Smile and be brave.'],
  i: ['Good food makes us happy.', 'Warm sun and soft rest.', 'Work hard and be calm.', 'A true fellow stays close.'],
  n: ['We love our home.', 'Be brave and calm.', 'Help others every day.', 'Good work pays off.'],
  o: ['A smart plan helps.', 'Be patient and kind.', 'Bright days are ahead.', 'Learn while sharing ideas.'],
  s: ['A good day brings hope.', 'We can learn and grow.', 'Be kind to each other.', 'Hope lifts every heart.'],
  c: ['A good day brings hope.', 'We find joy in simple things.', 'Be kind to others.', 'Hope lifts every heart.'],
  p: ['We find joy in small things.', 'Be kind to others.', 'A good day is ahead.', 'Learn and grow each day.'],
  w: ['Be kind to each other.', 'A good day brings hope.', 'Simple things bring joy.', 'Learn and grow each day.'],
};

/** Templates that carry a keyword "{K}". */
export const KEYWORD_SENTENCES: string[] = [
  'The word {K} fits well here.',
  'We should also mention {K}.',
  'Think about {K} for a moment.',
  'Here {K} plays a useful role.',
  'Let us keep {K} in mind.',
  'This brings us back to {K}.',
];

/** Words rich in a given letter, used to raise a letter's count. */
export const LETTER_WORDS: Record<string, string> = {
  a: 'banana papaya salad avocado', b: 'bubble bob baby blueberry', c: 'circus cactus accent concert', d: 'daddy added dodged', e: 'breeze eleven excellent freedom',
  f: 'fluffy offer effort', g: 'giggle egg baggage', h: 'hush hashish hitchhike', i: 'iris bikini mini initial', j: 'jejune jujube jazz jolly joy',
  k: 'kayak knock kick', l: 'lollipop really lull', m: 'mummy mammal maximum', n: 'nonstop banner noon', o: 'cocoon voodoo tomorrow',
  p: 'pepper puppy paper', q: 'quick quiet quest quiz quality', r: 'error mirror terror', s: 'success sassy stress', t: 'attract tattoo tightest',
  u: 'tutu usual unusual', v: 'vivid valve revive', w: 'window wow awkward', x: 'box fox relax xerox', y: 'yearly yummy happy', z: 'zigzag pizza jazz fuzzy',
};

/** Placeholder names, used in order. */
export const PLACEHOLDERS = ['name', 'address', 'date', 'phone', 'email', 'city', 'company', 'time', 'website', 'price', 'title', 'number'];

/** Topic extraction: words after which the topic phrase starts, and words that end it. */
export const TOPIC_START = ['about', 'on', 'regarding', 'describing', 'explaining', 'of', 'for'];
export const TOPIC_VERBS = ['write', 'create', 'compose', 'give', 'make', 'draft', 'generate', 'plan', 'list', 'tell', 'explain', 'describe', 'suggest', 'name', 'provide', 'come', 'design', 'rewrite', 'summarize', 'elaborate', 'expand', 'criticize'];
export const TOPIC_STOP = [
  'that', 'which', 'who', 'in', 'with', 'using', 'and', 'but', 'so', 'where', 'while', 'without', 'to', 'for', 'as', 'your', 'you', 'it',
  'make', 'use', 'include', 'please', 'do', 'dont', 'should', 'must', 'is', 'are', 'be', 'by', 'from', 'into', 'this', 'then', 'wrap',
];
/** Words never used as topic words (function words and instruction vocabulary). */
export const TOPIC_DROP = [
  'a', 'an', 'the', 'me', 'my', 'our', 'up', 'some', 'few', 'short', 'long', 'funny', 'weird', 'new', 'good', 'very', 'brief', 'detailed',
  'what', 'why', 'how', 'does', 'did', 'can', 'could', 'will', 'would',
  'response', 'answer', 'entire', 'sure', 'words', 'word', 'sentence', 'sentences', 'paragraph', 'paragraphs', 'letter', 'letters',
];

/**
 * The instruction reader's argument extractors (reader.ts): a keyword follows a cue verb or noun
 * (KW_CUE), past filler words (KW_SKIP: particles, articles, possessives), and ends at a stop word
 * (KW_STOP: verbs, conjunctions, prepositions, adverbs that close a noun phrase). General English
 * vocabulary, not phrases of any test prompt.
 */
export const KW_CUE = [
  'mention', 'mentions', 'mentioning', 'mentioned', 'include', 'includes', 'including', 'included', 'reference', 'references',
  'discuss', 'discusses', 'cover', 'covers', 'feature', 'features', 'incorporate', 'bring', 'talk', 'touch', 'name', 'word',
  'term', 'phrase', 'keyword', 'keywords', 'highlight', 'emphasize', 'explain', 'address', 'refer', 'cite', 'say', 'state',
  'contain', 'contains', 'containing',
];
export const KW_SKIP = [
  'up', 'about', 'on', 'upon', 'to', 'of', 'the', 'a', 'an', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'this', 'that',
  'these', 'those', 'some', 'both', 'also', 'specifically', 'explicitly', 'briefly', 'please', 'definitely', 'always',
  // A JSON key or a form field is named by its noun ("include the key allergens").
  'key', 'keys', 'field', 'fields',
];
export const KW_STOP = [
  'is', 'are', 'was', 'be', 'been', 'being', 'in', 'because', 'since', 'so', 'as', 'and', 'or', 'but', 'that', 'which', 'who',
  'when', 'where', 'if', 'for', 'to', 'with', 'at', 'by', 'from', 'into', 'somewhere', 'anywhere', 'specifically', 'explicitly',
  'please', 'too', 'also', 'each', 'every', 'once', 'twice', 'times', 'least', 'it', 'them', 'there', 'here',
  'appears', 'appear', 'shows', 'show', 'must', 'should', 'will', 'can', 'could', 'would', 'might', 'may', 'then', 'than',
  'somehow', 'anyway', 'again', 'always', 'i', 'we', 'you', 'they', 'he', 'she', 'why', 'how', 'what', 'word', 'words',
];
/** The imperative reading (reader.ts imperativeKeywords): lead words that may open a request before its
 * verb, the verbs (and nouns) that ask for a word to appear, and the negations among the lead words. */
export const KW_LEAD = [
  'and', 'also', 'please', 'pls', 'plz', 'just', 'definitely', 'kindly', 'then', 'so', 'make', 'be', 'sure', 'to', 'that', 'it',
  'you', 'actually', 'really', 'remember', 'forget', 'dont', 'do', 'not', 'never', 'can', 'could', 'would', 'should', 'must', 'but',
  'we', 'i', 'need', 'want', 'use', 'the', 'a', 'an', 'somewhere', 'clearly', 'explicitly', 'specifically', 'briefly',
];
// Verbs only: a noun cue ("the word limit should be 50") reads ordinary text as a request; "use the word X" is the
// KEYWORDS pattern's.
export const KW_IMP = [
  'mention', 'mentions', 'reference', 'references', 'cite', 'cites', 'discuss', 'discusses', 'talk', 'talks', 'touch', 'says',
  'bring',
];
export const KW_NEG = ['dont', 'not', 'never', 'no', 'avoid', 'without'];
/** "and"/"or" of Spanish, French, German, Italian, Portuguese, Dutch and Polish: after a quoted item of a {QL} list they
 * join the next one ("las palabras 'sol' y 'mar'"). Only after a quoted item, where a bare word cannot follow. */
export const LIST_JOIN = ['y', 'e', 'o', 'u', 'ni', 'et', 'ou', 'und', 'oder', 'sowie', 'ed', 'od', 'oppure', 'en', 'of', 'i', 'oraz', 'lub', 'albo', 'ani'];
/** Words after a number that make it a count of something other than placeholders. */
export const NUM_UNIT = [
  'word', 'words', 'sentence', 'sentences', 'paragraph', 'paragraphs', 'time', 'times', 'minute', 'minutes', 'hour', 'hours',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'section', 'sections', 'bullet', 'bullets', 'point',
  'points', 'line', 'lines', 'letter', 'letters', 'percent', 'people', 'am', 'pm',
];
/**
 * Self-corrections (corrections.ts): "use 'umbrella' exactly... well, at least twice", "5 bullets, actually no, 4".
 * CORR words mark a correction; CORR_FILL words may stand beside them ("I mean", "or rather", "make that"). Their
 * marker needs a comma, dash or dots on both sides, or ends with a word of CORR_END ("or rather 4").
 */
export const CORR = [
  'well', 'actually', 'no', 'nope', 'sorry', 'wait', 'rather', 'mean', 'scratch', 'scrap', 'oops', 'correction', 'hmm', 'um', 'erm', 'uh',
  'perdón', 'perdon', 'digo', 'mejor', 'pardon', 'enfin', 'non', 'plutôt', 'nein', 'besser', 'gesagt', 'doch', 'anzi', 'scusa',
  'aliás', 'desculpa', 'nee', 'bedoel', 'nie', 'przepraszam', 'właściwie', 'nej', 'förlåt', 'hayır',
];
export const CORR_FILL = ['i', 'or', 'make', 'change', 'to', 'that', 'let', 'me', 'say', 'it', 'ok', 'okay', 'oh', 'ah', 'ich', 'meine', 'o', 'sea', 'quer', 'dizer', 'ik', 'ou', 'oder'];
export const CORR_END = ['rather', 'mean', 'that', 'it', 'to', 'digo', 'plutôt', 'gesagt', 'meine', 'bedoel', 'dizer', 'sea', 'anzi', 'aliás'];
/**
 * Scope of negations and of loose relation words (scope.ts; docs/format.md §6.4 step 4c). NEG_CUE words negate what
 * their segment asks ("I'd rather the word 'loss' did not appear", "leave out the words..."); a NEG_OUT verb followed
 * by "out" is one negation. Parity decides: "don't forget to mention" and "don't leave out" ask for the word.
 */
export const NEG_CUE = [
  'not', 'never', 'no', 'without', 'avoid', 'avoiding', 'omit', 'omitting', 'exclude', 'excluding', 'skip', 'ban', 'banned',
  'forbidden', 'prohibited', 'dont', 'doesnt', 'didnt', 'mustnt', 'shouldnt', 'cant', 'cannot', 'wont', 'isnt', 'arent', 'wasnt',
  'nor', 'forget', 'forgetting', 'nothing', 'none',
  // A rule stated by its consequence: "the marketplace rejects listings with more than two capitalised words" (round 9).
  'rejects', 'reject', 'rejected', 'refuses', 'bans', 'forbids', 'prohibits', 'disallows',
  'nicht', 'kein', 'keine', 'keinen', 'ohne', 'niemals', 'vermeide', 'vermeiden', 'sin', 'nunca', 'evita', 'evitar', 'evites',
  'sans', 'pas', 'jamais', 'évite', 'évitez', 'éviter', 'senza', 'non', 'mai', 'sem', 'não', 'evite', 'niet', 'geen', 'zonder',
  'nooit', 'vermijd', 'nie', 'bez', 'unikaj', 'inte', 'utan', 'aldrig', 'undvik',
  // Version 25: "forget" in other languages, so that "não te esqueças de usar a palavra X", "n'oublie pas d'utiliser le
  // mot X", "no olvides usar la palabra X" ask for the word (the tokenizer joins "n'oublie" into "noublie").
  'esqueças', 'esqueça', 'esqueçam', 'esqueçais', 'olvides', 'olvide', 'olviden', 'noublie', 'noubliez', 'oublie', 'oubliez',
  'dimenticare', 'dimenticate', 'dimenticarti', 'scordarti', 'scordare',
];
export const NEG_OUT = ['leave', 'leaving', 'left', 'keep', 'cut', 'take', 'strip'];
/** Loose relation words around a count that has no relation phrase ("stay beneath 150 words", "40 words at the very
 * most", "somewhere north of 10 sentences"): strict and inclusive upper bounds, strict and inclusive lower bounds. */
export const CUE_LT = ['under', 'below', 'beneath', 'fewer', 'less', 'shorter', 'shy', 'south'];
export const CUE_LE = ['most', 'max', 'maximum', 'tops', 'ceiling', 'limit', 'cap', 'capped', 'within', 'upto', 'inside',
  // Version 17: Turkish verbs that hold their own negation ("120 kelimeyi geçmesin": may it not pass 120 words).
  'geçmesin', 'geçmemeli', 'geçmemelidir', 'geçmeyecek', 'aşmasın', 'aşmamalı', 'aşmamalıdır', 'aşmayacak',
];
export const CUE_GT = [
  'over', 'above', 'beyond', 'past', 'exceed', 'exceeds', 'exceeding', 'more', 'longer', 'north', 'greater', 'surpass', 'cross', 'crosses', 'pass', 'passes',
  'passar', 'exceder', 'superar', 'dépasser', 'überschreiten', 'superare',
];
export const CUE_GE = ['least', 'minimum', 'min', 'upwards', 'plus', 'lowest'];
/** Words that may stand between a loose relation word and its count ("cap it at 7", "north of 10", "at the very most"). */
export const CUE_FILL = ['of', 'de', 'than', 'the', 'a', 'an', 'at', 'very', 'absolute', 'it', 'to', 'is', 'be', 'go', 'going', 'run', 'running', 'stay', 'keep', 'in', 'total'];
/** Words that end a segment (the reach of a negation or a relation word), like , ; : ( ) and a sentence end. */
export const SEG_JOIN = ['and', 'but', 'while', 'whereas', 'although', 'though', 'also', 'plus', 'then', 'y', 'pero', 'et', 'mais', 'und', 'aber', 'e', 'ma', 'mas', 'en', 'maar', 'i', 'ale', 'och', 'men', '—', '–'];
/** Words naming asterisks (scope.ts asteriskHighlights): a count in their segment is a count of highlighted parts
 * ("mark two or more of the key risks by surrounding them with single asterisks", "au moins deux passages ... avec des
 * astérisques"). */
export const HL_STAR = [
  'asterisk', 'asterisks', 'star', 'stars', 'astérisque', 'astérisques', 'asterisco', 'asteriscos', 'asterischi', 'sternchen',
  'asterisken', 'asterisker', 'gwiazdka', 'gwiazdki', 'gwiazdkami', 'gwiazdek', 'yıldız', 'yıldızla', 'yıldızlar', 'sterretjes', 'sterretje',
];
/** Words naming the parts of an answer, after a count in the sentence of a `***` divider (scope.ts dividerCount): "three
 * blocks of text, with *** between them", "a 3 para essay". */
export const PART_NOUN = [
  'paragraphs', 'paragraph', 'paras', 'para', 'blocks', 'block', 'chunks', 'chunk', 'parts', 'part', 'pieces', 'piece', 'segments',
  'segment', 'portions', 'portion', 'sections', 'section', 'stanzas', 'stanza', 'verses', 'passages', 'bits', 'spreads', 'scenes', 'slides',
  'đoạn', 'párrafos', 'párrafo', 'paragraphes', 'absätze', 'absätzen', 'abschnitte', 'paragrafi', 'parágrafos', 'alinea', 'alineas', 'akapity', 'akapitów',
];
/** Words naming capital letters (scope.ts capitalCounts): a word count in their segment counts capitalised words. */
export const CAPS_CUE = [
  'capital', 'capitals', 'caps', 'uppercase', 'uppercased', 'capitalized', 'capitalised', 'capitalization', 'capitalisation',
  'shouty', 'shouting', 'allcaps',
  'mayúsculas', 'mayúscula', 'majuscules', 'großbuchstaben', 'maiuscolo', 'maiuscole', 'maiúsculas', 'hoofdletters', 'wielkimi',
];

/**
 * Step 0 spelling (docs/format.md §6.4; responder_version 11): people type fast ("max 3 paras, <= 120 wds", "4
 * paragrpahs", "bullit points"). SPELLING_ALIASES: a shorthand or misspelling -> the word the patterns know (a word
 * mapped to itself is kept as written: a real word one edit from a SPELLING_WORDS entry, "letter" next to "letters").
 * SPELLING_WORDS: the constraint vocabulary an unquoted ASCII word of 6 or more letters is corrected to when it is
 * one edit (insertion, deletion, substitution, swap of neighbours) from exactly this entry, first in table order.
 * Every form of a listed word is listed too, so that no real form is "corrected" into another.
 */
export const SPELLING_ALIASES: Array<[string, string]> = [
  ['wds', 'words'], ['wrds', 'words'], ['wrods', 'words'], ['owrds', 'words'], ['sents', 'sentences'], ['bullit', 'bullet'],
  ['bulit', 'bullet'], ['bulet', 'bullet'], ['bullits', 'bullets'], ['hilight', 'highlight'], ['hilights', 'highlights'],
  ['hilighted', 'highlighted'], ['lenght', 'length'], ['commma', 'comma'], ['commmas', 'commas'], ['qoute', 'quote'],
  ['qoutes', 'quotes'], ['qouted', 'quoted'], ['pls', 'please'], ['plz', 'please'], ['approx', 'approximately'],
  ['abt', 'about'], ['bulletpoints', 'bullets'], ['bulletpoint', 'bullet'], ['ur', 'your'], ['cuz', 'because'], ['paras', 'paragraphs'], ['paragrafs', 'paragraphs'],
  // Real words one edit from a SPELLING_WORDS entry.
  ['latter', 'latter'], ['better', 'better'], ['setter', 'setter'], ['litter', 'litter'], ['ballet', 'ballet'],
  ['billet', 'billet'], ['sentenced', 'sentenced'], ['capitol', 'capitol'], ['mullet', 'mullet'], ['gullet', 'gullet'],
  ['lettered', 'lettered'], ['sectional', 'sectional'], ['selection', 'selection'],
];
export const SPELLING_WORDS = [
  'paragraphs', 'paragraph', 'sentences', 'sentence', 'bullets', 'bullet', 'bulleted', 'highlights', 'highlight',
  'highlighted', 'highlighting', 'placeholders', 'placeholder', 'postscript', 'lowercase', 'lowercased', 'uppercase',
  'uppercased', 'capitals', 'capital', 'capitalized', 'capitalised', 'capitalize', 'capitalise', 'letters', 'letter',
  'sections', 'section', 'quotation', 'quotations', 'exactly', 'minimum', 'maximum', 'separate', 'separated', 'separately',
  'separator', 'response', 'responses', 'keywords', 'keyword',
];

/** First words that make a {PHT} phrase a description of the ending rather than its text ("end with a question.",
 * "finish with your name."). */
export const PHRASE_STOP = [
  'a', 'an', 'the', 'some', 'any', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those', 'it',
  'something', 'one', 'me', 'us', 'you', 'them', 'each', 'every', 'all', 'no', 'how', 'what', 'why', 'when', 'where', 'who',
];

