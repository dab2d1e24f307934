import { hasNonConflictCause, namesViolence, speaksOfConflict } from '../conflict-context';
import type { Pass, SentenceInReading } from '../reading';
import { readSentenceFigures } from '../sentence-figures';

/**
 * Deaths with a cause that is no armed violence are no conflict figure, whoever died: "a bus collided with
 * a truck", "a cholera outbreak ... during two years of war", lightning that killed soldiers in their camp.
 * A report that never names violence is read for none; after a flood or quake lead, a figure told with no
 * violent act of its own belongs to the disaster too ("Flash floods left 19 people dead. ... 45,000 people
 * had been displaced").
 */
export const lookAlikeCauses: Pass = {
  name: 'look-alike-causes',
  reads: 'deaths from floods, quakes, crashes, stampedes and disease are no conflict figure, nor what follows such a lead',
  apply(reading) {
    if (!speaksOfConflict(reading.text)) return { ...reading, sentences: reading.sentences.map((s) => ({ ...s, lookAlike: true })) };
    // The headline or the first sentence sets the story: "Rescuers struggle to find survivors of the quake" makes "The
    // death toll stood at 20,000" the quake's, though that sentence names no cause of its own.
    // A photo caption blanked out of the text is no sentence of the story's opening.
    const opening = reading.sentences.filter((s) => s.text.trim()).slice(0, 2);
    let disasterLead: boolean | null = opening.some((s) => hasNonConflictCause(s.text)) && !opening.some((s) => namesViolence(s.text)) ? true : null;
    const sentences: SentenceInReading[] = reading.sentences.map((sentence) => {
      if (hasNonConflictCause(sentence.text)) {
        if (disasterLead === null && readSentenceFigures(sentence.text).length) disasterLead = true;
        return { ...sentence, lookAlike: true };
      }
      if (disasterLead && !namesViolence(sentence.text)) return { ...sentence, lookAlike: true };
      if (disasterLead === null && readSentenceFigures(sentence.text).length) disasterLead = false;
      return sentence;
    });
    return { ...reading, sentences };
  },
};
