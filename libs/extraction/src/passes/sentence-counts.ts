import { clauseAt } from '../figure-kind';
import { type FigureInReading, type Pass, type SentenceInReading } from '../reading';
import { MAX_FIGURES_READ } from '../reading-bounds';
import { readSentenceFigures, type SentenceFigure } from '../sentence-figures';

/**
 * Every count of people in each sentence: a number (or "a soldier") tied to a victim noun and a cue of harm
 * ("killed 70 combatants", "80 people have lost their lives", "forced 5,000 people to flee"). Each starts as an
 * incident of the publication day with no place or source; the passes after this one decide the rest. A report
 * read up to MAX_FIGURES_READ counts is read no further for counts (a hostile article, not a real one).
 */
export const sentenceCounts: Pass = {
  name: 'sentence-counts',
  reads: 'a number tied to a victim noun and a cue of harm in one sentence is a count of people hit',
  apply(reading) {
    const figures: FigureInReading[] = [];
    const sentences: SentenceInReading[] = reading.sentences.map((sentence) => {
      if (sentence.lookAlike || figures.length >= MAX_FIGURES_READ) return sentence;
      const read = readSentenceFigures(sentence.text);
      for (const r of read) figures.push(figureOf(r, sentence));
      return { ...sentence, counts: read.length };
    });
    return { ...reading, sentences, figures };
  },
};

const figureOf = (r: SentenceFigure, sentence: SentenceInReading): FigureInReading => ({
  kind: 'incident',
  metric: r.metric,
  value: r.value,
  qualifier: r.qualifier,
  vague: r.vague,
  victims: r.victims,
  breakdown: [],
  date: null,
  since: null,
  country: null,
  places: [],
  source: null,
  isUpdate: r.isUpdate,
  sentence: sentence.text,
  span: { start: sentence.start + r.start, end: sentence.start + r.end },
  at: sentence.index,
  clause: clauseAt(sentence.datable, r.start),
  group: r.group,
  coordinated: r.coordinated,
  onePerson: r.onePerson,
  subgroupOf: r.subgroupOf,
  toll: r.toll,
  notes: {},
  reasons: [],
});
