// The letter's grade and its hard and very hard sentences, counted in the browser at every
// keystroke: a port of clearnotice/readability.py (Flesch-Kincaid grade of the letter; the
// Automated Readability Index of each sentence, judged as Hemingway Editor does) and of the
// sentence split and words of clearnotice/text.py. The server's full findings follow the pause
// in typing and replace these; tests/core/test_grade_js.py checks this file against Python on
// every letter of the test corpus.
//
// What only the server knows comes with its data (clearnotice/browser_counting.py): which
// stretches of the text are blocks that count (a salutation, a signature or a passage in
// another language does not; a heading counts but is never hard), the syllables of every word
// of the letter as textstat counts them (the CMU dictionary, then Pyphen), the thresholds and
// the abbreviations. A word typed since then is estimated (estimateSyllables) until the server
// answers. Offsets are the browser's (UTF-16 code units, line breaks as LF).

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// text.py's _SENTENCE_END, with plain_layout's FOOTNOTE_AFTER_STOP: a footnote's mark glued to
// a word's full stop ("...the request.1 When") ends the sentence and stays with it.
const FOOTNOTE_MARK = "(?:\\p{Nd}{1,3}|[¹²³⁰⁴-⁹]{1,3}|\\[\\p{Nd}{1,3}\\])";
const AFTER_A_WORDS_STOP = "(?:(?<=\\p{L}[.!?…])|(?<=\\p{L}[.!?…][\"'”’)]))";
// A quotation closed after the sentence's end closes it too (French "fini. »", German
// "vorbei.“"); a sentence may open with French and German quotation marks ("«", "„", "»").
const SENTENCE_END = new RegExp(
  `[.!?…]+(?:[ \u00a0\u202f]?[»›])?["'”’“‘«)\\]]*(?<mark>${AFTER_A_WORDS_STOP}${FOOTNOTE_MARK})?(?=\\s|$)`,
  "gu",
);
const OPENERS = "\"'“‘«‹„‚»¿¡*(";
const CLOSERS = ")]\"'”’";
const UPPER_OR_DIGIT = /^[\p{Lu}\p{Nd}]/u;
const ALNUM = /[\p{L}\p{N}]/gu;
const ORDINAL_DAY = /(?<!\d)[0-3]?\d\.$/u;

// text.py's _last_token: the chunk's last word, without the punctuation around it, lower case.
function lastToken(chunk) {
  const tail = chunk.replace(/[.!?…"'”’)\]]+$/u, "").split(/\s+/u).filter(Boolean);
  return tail.length ? tail[tail.length - 1].replace(/^[("'“‘]+/u, "").toLowerCase() : "";
}

// text.py's ends_with_abbreviation: a listed one, an initial, or letters joined by full stops.
const INITIALISM = /^\p{L}(?:\.\p{L})+$/u;

function endsWithAbbreviation(chunk, rules) {
  const token = lastToken(chunk);
  return (
    rules.abbreviations.includes(token) ||
    (token.length === 1 && /\p{L}/u.test(token)) ||
    INITIALISM.test(token)
  );
}

// text.py's _clock_ends: "until 5 p.m. We can help" ends a sentence; "5 p.m. Eastern" goes on.
function clockEnds(chunk, rest, rules) {
  if (!rules.clock_abbreviations.includes(lastToken(chunk))) {
    return false;
  }
  const word = rest.match(new RegExp(`^${WORD.source}`, "u"));
  if (!word || !/^\p{Lu}/u.test(word[0])) {
    return false;
  }
  const zoneCode = word[0].length > 1 && word[0] === word[0].toUpperCase();
  return !zoneCode && !rules.clock_followers.includes(word[0].toLowerCase());
}

function isOrdinalDay(chunk, rest, rules) {
  const month = rest.match(new RegExp(`^${WORD.source}`, "u"));
  return (
    Boolean(month) &&
    rules.ordinal_months.includes(month[0].toLowerCase()) &&
    ORDINAL_DAY.test(chunk)
  );
}

// text.py's _after_footnote: a mark ends the sentence when a capitalised word or a quotation
// follows it and the full stop before it ends a word, not a code, an abbreviation or "No.".
const WHOLE_WORD = new RegExp(`^${WORD.source}$`, "u");

function afterFootnote(text, start, footnote, rest, rules) {
  const first = rest.slice(0, 1);
  if (!(/^\p{Lu}/u.test(first) || "\"'“‘".includes(first))) {
    return false;
  }
  const chunk = text.slice(start, footnote);
  const token = lastToken(chunk);
  return (
    WHOLE_WORD.test(token) &&
    !/\p{N}/u.test(token) &&
    !endsWithAbbreviation(chunk, rules) &&
    !rules.number_abbreviations.includes(token)
  );
}

function pushSentence(out, text, start, end) {
  const chunk = text.slice(start, end);
  const body = chunk.trim();
  if (body && new RegExp(WORD.source, "u").test(body)) {
    const s = start + (chunk.length - chunk.trimStart().length);
    out.push({ start: s, end: s + body.length, text: body });
  }
}

// text.py's split_sentences: the sentences of one block, offsets relative to it.
export function splitSentences(text, rules) {
  const sentences = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end).trimStart();
    const mark = m.groups.mark;
    if (mark !== undefined && !afterFootnote(text, start, end - mark.length, rest, rules)) {
      continue;
    }
    if (rest && !(UPPER_OR_DIGIT.test(rest) || OPENERS.includes(rest[0]))) {
      continue;
    }
    const chunk = text.slice(start, end);
    const afterCloser = m.index === 0 || CLOSERS.includes(text[m.index - 1]);
    if (
      m[0].startsWith(".") &&
      !afterCloser &&
      endsWithAbbreviation(chunk, rules) &&
      !clockEnds(chunk, rest, rules)
    ) {
      continue;
    }
    const numbered = /^\p{Nd}/u.test(rest);
    const lastPart = lastToken(chunk).split("-").pop(); // "mon.-fri" in "Mon.-Fri. 9 a.m."
    if (m[0] === "." && numbered && rules.number_abbreviations.includes(lastPart)) {
      continue;
    }
    if (m[0] === "." && isOrdinalDay(chunk, rest, rules)) {
      continue;
    }
    pushSentence(sentences, text, start, end);
    start = end;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

// A word not in the server's table (typed since it last answered): vowel groups, less a silent
// final e, as the common English heuristics count. textstat counts a number as one syllable.
export function estimateSyllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (w.length <= 3) {
    return 1;
  }
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 0);
}

function syllablesOf(word, table) {
  const known = table[word.toLowerCase()];
  return known === undefined ? estimateSyllables(word) : known;
}

// Python's round(x, 1) for the values the formulas give (no exact decimal ties occur in them).
function round1(x) {
  return Number(x.toFixed(1));
}

// Smith & Senter (1967), Automated Readability Index, AMRL-TR-66-220.
function automatedReadability(characters, wordCount, sentences) {
  return 4.71 * (characters / wordCount) + 0.5 * (wordCount / sentences) - 21.43;
}

// Kincaid, Fishburne, Rogers & Chissom (1975), Naval Technical Training Command RBR 8-75.
function fleschKincaid(wordCount, sentences, syllables) {
  return 0.39 * (wordCount / sentences) + 11.8 * (syllables / wordCount) - 15.59;
}

// readability.py's _judge: only a sentence of MIN_WORDS_TO_JUDGE words or more can be hard.
function level(wordCount, grade, rules) {
  if (wordCount < rules.min_words || grade < rules.hard) {
    return "ok";
  }
  return grade >= rules.very_hard ? "very hard" : "hard";
}

// One block's sentences (offsets into the block) and its counts.
function countBlock(content, judged, table, rules) {
  const counted = { sentences: [], words: 0, syllables: 0 };
  for (const s of splitSentences(content, rules)) {
    const found = s.text.match(WORD) ?? [];
    if (found.length === 0) {
      continue;
    }
    let characters = 0;
    for (const w of found) {
      counted.syllables += syllablesOf(w, table);
      characters += w.match(ALNUM).length;
    }
    counted.words += found.length;
    const grade = round1(automatedReadability(characters, found.length, 1));
    counted.sentences.push({
      start: s.start,
      end: s.end,
      words: found.length,
      grade,
      level: judged ? level(found.length, grade, rules) : "ok",
    });
  }
  return counted;
}

// The grade of `text` and its judged sentences, counting the blocks of `blocks` ({start, end,
// counted, judged}, offsets into `text`) with the syllables of `table`. `memo` (a Map, made
// anew with each new table) keeps each block's counts by its text, so a keystroke recounts only
// the block it changed.
export function gradeText(text, blocks, table, rules, memo = new Map()) {
  let sentenceCount = 0;
  let wordCount = 0;
  let syllables = 0;
  const sentences = [];
  for (const block of blocks) {
    if (!block.counted) {
      continue;
    }
    const content = text.slice(block.start, block.end);
    const key = `${block.judged ? "j" : "-"}${content}`;
    let counted = memo.get(key);
    if (counted === undefined) {
      counted = countBlock(content, block.judged, table, rules);
      memo.set(key, counted);
    }
    sentenceCount += counted.sentences.length;
    wordCount += counted.words;
    syllables += counted.syllables;
    for (const s of counted.sentences) {
      sentences.push({ ...s, start: block.start + s.start, end: block.start + s.end });
    }
  }
  const grade =
    wordCount && sentenceCount ? round1(fleschKincaid(wordCount, sentenceCount, syllables)) : 0;
  return { grade, words: wordCount, sentences };
}

// The line the editor shows for a result of gradeText: "Grade 7.7 · 2 hard, 0 very hard", or,
// with no word to count (an empty box, a heading alone), that there is nothing to grade, as the
// readability panel says: a grade of 0 read as the easiest text there is.
export function gradeLine(result) {
  if (!result.words) {
    return "No text to grade yet";
  }
  const hard = result.sentences.filter((s) => s.level === "hard").length;
  const veryHard = result.sentences.filter((s) => s.level === "very hard").length;
  return `Grade ${result.grade} · ${hard} hard, ${veryHard} very hard`;
}
